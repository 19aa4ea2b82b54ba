"""A real OpenAI-compatible HTTP server on 127.0.0.1 that tests (and the benchmark) script to misbehave.

Each request pops the next behaviour from a queue; when the queue is empty the server answers well. A good
answer is a chat completion whose content is a minimal valid instance of the requested json_schema; when the
schema asks for parties and the article names one of `FaultServer.parties`, that party is in the answer (so an
article about a negotiation gets all three calls).
"""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def minimal_instance(schema: dict, defs: dict | None = None):
    """The smallest JSON value that satisfies the (pydantic-generated) schema."""
    defs = defs if defs is not None else schema.get("$defs", {})
    if "$ref" in schema:
        return minimal_instance(defs[schema["$ref"].split("/")[-1]], defs)
    if "anyOf" in schema:
        return minimal_instance(schema["anyOf"][0], defs)
    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type")
    if kind == "object":
        return {k: minimal_instance(v, defs) for k, v in schema.get("properties", {}).items()
                if k in schema.get("required", [])}
    if kind == "array":
        return [minimal_instance(item, defs) for item in schema.get("prefixItems", [])]
    if kind == "string":
        return "summary" if schema.get("maxLength", 0) >= 500 else ""
    if kind in ("integer", "number"):
        return schema.get("minimum", 0)
    if kind == "boolean":
        return False
    return None


def completion(content: str, finish_reason: str = "stop") -> dict:
    return {"id": "chatcmpl-test", "object": "chat.completion", "created": 0, "model": "fault-model",
            "choices": [{"index": 0, "finish_reason": finish_reason,
                         "message": {"role": "assistant", "content": content}}],
            "usage": {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15}}


class FaultServer:
    """Usage: `with FaultServer() as s: s.script("429", "ok"); client(base_url=s.base_url)`."""

    parties = ("Ukraine", "Russia", "Sudan")

    def __init__(self, delay: float = 0.0):
        self.queue: list[str] = []
        self.requests: list[dict] = []
        self.delay = delay
        self.lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def do_POST(self):
                length = int(self.headers.get("content-length", 0))
                body = json.loads(self.rfile.read(length) or b"{}")
                with server.lock:
                    server.requests.append({"path": self.path, "body": body, "headers": dict(self.headers)})
                    action = server.queue.pop(0) if server.queue else "ok"
                if server.delay:
                    time.sleep(server.delay)
                server.respond(self, action, body)

        ThreadingHTTPServer.request_queue_size = 256  # bursts of concurrent clients are not refused
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"

    def script(self, *actions: str) -> None:
        with self.lock:
            self.queue.extend(actions)

    def respond(self, handler, action: str, body: dict) -> None:
        if action == "drop":
            handler.close_connection = True
            handler.connection.shutdown(2)
            return
        if action.startswith("hang"):
            time.sleep(float(action.split(":")[1]) if ":" in action else 5.0)
            action = "ok"
        status, payload, headers = 200, None, {}
        if action == "ok":
            schema = (body.get("response_format") or {}).get("json_schema", {}).get("schema", {})
            answer = minimal_instance(schema)
            if isinstance(answer, dict) and "parties" in answer:
                text = " ".join(str(m.get("content", "")) for m in body.get("messages", []))
                answer["parties"] = [{"name": p, "role": "negotiator"} for p in self.parties if p in text][:1]
            payload = completion(json.dumps(answer))
        elif action == "echo-key":  # a provider that echoes the caller's key in its error body and a header
            sent = handler.headers.get("authorization", "")
            status, headers = 400, {"x-echo-authorization": sent}
            payload = {"error": {"message": f"bad request for {sent}", "type": "invalid_request"}}
        elif action == "malformed":
            payload = completion("{not json")
        elif action == "invalid":
            payload = completion(json.dumps({"unexpected": True}))
        elif action == "length":
            payload = completion('{"parties": [', finish_reason="length")
        elif action.startswith("429"):
            status, headers = 429, {"retry-after": action.split(":")[1] if ":" in action else "0"}
            payload = {"error": {"message": "rate limited", "type": "rate_limit"}}
        elif action.isdigit():
            status = int(action)
            payload = {"error": {"message": f"status {action}", "type": "test"}}
        raw = json.dumps(payload).encode()
        handler.send_response(status)
        handler.send_header("content-type", "application/json")
        handler.send_header("content-length", str(len(raw)))
        for k, v in headers.items():
            handler.send_header(k, v)
        handler.end_headers()
        handler.wfile.write(raw)

    def __enter__(self) -> "FaultServer":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


if __name__ == "__main__":  # run on its own: `python -m tests.support.fault_server --delay 0.2` prints its base URL
    import argparse

    parser = argparse.ArgumentParser(description="A well-behaved (or slow) OpenAI-compatible server on 127.0.0.1")
    parser.add_argument("--delay", type=float, default=0.0, help="seconds before each answer")
    parser.add_argument("--seconds", type=float, default=300.0, help="stop by itself after this long")
    options = parser.parse_args()
    with FaultServer(delay=options.delay) as running:
        print(running.base_url, flush=True)
        time.sleep(options.seconds)
