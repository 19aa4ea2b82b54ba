"""An output directory is a store that accumulates.

    out/articles/<stem>-<sha256[:12]>.json   one record per article, keyed by its content hash
    out/state.json, out/brief.md, out/brief.html   rebuilt from every record in the store, not only this run's
    out/errors.json   the failures of the last run

Records live in their own folder, so no article name can collide with the run's own files; two inputs with the
same file name in different folders differ in content, hence in name. A newer version of the same source file
replaces the older record. A failed or partial run never shrinks the merged state.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import tempfile
from pathlib import Path

from .contract import ArticleState
from .errors import UsageError

ARTICLES = "articles"
RUN_FILES = ("state.json", "brief.md", "brief.html", "errors.json")


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomic(path: Path, text: str) -> None:
    """Write via a temp file and rename, so a killed run never leaves half a file; the file honours the umask."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def record_name(article_path: str, sha256: str) -> str:
    stem = re.sub(r"[^\w.-]+", "_", Path(article_path).stem)[:80] or "article"
    return f"{stem}-{sha256[:12]}.json"


class Store:
    def __init__(self, root: Path):
        self.root = Path(root)

    @property
    def articles_dir(self) -> Path:
        return self.root / ARTICLES

    def check_writable(self) -> None:
        """Fail before any model call when the directory cannot be written."""
        try:
            if self.root.exists() and not self.root.is_dir():
                raise UsageError(f"--out {self.root} is a file, not a directory; choose another --out")
            self.articles_dir.mkdir(parents=True, exist_ok=True)
            fd, probe = tempfile.mkstemp(dir=self.articles_dir, prefix=".probe-")
            os.close(fd)
            os.unlink(probe)
        except UsageError:
            raise
        except OSError as exc:
            raise UsageError(f"--out {self.root} is not writable ({exc.strerror}); choose another --out") from None

    def path_for(self, article_path: str, sha256: str) -> Path:
        return self.articles_dir / record_name(article_path, sha256)

    def load(self, path: Path) -> ArticleState | None:
        try:
            return ArticleState.model_validate_json(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def finished(self, article_path: str, sha256: str, model: str, prompt_version: str) -> ArticleState | None:
        """The record of an article already done with the same content, model and prompt version."""
        state = self.load(self.path_for(article_path, sha256))
        if state and state.article.sha256 == sha256 and state.run.model == model and state.run.prompt_version == prompt_version:
            return state
        return None

    def put(self, state: ArticleState) -> Path:
        """Write an article's record; an older record of the same source file is replaced."""
        path = self.path_for(state.article.path, state.article.sha256)
        write_atomic(path, state.model_dump_json(indent=2) + "\n")
        if state.article.path not in ("-", "<stdin>", "<text>"):
            for other in self.articles_dir.glob("*.json"):
                if other != path and (old := self.load(other)) and old.article.path == state.article.path:
                    other.unlink(missing_ok=True)
        return path

    def states(self) -> dict[str, ArticleState]:
        """Every record in the store, one per article content, by record name."""
        out: dict[str, ArticleState] = {}
        seen: set[str] = set()
        for path in sorted(self.articles_dir.glob("*.json")):
            state = self.load(path)
            if state and state.article.sha256 not in seen:
                seen.add(state.article.sha256)
                out[path.name] = state
        return out

    def write_errors(self, failures: list[dict]) -> None:
        path = self.root / "errors.json"
        if failures:
            write_atomic(path, json.dumps(failures, indent=2, ensure_ascii=False) + "\n")
        else:
            path.unlink(missing_ok=True)
