"""A batch run: many articles, one model session, every good article written, every failure listed."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from . import cassettes, prompts
from .articles import Article, read_article
from .errors import CassetteError, ExtractionError, SummarizerError
from .llm import Client, Deadline
from .pipeline import extract
from .providers import Resolved, resolve
from .schemas import ArticleState
from .settings import Settings


@dataclass
class Failure:
    path: str
    error: str
    kind: str
    attempts: int = 0
    raw_output: str | None = None

    def as_dict(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if v not in (None, 0) or k == "path"}


@dataclass
class RunResult:
    states: dict[str, ArticleState] = field(default_factory=dict)  # path -> state, in input order
    failures: list[Failure] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # resumed: already done with this model and prompt

    @property
    def ok(self) -> bool:
        return not self.failures


def write_atomic(path: Path, text: str) -> None:
    """Write via a temp file and rename, so a killed run never leaves half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def output_path(out_dir: Path, article_path: str) -> Path:
    return out_dir / f"{Path(article_path).stem}.json"


def finished(out_dir: Path, article: Article, model_label: str) -> ArticleState | None:
    """The stored state of an article already done with the same content, model and prompt version."""
    path = output_path(out_dir, article.path)
    if not path.is_file():
        return None
    try:
        state = ArticleState.model_validate_json(path.read_text(encoding="utf-8"))
    except (ValueError, OSError):
        return None
    same = (state.article.sha256 == article.sha256 and state.run.model == model_label
            and state.run.prompt_version == prompts.version())
    return state if same else None


@contextlib.contextmanager
def model_session(resolved: Resolved, settings: Settings, replay: bool, say: Callable[[str], None]):
    """Yield a Resolved whose base_url is reachable: a local server started for the run, or the given one."""
    if resolved.is_local and not resolved.base_url and not replay:
        from .local import manage
        from .local.registry import get_model
        from .local.server import LlamaServer

        model = get_model(resolved.model)
        server = LlamaServer(manage.server_binary(), manage.gguf_for(model), context=settings.context,
                             threads=settings.threads,
                             start_timeout=float(os.environ.get("SUMMARIZER_SERVER_START_TIMEOUT", 180)))
        say(f"starting llama-server for local/{model.name} on 127.0.0.1:{server.port}")
        with server:
            yield Resolved(resolved.provider, resolved.model, server.base_url)
        return
    if replay and not resolved.base_url:
        resolved = Resolved(resolved.provider, resolved.model, "http://127.0.0.1:9/v1")  # never contacted
    yield resolved


def run(paths: list[str], settings: Settings, out_dir: Path | None = None, *, resume: bool = False,
        replay: bool = False, record: bool = False, progress=None, say: Callable[[str], None] | None = None) -> RunResult:
    """Summarize every path. Bad articles are listed in the result; the others are written to `out_dir`."""
    say = say or (lambda msg: print(msg, file=sys.stderr))
    resolved = resolve(settings.model, settings.base_url)
    result = RunResult()
    todo: list[Article] = []
    for path in paths:
        try:
            article = read_article(path)
        except SummarizerError as exc:
            result.failures.append(Failure(path, str(exc), type(exc).__name__))
            say(f"error: {exc}")
            if progress:
                progress(path)
            continue
        if resume and out_dir and (state := finished(out_dir, article, resolved.label)):
            result.states[path] = state
            result.skipped.append(path)
            if progress:
                progress(path)
            continue
        todo.append(article)
    if todo:
        with model_session(resolved, settings, replay, say) as live:
            asyncio.run(_run_all(todo, live, settings, out_dir, result, replay, record, progress, say))
    result.states = {p: result.states[p] for p in paths if p in result.states}
    return result


async def _run_all(articles, resolved, settings, out_dir, result, replay, record, progress, say) -> None:
    client = Client(resolved, settings)
    deadline = Deadline(settings.run_timeout)
    # cassettes patch the HTTP client globally, so replay and record go one article at a time
    limit = 1 if (replay or record) else max(1, settings.concurrency)
    gate = asyncio.Semaphore(limit)

    async def one(article: Article) -> None:
        async with gate:
            try:
                state = await deadline.run(_extract_one(article, client, resolved, settings, replay, record))
            except SummarizerError as exc:
                message = str(exc) if str(exc).startswith(article.path) else f"{article.path}: {exc}"
                failure = Failure(article.path, message, type(exc).__name__)
                if isinstance(exc, ExtractionError):
                    failure.attempts, failure.raw_output = exc.attempts, exc.raw_output
                result.failures.append(failure)
                say(f"error: {message}")
            else:
                result.states[article.path] = state
                if out_dir:
                    write_atomic(output_path(out_dir, article.path), state.model_dump_json(indent=2) + "\n")
            finally:
                if progress:
                    progress(article.path)

    try:
        await asyncio.gather(*(one(a) for a in articles))
    finally:
        await client.aclose()


async def _extract_one(article, client, resolved, settings, replay, record) -> ArticleState:
    if not (replay or record):
        return await extract(article, client, settings.chunk_chars)
    path = cassettes.cassette_path(resolved.slug, article.path)
    if replay and not path.is_file():
        raise CassetteError(f"no cassette at {path}; record one with "
                            f"`summarize record --model {resolved.label} {article.path}` or run without --replay")
    mode = "all" if record else "none"
    if record:
        path.unlink(missing_ok=True)
    with cassettes.make_vcr(mode).use_cassette(str(path)):
        started = time.monotonic()
        state = await extract(article, client, settings.chunk_chars)
        if replay:
            state.run.seconds = round(time.monotonic() - started, 3)
        return state


def write_errors(out_dir: Path, failures: list[Failure]) -> Path:
    path = out_dir / "errors.json"
    write_atomic(path, json.dumps([f.as_dict() for f in failures], indent=2, ensure_ascii=False) + "\n")
    return path
