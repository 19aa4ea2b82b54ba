"""A wheel that works outside the checkout: prompts, templates and data are package data.

The wheel is built from this tree and installed with --no-deps into a fresh virtualenv; its dependencies come from
the test environment's site-packages (added as a path, so nothing is downloaded and no editable install leaks in).
Everything then runs from a directory outside the checkout.
"""

import json
import os
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEEDS


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                    "--disable-pip-version-check", str(ROOT), "-w", str(tmp / "dist")], check=True, capture_output=True)
    (wheel,) = (tmp / "dist").glob("summarizer-*.whl")
    venv = tmp / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    site = next((venv / "lib").glob("python*/site-packages"))
    (site / "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--disable-pip-version-check",
                    "--target", str(site), str(wheel)], check=True, capture_output=True)
    work = tmp / "work"
    work.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SUMMARIZER_", "PYTHON"))}
    env["SUMMARIZER_CACHE_DIR"] = str(tmp / "cache")
    return venv / "bin" / "python", work, env, wheel


def summarize(installed, *args):
    python, work, env, _ = installed
    return subprocess.run([str(python), "-c", "from summarizer.cli import main; main()", *args], cwd=work, env=env,
                          capture_output=True, text=True, timeout=600)


def test_the_wheel_holds_prompts_templates_data_and_the_type_marker(installed):
    import zipfile

    names = set(zipfile.ZipFile(installed[3]).namelist())
    for part in ("summarizer/prompts/system.md", "summarizer/prompts/demands.md",
                 "summarizer/prompts/models/qwen2.5-coder-0.5b/actors.md", "summarizer/evals/schema/case.schema.json", "summarizer/templates/brief.html.j2",
                 "summarizer/data/calendar.yaml", "summarizer/py.typed"):
        assert part in names


def test_the_installed_tool_runs_outside_the_checkout(installed):
    python, work, env, _ = installed
    where = subprocess.run([str(python), "-c", "import summarizer; print(summarizer.__file__, summarizer.__version__)"],
                           cwd=work, env=env, capture_output=True, text=True)
    assert str(ROOT) not in where.stdout and "site-packages" in where.stdout
    assert summarize(installed, "--help").returncode == 0


def test_a_run_against_a_loopback_server(installed, fault_server):
    result = summarize(installed, str(SEEDS[0]), "--model", "fault-model", "--base-url", fault_server.base_url,
                       "--out", "out")
    assert result.returncode == 0, result.stderr
    python, work, env, _ = installed
    state = json.loads((work / "out" / "state.json").read_text())
    assert state["articles"][0]["path"] == str(SEEDS[0])
    assert fault_server.requests, "the installed tool called the server"


def test_eval_with_cases_and_cassettes_directories(installed):
    result = summarize(installed, "eval", "--cases", str(ROOT / "evals/cases"), "--cassettes", str(ROOT / "cassettes"),
                       "--out", "eval-out", "--no-baseline", "--split", "seed")
    assert result.returncode == 0, result.stderr + result.stdout
    assert "micro-F1" in result.stdout
    assert Path(installed[1] / "eval-out" / "report.html").is_file()
