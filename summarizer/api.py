"""The Python API: everything the CLI does, callable from code."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

from . import cassettes, render
from .articles import from_text
from .consolidate import consolidate
from .pipeline import extract
from .runner import RunResult, model_session, run, write_atomic, write_errors
from .providers import resolve
from .schemas import ArticleState
from .settings import Settings

REPO = Path(__file__).resolve().parent.parent


def summarize_article(text: str, model: str | None = None, base_url: str | None = None, **settings) -> ArticleState:
    """Summarize one article given as text. Starts (and stops) the embedded model when `model` is local."""
    s = Settings.load(model=model, base_url=base_url, **settings)
    article = from_text(text)
    resolved = resolve(s.model, s.base_url)
    from .llm import Client

    async def go(live):
        client = Client(live, s)
        try:
            return await extract(article, client, s.chunk_chars)
        finally:
            await client.aclose()

    with model_session(resolved, s, replay=False, say=lambda _m: None) as live:
        return asyncio.run(go(live))


def summarize_files(paths: list[str], settings: Settings | None = None, out_dir: Path | None = None,
                    formats: str = "all", resume: bool = False, replay: bool = False, progress=None,
                    say=None) -> RunResult:
    """Summarize files; with `out_dir`, write per-article JSON, state.json, brief.md, brief.html and errors.json."""
    settings = settings or Settings.load()
    result = run(paths, settings, out_dir, resume=resume, replay=replay, progress=progress, say=say)
    if out_dir:
        write_outputs(out_dir, result, formats)
    return result


def write_outputs(out_dir: Path, result: RunResult, formats: str = "all") -> None:
    state = consolidate(result.states)
    if formats in ("json", "all"):
        write_atomic(out_dir / "state.json", json.dumps(state, indent=2, ensure_ascii=False) + "\n")
    if formats in ("md", "all"):
        write_atomic(out_dir / "brief.md", render.markdown(state))
    if formats in ("html", "all"):
        write_atomic(out_dir / "brief.html", render.html(state))
    errors = out_dir / "errors.json"
    if result.failures:
        write_errors(out_dir, result.failures)
    elif errors.exists():
        errors.unlink()


def known_articles() -> list[Path]:
    """Every article that has cassettes: the seeds and the eval cases' articles."""
    from .evals.cases import load_cases

    paths = {p.resolve() for p in sorted((REPO / "seeds").glob("*.txt"))}
    for case in load_cases():
        paths.add(case.article_path.resolve())
    return sorted(paths)


def record(paths: list[str] | None, settings: Settings) -> RunResult:
    """Re-record cassettes live for `paths` (default: every known article)."""
    targets = paths or [str(p) for p in known_articles()]
    return run(targets, settings, None, record=True)


def unused_cassettes() -> list[Path]:
    stems = {p.stem for p in known_articles()}
    return [p for p in sorted(cassettes.ROOT.glob("*/*.yaml")) if p.stem not in stems]
