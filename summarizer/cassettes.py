"""Recorded HTTP interactions (vcrpy): readable, scrubbed, matched on method, path and JSON body.

Only replay and recording import this module (and vcrpy).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import vcr
import yaml

from .secrets import scrub
from .settings import Settings

SCRUB_HEADERS = {"authorization", "api-key", "x-api-key", "cookie", "set-cookie", "openai-organization",
                 "openai-project", "x-request-id", "request-id", "cf-ray", "anthropic-organization-id"}


def root(settings: Settings) -> Path:
    """--cassettes / SUMMARIZER_CASSETTES_DIR, else cassettes/ of the checkout, else ./cassettes."""
    if settings.cassettes_dir:
        return Path(settings.cassettes_dir)
    checkout = Path(__file__).resolve().parent.parent / "cassettes"
    return checkout if checkout.is_dir() else Path.cwd() / "cassettes"


def cassette_path(settings: Settings, slug: str, article_path: str | Path) -> Path:
    return root(settings) / slug / f"{Path(article_path).stem}.yaml"


def recorded_today(path: Path) -> dt.date | None:
    """The day a cassette was recorded (its first answer's 'created'), so a replay resolves dates as the recording
    did; None for a new recording."""
    if not path.is_file():
        return None
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    for item in data.get("interactions", []):
        body = item.get("response", {}).get("body", {})
        created = body.get("json", {}).get("created") if isinstance(body, dict) else None
        if isinstance(created, int):
            return dt.datetime.fromtimestamp(created, tz=dt.timezone.utc).date()
    return None


def _json(body: Any) -> Any:
    if body is None:
        return None
    if isinstance(body, bytes):
        body = body.decode("utf-8", errors="replace")
    try:
        return json.loads(body)
    except (TypeError, ValueError):
        return None


def json_body(r1: Any, r2: Any) -> None:
    """vcrpy matcher: bodies equal as JSON (key order and spacing ignored), else as bytes."""
    a, b = _json(r1.body), _json(r2.body)
    if a is not None or b is not None:
        if a != b:
            raise AssertionError("JSON bodies differ")
        return
    if (r1.body or b"") != (r2.body or b""):
        raise AssertionError("bodies differ")


def _clean_headers(headers: dict) -> dict:
    out = {}
    for name, value in headers.items():
        if name.lower() in SCRUB_HEADERS:
            continue
        out[name] = [scrub(v) for v in value] if isinstance(value, list) else scrub(value)
    return out


def before_record_request(request: Any) -> Any:
    for name in list(request.headers):
        if name.lower() in SCRUB_HEADERS:
            del request.headers[name]
        else:
            request.headers[name] = scrub(request.headers[name])
    if request.body:
        body = request.body.decode("utf-8", "replace") if isinstance(request.body, bytes) else request.body
        request.body = scrub(body).encode()
    return request


def before_record_response(response: dict) -> dict:
    response["headers"] = _clean_headers(response.get("headers", {}))
    body = response.get("body", {}).get("string")
    if isinstance(body, bytes):
        response["body"]["string"] = scrub(body.decode("utf-8", "replace")).encode()
    elif isinstance(body, str):
        response["body"]["string"] = scrub(body)
    return response


class ReadableJSON:
    """A vcrpy serializer: YAML with request and response bodies stored as parsed JSON, so diffs are readable."""

    @staticmethod
    def serialize(cassette_dict: dict) -> str:
        for item in cassette_dict.get("interactions", []):
            req, resp = item["request"], item["response"]
            parsed = _json(req.get("body"))
            if parsed is not None:
                req["body"] = {"json": parsed}
            parsed = _json(resp.get("body", {}).get("string"))
            if parsed is not None:
                resp["body"] = {"json": parsed}
        return yaml.safe_dump(cassette_dict, allow_unicode=True, sort_keys=False, width=120)

    @staticmethod
    def deserialize(text: str) -> dict:
        data = yaml.safe_load(text) or {}
        for item in data.get("interactions", []):
            req, resp = item["request"], item["response"]
            if isinstance(req.get("body"), dict) and "json" in req["body"]:
                req["body"] = json.dumps(req["body"]["json"], ensure_ascii=False)
            if isinstance(resp.get("body"), dict) and "json" in resp["body"]:
                resp["body"] = {"string": json.dumps(resp["body"]["json"], ensure_ascii=False)}
        return data


def make_vcr(record_mode: str = "none") -> vcr.VCR:
    v = vcr.VCR(
        serializer="readable-json",
        record_mode=record_mode,
        match_on=["method", "path", "json_body"],
        before_record_request=before_record_request,
        before_record_response=before_record_response,
        decode_compressed_response=True,
    )
    v.register_serializer("readable-json", ReadableJSON)
    v.register_matcher("json_body", json_body)
    return v
