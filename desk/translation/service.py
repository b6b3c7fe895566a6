"""The translation facade the window uses: cached, glossary-aware, batched, never blocking the loop.

`cached()` answers from the local cache on the calling thread (a primary-key read, no network),
for offline review and for painting a thread at once. `translate_many()` sends what is not cached
to the configured providers on the I/O executor, one request per batch, retrying transient
failures with backoff and falling back along the configured chain; every result says which
provider answered, or which state stopped it. The original text is always kept.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desk.executors import Executors
from desk.secrets import NoKeyring
from desk.translation.batching import edges, pack, split_text
from desk.translation.cache import CachedAnswer, TranslationCache, cache_key
from desk.translation.glossary import Glossary, Protected, load_glossary
from desk.translation.languages import base_language, same_language
from desk.translation.model import ReplyTranslation, Translation, TranslationError, TranslationState
from desk.translation.providers import SPECS, Provider, build_provider
from desk.translation.providers.base import offline
from desk.translation.settings import TranslationSettings, load_provider_key, load_translation_settings

log = logging.getLogger(__name__)

RETRY_DELAYS_S = (0.5, 2.0)  # waits before the 2nd and 3rd attempt of a transient failure
MAX_RETRY_AFTER_S = 30.0  # a provider asking to wait longer is left for the next in the chain
TIMEOUT_S = 10.0
CONCURRENT_REQUESTS = 3  # per provider and call: single-text providers get a few texts at a time


@dataclass
class _Plan:
    """One provider's view of the texts to send: pieces within its limits, packed into requests."""

    pieces: dict[bytes, list[tuple[str, str, str]]]  # cache key -> (lead space, core, trail space)
    units: list[str] = field(default_factory=list)  # the non-blank cores, in request order
    unit_of: dict[tuple[bytes, int], int] = field(default_factory=dict)


