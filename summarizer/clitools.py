"""What every command shares: one-line errors with the right exit code."""

from __future__ import annotations

import sys
from typing import NoReturn

import click

from .errors import SummarizerError, UsageError
from .secrets import scrub

EXIT_FAILED = 1  # some work failed; the rest was written
EXIT_USAGE = 2  # a flag, an argument or a setting is wrong
EXIT_INTERRUPTED = 130  # Ctrl-C


def fail(exc: SummarizerError) -> NoReturn:
    """Print the error as one line, with any configured key scrubbed, and exit."""
    click.echo(f"error: {scrub(str(exc))}", err=True)
    sys.exit(EXIT_USAGE if isinstance(exc, UsageError) else EXIT_FAILED)
