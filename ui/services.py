"""What the window works with, passed in explicitly: the open workspace, its executors, who the
agent is, and the translation service once it is set up."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desk.executors import Executors
from desk.storage.db import Database


@dataclass
class Services:
    db: Database
    executors: Executors
    agent_language: str = "zh"  # what the agent reads and writes: "zh" or "en"
    agent_name: str = ""
    translation: Any = None  # desk.translation service; None until configured (or unavailable)
