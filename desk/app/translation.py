"""Customers' messages in the agent's language: a conversation's thread translated in one batched
request per language (the cache answers what was translated before, also offline)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from desk.domain import ConversationView, MessageView

if TYPE_CHECKING:
    from desk.app.workspace import Workspace


@dataclass(frozen=True, slots=True)
class MessageTranslation:
    text: str = ""  # empty when there is none
    provider: str = ""
    problem: str = ""  # why there is none: a desk.translation TranslationState value ("offline", "quota"…)


def needing_translation(ws: Workspace, conversation: ConversationView) -> list[MessageView]:
    """The messages not written in the agent's language (internal notes never need it); none
    when no translation service is set up."""
    if ws.translation is None:
        return []
    target = ws.agent_language
    return [m for m in conversation.messages
            if m.direction != "note" and m.text.strip() and (m.language or conversation.language) not in (None, target)]


async def translate_thread(ws: Workspace, conversation: ConversationView) -> dict[int, MessageTranslation]:
    """Each message's translation into the agent's language, by message id."""
    by_language: dict[str, list[MessageView]] = {}
    for m in needing_translation(ws, conversation):
        by_language.setdefault(m.language or conversation.language, []).append(m)
    shown: dict[int, MessageTranslation] = {}
    for source, group in by_language.items():
        results = await ws.translation.translate_many([m.text for m in group], source, ws.agent_language)
        for m, result in zip(group, results):
            shown[m.id] = (MessageTranslation(result.translated, result.provider or "") if result.ok
                           else MessageTranslation(problem=result.state.value))
    return shown
