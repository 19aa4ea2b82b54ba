"""One client per run: instructor over the provider's SDK, with two retry layers that each do one job.

- instructor re-asks when the output fails validation (`Settings.reasks`);
- tenacity retries transient transport errors (408, 409, 429, 5xx, timeouts, dropped connections) with capped,
  jittered backoff that honours Retry-After. The SDK's own retries are off so nothing stacks.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from functools import lru_cache
from dataclasses import dataclass
from typing import Any, TypeVar

from pydantic import BaseModel
from tenacity import AsyncRetrying, retry_if_exception, stop_after_attempt

from .cassettes import is_missing_cassette
from .errors import CassetteError, ExtractionError, ProviderError
from .providers import Resolved, api_key
from .settings import Settings

T = TypeVar("T", bound=BaseModel)
TRANSIENT_STATUS = {408, 409, 425, 429, 500, 502, 503, 504}


@dataclass
class Usage:
    input_tokens: int = 0
    output_tokens: int = 0
    calls: int = 0

    def add(self, other: "Usage") -> None:
        self.input_tokens += other.input_tokens
        self.output_tokens += other.output_tokens
        self.calls += other.calls


def _root(exc: BaseException) -> BaseException:
    """The provider's own exception under instructor's wrapper, if any."""
    seen = exc
    while getattr(seen, "__cause__", None) is not None and type(seen).__name__ == "InstructorRetryException":
        seen = seen.__cause__
    return seen


def _status(exc: BaseException) -> int | None:
    return getattr(exc, "status_code", None)


def is_transient(exc: BaseException) -> bool:
    import openai

    if is_missing_cassette(exc):
        return False
    root = _root(exc)
    if isinstance(root, (openai.APITimeoutError, openai.APIConnectionError)):
        return True
    status = _status(root)
    return status in TRANSIENT_STATUS


def retry_after(exc: BaseException) -> float | None:
    response = getattr(_root(exc), "response", None)
    headers = getattr(response, "headers", None) or {}
    value = headers.get("retry-after") if hasattr(headers, "get") else None
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None


class Backoff:
    """Capped exponential backoff with full jitter; a Retry-After header wins (still capped)."""

    def __init__(self, cap: float, base: float = 0.5):
        self.cap, self.base = cap, base

    def __call__(self, state) -> float:
        exc = state.outcome.exception() if state.outcome else None
        hinted = retry_after(exc) if exc else None
        if hinted is not None:
            return min(hinted, self.cap)
        return random.uniform(0, min(self.cap, self.base * 2 ** (state.attempt_number - 1)))


def explain(exc: BaseException, resolved: Resolved) -> str:
    """A one-line reason for a provider failure, saying what to fix."""
    root = _root(exc)
    status = _status(root)
    where = resolved.base_url or resolved.provider.name
    if status == 401 or status == 403:
        env = resolved.provider.key_env or "the provider's API key variable"
        return f"{resolved.label} refused the API key (HTTP {status}); check {env}"
    if status == 404:
        return f"{where} does not know model {resolved.model!r} (HTTP 404); check --model / SUMMARIZER_MODEL"
    if status == 400:
        return f"{where} rejected the request (HTTP 400): {_message(root)}; check --model and --base-url"
    if status is not None:
        return f"{where} answered HTTP {status}: {_message(root)}"
    return f"could not reach {where}: {type(root).__name__}: {_message(root)}; check --base-url and that the server runs"


def _message(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return (text[0] if text else type(exc).__name__)[:200]


class Client:
    """Async structured-output client for one resolved model."""

    def __init__(self, resolved: Resolved, settings: Settings):
        self.resolved, self.settings = resolved, settings
        self._raw = None
        self._client = self._make()
        # failures are reported by this module, once, with a reason; instructor's own error log would repeat them
        logging.getLogger("instructor").setLevel(logging.CRITICAL)

    def _make(self):
        import instructor

        mode = getattr(instructor.Mode, self.resolved.provider.mode)
        if self.resolved.provider.sdk == "anthropic":
            try:
                import anthropic
            except ImportError:
                raise ProviderError("anthropic/... needs the anthropic SDK: pip install 'summarizer[anthropic]'") from None
            self._raw = anthropic.AsyncAnthropic(api_key=api_key(self.resolved), max_retries=0, timeout=self.settings.timeout)
            return instructor.from_anthropic(self._raw, mode=mode)
        import openai

        self._raw = openai.AsyncOpenAI(api_key=api_key(self.resolved), base_url=self.resolved.base_url,
                                       max_retries=0, timeout=self.settings.timeout)
        return instructor.from_openai(self._raw, mode=mode)

    async def aclose(self) -> None:
        """Close the HTTP connections inside the event loop that opened them."""
        if self._raw is not None:
            await self._raw.close()

    async def extract(self, response_model: type[T], messages: list[dict[str, str]]) -> tuple[T, Usage]:
        """One structured call, with transport retries around instructor's validation re-asks."""
        s = self.settings
        kwargs: dict[str, Any] = dict(model=self.resolved.model, messages=messages, response_model=_prepared(response_model),
                                      max_retries=s.reasks, temperature=s.temperature, max_tokens=s.max_tokens)
        if self.resolved.provider.sdk == "openai":
            kwargs["seed"] = s.seed
        usage = Usage()
        retrying = AsyncRetrying(stop=stop_after_attempt(s.transport_retries + 1), wait=Backoff(s.backoff_max),
                                 retry=retry_if_exception(is_transient), reraise=True)
        try:
            async for attempt in retrying:
                with attempt:
                    obj, completion = await self._client.chat.completions.create_with_completion(**kwargs)
        except Exception as exc:  # noqa: BLE001 - every failure becomes one of ours, with a reason
            raise self._translate(exc) from exc
        raw_usage = getattr(obj, "_total_usage", None) or getattr(completion, "usage", None)
        usage.input_tokens = _tokens(raw_usage, "prompt_tokens", "input_tokens")
        usage.output_tokens = _tokens(raw_usage, "completion_tokens", "output_tokens")
        usage.calls = 1
        return obj, usage

    def _translate(self, exc: BaseException) -> Exception:
        if is_missing_cassette(exc):
            return CassetteError("no recorded answer matches this request (prompt, schema or article changed); "
                                 "re-record with `summarize record`")
        name = type(exc).__name__
        if name == "IncompleteOutputException":
            return ExtractionError(f"the model stopped at max_tokens={self.settings.max_tokens} before the JSON was "
                                   "complete; raise SUMMARIZER_MAX_TOKENS", raw_output=_raw(getattr(exc, "last_completion", None)), attempts=1)
        root = _root(exc)
        if name == "InstructorRetryException" and root is exc or _is_validation(root):
            attempts = getattr(exc, "n_attempts", 0) or 0
            return ExtractionError(f"the model's output failed the schema after {attempts} attempts: {_message(root)}",
                                   raw_output=_raw(getattr(exc, "last_completion", None)), attempts=attempts)
        if isinstance(root, (ProviderError, ExtractionError)):
            return root
        return ProviderError(explain(exc, self.resolved))


