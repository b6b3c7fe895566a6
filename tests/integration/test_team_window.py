"""The window on a team database (ui.team), against the real PostgreSQL: an agent's window shows a
colleague's reply as it happens and who else is in the conversation (typing turning back to
viewing when the keys stop), asks before replying or resolving on a colleague's conversation,
tells the loser of a claim who won, pops up a colleague's note naming the agent, and when the
server is lost shows one offline banner, keeps a reply written meanwhile and asks about it when the
server is back because a colleague answered or took the conversation; a login the lead disables
mid-session is one refused state; what the server refuses the login is said in the agent's
language. Every wait is on a signal or an event, never a sleep."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from desk.app import conversations, lifecycle, replies
from desk.app import team as team_ops
from desk.domain import Channel, Direction, IncomingMessage
from desk.knowledge.entries import KbEntry, KbText, store_entries
from desk.storage.ingest import Ingestor
from desk.storage.models import Account
from desk.team import admin
from desk.team.connect import TeamAddress, open_team
from tests.conftest import run_async
from tests.helpers.qt import expect
from tests.helpers.tcp_proxy import TcpProxy

DATABASE = "teamwin"
ENGLISH = replies.ReplyLanguage("en", "en")


@pytest.fixture(scope="module")
def team(pg_cluster):
    ca = str(pg_cluster.certificates.ca)
    admin_address = TeamAddress.parse(f"postgresql://desk@localhost:{pg_cluster.port}/{DATABASE}", ca_file=ca)
    admin.init_team(admin_address, lead="winlead", lead_password="lead-secret-4")
    owner = open_team(admin_address, keyring=False)
    lead = open_team(admin_address.as_user("winlead"), "lead-secret-4")
    passwords = {name: admin.add_agent(lead, name, languages=("en",)) for name in ("nora", "marc", "winkim")}
    passwords["winlead"] = "lead-secret-4"
    with owner.sessionmaker.begin() as session:
        session.add(Account(channel=Channel.EMAIL, name="shop", sla_hours=12, created_at=datetime.now(UTC),
                            settings_json=json.dumps({"imap_host": "mail.example.com"})))
    now = datetime.now(UTC)
    Ingestor(owner).ingest([IncomingMessage(
        account_id=1, external_id=f"w{i}", thread_key=f"w{i}", direction=Direction.IN,
        text=f"Where is my parcel {i}? It has not arrived.", sent_at=now - timedelta(hours=1 + i),
        customer_email=f"buyer{i}@example.com", customer_name=f"Buyer {i}") for i in range(10)], now=now)
    store_entries(owner, [KbEntry("jp-tone", "note", {"en": KbText("Japan", "Be formal.")}, markets=("JP",))])
    proxy = TcpProxy(pg_cluster.port)
    ids = dict(owner.fetch_all("SELECT thread_key, id FROM conversations"))
    yield {"owner": owner, "lead": lead, "passwords": passwords, "ca": ca, "port": pg_cluster.port, "ids": ids,
           "proxy": proxy}
    proxy.close()
    lead.close()
    owner.close()


@pytest.fixture(autouse=True)
def _no_work_left_behind():
    yield
    from ui import ops

    ops.cancel_all()


def new_window(qtbot):
    from ui.mainwindow import MainWindow

    main = MainWindow()
    qtbot.addWidget(main)
    main.show()
    return main


@pytest.fixture
def window(qtbot, aio_loop):
    return new_window(qtbot)


@pytest.fixture
def colleague_window(qtbot, aio_loop):
    """A second window, a colleague's Desk beside the agent's."""
    return new_window(qtbot)


async def open_as(team, name, data_dir, *, port=None):
    url = f"postgresql://{name}@localhost:{port or team['port']}/{DATABASE}"
    return await team_ops.open_team_workspace(data_dir, url, ca_file=team["ca"], password=team["passwords"][name],
                                              translation_offline=True)


async def team_window(window, ws):
    """Attach the team workspace to the window and start team mode; returns once the live listener
    is connected and the first page is shown."""
    prepared = expect(window.prepared)
    window.attach(ws)
    said = []  # what the status bar was told while opening: nothing (no refusal, no error)
    window.bridge.message.connect(said.append)
    page = expect(window.queue.model.page_loaded)  # the first page loads in the background
    live = expect(window.team.status_shown, lambda status: status.state == "online" and status.live)
    window.start_team()
    window.start_notifications()  # as ui.app does: new customer messages and breaches, from the team's database
    notifying = expect(window.notifier.ready)
    await page
    await prepared
    await live
    await notifying
    assert said == []


async def show(window, conversation_id):
    """Open this conversation in the window; returns once its draft is in the reply box and who else
    is there is shown (None when it was on screen already)."""
    if window.reading.conversation_id == conversation_id and window.conversation.assistant.loaded == conversation_id:
        return None
    ready = expect(window.conversation.assistant.draft_loaded, lambda cid: cid == conversation_id)
    presence = expect(window.team.presence_shown, lambda cid, _text: cid == conversation_id)
    assert window.queue.select_conversation(conversation_id)
    await ready
    return (await presence)[1]


def send_in_window(window, text):
    composer = window.reading.composer
    composer.set_text(text)
    composer.send_button.click()


def bodies(team, conversation_id, author):
    return [b for (b,) in team["owner"].fetch_all(
        "SELECT body_text FROM messages WHERE conversation_id = :c AND author = :a ORDER BY id",
        {"c": conversation_id, "a": author})]


def test_the_window_shows_colleagues_live_and_asks_before_acting_on_their_conversation(
        window, qtbot, aio_loop, team, tmp_path):
    ids = team["ids"]
    theirs, taken = ids["w0"], ids["w1"]

    async def scenario():
        nora = await open_as(team, "nora", tmp_path / "nora")
        marc = await open_as(team, "marc", tmp_path / "marc")
        try:
            await team_window(window, nora)
            assert "nora" in window.team.label.text() and window.team.banner.isHidden()
            assert window.team.label.text() == "Team: nora · live"
            # a claim lost to a colleague says who won
            assert (await lifecycle.assign_to_me(marc, taken)).undo
            await show(window, taken)
            acted = expect(window.workday.acted)
            window.workday.handlers()["assign_me"]()
            (_action, result), = [await acted]
            assert result.lost == ((taken, "marc"),)
            assert "Already taken by marc" in window.statusBar().currentMessage()

            # presence in the header, as it changes
            assert (await lifecycle.assign_to_me(marc, theirs)).undo
            assert await show(window, theirs) == ""
            typing = expect(window.team.presence_shown, lambda cid, text: cid == theirs and text)
            await team_ops.show_presence(marc, theirs, typing=True)
            assert (await typing)[1] == "marc is typing…"
            assert window.reading.presence.isVisible() and window.reading.presence.text() == "marc is typing…"
            # and nora is seen by marc: she opened it
            assert await team_ops.colleagues(marc, theirs) == [team_ops.Colleague("nora", "viewing")]

            # her typing is told to marc, and stops being told after a pause
            told = expect(window.team.told, lambda cid, typing: cid == theirs and typing)
            qtbot.keyClicks(window.reading.composer.editor, "Hi")
            await told
            assert await team_ops.colleagues(marc, theirs) == [team_ops.Colleague("nora", "typing")]
            window.reading.composer.set_text("")

            # a colleague's reply appears live in the open conversation
            arrived = expect(window.conversation.shown, lambda cid: cid == theirs
                             and "Your parcel left today." in window.reading.browser.toPlainText())
            await replies.send_reply(marc, theirs, "Your parcel left today.", ENGLISH)
            await arrived

            # a colleague's note naming her is told
            mentioned = expect(window.team.mentioned)
            await replies.add_note(marc, theirs, "@nora can you check the tracking?")
            (mention,) = await mentioned
            assert mention.conversation_id == theirs
            assert window.statusBar().currentMessage() == "marc mentioned you: @nora can you check the tracking?"

            # replying on marc's conversation asks first; yes sends it
            asked = expect(window.conversation.assistant.asked)
            send_in_window(window, "I am looking into it as well.")
            (box,) = await asked
            assert box.text() == "marc owns this conversation. Reply anyway?"
            assert bodies(team, theirs, "nora") == []  # nothing went before the answer
            sent = expect(window.conversation.assistant.sent, lambda cid: cid == theirs)
            box.yes.click()
            await sent
            assert bodies(team, theirs, "nora") == ["I am looking into it as well."]

            # marc leaving it is shown too
            left = expect(window.team.presence_shown, lambda cid, text: cid == theirs and not text)
            await team_ops.show_presence(marc, None)
            await left
            assert window.reading.presence.isHidden()

            # resolving it asks too; no leaves it open, yes resolves it (off the open queue)
            asked = expect(window.workday.asked)
            window.workday.handlers()["resolve"]()
            (box,) = await asked
            assert box.text() == "marc owns this conversation. Resolve it anyway?"
            box.no.click()
            asked = expect(window.workday.asked)
            window.workday.handlers()["resolve"]()
            (box,) = await asked
            resolved = expect(window.workday.acted, lambda action, _result: action == "resolve")
            box.yes.click()
            await resolved
        finally:
            await marc.close()
            await nora.close()

    run_async(aio_loop, scenario(), timeout=90)
    owner = team["owner"]
    assert owner.fetch_all("SELECT assignee, status FROM conversations WHERE id = :c", {"c": theirs}) == [
        ("marc", "resolved")]
    assert owner.fetch_all("SELECT count(*) FROM audit_events WHERE actor = 'nora' AND kind = 'conversation.resolve'"
                           )[0][0] == 1


def test_a_leads_window_reassigns_an_agents_conversation(window, aio_loop, team, tmp_path):
    theirs = team["ids"]["w5"]

    async def scenario():
        lead = await open_as(team, "winlead", tmp_path / "lead")
        nora = await open_as(team, "nora", tmp_path / "nora")
        try:
            assert (await lifecycle.assign_to_me(nora, theirs)).undo
            await team_window(window, lead)
            assert window.team.label.text() == "Team: winlead (lead) · live"
            await show(window, theirs)
            opened = expect(window.workday.picker_opened)
            window.workday.handlers()["assign"]()
            assert (await opened) == ("assign",)
            assert "marc" in window.workday.picker.shown_keys()
            moved = expect(window.workday.acted)
            window.workday.picker.chosen.emit("marc")
            (_action, result), = [await moved]
            assert result.undo and result.lost == ()
        finally:
            await nora.close()
            await lead.close()

    run_async(aio_loop, scenario(), timeout=60)
    assert team["owner"].fetch_all("SELECT assignee FROM conversations WHERE id = :c", {"c": theirs}) == [("marc",)]


def test_offline_the_window_says_so_once_and_asks_about_a_reply_answered_meanwhile(window, aio_loop, team, tmp_path):
    ids, proxy = team["ids"], team["proxy"]
    answered, quiet = ids["w2"], ids["w3"]

    async def scenario():
        nora = await open_as(team, "nora", tmp_path / "nora", port=proxy.port)
        marc = await open_as(team, "marc", tmp_path / "marc")
        try:
            await team_window(window, nora)
            for cid in (answered, quiet):
                await show(window, cid)
                assert await team_ops.mirrored(nora, cid)
            offline = expect(window.team.banner.shown, lambda text: text.startswith("Offline"))
            proxy.cut()
            await offline
            assert window.team.banner.isVisible() and window.team.label.text() == "Team: nora · offline"

            for cid in (answered, quiet):  # written offline: kept on this PC
                await show(window, cid)
                sent = expect(window.conversation.assistant.sent, lambda c, cid=cid: c == cid)
                send_in_window(window, f"Written offline {cid}")
                await sent
            assert team_ops.status(nora).waiting == 2 and " 2 " in window.team.banner.text.text()

            await replies.send_reply(marc, answered, "Already answered.", ENGLISH)
            asked = expect(window.team.asked)
            back = expect(window.team.status_shown, lambda status: status.state == "online")
            proxy.restore()
            window.team.banner.try_button.click()
            await back
            (box,) = await asked
            assert box.text().startswith("While you were offline, marc answered this conversation.")
            assert f"Written offline {answered}" in box.text()
            done = expect(window.team.status_shown, lambda status: status.waiting == 0)
            box.yes.click()  # send anyway
            await done
            assert window.team.banner.isHidden()
        finally:
            proxy.restore()
            await marc.close()
            await nora.close()

    run_async(aio_loop, scenario(), timeout=90)
    assert bodies(team, quiet, "nora") == [f"Written offline {quiet}"]
    assert bodies(team, answered, "nora") == [f"Written offline {answered}"]


def test_a_window_started_without_the_server_opens_on_the_mirror_offline(window, aio_loop, team, tmp_path):
    proxy, kept = team["proxy"], team["ids"]["w4"]

    async def scenario():
        first = await open_as(team, "nora", tmp_path / "nora", port=proxy.port)  # an earlier day, online
        try:
            await conversations.open_conversation(first, kept)
            assert await team_ops.mirrored(first, kept)
        finally:
            await first.close()
        proxy.cut()
        nora = await open_as(team, "nora", tmp_path / "nora", port=proxy.port)
        try:
            assert nora.db is nora.team.mirror_db
            prepared = expect(window.prepared)
            window.attach(nora)
            offline = expect(window.team.banner.shown, lambda text: text.startswith("Offline"))
            page = expect(window.queue.model.page_loaded)
            window.start_team()
            await page
            await prepared
            await offline
            assert kept in {window.queue.model.row_at(r).id for r in range(window.queue.model.rowCount())}
            back = expect(window.team.status_shown, lambda status: status.state == "online")
            proxy.restore()
            window.team.banner.try_button.click()
            await back
            assert window.team.banner.isHidden() and nora.db is nora.team.team_db
        finally:
            proxy.restore()
            await nora.close()

    run_async(aio_loop, scenario(), timeout=90)


def test_joining_from_settings_keeps_the_password_in_the_keyring_and_desk_team_opens_that_team(
        window, aio_loop, team, tmp_path, session_keyring):
    from desk.app.workspace import Workspace
    from desk.workspace import open_workspace
    from ui.bridge import Bridge
    from ui.settings_dialog import SettingsDialog

    solo = Workspace(open_workspace(tmp_path), translation_offline=True)
    window.data_dir = tmp_path
    dialog = SettingsDialog(solo, Bridge(solo), window)
    url = f"postgresql://nora@localhost:{team['port']}/{DATABASE}"

    async def scenario():
        try:
            dialog.fields["team.url"].set_value(url)
            dialog.fields["team.ca_file"].set_value(team["ca"])
            dialog.team_password.setText("wrong")
            refused = expect(dialog.joined)
            dialog.join_button.click()
            assert (await refused)[0].startswith("Not joined:")
            dialog.team_password.setText(team["passwords"]["nora"])
            joined = expect(dialog.joined)
            dialog.join_button.click()
            assert (await joined)[0] == f"Joined {url}. Start Desk with desk --team to work on the team's queue."
            assert dialog.team_password.text() == ""
            ws = await team_ops.open_team_workspace(tmp_path, translation_offline=True)  # desk --team
            try:
                assert ws.agent_name == "nora" and ws.team.online
            finally:
                await ws.close()
        finally:
            await solo.close()

    run_async(aio_loop, scenario(), timeout=60)



def test_a_colleagues_typing_turns_back_to_viewing_when_their_keys_stop(
        window, colleague_window, qtbot, aio_loop, team, tmp_path):
    cid = team["ids"]["w6"]

    async def scenario():
        nora = await open_as(team, "nora", tmp_path / "nora")
        marc = await open_as(team, "marc", tmp_path / "marc")
        try:
            await team_window(window, nora)
            await team_window(colleague_window, marc)
            await show(window, cid)
            seen = expect(window.team.presence_shown, lambda c, text: c == cid and text == "marc is viewing")
            await show(colleague_window, cid)
            await seen

            idle = colleague_window.team.typing_idle
            assert idle.interval() == 5000  # typing is viewing again 5 s after the last key
            idle.setInterval(60_000)  # here: long enough for nora's window to see marc typing
            typing = expect(window.team.presence_shown, lambda c, text: c == cid and text == "marc is typing…")
            qtbot.keyClicks(colleague_window.reading.composer.editor, "Hel")
            await typing
            assert idle.isActive()

            # the pause is counted from the last key: a key restarts it (now short)
            idle.setInterval(50)
            stopped = expect(colleague_window.team.told, lambda c, typing: c == cid and not typing)
            viewing = expect(window.team.presence_shown, lambda c, text: c == cid and text == "marc is viewing")
            qtbot.keyClicks(colleague_window.reading.composer.editor, "lo")
            await stopped
            await viewing
            assert window.reading.presence.text() == "marc is viewing"
            assert await team_ops.colleagues(nora, cid) == [team_ops.Colleague("marc", "viewing")]
            assert not idle.isActive()

            # typing again after the pause is told again
            typing = expect(window.team.presence_shown, lambda c, text: c == cid and text == "marc is typing…")
            qtbot.keyClicks(colleague_window.reading.composer.editor, "!")
            await typing
        finally:
            await marc.close()
            await nora.close()

    run_async(aio_loop, scenario(), timeout=60)


def test_a_colleagues_note_naming_the_agent_pops_up_within_their_quiet_hours_and_opens_its_conversation(
        window, aio_loop, team, tmp_path):
    from desk.app import settings as settings_ops
    from ui.ops import run

    cid = team["ids"]["w7"]

    async def scenario():
        nora = await open_as(team, "nora", tmp_path / "nora")
        marc = await open_as(team, "marc", tmp_path / "marc")
        try:
            await team_window(window, nora)
            notifier = window.notifier
            page = expect(window.queue.model.page_loaded)
            assert window.queue.choose_view("mine")  # the conversation is not in nora's view
            await page
            assert not window.queue.select_conversation(cid)

            popped = []
            notifier.notified.connect(lambda title, body: popped.append((title, body)))
            mentioned = expect(window.team.mentioned)
            await replies.add_note(marc, cid, "@winlead have a look at this one")  # not her: not told
            await replies.add_note(marc, cid, "@nora can you call the buyer?")
            (mention,) = await mentioned
            assert (mention.conversation_id, mention.author) == (cid, "marc")
            assert popped == [("A colleague mentioned you", "marc mentioned you: @nora can you call the buyer?")]

            # a click on it opens the conversation, though the view does not hold it
            opened = expect(window.team.presence_shown, lambda c, _text: c == cid)
            notifier.tray.messageClicked.emit()
            await opened
            assert window.reading.conversation_id == cid

            # during her quiet hours it is held back (counted in the tray), not popped up
            loaded = expect(notifier.preferences_loaded, lambda preferences: preferences.quiet is not None)
            run(settings_ops.save_settings(nora, settings_ops.SettingsUpdate(
                values={"notify.quiet_hours": "22:00-08:00"})), window.bridge)
            await loaded
            notifier.local_now = lambda: datetime(2026, 12, 7, 23, 30)
            held = expect(notifier.held)
            await replies.add_note(marc, cid, "@nora it is urgent")
            assert await held == (1,)
            assert len(popped) == 1
            assert window.statusBar().currentMessage() == "marc mentioned you: @nora it is urgent"
        finally:
            await marc.close()
            await nora.close()

    run_async(aio_loop, scenario(), timeout=60)


def test_replies_written_offline_on_conversations_a_colleague_took_meanwhile_are_asked_about_in_front_of_them(
        window, aio_loop, team, tmp_path):
    ids, proxy = team["ids"], team["proxy"]
    sent, kept = ids["w8"], ids["w9"]

    async def scenario():
        nora = await open_as(team, "nora", tmp_path / "nora", port=proxy.port)
        marc = await open_as(team, "marc", tmp_path / "marc")
        try:
            await team_window(window, nora)
            for cid in (sent, kept):
                await show(window, cid)
                assert await team_ops.mirrored(nora, cid)
            offline = expect(window.team.banner.shown, lambda text: text.startswith("Offline"))
            proxy.cut()
            await offline
            for cid in (sent, kept):  # written in this order: asked about in this order
                await show(window, cid)
                written = expect(window.conversation.assistant.sent, lambda c, cid=cid: c == cid)
                send_in_window(window, f"Taken while offline {cid}")
                await written
            page = expect(window.queue.model.page_loaded)
            assert window.queue.choose_view("mine")  # the questions open conversations this view does not hold
            await page

            for cid in (sent, kept):  # marc takes both, answering neither
                assert (await lifecycle.assign_to_me(marc, cid)).undo
            asked = expect(window.team.asked)
            in_front = expect(window.conversation.assistant.draft_loaded, lambda cid: cid == sent)
            proxy.restore()
            window.team.banner.try_button.click()
            (box,) = await asked
            await in_front
            assert box.text() == ("While you were offline, marc took this conversation.\n\nYour reply:\n"
                                  f"Taken while offline {sent}\n\nSend it anyway, or keep it as a draft?")
            assert window.reading.conversation_id == sent  # asked in front of its conversation
            assert bodies(team, sent, "nora") == bodies(team, kept, "nora") == []  # nothing went before the answer

            # send anyway: it goes; then the next one is asked about, in front of it
            asked = expect(window.team.asked)
            in_front = expect(window.conversation.assistant.draft_loaded, lambda cid: cid == kept)
            box.yes.click()
            (box,) = await asked
            await in_front
            assert box.text().startswith("While you were offline, marc took this conversation.")
            assert f"Taken while offline {kept}" in box.text()
            assert window.reading.conversation_id == kept
            assert bodies(team, sent, "nora") == [f"Taken while offline {sent}"]

            # keep as draft: not sent, and its text is back in the reply box
            drafted = expect(window.conversation.assistant.draft_loaded, lambda cid: cid == kept)
            done = expect(window.team.status_shown, lambda status: status.waiting == 0)
            box.no.click()
            await drafted
            await done
            assert window.reading.composer.text() == f"Taken while offline {kept}"
            assert team_ops.held_replies(nora) == [] and window.team.question is None
        finally:
            proxy.restore()
            await marc.close()
            await nora.close()

    run_async(aio_loop, scenario(), timeout=90)
    assert bodies(team, sent, "nora") == [f"Taken while offline {sent}"]
    assert bodies(team, kept, "nora") == []
    assert team["owner"].fetch_all(
        f"SELECT assignee FROM conversations WHERE id IN ({sent}, {kept})") == [("marc",), ("marc",)]


def test_a_login_the_lead_disables_mid_session_turns_the_window_to_one_refused_state(window, aio_loop, team, tmp_path):
    import asyncio

    cid = team["ids"]["w4"]

    async def scenario():
        kim = await open_as(team, "winkim", tmp_path / "kim")
        try:
            await team_window(window, kim)
            await show(window, cid)
            said, banners = [], []
            window.bridge.message.connect(said.append)
            window.team.banner.shown.connect(banners.append)
            refused = expect(window.team.status_shown, lambda status: status.state == "refused")
            await asyncio.to_thread(admin.disable_agent, team["lead"], "winkim")
            (status,) = await refused
            assert status.refusal == "login" and "not permitted to log in" in status.reason
            banner = window.team.banner
            assert banner.isVisible() and banner.try_button.isHidden()
            assert banner.text.text() == (
                "The team server refused this login: the lead may have disabled it, or its password changed. You "
                "are reading this PC's copy; replies and notes you write are kept here. Ask the team's lead, join "
                "again in Settings → Team, then start Desk again.")
            assert "not permitted to log in" in banner.text.toolTip()
            assert window.team.label.text() == "Team: winkim · refused"
            assert kim.db is kim.team.mirror_db

            # no retries: the live listener has stopped, trying again fails at once, the state stays
            listening = [task for task in kim.team._tasks if task.get_name() == "team-live"]
            await asyncio.wait_for(asyncio.gather(*listening), 15)
            await team_ops.try_now(kim)
            assert team_ops.status(kim).state == "refused"
            assert banners[banners.index(banner.text.text()):] == [banner.text.text()] * (
                len(banners) - banners.index(banner.text.text()))  # once refused, never offline again

            # the window goes on on this PC's copy: a reply written now is kept there, and counted
            kept = expect(window.team.status_shown, lambda status: status.state == "refused" and status.waiting == 1)
            written = expect(window.conversation.assistant.sent, lambda c: c == cid)
            send_in_window(window, "Written after the login was disabled")
            await written
            await kept
            assert banner.text.text().startswith("The team server refused this login")
            assert said == []  # one state in the banner, no error in the status bar
        finally:
            await kim.close()
            team["passwords"]["winkim"] = await asyncio.to_thread(admin.enable_agent, team["lead"], "winkim")

    run_async(aio_loop, scenario(), timeout=60)
    assert bodies(team, cid, "winkim") == []


def test_what_the_team_database_refuses_an_agents_login_is_said_in_their_language(
        window, qapp, aio_loop, team, tmp_path):
    from PySide6.QtCore import QLocale

    from desk.app import knowledge
    from ui.i18n import install_translators
    from ui.ops import run

    async def scenario():
        nora = await open_as(team, "nora", tmp_path / "nora")
        try:
            await team_window(window, nora)
            said = expect(window.bridge.message)
            run(knowledge.save_note_text(nora, "jp-tone", "en", "Be casual."), window.bridge)  # a lead's right
            assert await said == ("您的登录无权在团队数据库上做此操作：请联系团队组长。",)
        finally:
            await nora.close()

    before = QLocale()
    translators = install_translators(qapp, "zh_CN")
    try:
        run_async(aio_loop, scenario(), timeout=60)
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        QLocale.setDefault(before)
    assert team["owner"].fetch_all("SELECT body FROM kb_texts") == [("Be formal.",)]
