"""One error hierarchy. Every message says how to fix the problem."""


class SummarizerError(Exception):
    """Base class: the CLI prints the message as one line and exits non-zero."""


class UsageError(SummarizerError):
    """A flag, environment variable or argument is wrong."""


class InputError(SummarizerError):
    """An article cannot be read or holds no usable text."""


class ModelError(SummarizerError):
    """A local model or its server cannot be prepared or started."""


class ProviderError(SummarizerError):
    """The LLM provider refused or failed the request."""


class ExtractionError(SummarizerError):
    """The model kept answering with output that fails the schema."""

    def __init__(self, message: str, *, raw_output: str | None = None, attempts: int = 0):
        super().__init__(message)
        self.raw_output = raw_output
        self.attempts = attempts


class CassetteError(SummarizerError):
    """A recorded answer is missing or stale."""


class EvalError(SummarizerError):
    """An eval case file is broken, or the quality gate failed."""
