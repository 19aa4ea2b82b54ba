"""Build llama.cpp's `llama-server` from the tree vendored in the llama-cpp-python sdist, with portable CPU flags."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

from ..errors import ModelError
from ..settings import Settings
from .cache import Cache

SDIST = "llama-cpp-python"
SDIST_VERSION = "0.3.36"
VENDORED = "vendor/llama.cpp"

# Portable x86-64 flags: no -march=native, so the cached binary runs on any AVX2 machine.
BUILD_FLAGS = (
    "-DCMAKE_BUILD_TYPE=Release",
    "-DBUILD_SHARED_LIBS=OFF",
    "-DGGML_NATIVE=OFF",
    "-DGGML_AVX2=ON",
    "-DGGML_FMA=ON",
    "-DGGML_F16C=ON",
    "-DLLAMA_CURL=OFF",
    "-DLLAMA_OPENSSL=OFF",
    "-DLLAMA_BUILD_TESTS=OFF",
    "-DLLAMA_BUILD_EXAMPLES=OFF",
    "-DLLAMA_BUILD_APP=OFF",
    "-DLLAMA_BUILD_SERVER=ON",
    "-DLLAMA_BUILD_TOOLS=ON",
    "-DLLAMA_USE_PREBUILT_UI=OFF",
)


def build_key(version: str = SDIST_VERSION, flags: tuple[str, ...] = BUILD_FLAGS) -> str:
    """Cache key of a build: the source version plus a hash of the flags."""
    digest = hashlib.sha256(" ".join(flags).encode()).hexdigest()[:12]
    return f"{version}-{digest}"


def server_path(cache: Cache) -> Path:
    return cache.builds / build_key() / "llama-server"


def build_info(cache: Cache) -> dict | None:
    info = server_path(cache).parent / "build.json"
    return json.loads(info.read_text()) if info.is_file() else None


def configured_server(settings: Settings) -> Path | None:
    """`SUMMARIZER_LLAMA_SERVER` if set, else the cached build, else None."""
    if settings.llama_server:
        path = Path(settings.llama_server).expanduser()
        if not (path.is_file() and os.access(path, os.X_OK)):
            raise ModelError(f"SUMMARIZER_LLAMA_SERVER={settings.llama_server} is not an executable file; fix the path or unset it")
        return path
    path = server_path(Cache(settings.cache_dir))
    return path if path.is_file() else None


def _run(cmd: list[str], log, cwd: Path | None = None) -> None:
    log.write(f"$ {' '.join(cmd)}\n")
    log.flush()
    result = subprocess.run(cmd, cwd=cwd, stdout=log, stderr=subprocess.STDOUT)
    if result.returncode != 0:
        raise ModelError(f"`{' '.join(cmd[:3])} …` failed (exit {result.returncode}); see {log.name}")


def fetch_source(workdir: Path, log) -> Path:
    """Download the sdist and extract only its vendored llama.cpp tree; return that tree's path."""
    _run([sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:", "--disable-pip-version-check",
          "-d", str(workdir), f"{SDIST}=={SDIST_VERSION}"], log)
    archives = list(workdir.glob("llama_cpp_python-*.tar.gz"))
    if not archives:
        raise ModelError(f"pip did not leave a {SDIST} sdist in {workdir}; see {log.name}")
    with tarfile.open(archives[0]) as tar:
        prefix = f"llama_cpp_python-{SDIST_VERSION}/{VENDORED}/"
        members = [m for m in tar.getmembers() if m.name.startswith(prefix)]
        tar.extractall(workdir, members=members, filter="data")
    return workdir / prefix.rstrip("/")


def build_server(settings: Settings, say=print) -> Path:
    """Build llama-server once per (source version, flags); a second call does no work."""
    if settings.llama_server:
        path = configured_server(settings)
        say(f"server: using SUMMARIZER_LLAMA_SERVER={path}")
        assert path is not None
        return path
    cache = Cache(settings.cache_dir)
    target = server_path(cache)
    if target.is_file():
        say(f"server: {target} already built, nothing to do")
        return target
    if shutil.which("cmake") is None:
        raise ModelError("cmake is not installed; install it (`apt-get install cmake` or `pip install cmake`) and run `summarize model prepare` again")
    target.parent.mkdir(parents=True, exist_ok=True)
    log_path = cache.logs / f"build-{build_key()}.log"
    jobs = str(os.cpu_count() or 2)
    say(f"server: building llama-server from {SDIST} {SDIST_VERSION} (several minutes; log: {log_path})")
    with tempfile.TemporaryDirectory(prefix="summarizer-build-") as tmp, open(log_path, "w") as log:
        src = fetch_source(Path(tmp), log)
        build = Path(tmp) / "build"
        _run(["cmake", "-S", str(src), "-B", str(build), *BUILD_FLAGS], log)
        _run(["cmake", "--build", str(build), "--target", "llama-server", "-j", jobs], log)
        built = build / "bin" / "llama-server"
        if not built.is_file():
            raise ModelError(f"the build finished but left no llama-server binary; see {log_path}")
        staging = target.with_suffix(".tmp")
        shutil.copy2(built, staging)
        staging.replace(target)
    (target.parent / "build.json").write_text(
        json.dumps({"source": f"{SDIST}=={SDIST_VERSION}", "flags": list(BUILD_FLAGS)}, indent=2) + "\n"
    )
    say(f"server: built {target}")
    return target
