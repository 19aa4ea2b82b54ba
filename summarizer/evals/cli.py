"""`summarize eval` and `summarize compare`: thin commands over the eval library."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from ..clitools import EXIT_FAILED, fail
from ..errors import SummarizerError, UsageError
from ..settings import Settings
from . import report as rep
from .cases import load_cases
from .gate import baseline_from, baseline_path, gate, load_baseline
from .runner import evaluate, load_report


@click.command("eval")
@click.option("--model", "-m", "models", multiple=True, help="Model to score; give twice to compare two models")
@click.option("--cases", "cases_dir", type=click.Path(file_okay=False), help="Directory of case YAML files [evals/cases]")
@click.option("--cassettes", "cassettes_dir", type=click.Path(file_okay=False),
              help="Directory of recorded answers [cassettes/; env SUMMARIZER_CASSETTES_DIR]")
@click.option("--split", "splits", multiple=True, type=click.Choice(["dev", "test", "seed"]), help="Only these splits")
@click.option("--repeat", default=1, show_default=True, type=click.IntRange(min=1), help="Runs per case (live), to measure noise")
@click.option("--out", "out_dir", default="eval-out", show_default=True, type=click.Path(file_okay=False))
@click.option("--live", is_flag=True, help="Call the model instead of replaying cassettes")
@click.option("--baseline", "baseline_dir", type=click.Path(file_okay=False), help="Directory of baselines [evals/baselines]")
@click.option("--no-baseline", is_flag=True, help="Report only; do not gate against a baseline")
@click.option("--update-baseline", is_flag=True, help="Write this run's figures as the model's baseline")
def eval_cmd(models, cases_dir, cassettes_dir, splits, repeat, out_dir, live, baseline_dir, no_baseline, update_baseline):
    """Score outputs against hand-written expected answers, field by field, per split (dev, test, seed).

    Replays the recorded answers unless --live. Fails when a case fails and, replaying, when any figure differs
    from the model's baseline in evals/baselines/ (rewrite it on purpose with --update-baseline).
    """
    try:
        if update_baseline and splits:
            raise UsageError("--update-baseline writes every split's figures: run it without --split")
        cases = load_cases(Path(cases_dir) if cases_dir else None)
        if splits:
            cases = [c for c in cases if c.split in splits]
        failed = False
        for model in models or (None,):
            settings = Settings.load(model=model, cassettes_dir=cassettes_dir)
            report = evaluate(cases, settings, live=live, repeat=repeat)
            target = Path(out_dir) if len(models) < 2 else Path(out_dir) / settings.model.replace("/", "-")
            base_file = baseline_path(settings.model, Path(baseline_dir) if baseline_dir else None)
            if update_baseline:
                base_file.parent.mkdir(parents=True, exist_ok=True)
                base_file.write_text(json.dumps(baseline_from(report), indent=2) + "\n", encoding="utf-8")
                report.problems = [f"case {c.case} failed: {c.error}" for c in report.cases if not c.ok]
            elif not no_baseline:
                report.problems = gate(report, load_baseline(base_file), base_file)
            else:
                report.problems = [f"case {c.case} failed: {c.error}" for c in report.cases if not c.ok]
            rep.write(report, target)
            click.echo(f"== {report.model} ({report.mode}) -> {target}/report.md, {target}/report.html")
            click.echo(rep.compact(report))
            if update_baseline:
                click.echo(f"baseline written to {base_file}")
            for p in report.problems:
                click.echo(f"gate: {p}", err=True)
            failed = failed or bool(report.problems)
        if failed:
            sys.exit(EXIT_FAILED)
    except SummarizerError as exc:
        fail(exc)


@click.command("compare")
@click.argument("report_a", type=click.Path(exists=True, dir_okay=False))
@click.argument("report_b", type=click.Path(exists=True, dir_okay=False))
def compare_cmd(report_a, report_b):
    """Compare two report.json files: F1 per split and field, B minus A."""
    a, b = load_report(Path(report_a)), load_report(Path(report_b))
    click.echo(f"A = {a.model} ({a.mode}), B = {b.model} ({b.mode})")
    click.echo(f"{'split':<6} {'field':<18} {'A':>7} {'B':>7} {'B-A':>7}")
    for group in ("dev", "test", "seed", "all"):
        if group not in a.groups or group not in b.groups:
            continue
        ga, gb = a.groups[group], b.groups[group]
        rows = [("micro-F1", ga.micro_f1, gb.micro_f1)] + [(f, ga.fields[f].f1, gb.fields[f].f1) for f in ga.fields]
        for name, va, vb in rows:
            diff = f"{vb - va:+7.3f}" if va is not None and vb is not None else "    n/a"
            click.echo(f"{group:<6} {name:<18} {rep._num(va):>7} {rep._num(vb):>7} {diff}")
