"""The window on a team database (README "Team mode"): the team's state in the status bar and, when
the server is lost, one offline banner; who else is viewing or typing in the open conversation, in
its header; this agent's own presence told to colleagues; a colleague's note naming the agent; and
the question about replies written offline that someone answered (or took) meanwhile. Everything
arrives through the workspace's events (desk.app.team) on the event loop: nothing here polls or
waits on the network."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QDateTime, QObject, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from desk.app import team as team_ops
from ui.ops import run
from ui.refusals import refusal_text

log = logging.getLogger(__name__)

TYPING_IDLE_MS = 5000  # typing becomes viewing again after this long without a key


def ask(parent: QWidget, text: str, yes: str, on_yes, *, no: str = "", on_no=None) -> QMessageBox:
    """A question the agent answers before something goes ahead; never exec() (qasync). Returns the
    open box (its buttons: `box.yes`, `box.no`)."""
    box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("Team", "Desk"), text,
                      QMessageBox.StandardButton.NoButton, parent)
    box.yes = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    box.no = box.addButton(no or QCoreApplication.translate("Team", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(box.no)

    def answered(button) -> None:
        if button is box.yes:
            on_yes()
        elif on_no is not None:
            on_no()

    box.buttonClicked.connect(answered)
    box.open()
    return box


def names(owners) -> str:
    """Who owns them, for a question ("Anna", "Anna, Paul")."""
    return ", ".join(sorted({owner for owner in owners if owner}, key=str.lower)) or "?"


def presence_text(colleagues: list) -> str:
    """"Paul is viewing", "Anna is typing…" (typing first, as the core lists them)."""
    translate = QCoreApplication.translate
    parts = [(translate("Team", "%1 is typing…") if c.state == "typing" else translate("Team", "%1 is viewing"))
             .replace("%1", c.agent) for c in colleagues]
    return " · ".join(parts)


class TeamBanner(QFrame):
    """The one offline state: shown while the team server cannot be reached (or refuses this
    login), hidden online.

    Signals:
        shown(str): the banner now says this ("" when hidden).
    """

    shown = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("teamBanner")
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.try_button = QPushButton(self.tr("Try now"), self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 10, 4)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.try_button)
        self.hide()

    def show_status(self, status) -> None:
        if status.state == "online":
            self.hide()
            self.shown.emit("")
            return
        if status.state == "refused":
            text = self._refused(status.refusal)
        else:
            text = self.tr("Offline: the team server cannot be reached. You are reading this PC's copy; "
                           "replies and notes you write are sent when it is back.")
        if status.waiting:
            text += " " + self.tr("%n reply(s) or note(s) waiting.", "", status.waiting)
        if status.state == "offline" and status.retry_at is not None:
            moment = QDateTime.fromSecsSinceEpoch(int(status.retry_at)).toString("HH:mm:ss")
            text += " " + self.tr("Next try at %1.").replace("%1", moment)
        self.try_button.setVisible(status.state == "offline")
        self.text.setText(text)
        self.text.setToolTip(status.reason)  # the server's own words, for whoever helps
        self.show()
        self.shown.emit(text)

    def _refused(self, refusal: str) -> str:
        """No retries until the agent acts: what happened and what to do, in their language."""
        if refusal == "certificate":
            return self.tr("Desk could not verify the team server's certificate and did not connect. You are "
                           "reading this PC's copy; replies and notes you write are kept here. Check the team's "
                           "address and CA file in Settings → Team, then start Desk again.")
        return self.tr("The team server refused this login: the lead may have disabled it, or its password "
                       "changed. You are reading this PC's copy; replies and notes you write are kept here. Ask "
                       "the team's lead, join again in Settings → Team, then start Desk again.")


class TeamWindow(QObject):
    """What team mode adds to the window; `start()` once the loop runs.

    Signals:
        status_shown(object): the team's state (TeamStatus) is shown.
        presence_shown(int, str): the open conversation's header says who else is there ("" nobody).
        told(object, bool): colleagues were told this agent is in this conversation (None: none), typing or not.
        mentioned(object): a colleague's note names this agent (Mention), told in the status bar.
        asked(object): a question waits for the agent (a QMessageBox with .yes and .no).
    """

    status_shown = Signal(object)
    presence_shown = Signal(int, str)
    told = Signal(object, bool)
    mentioned = Signal(object)
    asked = Signal(object)

    def __init__(self, window, ws, bridge):
        super().__init__(window)
        self.window, self.ws, self.bridge = window, ws, bridge
        self.login = team_ops.describe(ws)
        self.banner = TeamBanner(window)
        self.banner.try_button.clicked.connect(
            lambda _checked=False: run(team_ops.try_now(ws), bridge, name="team-try-now"))
        self.label = QLabel(window)
        self.label.setObjectName("teamStatus")
        window.statusBar().addPermanentWidget(self.label)
        self.typing = False
        self.shown: int | None = None  # the conversation colleagues were last told about
        self.typing_idle = QTimer(self)  # each key restarts it; when it fires, typing is viewing again
        self.typing_idle.setSingleShot(True)
        self.typing_idle.setInterval(TYPING_IDLE_MS)
        self.typing_idle.timeout.connect(self._stopped_typing)
        self._held: list = []  # replies written offline waiting for the agent's word, one asked at a time
        self.question: QMessageBox | None = None
        # Bound methods: the events hold them weakly.
        ws.events.team_status.connect(self.show_status)
        ws.events.presence.connect(self._on_presence)
        ws.events.mentioned.connect(self._on_mentioned)
        ws.events.replies_held.connect(self._on_held)
        window.conversation.shown.connect(self._on_shown)
        window.queue.cleared.connect(lambda: self._tell(None))
        window.reading.composer.editor.typed.connect(self._on_typed)
        self.label.setText(self.tr("Team: %1").replace("%1", self._who()))  # its state once start() tells it

    def start(self) -> None:
        run(team_ops.start(self.ws), self.bridge, name="team-start")

    # --- the team's state -----------------------------------------------------------------------

    def _who(self) -> str:
        return self.login["login"] + (self.tr(" (lead)") if self.login["lead"] else "")

    def show_status(self, status) -> None:
        who = self._who()
        if status.state == "refused":
            text = self.tr("Team: %1 · refused").replace("%1", who)
        elif status.state != "online":
            text = self.tr("Team: %1 · offline").replace("%1", who)
        elif status.live:
            text = self.tr("Team: %1 · live").replace("%1", who)
        else:
            text = self.tr("Team: %1 · online").replace("%1", who)
        self.label.setText(text)
        self.banner.show_status(status)
        self.status_shown.emit(status)

    # --- presence -------------------------------------------------------------------------------

    def _on_shown(self, conversation_id: int) -> None:
        """A conversation is shown (another, or the same one again after a change)."""
        if conversation_id != self.shown:
            self.shown, self.typing = conversation_id, False
            self.typing_idle.stop()
        run(self._arrived(conversation_id, self.typing), self.bridge, name="team-presence", on_error=_unsaid)

    async def _arrived(self, conversation_id: int, typing: bool) -> None:
        """Tell colleagues this agent is here, then show who else is."""
        await team_ops.looking_at(self.ws, conversation_id, typing)
        self._presence_arrived(conversation_id, await team_ops.colleagues(self.ws, conversation_id))

    def _on_typed(self) -> None:
        conversation_id = self.window.reading.conversation_id
        if conversation_id is None:
            return
        self.typing_idle.start()
        if not self.typing:
            self.typing = True
            self._tell(conversation_id, typing=True)

    def _stopped_typing(self) -> None:
        self.typing = False
        self._tell(self.window.reading.conversation_id)

    def _tell(self, conversation_id: int | None, typing: bool = False) -> None:
        if conversation_id is None:
            self.shown = None
        run(team_ops.looking_at(self.ws, conversation_id, typing), self.bridge, name="team-presence",
            on_done=lambda _none: self.told.emit(conversation_id, typing), on_error=_unsaid)

    def _on_presence(self, conversation_id: int) -> None:
        if conversation_id == self.window.reading.conversation_id:
            self._show_presence(conversation_id)

    def _show_presence(self, conversation_id: int) -> None:
        run(team_ops.colleagues(self.ws, conversation_id), self.bridge, name="team-colleagues",
            on_done=lambda found: self._presence_arrived(conversation_id, found), on_error=_unsaid)

    def _presence_arrived(self, conversation_id: int, colleagues: list) -> None:
        if conversation_id != self.window.reading.conversation_id:
            return
        text = presence_text(colleagues)
        self.window.reading.show_presence(text)
        self.presence_shown.emit(conversation_id, text)

    # --- mentions -------------------------------------------------------------------------------

    def _on_mentioned(self, mention) -> None:
        text = self.tr("%1 mentioned you: %2").replace("%1", mention.author or "?").replace("%2", mention.text[:120])
        self.window.statusBar().showMessage(text, 15_000)
        if self.window.notifier is not None:
            self.window.notifier.tell(self.tr("A colleague mentioned you"), text, mention.conversation_id)
        self.mentioned.emit(mention)

    # --- replies written offline that wait for the agent's word ---------------------------------

    def _on_held(self, held: list) -> None:
        known = {h.key for h in self._held}
        self._held += [h for h in held if h.key not in known]
        if self.question is None:
            self._ask_next()

    def _ask_next(self) -> None:
        if not self._held:
            self.question = None
            return
        item = self._held.pop(0)
        self.window.workday.show_conversation(item.conversation_id)  # the question in front of its conversation
        if item.reason == "owned":
            why = self.tr("While you were offline, %1 took this conversation.")
        else:
            why = self.tr("While you were offline, %1 answered this conversation.")
        kind = self.tr("Your note") if item.note else self.tr("Your reply")
        text = (why.replace("%1", item.by or "?") + "\n\n" + kind + ":\n" + item.text[:300] + "\n\n"
                + self.tr("Send it anyway, or keep it as a draft?"))
        self.question = ask(self.window, text, self.tr("Send anyway"), lambda: self._answer(team_ops.send_anyway, item),
                            no=self.tr("Keep as draft"), on_no=lambda: self._answer(team_ops.keep_as_draft, item))
        self.asked.emit(self.question)

    def _answer(self, op, item) -> None:
        def said(error) -> None:
            self.window.statusBar().showMessage(refusal_text(error), 15_000)
            self._ask_next()

        def done(_changes) -> None:
            if op is team_ops.keep_as_draft:  # its text is the draft now: in the box if it is open
                self.window.conversation.assistant.reload_draft(item.conversation_id)
            self._ask_next()

        run(op(self.ws, item.key), self.bridge, initiator=self, name="team-held", on_done=done, on_error=said)


def _unsaid(error) -> None:
    """Presence is best effort: a call that met the server gone turned the link offline, which the
    banner says once; the next beat tells colleagues again."""
    log.info("presence: %s", error)


def owner_question(action: str, owners) -> str:
    """"Anna owns this conversation. Resolve it anyway?" for an action on a colleague's conversation."""
    translate = QCoreApplication.translate
    text = {
        "reply": translate("Team", "%1 owns this conversation. Reply anyway?"),
        "resolve": translate("Team", "%1 owns this conversation. Resolve it anyway?"),
        "pending": translate("Team", "%1 owns this conversation. Set it to wait for the customer anyway?"),
        "snooze": translate("Team", "%1 owns this conversation. Snooze it anyway?"),
    }.get(action, translate("Team", "%1 owns this conversation. Go ahead anyway?"))
    return text.replace("%1", names(owners))


def owner_answer(action: str) -> str:
    translate = QCoreApplication.translate
    return {"reply": translate("Team", "Reply anyway"), "resolve": translate("Team", "Resolve anyway"),
            "snooze": translate("Team", "Snooze anyway")}.get(action, translate("Team", "Go ahead"))


def taken_text(lost) -> str:
    """An assignment lost to a colleague: who won."""
    text = QCoreApplication.translate("Team", "Already taken by %1: left as it was.")
    return text.replace("%1", names(owner for _cid, owner in lost))
