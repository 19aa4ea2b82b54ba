"""Provider faults against a real HTTP server on 127.0.0.1 (tests/support/fault_server.py)."""

import asyncio
import time

import pytest

from summarizer.errors import ExtractionError, ProviderError
from summarizer.llm import Client
from summarizer.providers import resolve
from summarizer.answers import ActorsAnswer as ActorsX
from summarizer.settings import Settings

MESSAGES = [{"role": "user", "content": "extract"}]


def client(server, **overrides) -> Client:
    settings = Settings.load(model="fault-model", base_url=server.base_url, timeout=overrides.pop("timeout", 5.0),
                             **overrides)
    return Client(resolve(settings.model, settings.base_url), settings)


def call(c: Client):
    return asyncio.run(c.extract(ActorsX, MESSAGES))


@pytest.mark.parametrize("fault", ["429", "500", "502", "503", "drop"])
def test_transient_errors_are_retried_then_succeed(fault_server, fault):
    fault_server.script(fault, fault)
    result, usage = call(client(fault_server))
    assert result.model_dump() == {"parties": [], "people": [], "venues": []}
    assert len(fault_server.requests) == 3, "two failures, one success, no stacked SDK retries"
    assert usage.calls == 1


def test_retry_after_is_honoured(fault_server):
    fault_server.script("429:0.6")
    started = time.monotonic()
    call(client(fault_server, backoff_max=5.0))
    assert time.monotonic() - started >= 0.55
    assert len(fault_server.requests) == 2


def test_retries_are_bounded(fault_server):
    fault_server.script(*["503"] * 10)
    with pytest.raises(ProviderError, match="HTTP 503"):
        call(client(fault_server, transport_retries=2))
    assert len(fault_server.requests) == 3


def test_the_timeout_bounds_a_request_across_its_retries(fault_server):
    fault_server.script(*["hang:3"] * 10)
    started = time.monotonic()
    with pytest.raises(ProviderError, match="--timeout"):
        call(client(fault_server, timeout=1.0))
    assert time.monotonic() - started < 2.5, "one budget for the request, not one per attempt"



@pytest.mark.parametrize("status,match", [
    ("400", "rejected the request"),
    ("401", "refused the API key"),
    ("404", "does not know model"),
])
def test_non_transient_errors_fail_at_once_with_a_fix(fault_server, status, match):
    fault_server.script(status)
    with pytest.raises(ProviderError, match=match):
        call(client(fault_server))
    assert len(fault_server.requests) == 1


@pytest.mark.parametrize("bad", ["malformed", "invalid"])
def test_invalid_output_is_reasked_then_accepted(fault_server, bad):
    fault_server.script(bad)
    result, _ = call(client(fault_server))
    assert result.people == []
    assert len(fault_server.requests) == 2
    assert "error" in str(fault_server.requests[1]["body"]["messages"]).lower(), "the re-ask tells the model what failed"


def test_final_invalid_output_keeps_raw_output_and_attempts(fault_server):
    fault_server.script("invalid", "invalid", "invalid")
    with pytest.raises(ExtractionError) as info:
        call(client(fault_server, reasks=2))
    assert info.value.attempts == 3
    assert "unexpected" in info.value.raw_output
    assert len(fault_server.requests) == 3


def test_output_cut_at_max_tokens_is_reported(fault_server):
    fault_server.script("length")
    with pytest.raises(ExtractionError, match="max_tokens"):
        call(client(fault_server))
