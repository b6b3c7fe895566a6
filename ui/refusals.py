"""What the core refused, in the agent's language: a refusal carries a stable `code`
(desk.errors: ActionRefused's reasons, NotPermitted) that names the words shown; an error without
one is shown as the core said it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desk.errors import DeskError

TEAM_STATES = ("team_offline", "team_refused", "team_unverified")  # the team's banner says these (ui.team)


def refusal_text(error: DeskError) -> str:
    """An action's refusal in the agent's language."""
    translate = QCoreApplication.translate
    words = {
        "gone": translate("Workday", "That conversation no longer exists."),
        "nothing_selected": translate("Workday", "Select a conversation first."),
        "no_name": translate("Workday", "Set your name in Settings first: conversations are assigned to it."),
        "unknown_agent": translate("Workday", "No agent by that name. Add agents in Settings → General."),
        "snooze_past": translate("Workday", "That time has passed: choose a later one."),
        "snooze_naive": translate("Workday", "That time has no time zone."),
        "tag_empty": translate("Workday", "A tag needs a name."),
        "tag_invalid": translate("Workday", "Tags have at most 64 characters, no commas, and do not start with + or -."),
        "merge_same": translate("Workday", "A conversation cannot be merged into itself."),
        "merge_merged": translate("Workday", "That conversation was already merged into another one."),
        "merge_customers": translate("Workday", "Only conversations of the same customer can be merged."),
        "note_empty": translate("Workday", "An empty note was not added."),
        "view_name": translate("Workday", "A view needs a name."),
        "files_offline": translate("Workday", "Files cannot be added while the team server is away: the "
                                              "note was not added. Take the files off, or add it once Desk is "
                                              "back online."),
        "offline": translate("Workday", "The team server cannot be reached: this can be done once Desk is back "
                                        "online. Replies and notes written now are sent then."),
        "not_permitted": translate("Workday", "Your login may not do this on the team database: ask the team's "
                                              "lead."),
        "team_offline": translate("Workday", "The team server cannot be reached: this was not done."),
        "team_refused": translate("Workday", "The team server refused this login: this was not done."),
        "team_unverified": translate("Workday", "Desk could not verify the team server's certificate: this was "
                                                "not done."),
    }
    return words.get(getattr(error, "code", ""), str(error))


def said_by_the_banner(error: DeskError) -> bool:
    """The team server was lost or refused this login: the window's one banner says so, nothing else
    need (an operation under way when it happened fails with it)."""
    return getattr(error, "code", "") in TEAM_STATES
