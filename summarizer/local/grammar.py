"""A GBNF grammar for compact JSON from a response schema, for llama-server.

llama-server turns a `json_schema` into a grammar that lets the model write free whitespace, and a small model
pretty-prints: newlines and indentation were 40% of its output tokens, and output tokens are the cost of a run.
The grammar built here allows exactly one spelling of each answer, with no whitespace between tokens, and
`CompactJSONTransport` sends it in place of the schema. Strings are never length-limited (a limit would cut them).
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

try:  # the HTTP library the openai SDK is built on: httpx2 in openai 3, httpx before
    import httpx2 as httpx
except ImportError:  # pragma: no cover - older openai
    import httpx  # type: ignore[no-redef]

STRING = r'"\"" ( [^"\\\x7F\x00-\x1F] | "\\" ( ["\\/bfnrt] | "u" [0-9a-fA-F]{4} ) )* "\""'
INTEGER = r'"-"? ( "0" | [1-9] [0-9]{0,15} )'
NUMBER = INTEGER + r' ( "." [0-9]+ )? ( [eE] [-+]? [0-9]+ )?'


class _Builder:
    def __init__(self, schema: dict):
        self.defs = schema.get("$defs", {})
        self.rules: dict[str, str] = {}
        self.root = self.rule(schema, "root")

    def literal(self, value: Any) -> str:
        text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
        return json.dumps(text, ensure_ascii=False)  # a GBNF string literal holding the JSON text

    def add(self, name: str, body: str) -> str:
        name = name.replace("_", "-").lower()
        if name in self.rules and self.rules[name] != body:
            i = 2
            while f"{name}{i}" in self.rules and self.rules[f"{name}{i}"] != body:
                i += 1
            name = f"{name}{i}"
        self.rules[name] = body
        return name

    def rule(self, schema: dict, name: str) -> str:
        return self.add(name, self.body(schema, name))

    def body(self, schema: dict, name: str) -> str:
        if "$ref" in schema:
            ref = schema["$ref"].split("/")[-1]
            return self.rule(self.defs[ref], ref)
        if "const" in schema:
            return self.literal(schema["const"])
        if "enum" in schema:
            return " | ".join(self.literal(v) for v in schema["enum"])
        if "anyOf" in schema:
            return " | ".join(self.rule(s, f"{name}-{i}") for i, s in enumerate(schema["anyOf"]))
        kind = schema.get("type")
        if kind == "object":
            props = schema.get("properties", {})
            required = schema.get("required", list(props))
            if set(props) - set(required):
                raise ValueError(f"{name}: optional properties are not supported in a compact grammar")
            parts = []
            for i, (key, sub) in enumerate(props.items()):
                prefix = '"{"' if i == 0 else '","'
                parts.append(f'{prefix} {json.dumps(json.dumps(key))} ":" {self.rule(sub, f"{name}-{key}")}')
            return " ".join(parts) + ' "}"' if parts else '"{}"'
        if kind == "array" and "prefixItems" in schema:  # a tuple: each position its own rule, in order
            parts = [self.rule(sub, f"{name}-{i}") for i, sub in enumerate(schema["prefixItems"])]
            return '"[" ' + ' "," '.join(parts) + ' "]"' if parts else '"[]"'
        if kind == "array":
            item = self.rule(schema.get("items", {}), f"{name}-item")
            low, high = schema.get("minItems", 0), schema.get("maxItems")
            more = f'( "," {item} ){{0,{high - 1}}}' if high is not None else f'( "," {item} )*'
            seq = f"{item} {more}" if high != 1 else item
            return f'"[" {seq} "]"' if low >= 1 else f'"[" ( {seq} )? "]"'
        if kind == "string":
            return self.add("string", STRING)
        if kind == "integer":
            return self.add("integer", INTEGER)
        if kind == "number":
            return self.add("number", NUMBER)
        if kind == "boolean":
            return '"true" | "false"'
        if kind == "null":
            return '"null"'
        raise ValueError(f"{name}: schema {schema} is not supported in a compact grammar")

    def text(self) -> str:
        order = ["root", *sorted(n for n in self.rules if n != "root")]
        return "\n".join(f"{n} ::= {self.rules[n]}" for n in order) + "\n"


@lru_cache(maxsize=512)
def _grammar(schema_json: str) -> str:
    return _Builder(json.loads(schema_json)).text()


def grammar(schema: dict) -> str:
    """GBNF that accepts exactly the compact JSON spellings of the values `schema` allows."""
    return _grammar(json.dumps(schema))  # key order is the order the model writes the fields in


def compact_request(body: dict) -> dict:
    """The request with its response_format (a JSON schema) replaced by the equivalent compact grammar."""
    fmt = body.get("response_format") or {}
    if fmt.get("type") != "json_schema":
        return body
    schema = fmt.get("json_schema", {}).get("schema")
    if not schema:
        return body
    out = {k: v for k, v in body.items() if k != "response_format"}
    out["grammar"] = grammar(schema)
    return out


class CompactJSONTransport(httpx.AsyncBaseTransport):
    """Sends chat completions to llama-server with a compact-JSON grammar instead of the JSON schema."""

    def __init__(self, inner: httpx.AsyncBaseTransport | None = None):
        self.inner = inner or httpx.AsyncHTTPTransport()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.method == "POST" and request.url.path.endswith("/chat/completions"):
            body = json.loads(request.content or b"{}")
            rewritten = compact_request(body)
            if rewritten is not body:
                content = json.dumps(rewritten, ensure_ascii=False).encode()
                headers = [(k, v) for k, v in request.headers.raw if k.lower() != b"content-length"]
                request = httpx.Request(request.method, request.url, headers=headers, content=content,
                                        extensions=request.extensions)
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()