@lru_cache(maxsize=64)
def _prepared(response_model: type[T]) -> type[T]:
    """instructor wraps the response model on every call (a new class each time); wrap ours once."""
    try:
        from instructor.v2.core.function_calls import response_schema
    except ImportError:  # another instructor layout: let it wrap per call
        return response_model
    return response_schema(response_model)


def _is_validation(exc: BaseException) -> bool:
    import json

    from pydantic import ValidationError

    return isinstance(exc, (ValidationError, json.JSONDecodeError)) or type(exc).__name__ in {"ResponseParsingError", "AsyncValidationError"}


def _raw(completion) -> str | None:
    try:
        return completion.choices[0].message.content
    except (AttributeError, IndexError, TypeError):
        return None


def _tokens(usage, *names: str) -> int:
    for name in names:
        value = getattr(usage, name, None)
        if isinstance(value, int):
            return value
    return 0


class Deadline:
    """A per-run time limit shared by every call of the run."""

    def __init__(self, seconds: float | None):
        self.end = time.monotonic() + seconds if seconds else None

    def remaining(self) -> float | None:
        return None if self.end is None else max(0.0, self.end - time.monotonic())

    async def run(self, coro):
        left = self.remaining()
        if left is None:
            return await coro
        try:
            return await asyncio.wait_for(coro, timeout=left)
        except asyncio.TimeoutError:
            raise ProviderError("the run took longer than SUMMARIZER_RUN_TIMEOUT; raise it or pass fewer articles") from None
