"""`summarize eval` and `summarize compare`."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from ..errors import SummarizerError
from ..settings import Settings
from . import report as rep
from .cases import EVALS, load_cases
from .runner import baseline_from, compare, evaluate, gate, load_report


@click.command("eval")
@click.option("--model", "-m", "models", multiple=True, help="Model to score; give twice to compare two models")
@click.option("--cases", "cases_dir", type=click.Path(file_okay=False), help="Directory of case YAML files [evals/cases]")
@click.option("--repeat", default=1, show_default=True, help="Runs per case, to measure run-to-run noise")
@click.option("--out", "out_dir", default="eval-out", show_default=True, type=click.Path(file_okay=False))
@click.option("--live", is_flag=True, help="Call the model instead of replaying cassettes")
@click.option("--fail-under", type=float, help="Fail when micro-F1 is below this")
@click.option("--baseline", type=click.Path(dir_okay=False), help="Baseline to gate against [evals/baseline.json]")
@click.option("--no-baseline", is_flag=True, help="Do not gate against a baseline")
@click.option("--update-baseline", is_flag=True, help="Write this run's scores as the new baseline")
def eval_cmd(models, cases_dir, repeat, out_dir, live, fail_under, baseline, no_baseline, update_baseline):
    """Score outputs against hand-written expected answers, field by field; replays cassettes unless --live."""
    from ..cli import fail

    try:
        cases = load_cases(Path(cases_dir) if cases_dir else None)
        reports = []
        for model in models or (None,):
            settings = Settings.load(model=model)
            report = evaluate(cases, settings, live=live, repeat=repeat)
            target = Path(out_dir) if len(models) < 2 else Path(out_dir) / settings.model.replace("/", "-")
            base_path = Path(baseline) if baseline else EVALS / "baseline.json"
            base = json.loads(base_path.read_text()) if base_path.is_file() and not no_baseline and not update_baseline else None
            problems = gate(report, base, fail_under)
            rep.write(report, target, problems)
            click.echo(f"== {report['model']} ({report['mode']}) → {target}/report.html")
            click.echo(rep.compact(report))
            if update_baseline:
                base_path.write_text(json.dumps(baseline_from(report), indent=2) + "\n")
                click.echo(f"baseline written to {base_path}")
            reports.append((report, problems))
        if len(reports) == 2:
            _print_compare(compare(reports[0][0], reports[1][0]))
        problems = [p for _, ps in reports for p in ps]
        if problems:
            for p in problems:
                click.echo(f"gate: {p}", err=True)
            sys.exit(1)
    except SummarizerError as exc:
        fail(exc)


def _print_compare(rows: list[dict]) -> None:
    click.echo(f"{'field':<12} {'A':>6} {'B':>6} {'B-A':>7} {'noise':>6}")
    for r in rows:
        mark = " *" if r["significant"] else ""
        click.echo(f"{r['field']:<12} {r['a']:>6.3f} {r['b']:>6.3f} {r['diff']:>+7.3f} {r['noise']:>6.3f}{mark}")
    click.echo("* difference beyond run-to-run noise (2 std of --repeat runs, at least 0.01)")


@click.command("compare")
@click.argument("report_a", type=click.Path(exists=True, dir_okay=False))
@click.argument("report_b", type=click.Path(exists=True, dir_okay=False))
def compare_cmd(report_a, report_b):
    """Compare two report.json files field by field."""
    _print_compare(compare(load_report(Path(report_a)), load_report(Path(report_b))))
