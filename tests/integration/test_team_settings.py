"""Settings → Translation on a team database: the lead chooses the languages the worker
translates ahead into (translation.ahead_into); an agent's dialog shows them and cannot change
them. Against the real PostgreSQL, with the dialog as the window opens it."""

from __future__ import annotations

import pytest

from desk import settings
from desk.app import team as team_ops
from desk.team import admin
from desk.team.connect import TeamAddress, open_team
from tests.conftest import run_async
from tests.helpers.qt import expect

DATABASE = "teamsettings"


@pytest.fixture(scope="module")
def team(pg_cluster):
    ca = str(pg_cluster.certificates.ca)
    address = TeamAddress.parse(f"postgresql://desk@localhost:{pg_cluster.port}/{DATABASE}", ca_file=ca)
    admin.init_team(address, lead="setlead", lead_password="lead-secret-s")
    owner = open_team(address, keyring=False)
    lead = open_team(address.as_user("setlead"), "lead-secret-s")
    passwords = {"setlead": "lead-secret-s", "setagent": admin.add_agent(lead, "setagent")}
    yield {"owner": owner, "passwords": passwords, "ca": ca, "port": pg_cluster.port}
    lead.close()
    owner.close()


async def dialog_as(team, name, data_dir):
    from ui.bridge import Bridge
    from ui.settings_dialog import SettingsDialog

    url = f"postgresql://{name}@localhost:{team['port']}/{DATABASE}"
    ws = await team_ops.open_team_workspace(data_dir, url, ca_file=team["ca"], password=team["passwords"][name],
                                            translation_offline=True)
    dialog = SettingsDialog(ws, Bridge(ws))
    loaded = expect(dialog.loaded)
    dialog.load()
    await loaded
    return ws, dialog


async def save(dialog):
    saved = expect(dialog.saved)
    dialog.save()
    await saved


def ahead_into(team):
    return settings.get(team["owner"], settings.TRANSLATION_AHEAD_INTO)


def test_the_lead_chooses_the_languages_translated_ahead_and_an_agent_cannot(qtbot, aio_loop, team, tmp_path):
    async def scenario():
        ws, dialog = await dialog_as(team, "setlead", tmp_path / "lead")
        try:
            boxes = dialog.ahead_into
            assert boxes["zh"].isChecked() and not boxes["en"].isChecked()  # the default
            assert not boxes["en"].parentWidget().isHidden()
            boxes["en"].setChecked(True)
            await save(dialog)
            assert ahead_into(team) == ["zh", "en"]
        finally:
            await ws.close()
        ws, dialog = await dialog_as(team, "setagent", tmp_path / "agent")
        try:
            assert dialog.ahead_into["en"].isChecked()  # the team's choice, shown
            dialog.ahead_into["zh"].setChecked(False)
            await save(dialog)  # the agent's own settings are saved, the team's are left as they are
            assert ahead_into(team) == ["zh", "en"]
        finally:
            await ws.close()

    run_async(aio_loop, scenario(), timeout=60)


def test_a_solo_workspace_does_not_show_the_teams_row(qtbot, aio_loop, tmp_path):
    from desk.app.workspace import Workspace
    from desk.workspace import open_workspace
    from ui.bridge import Bridge
    from ui.settings_dialog import SettingsDialog

    solo = Workspace(open_workspace(tmp_path), translation_offline=True)
    try:
        dialog = SettingsDialog(solo, Bridge(solo))
        assert dialog.ahead_into["zh"].parentWidget().isHidden()
    finally:
        run_async(aio_loop, solo.close())
