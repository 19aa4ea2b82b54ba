# Fresh machine: `make demo` (set up, prepare the embedded model, summarize seeds/) and `make test`.
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup cmake demo test test-offline test-live eval record bench clean

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --disable-pip-version-check -e '.[test]'
	touch $(STAMP)

setup: $(STAMP)

# llama-server is built with cmake: take it from PyPI into the venv when the machine has none
cmake: setup
	@command -v cmake >/dev/null || $(BIN)/pip install -q --disable-pip-version-check cmake

# the main job on the embedded model (prepares it once; later runs reuse ~/.cache/summarizer)
demo: cmake
	PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/summarize model prepare local/qwen2.5-coder-1.5b
	$(BIN)/summarize seeds/*.txt --out out

# what CI runs: offline tests, the offline eval gate, then live tests on the 0.5B model
test: test-offline test-live

test-offline: setup
	$(BIN)/python -m pytest -q
	$(BIN)/summarize eval --out eval-out

test-live: cmake
	PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/summarize model prepare local/qwen2.5-coder-0.5b
	$(BIN)/python -m pytest -q -m live

eval: setup
	$(BIN)/summarize eval --out eval-out

record: cmake
	PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/summarize model prepare local/qwen2.5-coder-1.5b
	PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/summarize model prepare local/qwen2.5-coder-0.5b
	$(BIN)/summarize record

bench: setup
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) out eval-out
