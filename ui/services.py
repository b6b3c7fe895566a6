"""What the window works with, passed in explicitly: the open workspace and its executors."""

from __future__ import annotations

from dataclasses import dataclass

from desk.executors import Executors
from desk.storage.db import Database


@dataclass
class Services:
    db: Database
    executors: Executors
