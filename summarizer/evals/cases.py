"""Eval cases: one YAML file per case under evals/cases/, validated against evals/case.schema.json on load."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import jsonschema
import yaml

from ..errors import EvalError
from .scorers import LIST_FIELDS

EVALS = Path(__file__).resolve().parent.parent.parent / "evals"


@dataclass
class Case:
    name: str
    file: Path
    article_path: Path
    expected: dict
    split: str = "dev"
    notes: str = ""
    self_written: bool = False
    tags: list[str] = field(default_factory=list)


def schema_path() -> Path:
    """evals/case.schema.json of the checkout; summarizer/evals/schema/ in an installed wheel."""
    for candidate in (EVALS / "case.schema.json", Path(__file__).resolve().parent / "schema" / "case.schema.json"):
        if candidate.is_file():
            return candidate
    raise EvalError("case.schema.json is missing; reinstall summarizer")


@lru_cache(maxsize=1)
def _validator() -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(json.loads(schema_path().read_text(encoding="utf-8")))


def load_case(path: Path) -> Case:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise EvalError(f"{path}: not valid YAML ({exc.__class__.__name__}); fix the file") from None
    errors = sorted(_validator().iter_errors(data), key=lambda e: list(e.path))
    if errors:
        err = errors[0]
        where = "/".join(str(p) for p in err.path) or "(top level)"
        raise EvalError(f"{path}: field {where}: {err.message}")
    article = (path.parent / data["article"]).resolve()
    if not article.is_file():
        raise EvalError(f"{path}: field article: {data['article']} does not exist (paths are relative to the case file)")
    expected = {k: data["expected"].get(k, []) for k in LIST_FIELDS}
    expected["published"] = data["expected"].get("published")
    return Case(name=data["name"], file=path, article_path=article, expected=expected, split=data["split"],
                notes=data.get("notes", ""), self_written=data.get("self_written", False), tags=data.get("tags", []))


def load_cases(directory: Path | None = None) -> list[Case]:
    directory = Path(directory or EVALS / "cases")
    if not directory.is_dir():
        raise EvalError(f"{directory}: no such cases directory; pass --cases DIR")
    cases = [load_case(p) for p in sorted(directory.glob("*.yaml"))]
    names = [c.name for c in cases]
    dupes = {n for n in names if names.count(n) > 1}
    if dupes:
        raise EvalError(f"{directory}: case names must be unique; repeated: {', '.join(sorted(dupes))}")
    return cases