class TranslationService:
    def __init__(self, settings: TranslationSettings, glossary: Glossary, cache: TranslationCache,
                 executors: Executors, *, load_key: Callable[[str], str | None] = load_provider_key,
                 retry_delays: Sequence[float] = RETRY_DELAYS_S, timeout: float = TIMEOUT_S,
                 concurrency: int = CONCURRENT_REQUESTS, offline: bool = False,
                 max_retry_after: float = MAX_RETRY_AFTER_S, shared: Any = None):
        self.settings = settings
        self.offline = offline  # the cache only: no provider is called (the demo until one is chosen)
        self.glossary = glossary
        self._cache = cache
        self._shared = shared  # desk.team.translations.TeamTranslations on a team database
        self._executors = executors
        self._load_key = load_key
        self._retry_delays = tuple(retry_delays)
        self._timeout = timeout
        self._concurrency = concurrency
        self._max_retry_after = max_retry_after
        self._chain_task: Any = None  # asyncio task building the providers (keyring reads block)
        self._built: list[list[Provider | TranslationError]] = []

    # --- configuration --------------------------------------------------------------------------

    def configure(self, settings: TranslationSettings | None = None, glossary: Glossary | None = None) -> None:
        """New settings (providers are rebuilt on next use; keys are re-read) or a new glossary."""
        if settings is not None:
            self.settings = settings
            self._chain_task = None
        if glossary is not None:
            self.glossary = glossary

    def close(self) -> None:
        """Close provider connections and the cache (call when no translation is running)."""
        for chain in self._built:
            for entry in chain:
                if not isinstance(entry, TranslationError):
                    entry.close()
        self._built.clear()
        self._cache.close()

    # --- queries --------------------------------------------------------------------------------

    def cached(self, text: str, source: str, target: str) -> Translation | None:
        """The translation if Desk has it already; never touches the network."""
        source, target = base_language(source), base_language(target)
        if unchanged := self._unchanged(text, source, target):
            return unchanged
        protected = self.glossary.protect(text, source, target)
        answer = self._cache.get(cache_key(source, target, protected.text))
        return self._translated(text, protected, answer, source, target, from_cache=True) if answer else None

    async def translate_many(self, texts: Sequence[str], source: str, target: str) -> list[Translation]:
        """Translations of `texts` (one source language, "auto" allowed), in order."""
        source, target = base_language(source), base_language(target)
        results: list[Translation | None] = [None] * len(texts)
        waiting: dict[bytes, list[tuple[int, Protected]]] = {}
        to_send: dict[bytes, str] = {}
        for index, text in enumerate(texts):
            if (known := self.cached(text, source, target)) is not None:
                results[index] = known
                continue
            protected = self.glossary.protect(text, source, target)
            key = cache_key(source, target, protected.text)
            waiting.setdefault(key, []).append((index, protected))
            to_send[key] = protected.text
        if to_send:
            answers, failure = await self._fetch(to_send, source, target)
            for key, entries in waiting.items():
                for index, protected in entries:
                    answer = answers.get(key)
                    results[index] = (self._translated(texts[index], protected, answer, source, target)
                                      if answer else _failed(texts[index], source, target, failure))
        return results  # type: ignore[return-value]  # every slot is filled above

    async def translate(self, text: str, source: str, target: str) -> Translation:
        return (await self.translate_many([text], source, target))[0]

    async def translate_reply(self, text: str, agent_lang: str, customer_lang: str) -> ReplyTranslation:
        """The agent's reply in the customer's language, plus its back-translation to check it."""
        forward = await self.translate(text, agent_lang, customer_lang)
        if not forward.ok or forward.state is TranslationState.SAME_LANGUAGE:
            return ReplyTranslation(forward, None)
        return ReplyTranslation(forward, await self.translate(forward.translated, customer_lang, agent_lang))

    # --- results --------------------------------------------------------------------------------

    @staticmethod
    def _unchanged(text: str, source: str, target: str) -> Translation | None:
        if same_language(source, target):
            return Translation(text, text, source, target, state=TranslationState.SAME_LANGUAGE)
        if not text.strip():
            return Translation(text, text, source, target)
        return None

    def _translated(self, text: str, protected: Protected, answer: CachedAnswer, source: str, target: str,
                    from_cache: bool = False) -> Translation:
        return Translation(text, self.glossary.restore(answer.translated, protected), source, target,
                           answer.provider, from_cache)

    # --- providers ------------------------------------------------------------------------------

    def remember(self, known: Iterable[tuple[str, str, str, str, str]]) -> None:
        """Put known translations (text, source, target, translation, who translated it) into the
        cache, as if a provider had answered them."""
        entries = []
        for text, source, target, translated, provider in known:
            source, target = base_language(source), base_language(target)
            protected = self.glossary.protect(text, source, target)
            entries.append((cache_key(source, target, protected.text), CachedAnswer(translated, provider)))
        self._cache.put_many(entries)

    def take_shared(self, target: str, kept_since: int, batches: int = 4) -> int:
        """Copy into this PC's cache the team's translations into `target` kept since the last copy
        and since `kept_since` (epoch seconds), at most `batches` queries' worth: the rest comes
        with the next call (blocking: run on a worker thread). How many were copied."""
        if self._shared is None:
            return 0
        mark_name, copied = f"team:{base_language(target)}", 0
        for _ in range(batches):
            rows = self._shared.since(base_language(target), self._cache.mark(mark_name), kept_since)
            if not rows or not self._cache.put_copied([(key, answer) for _, key, answer in rows], mark_name, rows[-1][0]):
                break
            copied += len(rows)
        return copied

    async def _fetch(self, to_send: dict[bytes, str], source: str, target: str
                     ) -> tuple[dict[bytes, CachedAnswer], TranslationError | None]:
        """Answers for the texts not in this PC's cache: the team's, then the providers'."""
        answers = await self._executors.io(self._shared.fetch, list(to_send)) if self._shared is not None else {}
        remaining = {key: text for key, text in to_send.items() if key not in answers}
        failure = None
        if remaining:
            from_providers, failure = await self._from_providers(remaining, source, target)
            answers.update(from_providers)
            if from_providers and self._shared is not None:
                await self._executors.io(self._shared.publish, target, from_providers)
        if answers:
            await self._executors.io(self._cache.put_many, list(answers.items()))
        return answers, failure

    async def _from_providers(self, to_send: dict[bytes, str], source: str, target: str
                              ) -> tuple[dict[bytes, CachedAnswer], TranslationError | None]:
        if self.offline:
            return {}, TranslationError(TranslationState.OFFLINE, "none", "Translation providers are switched off.")
        remaining = dict(to_send)
        answers: dict[bytes, CachedAnswer] = {}
        first_failure: TranslationError | None = None
        for entry in await self._chain():
            if not remaining:
                break
            if isinstance(entry, TranslationError):  # not usable: no key, no keyring
                first_failure = first_failure or entry
                continue
            got, failure = await self._with_provider(entry, remaining, source, target)
            answers.update(got)
            remaining = {k: v for k, v in remaining.items() if k not in got}
            first_failure = first_failure or failure
            if failure is not None:
                log.info("translation by %s failed (%s)", entry.name, failure.state.value)
        return answers, first_failure

    async def _chain(self) -> list[Provider | TranslationError]:
        import asyncio

        if self._chain_task is None:
            self._chain_task = asyncio.ensure_future(self._executors.io(self._build_chain, self.settings))
        return await self._chain_task

    def _build_chain(self, settings: TranslationSettings) -> list[Provider | TranslationError]:
        chain: list[Provider | TranslationError] = []
        for name in settings.chain:
            try:
                key = self._load_key(name) if SPECS[name].key != "none" else None
                chain.append(build_provider(name, settings.options_for(name), key, self._timeout))
            except TranslationError as exc:
                chain.append(exc)
            except NoKeyring as exc:
                chain.append(TranslationError(TranslationState.AUTH, name, str(exc)))
        self._built.append(chain)
        return chain

    async def _with_provider(self, provider: Provider, texts: dict[bytes, str], source: str, target: str
                             ) -> tuple[dict[bytes, CachedAnswer], TranslationError | None]:
        import asyncio

        plan = _plan(provider, texts)
        done: dict[int, str] = {}
        failures: list[TranslationError] = []
        gate = asyncio.Semaphore(self._concurrency)

        async def send(batch: list[int]) -> None:
            async with gate:
                if failures:  # this provider already failed: leave the rest to the next one
                    return
                try:
                    translated = await self._request(provider, [plan.units[i] for i in batch], source, target)
                except TranslationError as exc:
                    failures.append(exc)
                    return
                done.update(zip(batch, translated))

        await asyncio.gather(*(send(batch) for batch in pack(plan.units, provider.limits)))
        return _assemble(plan, done, provider.name), (failures[0] if failures else None)

    async def _request(self, provider: Provider, texts: list[str], source: str, target: str) -> list[str]:
        """One request, retried with backoff while the failure is transient."""
        import asyncio

        for delay in (*self._retry_delays, None):
            try:
                # The bound matters for deep-translator, which sets no timeout of its own.
                return await asyncio.wait_for(
                    self._executors.io(provider.translate, texts, source, target), self._timeout * 3)
            except TimeoutError:
                error = offline(provider.name, timed_out=True)
            except TranslationError as exc:
                error = exc
            if not error.transient or delay is None or (error.retry_after or 0) > self._max_retry_after:
                raise error
            await asyncio.sleep(max(delay * random.uniform(0.75, 1.25), error.retry_after or 0))
        raise AssertionError("unreachable")


