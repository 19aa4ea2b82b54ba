"""Run llama-server for one model on a free 127.0.0.1 port, and always stop it.

It is stopped when the `with` block ends (normally, on an exception, on Ctrl-C), and it dies with its parent:
on Linux the kernel sends it SIGTERM when the process that started it exits for any reason, SIGKILL included.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections import deque
from pathlib import Path

from ..errors import ModelError

PR_SET_PDEATHSIG = 1  # prctl option: the signal a process gets when its parent dies


def free_port(host: str = "127.0.0.1") -> int:
    """Ask the OS for a port nobody listens on."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


def log_tail(path: Path, lines: int = 15) -> str:
    try:
        with open(path, errors="replace") as fh:
            return "".join(deque(fh, maxlen=lines)).strip()
    except OSError:
        return "(no log)"


def _die_with_parent() -> None:
    """Runs in the child between fork and exec: ask the kernel for SIGTERM when the parent dies."""
    if not sys.platform.startswith("linux"):
        return
    libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
    libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)


class LlamaServer:
    """A llama-server process. Use as a context manager: it is stopped on exit, Ctrl-C and exceptions."""

    def __init__(self, binary: Path, gguf: Path, *, logs: Path, context: int = 8192, threads: int = 2,
                 port: int | None = None, start_timeout: float = 180.0, extra_args: list[str] | None = None):
        self.binary, self.gguf = Path(binary), Path(gguf)
        self.context, self.threads = context, threads
        self.port = port or free_port()
        self.start_timeout = start_timeout
        self.extra_args = extra_args or []
        self.log_path = Path(logs) / f"llama-server-{self.port}.log"
        self.process: subprocess.Popen | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def command(self) -> list[str]:
        return [
            str(self.binary), "-m", str(self.gguf), "--host", "127.0.0.1", "--port", str(self.port),
            "-c", str(self.context), "-t", str(self.threads), "-np", "1", "--no-webui", *self.extra_args,
        ]

    def start(self) -> "LlamaServer":
        if not self.gguf.is_file():
            raise ModelError(f"model file {self.gguf} does not exist; run `summarize model prepare` or fix SUMMARIZER_GGUF")
        log = open(self.log_path, "w")
        try:
            self.process = subprocess.Popen(self.command(), stdout=log, stderr=subprocess.STDOUT,
                                            stdin=subprocess.DEVNULL, start_new_session=True,
                                            preexec_fn=_die_with_parent)
        except OSError as exc:
            raise ModelError(f"could not start {self.binary}: {exc}; run `summarize model prepare`") from exc
        finally:
            log.close()
        try:
            self.wait_healthy()
        except BaseException:
            self.stop()
            raise
        return self

    def wait_healthy(self) -> None:
        assert self.process is not None
        deadline = time.monotonic() + self.start_timeout
        url = f"http://127.0.0.1:{self.port}/health"
        while time.monotonic() < deadline:
            code = self.process.poll()
            if code is not None:
                raise ModelError(f"llama-server exited with code {code} before it was ready; last log lines "
                                 f"({self.log_path}): {log_tail(self.log_path)}")
            try:
                with urllib.request.urlopen(url, timeout=2) as resp:
                    if resp.status == 200:
                        return
            except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
                pass
            time.sleep(0.2)
        raise ModelError(f"llama-server did not become healthy within {self.start_timeout:.0f} s; raise "
                         f"SUMMARIZER_SERVER_START_TIMEOUT or check its log ({self.log_path}): {log_tail(self.log_path)}")

    def stop(self, grace: float = 10.0) -> None:
        proc, self.process = self.process, None
        if proc is None or proc.poll() is not None:
            return
        proc.terminate()
        try:
            proc.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=grace)

    def __enter__(self) -> "LlamaServer":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
