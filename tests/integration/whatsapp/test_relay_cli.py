"""The relay's command line as a real process: secrets from the environment, served by uvicorn."""

from __future__ import annotations

import os
import re
import subprocess
import sys


from tests.unit.desk.whatsapp.stack import APP_SECRET, RELAY_TOKEN, SECRETS, VERIFY_TOKEN, get, post, signed


def test_the_relay_command_serves_handshake_webhooks_and_events(tmp_path):
    env = {**os.environ, "WA_VERIFY": VERIFY_TOKEN, "WA_SECRET": APP_SECRET, "WA_BEARER": RELAY_TOKEN}
    command = [sys.executable, "-m", "desk.relay.app", "--port", "0", "--store", str(tmp_path / "relay.sqlite3"),
               "--verify-token-env", "WA_VERIFY", "--app-secret-env", "WA_SECRET", "--bearer-token-env", "WA_BEARER"]
    process = subprocess.Popen(command, env=env, stderr=subprocess.PIPE, text=True)
    output: list[str] = []
    try:
        url = None
        for line in process.stderr:  # uvicorn announces the port it picked
            output.append(line)
            found = re.search(r"Uvicorn running on (http://127\.0\.0\.1:\d+)", line)
            if found:
                url = found.group(1)
                break
        assert url, "".join(output)
        handshake = get(f"{url}/webhook", params={"hub.mode": "subscribe", "hub.verify_token": VERIFY_TOKEN,
                                                        "hub.challenge": "8842"})
        assert (handshake.status_code, handshake.text) == (200, "8842")
        body, headers = signed({"object": "whatsapp_business_account", "entry": []})
        assert post(f"{url}/webhook", content=body, headers=headers).status_code == 200
        feed = get(f"{url}/events", headers={"Authorization": f"Bearer {RELAY_TOKEN}"}).json()
        assert [e["cursor"] for e in feed["events"]] == [1]
    finally:
        process.terminate()
        rest = process.communicate(timeout=20)[1]
    log = "".join(output) + rest
    assert "webhook stored as event 1" in log
    for secret in SECRETS:
        assert secret not in log


def test_the_relay_command_refuses_to_start_without_its_secrets(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("DESK_RELAY_")}
    result = subprocess.run([sys.executable, "-m", "desk.relay.app", "--store", str(tmp_path / "r.sqlite3")],
                            env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode != 0
    assert "DESK_RELAY_VERIFY_TOKEN" in result.stderr and "DESK_RELAY_APP_SECRET" in result.stderr
    assert not (tmp_path / "r.sqlite3").exists()
