"""The selected conversation: a header and its messages, rendered inert and bounded.

Bodies are escaped plain text, or HTML that was sanitised at ingest. On top of that the browser
loads nothing: no remote images, no local files, and links do not navigate. Whatever a sender
wrote, the work on the GUI thread is bounded (desk.domain.display): long runs get break
opportunities, big or deeply nested bodies are shown in part, images are clamped. "Show
everything" opens the whole text in a plain-text viewer, which lays out only what is visible.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QDateTime, QLocale, QTimer, QUrl, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QTextBrowser, QVBoxLayout, QWidget

from desk.domain import ConversationView, MessageView
from desk.domain.display import shown_body, shown_text
from ui.labels import cost_text, date_time_text, escalation_reasons, intent_name, size_text
from ui.queue.model import CHANNEL_NAMES
from ui.reading.composer import Composer

STYLE = {
    "in": ("#f1f3f4", "left"),
    "out": ("#e3f2fd", "right"),
    "note": ("#fff8e1", "left"),
}


@dataclass(frozen=True)
class ShownTranslation:
    text: str = ""  # empty while translating or when it failed
    provider: str = ""
    problem: str = ""  # why there is no translation (offline, quota...), in the agent's words


class InertBrowser(QTextBrowser):
    """A QTextBrowser that never fetches anything a message refers to."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)

    def loadResource(self, kind: int, url: QUrl):  # noqa: N802 - Qt override
        return None


SHOW_ALL = "desk-show-all"  # scheme of the "show everything" links (the sanitiser lets no such link in)
FILE_LINK = "desk-file"  # scheme of a message's files: desk-file:<message id>/<index>
FILES_SHOWN = 20  # a message's files listed; the rest are counted ("and 180 more files")
VIEWER_LINE = 200  # the full-text viewer breaks longer lines for display, so no block is huge
VIEWER_CHUNK = 1000  # at most this many lines ...
VIEWER_CHUNK_CHARS = 20_000  # ... and characters are added per turn of the event loop


class FullTextDialog(QDialog):
    """The whole text of one message, read-only. QPlainTextEdit lays out only the visible blocks;
    the text goes in a chunk of lines per turn of the event loop, so a huge one never stalls it."""

    def __init__(self, title: str, text: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(900, 700)
        self.viewer = QPlainTextEdit(self)
        self.viewer.setReadOnly(True)
        self.viewer.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.viewer)
        layout.addWidget(buttons)
        self._lines = _short_lines(text)
        self._added = 0
        self._add_chunk()

    @property
    def complete(self) -> bool:
        return self._added >= len(self._lines)

    def _add_chunk(self) -> None:
        chunk, size = [], 0
        for line in self._lines[self._added:self._added + VIEWER_CHUNK]:
            if chunk and size + len(line) > VIEWER_CHUNK_CHARS:
                break
            chunk.append(line)
            size += len(line)
        self._added += len(chunk)
        self.viewer.appendPlainText("\n".join(chunk))
        if not self.complete:
            QTimer.singleShot(0, self, self._add_chunk)
        else:
            self.viewer.moveCursor(self.viewer.textCursor().MoveOperation.Start)


def _short_lines(text: str) -> list[str]:
    return [line[i:i + VIEWER_LINE] for line in text.split("\n") for i in range(0, max(len(line), 1), VIEWER_LINE)]


