"""Keep API keys out of everything the tool writes: messages, errors.json, logs and cassettes.

Two nets: every key this process knows (the providers' key variables, and keys read from a key file) is replaced
wherever it appears, and anything shaped like a key or a bearer token is replaced too.
"""

from __future__ import annotations

import os
import re

KEY_VARIABLES = ("OPENAI_API_KEY", "ANTHROPIC_API_KEY", "SUMMARIZER_API_KEY")
KEY_SHAPES = re.compile(r"(sk-ant-[A-Za-z0-9_\-]{16,}|sk-[A-Za-z0-9_\-]{16,}|Bearer\s+[A-Za-z0-9._\-]{16,}|"
                        r"AIza[0-9A-Za-z_\-]{30,})")
MIN_KEY_LENGTH = 8  # shorter values ("no-key", "x") are not secrets and would scrub ordinary words
REPLACEMENT = "<scrubbed>"


_REGISTERED: set[str] = set()


def register(key: str) -> None:
    """A key this process uses (read from a key file, say): scrub it wherever it appears."""
    if key and len(key) >= MIN_KEY_LENGTH:
        _REGISTERED.add(key)


def configured_keys() -> list[str]:
    keys = {os.environ.get(v, "") for v in KEY_VARIABLES} | _REGISTERED
    return sorted((k for k in keys if len(k) >= MIN_KEY_LENGTH), key=len, reverse=True)


def scrub(text: str, extra: list[str] | None = None) -> str:
    """`text` with every configured key (and `extra` secrets) and anything shaped like a key replaced."""
    if not text:
        return text
    for key in [*(extra or []), *configured_keys()]:
        if key and len(key) >= MIN_KEY_LENGTH:
            text = text.replace(key, REPLACEMENT)
    return KEY_SHAPES.sub(REPLACEMENT, text)
