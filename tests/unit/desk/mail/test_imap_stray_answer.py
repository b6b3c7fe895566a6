"""A tagged answer no pending command waits for (the reply to a command whose waiter was cancelled
or timed out) closes the IMAP session with one log line: it never escapes into the event loop as a
"fatal error" traceback, and the client knows to reconnect."""

import asyncio
import logging

from desk.connectors.mail.imap import ImapClient


async def scripted_server(stray: asyncio.Event):
    async def session(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writer.write(b"* OK [CAPABILITY IMAP4rev1 IDLE] ready\r\n")
        while line := await reader.readline():
            tag, command = line.strip().split(b" ", 2)[:2]
            if command.upper() == b"CAPABILITY":
                writer.write(b"* CAPABILITY IMAP4rev1 IDLE\r\n" + tag + b" OK done\r\n")
            elif command.upper() == b"LOGIN":
                writer.write(tag + b" OK logged in\r\n")
                await writer.drain()
                await stray.wait()
                writer.write(b"ZZZZ9 OK an answer to nothing\r\n")
            await writer.drain()
        writer.close()

    return await asyncio.start_server(session, "127.0.0.1", 0)


def test_an_answer_to_no_pending_command_ends_the_session_in_one_log_line(caplog):
    loop_errors, ports = [], []

    async def scenario():
        asyncio.get_running_loop().set_exception_handler(lambda _loop, context: loop_errors.append(context))
        stray = asyncio.Event()
        server = await scripted_server(stray)
        ports.append(server.sockets[0].getsockname()[1])
        client = ImapClient("127.0.0.1", ports[0], "plain", "shop", "secret", timeout=5)
        try:
            await client.connect()
            assert client.connected
            stray.set()
            await asyncio.wait_for(client._lost.wait(), 5)
            assert not client.connected
        finally:
            await client.aclose()
            server.close()
            await server.wait_closed()

    with caplog.at_level(logging.WARNING, logger="desk.connectors.mail.imap"):
        asyncio.run(scenario())
    assert loop_errors == []
    assert [r.getMessage() for r in caplog.records] == [
        f"IMAP 127.0.0.1:{ports[0]}: an answer that fits no pending command (Abort); the session is closed"]