class ConversationPane(QWidget):
    """Signals:
        everything_requested(object): the agent asked for the whole text of this MessageView.
        linked_requested(): the agent clicked the conversations linked to this one.
        attachment_requested(object): the agent clicked one of a message's files (AttachmentView).
    """

    everything_requested = Signal(object)
    linked_requested = Signal()
    attachment_requested = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.header = QLabel(self)
        self.header.setWordWrap(True)
        self.header.setObjectName("conversationHeader")
        self.header.linkActivated.connect(lambda _link: self.linked_requested.emit())
        self.presence = QLabel(self)  # team mode: who else is viewing or typing here
        self.presence.setObjectName("presenceLine")
        self.presence.hide()
        self.tag_colours: dict[str, str] = {}
        self.links: list = []  # the conversations linked to the one shown (LinkedConversation)
        self.browser = InertBrowser(self)
        self.browser.anchorClicked.connect(self._on_link)
        self.full_text_dialog: FullTextDialog | None = None
        self.composer = Composer(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.header)
        layout.addWidget(self.presence)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.composer)
        self.conversation_id: int | None = None
        self.conversation: ConversationView | None = None
        self.translations: dict[int, ShownTranslation] = {}
        self.costs: dict[int, object] = {}  # message id -> what a WhatsApp reply cost (CostEstimate)
        self.show_placeholder()

    def show_placeholder(self) -> None:
        self.conversation_id = None
        self.conversation = None
        self.translations = {}
        self.show_presence("")
        self.header.setText(self.tr("Select a conversation in the queue."))
        self.browser.clear()
        self.composer.setEnabled(False)

    def show_conversation(self, conversation: ConversationView) -> None:
        if conversation.id != self.conversation_id:
            self.composer.show_notice("")
            self.composer.offer_templates([])
            self.translations = {}
            self.costs = {}
            self.links = []
            self.show_presence("")
        self.conversation = conversation
        self.conversation_id = conversation.id
        self.composer.setEnabled(True)
        self.header.setText(self._header_html(conversation))
        self._render_messages()

    def show_presence(self, text: str) -> None:
        """Who else is in this conversation ("Paul is viewing · Anna is typing…"; "" nobody)."""
        self.presence.setText(text)
        self.presence.setVisible(bool(text))

    def show_links(self, conversation_id: int, links: list) -> None:
        """The conversations about the same order, and the customer's others (LinkedConversation)."""
        if conversation_id == self.conversation_id:
            self.links = links
            self.header.setText(self._header_html(self.conversation))

    def set_tag_colours(self, colours: dict[str, str]) -> None:
        self.tag_colours = dict(colours)
        if self.conversation is not None:
            self.header.setText(self._header_html(self.conversation))

    def show_translations(self, conversation_id: int, translations: dict[int, ShownTranslation]) -> None:
        """Translations (or why there are none) beside the originals, as they arrive."""
        if conversation_id == self.conversation_id:
            self.translations = translations
            self._render_messages()

    def show_costs(self, conversation_id: int, costs: dict) -> None:
        """The estimated cost of each WhatsApp reply, beside it."""
        if conversation_id == self.conversation_id and costs != self.costs:
            self.costs = costs
            self._render_messages()

    def _render_messages(self) -> None:
        bar = self.browser.verticalScrollBar()
        at_end = bar.value() >= bar.maximum() - 4
        self.browser.setHtml("".join(self._message_html(m, self.translations.get(m.id)) for m in self.conversation.messages))
        if at_end or not self.translations:
            self._follow_end()
            # The document lays out after this returns: follow the end once it has. The pane is
            # the timer's context, so the call is dropped if the pane is gone by then.
            QTimer.singleShot(0, self, self._follow_end)

    def _on_link(self, url: QUrl) -> None:
        if url.scheme() not in (SHOW_ALL, FILE_LINK) or self.conversation is None:
            return
        message_id, _, index = url.path().partition("/")
        message = next((m for m in self.conversation.messages if str(m.id) == message_id), None)
        if message is None:
            return
        if url.scheme() == SHOW_ALL:
            self.show_everything(message)
        elif index.isdigit() and int(index) < len(message.attachments):
            self.attachment_requested.emit(message.attachments[int(index)])

    def show_everything(self, message: MessageView) -> None:
        """Ask for the whole message (its file is read off the GUI thread, then `open_full_text`)."""
        self.everything_requested.emit(message)

    def open_full_text(self, message: MessageView, text: str) -> None:
        """The whole message in a viewer of its own."""
        name = message.author or (self.conversation.customer_name if self.conversation else "")
        self.full_text_dialog = FullTextDialog(self.tr("Message from %1").replace("%1", name), text, self)
        self.full_text_dialog.show()

    def _follow_end(self) -> None:
        bar = self.browser.verticalScrollBar()
        bar.setValue(bar.maximum())

    def _header_html(self, c: ConversationView) -> str:
        facts = [CHANNEL_NAMES.get(c.channel, c.channel), (c.language or "?").upper()]
        if c.customer_country:
            facts.append(c.customer_country)
        from desk.app.conversations import customer_time

        if local := customer_time(c):
            shown = QLocale().toString(QDateTime(local.date(), local.time()), "ddd HH:mm")
            facts.append(self.tr("customer's time %1").replace("%1", shown))
        if c.order_external_id:
            facts.append(self.tr("order %1").replace("%1", c.order_external_id))
        if c.channel == "whatsapp" and c.last_inbound_at is not None:
            facts.append(self._window_fact(c.last_inbound_at))
        if c.intent:
            facts.append(intent_name(c.intent))
        if c.assignee:
            facts.append(self.tr("with %1").replace("%1", c.assignee))
        subject = html.escape(c.subject) if c.subject else ""
        flag = ""
        if c.escalate:
            why = self.tr("Escalated: %1").replace("%1", escalation_reasons(c.escalate_reasons))
            flag = f"<br><span style='color:#c62828; font-weight:600'>⚠ {html.escape(why)}</span>"
        if c.unverified:
            why = self.tr("Unverified sender: this mail may be forged. It claims Amazon or Shopify but failed authentication.")
            flag += f"<br><span style='color:#c62828; font-weight:600'>⚠ {html.escape(why)}</span>"
        return (
            f"<b style='font-size:14pt'>{html.escape(c.customer_name)}</b>"
            f"<br>{subject}<br><span style='color:#5f6368'>{html.escape(' · '.join(facts))}</span>{flag}"
            f"{self._lifecycle_html(c)}"
        )

    def _lifecycle_html(self, c: ConversationView) -> str:
        """Its state when not open, its tags in their colours, and the conversations linked to it."""
        parts = []
        if c.status == "snoozed":
            when = (QLocale().toString(QDateTime.fromSecsSinceEpoch(c.snooze_until), "ddd MM-dd HH:mm")
                    if c.snooze_until else "")
            parts.append(self.tr("💤 Snoozed until %1").replace("%1", when) if when else self.tr("💤 Snoozed"))
        elif c.status == "pending":
            parts.append(self.tr("⏳ Waiting for the customer"))
        elif c.status == "resolved":
            parts.append(self.tr("✓ Resolved"))
        line = "".join(f"<span style='color:#5f6368'>{html.escape(p)}</span>&nbsp;&nbsp;" for p in parts)
        for tag in c.tags:
            colour = self.tag_colours.get(tag, "#5f6368")
            line += (f"<span style='background-color:{colour}; color:white'>&nbsp;{html.escape(tag)}&nbsp;</span>"
                     "&nbsp;")
        links = self._links_text()
        if links:
            line += f"{'&nbsp;&nbsp;' if line else ''}<a href='desk-linked:'>{html.escape(links)}</a>"
        return f"<br>{line}" if line else ""

    def _links_text(self) -> str:
        order = [link for link in self.links if link.relation == "order"]
        customer = [link for link in self.links if link.relation != "order"]
        said = []
        if order:
            said.append(self.tr("%n other conversation(s) about order %1", "", len(order)).replace(
                "%1", self.conversation.order_external_id or order[0].order_ref or ""))
        if customer:
            said.append(self.tr("%n other conversation(s) with this customer", "", len(customer)))
        return " · ".join(said)

    def _window_fact(self, last_inbound_at: int) -> str:
        """WhatsApp's 24-hour service window: free text while open, approved templates after."""
        from desk.app.conversations import service_window_left

        left = service_window_left(last_inbound_at)
        if left.total_seconds() <= 0:
            return self.tr("WhatsApp window closed: templates only")
        hours, minutes = divmod(int(left.total_seconds()) // 60, 60)
        return self.tr("WhatsApp window open %1h %2m").replace("%1", str(hours)).replace("%2", f"{minutes:02d}")

    def _message_html(self, m: MessageView, translation: ShownTranslation | None = None) -> str:
        colour, align = STYLE.get(m.direction, STYLE["in"])
        who = {"in": m.author or "", "out": m.author or self.tr("Agent"), "note": self.tr("Internal note")}.get(
            m.direction, ""
        )
        when = html.escape(date_time_text(m.sent_at))
        shown = shown_body(m.text, m.html)
        body = shown.html
        if shown.cut or m.full_text_path:
            label = self.tr("Show everything")
            body += f"<br><a href='{SHOW_ALL}:{m.id}'>{html.escape(label)}</a>"
        body += self._files_html(m)
        width = "85%" if translation is None else "100%"
        return (
            f"<table width='100%' cellspacing='0' cellpadding='0' style='margin-bottom:10px'><tr><td align='{align}'>"
            f"<table width='{width}' cellpadding='8' style='background-color:{colour}'><tr><td width='50%'>"
            f"<span style='color:#5f6368; font-size:9pt'>{html.escape(who)} · {when}{self._delivery(m)}</span>"
            f"<br>{body}</td>{self._translation_cell(translation)}</tr></table></td></tr></table>"
        )

    def _files_html(self, m: MessageView) -> str:
        label = html.escape(self.tr("File:"))  # words, not an emoji: not every system has an emoji font
        links = [f"<span style='color:#5f6368'>{label}</span> <a href='{FILE_LINK}:{m.id}/{index}'>"
                 f"{html.escape(a.filename)}</a> "
                 f"<span style='color:#5f6368'>({html.escape(a.mime_type)}, {size_text(a.size)})</span>"
                 for index, a in enumerate(m.attachments[:FILES_SHOWN])]
        if len(m.attachments) > FILES_SHOWN:
            links.append(html.escape(self.tr("and %n more file(s)", "", len(m.attachments) - FILES_SHOWN)))
        return "".join(f"<br>{link}" for link in links)

    def _translation_cell(self, shown: ShownTranslation | None) -> str:
        if shown is None:
            return ""
        if shown.text:
            label = self.tr("Translation · %1").replace("%1", shown.provider)
            text = shown_text(shown.text).html
            return (f"<td width='50%' style='border-left: 1px solid #dadce0'><span style='color:#5f6368; font-size:9pt'>"
                    f"{html.escape(label)}</span><br>{text}</td>")
        note = shown.problem or self.tr("Translating…")
        return f"<td width='50%'><span style='color:#9aa0a6; font-size:9pt'>{html.escape(note)}</span></td>"

    def _delivery(self, m: MessageView) -> str:
        if m.direction != "out":
            return ""
        labels = {
            "queued": (self.tr("waiting to send"), "#5f6368"),
            "sent": (self.tr("sent"), "#5f6368"),
            "delivered": (self.tr("delivered"), "#188038"),
            "read": (self.tr("read"), "#188038"),
            "failed": (self.tr("not delivered"), "#c62828"),
        }
        label, colour = labels.get(m.delivery_state, (m.delivery_state, "#5f6368"))
        reason = f": {html.escape(m.failure)}" if m.failure and m.delivery_state == "failed" else ""
        cost = self.costs.get(m.id)
        priced = f" · {html.escape(cost_text(cost))}" if cost is not None else ""
        return f" · <span style='color:{colour}'>{html.escape(label)}{reason}</span>{priced}"
