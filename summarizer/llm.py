"""One client per run: instructor over the provider's SDK, with two retry layers that each do one job.

- instructor re-asks when the output fails validation (`Settings.reasks`);
- tenacity retries transient transport errors (408, 409, 425, 429, 5xx, timeouts, dropped connections) with
  capped, jittered backoff that honours Retry-After, all within `Settings.timeout` for the request. The SDK's own
  retries are off so nothing stacks.
Token usage is read through instructor's public `completion:response` hook, attempts and re-asks included.
"""

from __future__ import annotations

import contextvars
import json
import logging
import random
import sys
import time
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from tenacity import AsyncRetrying, RetryCallState, retry_if_exception, stop_after_attempt, stop_after_delay

from .errors import CassetteError, ExtractionError, ProviderError, SummarizerError
from .providers import Resolved, api_key
from .secrets import scrub
from .settings import Settings

T = TypeVar("T", bound=BaseModel)
TRANSIENT_STATUS = {408, 409, 425, 429, 500, 502, 503, 504}


@dataclass
class Usage:
    input_tokens: int = 0
    cached_tokens: int = 0
    output_tokens: int = 0
    calls: int = 0

    def add(self, other: "Usage") -> None:
        self.input_tokens += other.input_tokens
        self.cached_tokens += other.cached_tokens
        self.output_tokens += other.output_tokens
        self.calls += other.calls


_CURRENT_USAGE: contextvars.ContextVar[Usage | None] = contextvars.ContextVar("summarizer_usage", default=None)


def _count_usage(response: Any) -> None:
    """instructor's completion:response hook: add this attempt's tokens to the call being made."""
    usage = _CURRENT_USAGE.get()
    raw = getattr(response, "usage", None)
    if usage is None or raw is None:
        return
    usage.input_tokens += _tokens(raw, "prompt_tokens", "input_tokens")
    usage.output_tokens += _tokens(raw, "completion_tokens", "output_tokens")
    details = getattr(raw, "prompt_tokens_details", None)
    usage.cached_tokens += _tokens(details, "cached_tokens") if details is not None else 0


def _tokens(usage: Any, *names: str) -> int:
    for name in names:
        value = getattr(usage, name, None)
        if isinstance(value, int):
            return value
    return 0


def is_missing_cassette(exc: BaseException) -> bool:
    """True when `exc` (or what caused it) is vcrpy refusing a request that no cassette answers. vcrpy is only
    loaded when replaying or recording; otherwise no exception can be one of its."""
    errors = sys.modules.get("vcr.errors")
    if errors is None:
        return False
    seen: BaseException | None = exc
    for _ in range(10):
        if seen is None:
            return False
        if isinstance(seen, errors.CannotOverwriteExistingCassetteException):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _root(exc: BaseException) -> BaseException:
    """The provider's own exception under instructor's wrapper, if any."""
    from instructor.core import InstructorError

    seen = exc
    while isinstance(seen, InstructorError) and seen.__cause__ is not None:
        seen = seen.__cause__
    return seen


def _status(exc: BaseException) -> int | None:
    status = getattr(exc, "status_code", None)
    return status if isinstance(status, int) else None


