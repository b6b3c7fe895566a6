"""Errors the agent can understand and act on, as opposed to bugs.

Each carries a plain message (no traceback, no paths to secrets) that the CLI prints and the
window shows in a dialog. Core returns codes; the UI owns the words for its own dialogs, but
these messages are also what the CLI prints, so they are complete sentences.
"""


class DeskError(Exception):
    """A known, explainable failure: show `str(error)` to the user."""

    exit_code = 2


class NotADeskDatabase(DeskError):
    pass


class DatabaseTooNew(DeskError):
    pass


class StorageUnavailable(DeskError):
    """The disk is read-only, full, or the folder cannot be created."""


class CorruptDatabase(DeskError):
    pass


class InvalidSettings(DeskError, ValueError):
    """Values that cannot be stored, by field: {field: what it must be}."""

    def __init__(self, problems: dict[str, str]):
        super().__init__("; ".join(f"{k}: {v}" for k, v in problems.items()))
        self.problems = problems


class ActionRefused(DeskError):
    """A conversation action that cannot be done as asked (merging conversations of two customers,
    an unknown agent, a snooze time already past, a tag name that cannot be stored...). `code` names
    the reason for the window's own words; the message is a full sentence for the command line."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code


class OwnedByColleague(ActionRefused):
    """On a team database: another agent owns these conversations (`owners`: id -> login). The
    window asks first ("Anna owns this conversation — reply anyway?") and repeats the action
    confirmed."""

    def __init__(self, owners: dict[int, str]):
        names = ", ".join(sorted(set(owners.values())))
        super().__init__("owned", f"{names} owns {'this conversation' if len(owners) == 1 else 'these conversations'}: "
                                  "confirm to go ahead anyway.")
        self.owners = owners


class NotPermitted(DeskError):
    """The team database refused this login the change (an agent's login may not edit settings,
    accounts or the knowledge base: a lead does). `code` names it for the window's own words, as
    ActionRefused's do; the message is the command line's."""

    sqlstate = "42501"  # insufficient_privilege, as PostgreSQL says it
    code = "not_permitted"
