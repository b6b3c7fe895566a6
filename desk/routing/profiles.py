"""Agent profiles (languages, skills) and the choice of who takes an escalated or complex conversation."""

from __future__ import annotations

from dataclasses import dataclass

from desk.storage.db import Database

ESCALATION_SKILL = "escalation"


@dataclass(frozen=True)
class AgentProfile:
    name: str
    languages: tuple[str, ...]
    skills: tuple[str, ...] = ()
    active: bool = True

    def speaks(self, language: str | None) -> bool:
        return language is not None and language in self.languages


def _split(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split(",") if part.strip())


def list_profiles(db: Database) -> list[AgentProfile]:
    rows = db.fetch_all("SELECT name, languages, skills, active FROM agent_profiles ORDER BY name")
    return [AgentProfile(name, _split(langs), _split(skills), bool(active)) for name, langs, skills, active in rows]


def save_profile(db: Database, profile: AgentProfile) -> None:
    from sqlalchemy import select

    from desk.storage.models import AgentProfile as Row

    if not profile.name.strip():
        raise ValueError("An agent profile needs a name.")
    with db.sessionmaker.begin() as session:
        row = session.scalars(select(Row).where(Row.name == profile.name)).one_or_none() or Row(name=profile.name)
        row.languages = ",".join(code.strip().lower() for code in profile.languages if code.strip())
        row.skills = ",".join(skill.strip().lower() for skill in profile.skills if skill.strip())
        row.active = profile.active
        session.add(row)


def delete_profile(db: Database, name: str) -> None:
    from sqlalchemy import delete

    from desk.storage.models import AgentProfile as Row

    with db.sessionmaker.begin() as session:
        session.execute(delete(Row).where(Row.name == name))


def open_load(db: Database) -> dict[str, int]:
    """Open conversations per assignee: routing sends new work to the least loaded specialist."""
    rows = db.fetch_all(
        "SELECT assignee, count(*) FROM conversations WHERE status IN ('open', 'pending') "
        "AND assignee IS NOT NULL GROUP BY assignee")
    return {name: count for name, count in rows}


def choose_agent(profiles: list[AgentProfile], language: str | None, skill: str,
                 load: dict[str, int]) -> AgentProfile | None:
    """An active agent who speaks the customer's language, preferring one with `skill`, then the
    least loaded; None when nobody speaks it (the conversation stays flagged in the queue)."""
    speakers = [p for p in profiles if p.active and p.speaks(language)]
    if not speakers:
        return None
    return min(speakers, key=lambda p: (skill not in p.skills, load.get(p.name, 0), p.name))
