# Fresh machine: `make demo` (set up, prepare the embedded model, summarize seeds/) and `make test`.
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
BIG := local/qwen2.5-coder-1.5b
SMALL := local/qwen2.5-coder-0.5b
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: setup cmake browser demo test test-offline test-browser test-live eval record bench clean

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --disable-pip-version-check -e '.[test]'
	touch $(STAMP)

setup: $(STAMP)

# llama-server is built with cmake: take it from PyPI into the venv when the machine has none
cmake: setup
	@command -v cmake >/dev/null || $(BIN)/pip install -q --disable-pip-version-check cmake

# the browser tests drive Debian's headless Chromium (Playwright cannot download its own here)
browser:
	@command -v chromium-headless-shell >/dev/null || command -v chromium >/dev/null || \
	  ($(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium-headless-shell >/dev/null)

# the main job on the embedded model (prepares it once; later runs reuse ~/.cache/summarizer)
demo: cmake
	PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/summarize model prepare $(BIG)
	$(BIN)/summarize seeds/*.txt --out out

# what CI runs: offline tests, types, the eval gate of both models, the pages in a browser, then live tests
test: test-offline test-browser test-live

test-offline: setup
	$(BIN)/python -m pytest -q
	$(BIN)/mypy
	$(BIN)/summarize eval --out eval-out
	$(BIN)/summarize eval --model $(SMALL) --out eval-out-small

test-browser: setup browser
	$(BIN)/python -m pytest -q -m browser

test-live: cmake
	PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/summarize model prepare $(SMALL)
	$(BIN)/python -m pytest -q -m live

eval: setup
	$(BIN)/summarize eval --out eval-out

record: cmake
	PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/summarize model prepare $(BIG)
	PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/summarize model prepare $(SMALL)
	$(BIN)/summarize record

bench: setup
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) out eval-out eval-out-small