def _plan(provider: Provider, texts: dict[bytes, str]) -> _Plan:
    plan = _Plan({key: [edges(piece) for piece in split_text(text, provider.limits.text_bytes)]
                  for key, text in texts.items()})
    for key, pieces in plan.pieces.items():
        for position, (_lead, core, _trail) in enumerate(pieces):
            if core:
                plan.unit_of[(key, position)] = len(plan.units)
                plan.units.append(core)
    return plan


def _assemble(plan: _Plan, done: dict[int, str], provider: str) -> dict[bytes, CachedAnswer]:
    """Whole translations for the texts whose every piece came back."""
    answers = {}
    for key, pieces in plan.pieces.items():
        units = [plan.unit_of.get((key, position)) for position in range(len(pieces))]
        if all(unit is None or unit in done for unit in units):
            answers[key] = CachedAnswer("".join(
                lead + (done[unit] if unit is not None else core) + trail
                for (lead, core, trail), unit in zip(pieces, units)), provider)
    return answers


def _failed(text: str, source: str, target: str, failure: TranslationError | None) -> Translation:
    failure = failure or TranslationError(TranslationState.FAILED, "", "No translation provider answered.")
    return Translation(text, None, source, target, None, False, failure.state, str(failure))


async def open_translation_service(db, executors: Executors, data: Path | None = None, **options: Any
                                   ) -> TranslationService:
    """The service for a workspace: its settings and glossary, the cache in the data folder."""

    def load() -> tuple[TranslationSettings, Glossary, TranslationCache]:
        folder = data or (db.path.parent if db.path else None)  # beside the workspace it serves
        return load_translation_settings(db), load_glossary(db), TranslationCache.in_data_dir(folder)

    settings, glossary, cache = await executors.io(load)
    return TranslationService(settings, glossary, cache, executors, **options)
