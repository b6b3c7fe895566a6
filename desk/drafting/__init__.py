"""AI drafts from any OpenAI-compatible chat endpoint, cloud or local (Ollama, llama.cpp), optional
and off by default: Desk is fully useful without them.

- `settings`: its settings (declared in desk.settings) and the API key in the OS keyring.
- `prompt`: the exact request (`request_payload`), grounded on the conversation, the order's facts
  and the best KB entries; contact details redacted for cloud providers (`is_local`).
- `client`: streaming (`stream_draft`, an async iterator of text deltas) and typed failures
  (`DraftError.state`, a `DraftState`).
- `draft`: reading the workspace (`gather_draft_input`), streaming with logging (`stream_request`),
  the policy check and translation (`finish_draft`), the automatic-sending gate
  (`may_send_automatically`) and automatic sending with its audit entry (`send_automatically`).
"""

from desk.drafting.client import DraftError, DraftState
from desk.drafting.draft import (
    AiDraft, finish_draft, gather_draft_input, may_send_automatically, send_automatically, stream_request,
)
from desk.drafting.prompt import DraftInput, is_local, redact_contacts, request_payload
from desk.drafting.settings import DraftSettings, load_draft_settings, save_draft_settings

__all__ = [
    "AiDraft", "DraftError", "DraftInput", "DraftSettings", "DraftState", "finish_draft",
    "gather_draft_input", "is_local", "load_draft_settings", "may_send_automatically", "redact_contacts",
    "request_payload", "save_draft_settings", "send_automatically", "stream_request",
]
