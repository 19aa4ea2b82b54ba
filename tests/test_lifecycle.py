"""llama-server dies with the CLI that started it: SIGTERM, SIGHUP, SIGINT, and even SIGKILL of the parent.

The server here is a fake llama-server (a Python script taking the same flags, named as such) that answers /health
and hangs on completions, so the CLI is caught mid-run.
"""

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEEDS

FAKE = """
import http.server, os, sys, time
port = int(sys.argv[sys.argv.index("--port") + 1])
open(os.environ["FAKE_PID_FILE"], "w").write(str(os.getpid()))
class H(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(200); self.end_headers(); self.wfile.write(b"{}")
    def do_POST(self):
        open(os.environ["FAKE_PID_FILE"] + ".asked", "w").close()  # the run now waits on this answer
        time.sleep(120)
    def log_message(self, *a): pass
http.server.ThreadingHTTPServer(("127.0.0.1", port), H).serve_forever()
"""


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:  # a zombie waiting for its reaper is gone for our purpose
        state = Path(f"/proc/{pid}/stat").read_text().split()[2]
        return state != "Z"
    except OSError:
        return True


def wait_for(predicate, seconds: float) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.1)
    return False


@pytest.fixture
def cli_env(tmp_path):
    server = tmp_path / "fake-llama-server"
    server.write_text(f"#!{sys.executable}\n" + textwrap.dedent(FAKE))
    server.chmod(0o755)
    gguf = tmp_path / "model.gguf"
    gguf.write_bytes(b"GGUF")
    env = {**os.environ, "SUMMARIZER_LLAMA_SERVER": str(server), "SUMMARIZER_GGUF": str(gguf),
           "SUMMARIZER_CACHE_DIR": str(tmp_path / "cache"), "FAKE_PID_FILE": str(tmp_path / "server.pid"),
           "SUMMARIZER_TIMEOUT": "300", "PYTHONPATH": str(ROOT), "PYTHONFAULTHANDLER": "1"}
    return env, tmp_path / "server.pid"


def _ctrl_c_reaches() -> None:
    """In the child before exec: Ctrl-C acts as in a terminal, even when the tests themselves run in the background
    (a shell starts background jobs with SIGINT ignored, and a child inherits that)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def start(env, args, tmp_path):
    cmd = [sys.executable, "-m", "summarizer.cli", *args]
    return subprocess.Popen(cmd, env=env, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            preexec_fn=_ctrl_c_reaches)


@pytest.mark.parametrize("sig,code", [(signal.SIGTERM, 128 + signal.SIGTERM), (signal.SIGHUP, 128 + signal.SIGHUP),
                                      (signal.SIGINT, 130), (signal.SIGKILL, -signal.SIGKILL)])
def test_the_server_dies_with_a_run_however_the_run_ends(cli_env, tmp_path, sig, code):
    env, pid_file = cli_env
    proc = start(env, [str(SEEDS[0]), "--out", str(tmp_path / "out")], tmp_path)
    try:
        assert wait_for(pid_file.exists, 30), proc.stderr.read1().decode() if proc.poll() is not None else "no server"
        server_pid = int(pid_file.read_text())
        asked = pid_file.with_name(pid_file.name + ".asked")
        assert wait_for(asked.exists, 60), "the run never asked the server"  # caught mid-run, as a user would
        proc.send_signal(sig)
        try:
            ended = proc.wait(timeout=60)
        except subprocess.TimeoutExpired:  # show where the run hung: every thread's stack (faulthandler on SIGABRT)
            proc.send_signal(signal.SIGABRT)
            proc.wait(timeout=30)
            pytest.fail("the run did not end on the signal:\n" + proc.stderr.read().decode()[-6000:])
        assert ended == code
        assert wait_for(lambda: not alive(server_pid), 15), "llama-server outlived the run"
    finally:
        if proc.poll() is None:
            proc.kill()


def test_model_serve_stops_its_server_on_sigterm(cli_env, tmp_path):
    env, pid_file = cli_env
    proc = start(env, ["model", "serve"], tmp_path)
    try:
        assert wait_for(pid_file.exists, 30)
        server_pid = int(pid_file.read_text())
        assert alive(server_pid)
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=30)
        assert wait_for(lambda: not alive(server_pid), 15)
    finally:
        if proc.poll() is None:
            proc.kill()
