"""Recorded HTTP interactions (vcrpy): readable, scrubbed, matched on method, path and JSON body."""

from __future__ import annotations

import json
import re
from pathlib import Path

import vcr
import yaml


ROOT = Path(__file__).resolve().parent.parent / "cassettes"
SCRUB_HEADERS = {"authorization", "api-key", "x-api-key", "cookie", "set-cookie", "openai-organization",
                 "openai-project", "x-request-id", "request-id", "cf-ray", "anthropic-organization-id"}
KEY_SHAPES = re.compile(r"(sk-[A-Za-z0-9_\-]{16,}|sk-ant-[A-Za-z0-9_\-]{16,}|Bearer\s+[A-Za-z0-9._\-]{16,}|AIza[0-9A-Za-z_\-]{30,})")


def cassette_dir(slug: str) -> Path:
    return ROOT / slug


def cassette_path(slug: str, article_path: str | Path) -> Path:
    return cassette_dir(slug) / f"{Path(article_path).stem}.yaml"


def _json(body):
    if body is None:
        return None
    if isinstance(body, bytes):
        body = body.decode("utf-8", errors="replace")
    try:
        return json.loads(body)
    except (TypeError, ValueError):
        return None


def json_body(r1, r2) -> None:
    """vcrpy matcher: bodies equal as JSON (key order and spacing ignored), else as bytes."""
    a, b = _json(r1.body), _json(r2.body)
    if a is not None or b is not None:
        if a != b:
            raise AssertionError("JSON bodies differ")
        return
    if (r1.body or b"") != (r2.body or b""):
        raise AssertionError("bodies differ")


def scrub_text(text: str) -> str:
    return KEY_SHAPES.sub("<scrubbed>", text)


def _scrub_headers(headers: dict) -> dict:
    return {k: v for k, v in headers.items() if k.lower() not in SCRUB_HEADERS}


def before_record_request(request):
    for name in list(request.headers):
        if name.lower() in SCRUB_HEADERS:
            del request.headers[name]
    if request.body:
        body = request.body.decode("utf-8", "replace") if isinstance(request.body, bytes) else request.body
        request.body = scrub_text(body).encode()
    return request


def before_record_response(response):
    response["headers"] = _scrub_headers(response.get("headers", {}))
    body = response.get("body", {}).get("string")
    if isinstance(body, bytes):
        response["body"]["string"] = scrub_text(body.decode("utf-8", "replace")).encode()
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
            body = resp.get("body", {}).get("string")
            parsed = _json(body)
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
        filter_headers=sorted(SCRUB_HEADERS),
    )
    v.register_serializer("readable-json", ReadableJSON)
    v.register_matcher("json_body", json_body)
    return v


def is_missing_cassette(exc: BaseException) -> bool:
    """True when `exc` (or what caused it) is vcrpy refusing a request that no cassette answers."""
    seen: BaseException | None = exc
    for _ in range(10):
        if seen is None:
            return False
        if type(seen).__name__ == "CannotOverwriteExistingCassetteException":
            return True
        seen = seen.__cause__ or seen.__context__
    return False
