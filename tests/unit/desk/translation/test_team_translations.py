"""The team's translations as the translation service uses them (desk.team.translations), on the
common schema's team_translations table (SQLite here; the worker and an agent's login on
PostgreSQL in tests/integration/test_team_worker.py)."""

from __future__ import annotations

from desk.team.connect import TeamOffline
from desk.team.translations import TeamTranslations
from tests.conftest import run_async

THREAD = ["my phone case is broken", "I want a refund"]


def team_of(db, *, writes: bool) -> TeamTranslations:
    return TeamTranslations(lambda fn, *args: fn(db, *args), writes=writes)


def offline_link(fn, *args):
    raise TeamOffline("The team server cannot be reached.")


def test_the_workers_answers_reach_another_pc_without_a_provider(fake, make_service, db, aio_loop, tmp_path):
    worker = make_service("libre", shared=team_of(db, writes=True), cache_dir=tmp_path / "worker")
    ahead = run_async(aio_loop, worker.translate_many(THREAD, "en", "zh"))
    assert fake.count("libre") == 1
    agent = make_service("libre", shared=team_of(db, writes=False), cache_dir=tmp_path / "agent")
    read = run_async(aio_loop, agent.translate_many(THREAD, "en", "zh"))
    assert [t.translated for t in read] == [t.translated for t in ahead] and fake.count("libre") == 1
    assert all(t.provider == "libre" for t in read)
    assert agent.cached(THREAD[0], "en", "zh") is not None  # kept on this PC: there offline


def test_an_agents_desk_never_writes_the_teams_translations(fake, make_service, db, aio_loop, tmp_path):
    agent = make_service("libre", shared=team_of(db, writes=False))
    assert all(t.ok for t in run_async(aio_loop, agent.translate_many(THREAD, "en", "zh")))
    assert db.fetch_all("SELECT count(*) FROM team_translations")[0][0] == 0


def test_without_the_team_server_a_provider_answers(fake, make_service, aio_loop):
    agent = make_service("libre", shared=TeamTranslations(offline_link, writes=False))
    assert all(t.ok for t in run_async(aio_loop, agent.translate_many(THREAD, "en", "zh")))
    assert fake.count("libre") == 1


def test_a_copy_takes_the_recent_answers_into_one_language_batch_by_batch(fake, make_service, db, aio_loop, tmp_path):
    worker = make_service("libre", shared=team_of(db, writes=True), cache_dir=tmp_path / "worker")
    run_async(aio_loop, worker.translate_many(THREAD, "en", "zh"))
    run_async(aio_loop, worker.translate_many(THREAD, "en", "de"))
    with db.engine.begin() as conn:  # the first answer kept long ago
        conn.exec_driver_sql("UPDATE team_translations SET created_at = 1000 WHERE id = (SELECT min(id) FROM team_translations)")
    team = team_of(db, writes=False)
    agent = make_service("libre", shared=team, cache_dir=tmp_path / "agent")
    assert agent.take_shared("zh", kept_since=2000) == 1  # the older of the two is out of the mirror's days
    assert agent.take_shared("zh", kept_since=0) == 0  # from where the last copy ended
    assert agent.cached(THREAD[1], "en", "zh") is not None and agent.cached(THREAD[0], "en", "zh") is None
    assert agent.cached(THREAD[1], "en", "de") is None  # another language: not this agent's
    fake.requests.clear()
    other = make_service("libre", shared=team, cache_dir=tmp_path / "other")
    assert other.take_shared("de", kept_since=0, batches=1) == 2 and fake.count("libre") == 0
