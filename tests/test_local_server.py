import socket
import sys
import textwrap
import time

import pytest

from summarizer.errors import ModelError
from summarizer.local.server import LlamaServer, free_port


def fake_script(tmp_path, body: str):
    """A fake llama-server (named as such): a Python script taking the same flags."""
    path = tmp_path / "fake-llama-server"
    path.write_text(f"#!{sys.executable}\n" + textwrap.dedent(body))
    path.chmod(0o755)
    return path


HEALTHY = """
import http.server, sys
port = int(sys.argv[sys.argv.index("--port") + 1])
class H(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(200 if self.path == "/health" else 404); self.end_headers(); self.wfile.write(b"{}")
    def log_message(self, *a): pass
print("fake server listening", flush=True)
http.server.HTTPServer(("127.0.0.1", port), H).serve_forever()
"""


@pytest.fixture
def gguf(tmp_path):
    path = tmp_path / "model.gguf"
    path.write_bytes(b"GGUF")
    return path


def test_free_port_is_bindable():
    port = free_port()
    with socket.socket() as s:
        s.bind(("127.0.0.1", port))


def test_server_starts_waits_for_health_and_stops(tmp_path, gguf):
    server = LlamaServer(fake_script(tmp_path, HEALTHY), gguf, logs=tmp_path, start_timeout=20)
    with server:
        proc = server.process
        assert proc.poll() is None
        assert "--port" in server.command() and "127.0.0.1" in server.command()
        assert server.command()[server.command().index("-t") + 1] == "2"
    assert proc.poll() is not None, "the process is stopped on exit"


def test_server_is_stopped_when_the_body_raises(tmp_path, gguf):
    server = LlamaServer(fake_script(tmp_path, HEALTHY), gguf, logs=tmp_path, start_timeout=20)
    with pytest.raises(KeyboardInterrupt):
        with server:
            proc = server.process
            raise KeyboardInterrupt
    assert proc.poll() is not None


def test_crash_before_ready_reports_the_log_tail(tmp_path, gguf):
    script = fake_script(tmp_path, 'import sys\nprint("error: unknown model architecture: qwen9", flush=True)\nsys.exit(3)\n')
    with pytest.raises(ModelError, match="exited with code 3.*unknown model architecture"):
        LlamaServer(script, gguf, logs=tmp_path, start_timeout=20).start()


def test_start_timeout_kills_the_server_and_says_what_to_raise(tmp_path, gguf):
    script = fake_script(tmp_path, 'import time\nprint("loading...", flush=True)\ntime.sleep(60)\n')
    server = LlamaServer(script, gguf, logs=tmp_path, start_timeout=1.0)
    started = time.monotonic()
    with pytest.raises(ModelError, match="SUMMARIZER_SERVER_START_TIMEOUT.*loading"):
        server.start()
    assert time.monotonic() - started < 15
    assert server.process is None


def test_missing_model_file_says_to_prepare(tmp_path):
    with pytest.raises(ModelError, match="summarize model prepare"):
        LlamaServer(fake_script(tmp_path, HEALTHY), tmp_path / "nope.gguf", logs=tmp_path).start()
