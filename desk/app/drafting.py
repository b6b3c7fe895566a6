"""AI drafts, optional and off by default (desk.drafting): what would be sent to the provider, and a
draft written as it streams in, checked and translated like any reply. Automatic sending of AI
drafts is a step of the pipeline (desk.pipeline), under the same rules as macro replies."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desk.app.workspace import Workspace
    from desk.drafting import AiDraft


async def drafts_offered(ws: Workspace) -> bool:
    """Whether the reply box offers AI drafts (switched on, with a provider and a model)."""
    return (await ws.executors.read(_settings, ws.db)).configured


async def request_preview(ws: Workspace, conversation_id: int) -> dict:
    """The exact request body the provider would get for this conversation (shown before sending;
    contact details already redacted for a cloud provider)."""
    from desk.drafting import request_payload

    settings, draft_input = await ws.executors.read(_prepared, ws.db, conversation_id, ws.agent_language,
                                                    ws.agent_name, ws.translation)
    return request_payload(settings, draft_input)


async def write_draft(ws: Workspace, conversation_id: int, on_text: Callable[[str], None] | None = None) -> AiDraft:
    """A draft in the customer's language, streamed (`on_text` gets the text so far), then checked and
    translated into the agent's language. Raises desk.drafting.DraftError (a DeskError) with its state."""
    from desk.drafting import finish_draft, request_payload, stream_request
    from desk.drafting.settings import load_api_key

    settings, draft_input = await ws.executors.read(_prepared, ws.db, conversation_id, ws.agent_language,
                                                    ws.agent_name, ws.translation)
    key = await ws.executors.io(load_api_key)
    text = ""
    async for delta in stream_request(settings, key, request_payload(settings, draft_input)):
        text += delta
        if on_text is not None:
            on_text(text)
    translate = ws.translation.translate if ws.translation is not None else None
    return await finish_draft(text, draft_input, translate=translate)


def _settings(db):
    from desk.drafting import load_draft_settings

    return load_draft_settings(db)


def _prepared(db, conversation_id: int, agent_language: str, agent_name: str, translation):
    from desk.drafting import gather_draft_input, load_draft_settings

    glossary = translation.glossary if translation is not None else None
    return load_draft_settings(db), gather_draft_input(db, conversation_id, agent_language=agent_language,
                                                      agent_name=agent_name, glossary=glossary)
