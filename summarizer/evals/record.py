"""Recording cassettes: every eval case's article (and every seed) answered live and stored for replay."""

from __future__ import annotations

from pathlib import Path

from .. import cassettes
from ..runner import RunResult, run
from ..settings import Settings
from .cases import EVALS, load_case, load_cases

SEEDS = EVALS.parent / "seeds"


def known_articles(cases_dir: Path | None = None) -> list[Path]:
    """Every article that has cassettes: the seeds and the eval cases' articles."""
    paths = {p.resolve() for p in sorted(SEEDS.glob("*.txt"))}
    paths |= {c.article_path.resolve() for c in load_cases(cases_dir)}
    return sorted(paths)


def targets(paths: list[str] | None) -> list[str]:
    """The articles to record: every known one by default; a case file stands for its case's article, so that
    recording a case never sends its expected answer to the model as if it were the article."""
    if not paths:
        return [str(p) for p in known_articles()]
    return [str(load_case(Path(p)).article_path) if Path(p).suffix in (".yaml", ".yml") else p for p in paths]


def record(paths: list[str] | None, settings: Settings) -> RunResult:
    """Re-record cassettes live for `paths` (default: every known article; a case file records its article)."""
    return run(targets(paths), settings, None, record=True)


def unused_cassettes(settings: Settings) -> list[Path]:
    stems = {p.stem for p in known_articles()}
    return [p for p in sorted(cassettes.root(settings).glob("*/*.yaml")) if p.stem not in stems]
