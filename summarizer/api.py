"""The Python API: everything the CLI does, callable from code (also from a running event loop, e.g. Jupyter)."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any, Callable

from . import render
from .articles import from_text
from .consolidate import consolidate
from .contract import ArticleState
from .merged import MergedState
from .pipeline import extract
from .providers import resolve
from .runner import RunResult, model_session, run, run_sync
from .settings import Settings
from .store import Store, write_atomic

FORMATS = ("all", "json", "md", "html")


async def asummarize_article(text: str, model: str | None = None, base_url: str | None = None, *,
                             replay: bool = False, path: str = "<text>", **settings: Any) -> ArticleState:
    """Summarize one article given as text. Starts (and stops) the embedded model when `model` is local.

    With `replay=True` the answer comes from the cassette recorded for `path` (its file stem). Unknown keyword
    arguments are an error (UsageError), not ignored.
    """
    s = Settings.load(model=model, base_url=base_url, **settings)
    article = from_text(text, path=path)
    resolved = resolve(s.model, s.base_url)
    if replay:
        return await asyncio.to_thread(_replay_one, text, path, s)
    from .llm import Client

    with model_session(resolved, s, replay=False, say=lambda _m: None) as live:
        client = Client(live, s)
        try:
            return (await extract(article, client, s.chunk_chars)).state
        finally:
            await client.aclose()


def _replay_one(text: str, path: str, settings: Settings) -> ArticleState:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / Path(path).name
        target.write_text(text, encoding="utf-8")
        result = run([str(target)], settings, replay=True, say=lambda _m: None)
    if result.failures:
        from .errors import CassetteError

        raise CassetteError(result.failures[0].error)
    return next(iter(result.states.values()))


def summarize_article(text: str, model: str | None = None, base_url: str | None = None, *, replay: bool = False,
                      path: str = "<text>", **settings: Any) -> ArticleState:
    """Synchronous form of `asummarize_article`; works inside a running event loop too."""
    return run_sync(asummarize_article(text, model, base_url, replay=replay, path=path, **settings))


def summarize_files(paths: list[str], settings: Settings | None = None, out_dir: Path | None = None,
                    formats: str = "all", resume: bool = False, replay: bool = False,
                    progress: Callable[[str], None] | None = None, say: Callable[[str], None] | None = None,
                    on_state: Callable[[str, ArticleState], None] | None = None) -> RunResult:
    """Summarize files ("-" reads standard input). With `out_dir`, every article is added to that store and
    state.json, brief.md and brief.html are rebuilt from all the articles it holds."""
    settings = settings or Settings.load()
    store = Store(out_dir) if out_dir else None
    if store:
        store.check_writable()
    result = run(paths, settings, store, resume=resume, replay=replay, progress=progress, say=say, on_state=on_state)
    if store:
        write_outputs(store, formats)
        store.write_errors([f.as_dict() for f in result.failures])
    return result


def merged_state(out_dir: Path) -> MergedState:
    """The merged state of every article in an output directory."""
    return consolidate(Store(out_dir).states())


def write_outputs(store: Store, formats: str = "all") -> MergedState:
    """Rebuild state.json and the briefs from every article record in the store."""
    state = consolidate(store.states())
    if formats in ("json", "all"):
        write_atomic(store.root / "state.json", state.model_dump_json(indent=2) + "\n")
    if formats in ("md", "all"):
        write_atomic(store.root / "brief.md", render.markdown(state))
    if formats in ("html", "all"):
        write_atomic(store.root / "brief.html", render.html(state))
    return state


def schemas() -> dict[str, dict]:
    """The published JSON schemas: one article's state, and the merged state."""
    return {"article": ArticleState.model_json_schema(), "merged": MergedState.model_json_schema()}


def schema_json(name: str) -> str:
    return json.dumps(schemas()[name], indent=2, ensure_ascii=False)
