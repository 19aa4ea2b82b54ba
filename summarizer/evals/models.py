"""The eval report, typed: what `summarize eval` writes to report.json and renders to report.md and report.html."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class FieldScore(Strict):
    """Counts and figures of one field; figures are None when nothing was expected or predicted (not applicable)."""

    tp: float = 0
    expected: int = 0
    actual: int = 0
    precision: float | None = None
    recall: float | None = None
    f1: float | None = None
    reason: str = ""


class Interval(Strict):
    low: float
    high: float


class CaseResult(Strict):
    case: str
    split: str
    article: str
    self_written: bool
    ok: bool
    error: str | None = None
    scores: dict[str, FieldScore]
    raw_scores: dict[str, FieldScore] | None = None  # the model's answer mapped without post-processing
    published_expected: str | None = None
    published_actual: str | None = None
    grounded: int = 0  # items whose every quote slices the article exactly
    supported: int = 0  # items whose quote states them
    items: int = 0
    unsupported: list[str] = []
    summary_facts: int = 0
    summary_supported: int = 0
    summary_unsupported: list[str] = []
    dropped: int = 0
    input_tokens: int = 0
    output_tokens: int = 0
    llm_calls: int = 0
    seconds: float = 0.0
    expected: dict = {}
    actual: dict = {}
    misses: dict[str, list] = {}
    extras: dict[str, list] = {}

    @property
    def published_ok(self) -> bool:
        return self.published_expected == self.published_actual


class GroupSummary(Strict):
    """Figures of one split (dev, test, seed) or of all cases."""

    name: str
    cases: int
    failed: int
    micro_f1: float | None
    micro_ci: Interval | None = None
    fields: dict[str, FieldScore]
    field_ci: dict[str, Interval] = {}
    raw_micro_f1: float | None = None
    raw_fields: dict[str, FieldScore] = {}
    published_accuracy: float | None = None
    grounding: float | None = None
    support: float | None = None
    summary_support: float | None = None
    output_tokens: int = 0
    llm_calls: int = 0


class Noise(Strict):
    """Run-to-run spread of repeated live runs (population standard deviation)."""

    micro_f1: float
    fields: dict[str, float]


class EvalReport(Strict):
    model: str
    mode: str  # "replay" or "live"
    repeat: int = 1
    scorer_version: str
    outputs_version: str
    groups: dict[str, GroupSummary]
    cases: list[CaseResult]
    noise: Noise | None = None
    problems: list[str] = Field(default_factory=list)
