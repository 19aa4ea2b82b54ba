"""Prompt files: rendering, a model's addendum, and the version that changes with them."""

import shutil

import pytest

from summarizer import prompts
from summarizer.errors import UsageError
from tests.conftest import ROOT

SMALL, BIG = "qwen2.5-coder-0.5b", "qwen2.5-coder-1.5b"


@pytest.fixture
def folder(tmp_path):
    shutil.copytree(ROOT / "prompts", tmp_path / "prompts")
    return tmp_path / "prompts"


def test_a_model_addendum_is_appended_to_its_task_only(folder):
    (folder / "models" / SMALL / "demands.md").write_text("Answer like {\"demands\":[]}\n")
    plain = prompts.render("demands", folder, BIG, language="", candidates="")
    small = prompts.render("demands", folder, SMALL, language="", candidates="")
    assert small.startswith(plain) and small.endswith('Answer like {"demands":[]}')
    assert prompts.render("demands", folder, f"local/{SMALL}", language="", candidates="") == small, "the provider is not part of it"
    assert prompts.render("system", folder, SMALL) == prompts.render("system", folder, BIG)


def test_the_version_changes_with_a_model_addendum_and_only_for_that_model(folder):
    before_small, before_big = prompts.version(folder, SMALL), prompts.version(folder, BIG)
    (folder / "models" / SMALL / "issues.md").write_text("one more line\n")
    prompts.addendum.cache_clear()
    prompts._version.cache_clear()
    assert prompts.version(folder, SMALL) != before_small
    assert prompts.version(folder, BIG) == before_big == prompts.version(folder)


def test_a_missing_variable_is_a_usage_error(folder):
    with pytest.raises(UsageError, match="needs the variable"):
        prompts.render("demands", folder, BIG)
