"""A batch run: many articles, one model session, every good article stored, every failure listed."""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import sys
import time
from dataclasses import asdict, dataclass, field
from typing import Any, Callable, Coroutine, Iterator, TypeVar

from . import prompts
from .articles import Article, read_article
from .contract import ArticleState
from .errors import CassetteError, ExtractionError, ProviderError, SummarizerError
from .llm import Client
from .pipeline import Extraction, extract
from .providers import Resolved, resolve
from .secrets import scrub
from .settings import Settings
from .store import Store, write_atomic

T = TypeVar("T")

__all__ = ["Failure", "RunResult", "run", "model_session", "write_atomic"]

STDIN = "-"


@dataclass
class Failure:
    path: str
    error: str
    kind: str
    attempts: int = 0
    raw_output: str | None = None

    def as_dict(self) -> dict:
        return {k: v for k, v in asdict(self).items() if v not in (None, 0) or k == "path"}


@dataclass
class RunResult:
    states: dict[str, ArticleState] = field(default_factory=dict)  # path -> state, in input order
    raw: dict[str, ArticleState] = field(default_factory=dict)  # path -> the model's answer, unprocessed (keep_raw)
    failures: list[Failure] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # resumed: already done with this model and prompt

    @property
    def ok(self) -> bool:
        return not self.failures


@contextlib.contextmanager
def model_session(resolved: Resolved, settings: Settings, replay: bool, say: Callable[[str], None]) -> Iterator[Resolved]:
    """Yield a Resolved whose base_url is reachable: a local server started for the run (one per run, its prompt
    cache warm across articles), or the one given with --base-url (e.g. `summarize model serve`)."""
    if resolved.is_local and not resolved.base_url and not replay:
        from .local import manage
        from .local.cache import Cache
        from .local.registry import get_model
        from .local.server import LlamaServer

        model = get_model(resolved.model)
        server = LlamaServer(manage.server_binary(settings), manage.gguf_for(model, settings), logs=Cache(settings.cache_dir).logs,
                             context=settings.context, threads=settings.threads,
                             start_timeout=settings.server_start_timeout)
        say(f"starting llama-server for local/{model.name} on 127.0.0.1:{server.port}")
        with server:
            yield Resolved(resolved.provider, resolved.model, server.base_url)
        return
    if replay and not resolved.base_url:
        resolved = Resolved(resolved.provider, resolved.model, "http://127.0.0.1:9/v1")  # never contacted
    yield resolved


def _read(path: str) -> Article:
    if path == STDIN:
        return read_article("<stdin>", data=sys.stdin.buffer.read())
    return read_article(path)


def run(paths: list[str], settings: Settings, store: Store | None = None, *, resume: bool = False,
        replay: bool = False, record: bool = False, keep_raw: bool = False, progress: Callable[[str], None] | None = None,
        say: Callable[[str], None] | None = None, on_state: Callable[[str, ArticleState], None] | None = None) -> RunResult:
    """Summarize every path ("-" reads standard input). Bad articles are listed in the result; the others are put
    in `store` as each one finishes, so an interrupted run keeps what it did."""
    say = say or (lambda msg: print(msg, file=sys.stderr))
    resolved = resolve(settings.model, settings.base_url)
    result = RunResult()
    todo: list[Article] = []
    version = prompts.version(settings.prompts_dir, resolved.model)
    for path in paths:
        try:
            article = _read(path)
        except SummarizerError as exc:
            result.failures.append(Failure(path, str(exc), type(exc).__name__))
            say(f"error: {exc}")
            if progress:
                progress(path)
            continue
        if resume and store and (state := store.finished(article.path, article.sha256, resolved.label, version)):
            result.states[article.path] = state
            result.skipped.append(article.path)
            if on_state:
                on_state(article.path, state)
            if progress:
                progress(path)
            continue
        todo.append(article)
    if todo:
        with model_session(resolved, settings, replay, say) as live:
            run_sync(_run_all(todo, live, settings, store, result, replay, record, keep_raw, progress, say, on_state))
    order = [("<stdin>" if p == STDIN else p) for p in paths]
    result.states = {p: result.states[p] for p in order if p in result.states}
    return result


def run_sync(coro: Coroutine[Any, Any, T]) -> T:
    """Run a coroutine to its end from synchronous code, also when an event loop already runs in this thread
    (Jupyter, Playwright's sync API): then in a thread of its own."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coro)
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coro).result()


async def _run_all(articles: list[Article], resolved: Resolved, settings: Settings, store: Store | None,
                   result: RunResult, replay: bool, record: bool, keep_raw: bool, progress, say, on_state) -> None:
    client = Client(resolved, settings)
    started = time.monotonic()
    # cassettes patch the HTTP client globally, so replay and record go one article at a time
    gate = asyncio.Semaphore(1 if (replay or record) else settings.concurrency)

    async def one(article: Article) -> None:
        async with gate:
            try:
                left = None if settings.run_timeout is None else settings.run_timeout - (time.monotonic() - started)
                if left is not None and left <= 0:
                    raise ProviderError("the run took longer than --run-timeout; raise it or pass fewer articles")
                try:
                    done = await asyncio.wait_for(_extract_one(article, client, resolved, settings, replay, record), left)
                except asyncio.TimeoutError:
                    raise ProviderError("the run took longer than --run-timeout; raise it or pass fewer articles") from None
            except SummarizerError as exc:
                text = scrub(str(exc))
                message = text if text.startswith(article.path) else f"{article.path}: {text}"
                failure = Failure(article.path, message, type(exc).__name__)
                if isinstance(exc, ExtractionError):
                    failure.attempts, failure.raw_output = exc.attempts, exc.raw_output
                result.failures.append(failure)
                say(f"error: {message}")
            else:
                result.states[article.path] = done.state
                if keep_raw:
                    result.raw[article.path] = done.raw
                if store:
                    store.put(done.state)
                if on_state:
                    on_state(article.path, done.state)
            finally:
                if progress:
                    progress(article.path)

    try:
        await asyncio.gather(*(one(a) for a in articles))
    finally:
        await client.aclose()


async def _extract_one(article: Article, client: Client, resolved: Resolved, settings: Settings, replay: bool,
                       record: bool) -> Extraction:
    if not (replay or record):
        return await extract(article, client, settings.chunk_chars)
    from . import cassettes

    path = cassettes.cassette_path(settings, resolved.slug, article.path)
    if replay and not path.is_file():
        raise CassetteError(f"no cassette at {path}; record one with "
                            f"`summarize record --model {resolved.label} {article.path}` or run without --replay")
    if record:
        path.unlink(missing_ok=True)
    with cassettes.make_vcr("all" if record else "none").use_cassette(str(path)):
        started = time.monotonic()
        done = await extract(article, client, settings.chunk_chars, today=cassettes.recorded_today(path))
        if replay:
            done.state.run.seconds = done.raw.run.seconds = round(time.monotonic() - started, 3)
        return done