def is_transient(exc: BaseException) -> bool:
    import openai

    if is_missing_cassette(exc):
        return False
    root = _root(exc)
    if isinstance(root, (openai.APITimeoutError, openai.APIConnectionError)):
        return True
    return _status(root) in TRANSIENT_STATUS


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

    def __call__(self, state: RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome else None
        hinted = retry_after(exc) if exc else None
        if hinted is not None:
            return min(hinted, self.cap)
        return random.uniform(0, min(self.cap, self.base * 2 ** (state.attempt_number - 1)))


def _message(exc: BaseException) -> str:
    lines = str(exc).strip().splitlines()
    return scrub(lines[0] if lines else type(exc).__name__)


def explain(exc: BaseException, resolved: Resolved, timeout: float) -> str:
    """A one-line reason for a provider failure, saying what to fix."""
    import openai

    root = _root(exc)
    status = _status(root)
    where = resolved.base_url or resolved.provider.name
    if status in (401, 403):
        env = resolved.provider.key_env or "the provider's API key variable"
        return f"{resolved.label} refused the API key (HTTP {status}); check {env}"
    if status == 404:
        return f"{where} does not know model {resolved.model!r} (HTTP 404); check --model / SUMMARIZER_MODEL"
    if status == 400:
        return f"{where} rejected the request (HTTP 400): {_message(root)}; check --model and --base-url"
    if status is not None:
        return f"{where} answered HTTP {status}: {_message(root)}"
    if isinstance(root, openai.APITimeoutError):
        return f"{where} did not answer within --timeout {timeout:g} s (retries included); raise --timeout or check the server"
    return f"could not reach {where}: {type(root).__name__}: {_message(root)}; check --base-url and that the server runs"


class Client:
    """Async structured-output client for one resolved model."""

    def __init__(self, resolved: Resolved, settings: Settings):
        self.resolved, self.settings = resolved, settings
        self._raw: Any = None
        self._client = self._make()
        self._client.on("completion:response", _count_usage)
        # failures are reported by this module, once, with a reason; instructor's own error log would repeat them
        logging.getLogger("instructor").setLevel(logging.CRITICAL)

    def _make(self) -> Any:
        import instructor

        mode = getattr(instructor.Mode, self.resolved.provider.mode)
        key = api_key(self.resolved, self.settings)
        if self.resolved.provider.sdk == "anthropic":
            try:
                import anthropic
            except ImportError:
                raise ProviderError("anthropic/... needs the anthropic SDK: pip install 'summarizer[anthropic]'") from None
            self._raw = anthropic.AsyncAnthropic(api_key=key, max_retries=0, timeout=self.settings.timeout)
            return instructor.from_anthropic(self._raw, mode=mode)
        import openai

        http_client = None
        if self.resolved.provider.compact_grammar and self.settings.compact_json:
            from .local.grammar import CompactJSONTransport, httpx

            http_client = httpx.AsyncClient(transport=CompactJSONTransport(), timeout=self.settings.timeout)
        self._raw = openai.AsyncOpenAI(api_key=key, base_url=self.resolved.base_url, max_retries=0,
                                       timeout=self.settings.timeout, http_client=http_client)
        return instructor.from_openai(self._raw, mode=mode)

    async def aclose(self) -> None:
        """Close the HTTP connections inside the event loop that opened them."""
        if self._raw is not None:
            await self._raw.close()

    async def extract(self, response_model: type[T], messages: list[dict[str, str]]) -> tuple[T, Usage]:
        """One structured call, with transport retries around instructor's validation re-asks.

        The whole call, retries and backoff included, is bounded by `Settings.timeout`.
        """
        s = self.settings
        kwargs: dict[str, Any] = dict(model=self.resolved.model, messages=messages, response_model=_prepared(response_model),
                                      max_retries=s.reasks, temperature=s.temperature, max_tokens=s.max_tokens)
        if self.resolved.provider.sdk == "openai":
            kwargs["seed"] = s.seed
        usage = Usage()
        token = _CURRENT_USAGE.set(usage)
        deadline = time.monotonic() + s.timeout
        retrying = AsyncRetrying(stop=stop_after_attempt(s.transport_retries + 1) | stop_after_delay(s.timeout),
                                 wait=Backoff(s.backoff_max), retry=retry_if_exception(is_transient), reraise=True)
        try:
            async for attempt in retrying:
                with attempt:
                    left = deadline - time.monotonic()
                    if left <= 0:
                        raise ProviderError(f"{self.resolved.base_url or self.resolved.provider.name} did not answer "
                                            f"within --timeout {s.timeout:g} s (retries included); raise --timeout "
                                            "or check the server")
                    obj = await self._client.chat.completions.create(**kwargs, timeout=left)
        except Exception as exc:  # noqa: BLE001 - every failure becomes one of ours, with a reason
            raise self._translate(exc) from exc
        finally:
            _CURRENT_USAGE.reset(token)
        usage.calls = 1
        return obj, usage

    def _translate(self, exc: BaseException) -> SummarizerError:
        from instructor.core import IncompleteOutputException, InstructorRetryException

        if is_missing_cassette(exc):
            return CassetteError("no recorded answer matches this request (prompt, schema or article changed); "
                                 "re-record with `summarize record`")
        root = _root(exc)
        if isinstance(exc, IncompleteOutputException) or isinstance(root, IncompleteOutputException):
            return ExtractionError(f"the model stopped at max_tokens={self.settings.max_tokens} before the JSON was "
                                   "complete; raise SUMMARIZER_MAX_TOKENS",
                                   raw_output=_raw(getattr(exc, "last_completion", None)), attempts=1)
        if isinstance(root, (ValidationError, json.JSONDecodeError)) or (isinstance(exc, InstructorRetryException) and root is exc):
            attempts = getattr(exc, "n_attempts", 0) or 0
            return ExtractionError(f"the model's output failed the schema after {attempts} attempts: {_message(root)}",
                                   raw_output=_raw(getattr(exc, "last_completion", None)), attempts=attempts)
        if isinstance(root, SummarizerError):
            return root
        return ProviderError(explain(exc, self.resolved, self.settings.timeout))


@lru_cache(maxsize=512)
def _prepared(response_model: type[T]) -> type[T]:
    """instructor wraps the response model on every call (a new class each time); wrap ours once."""
    import instructor

    return instructor.response_schema(response_model)


def _raw(completion: Any) -> str | None:
    try:
        return scrub(completion.choices[0].message.content)
    except (AttributeError, IndexError, TypeError):
        return None
