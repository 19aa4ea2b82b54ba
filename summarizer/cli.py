"""Command line: a thin layer over the library. `summarize PATH...` runs the main job."""

from __future__ import annotations

import json
import sys
import warnings
from pathlib import Path

import click

from . import api
from .errors import SummarizerError, UsageError
from .settings import Settings


class DefaultGroup(click.Group):
    """`summarize PATH...` means `summarize run PATH...`."""

    def parse_args(self, ctx, args):
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h", "--version"):
            args = ["run", *args]
        return super().parse_args(ctx, args)


def _one_line_warning(message, category, filename, lineno, line=None) -> str:
    return f"warning: {message}\n"


warnings.formatwarning = _one_line_warning


def fail(exc: SummarizerError) -> None:
    click.echo(f"error: {exc}", err=True)
    sys.exit(2 if isinstance(exc, UsageError) else 1)


@click.group(cls=DefaultGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="summarizer")
def main():
    """Turn news articles about negotiations into validated, grounded negotiation-state records.

    Run `summarize PATH...` to summarize articles; `summarize eval` to score; `summarize model prepare` first to
    make the embedded model ready.
    """


def _progress(total: int):
    """A progress bar on a terminal, and a way to print lines without breaking it."""
    if not sys.stderr.isatty() or total < 2:
        return None, None, lambda msg: click.echo(msg, err=True)
    from tqdm import tqdm

    bar = tqdm(total=total, unit="article", file=sys.stderr)
    return bar, lambda _path: bar.update(1), lambda msg: tqdm.write(msg, file=sys.stderr)


@main.command("run")
@click.argument("paths", nargs=-1, required=True)
@click.option("--model", "-m", help="provider/model, e.g. local/qwen2.5-coder-1.5b, openai/gpt-4o-mini [env SUMMARIZER_MODEL]")
@click.option("--base-url", help="Any OpenAI-compatible endpoint, e.g. http://127.0.0.1:8080/v1 [env SUMMARIZER_BASE_URL]")
@click.option("--out", "-o", "out_dir", default="out", show_default=True, type=click.Path(file_okay=False), help="Output directory")
@click.option("--format", "fmt", type=click.Choice(["json", "md", "html", "all"]), default="all", show_default=True)
@click.option("--resume", is_flag=True, help="Skip articles already written with the same content, model and prompt")
@click.option("--replay", is_flag=True, help="Answer from the committed cassettes instead of a live model")
@click.option("--concurrency", type=int, help="Articles in flight at once [env SUMMARIZER_CONCURRENCY]")
@click.option("--timeout", type=float, help="Seconds per LLM request [env SUMMARIZER_TIMEOUT]")
@click.option("--run-timeout", type=float, help="Seconds for the whole run [env SUMMARIZER_RUN_TIMEOUT]")
def run_cmd(paths, model, base_url, out_dir, fmt, resume, replay, concurrency, timeout, run_timeout):
    """Summarize articles: DIR/<stem>.json per article, plus state.json, brief.md and brief.html."""
    try:
        settings = Settings.load(model=model, base_url=base_url, concurrency=concurrency, timeout=timeout,
                                 run_timeout=run_timeout)
        bar, progress, say = _progress(len(paths))
        try:
            result = api.summarize_files(list(paths), settings, out_dir=Path(out_dir), formats=fmt, resume=resume,
                                         replay=replay, progress=progress, say=say)
        finally:
            if bar:
                bar.close()
    except SummarizerError as exc:
        fail(exc)
    out = Path(out_dir)
    done = len(result.states)
    click.echo(f"wrote {done} article(s) to {out}/" + (f" ({len(result.skipped)} unchanged, skipped)" if result.skipped else ""), err=True)
    if result.failures:
        click.echo(f"{len(result.failures)} article(s) failed (details in {out}/errors.json):", err=True)
        for f in result.failures:
            click.echo(f"  {f.error if f.error.startswith(f.path) else f'{f.path}: {f.error}'}", err=True)
        sys.exit(1)


@main.command("record")
@click.argument("paths", nargs=-1)
@click.option("--model", "-m", multiple=True, help="Model(s) to record with (default: both local models)")
def record_cmd(paths, model):
    """Re-record cassettes live: every eval case and seed (or PATHS), with each model."""
    try:
        for m in model or ("local/qwen2.5-coder-1.5b", "local/qwen2.5-coder-0.5b"):
            result = api.record(list(paths) or None, Settings.load(model=m))
            click.echo(f"{m}: recorded {len(result.states)} cassette(s), {len(result.failures)} failure(s)", err=True)
            for f in result.failures:
                click.echo(f"  {f.path}: {f.error}", err=True)
    except SummarizerError as exc:
        fail(exc)


@main.command("cassettes")
def cassettes_cmd():
    """List cassettes that no eval case or seed uses."""
    unused = api.unused_cassettes()
    for path in unused:
        click.echo(str(path))
    click.echo(f"{len(unused)} unused cassette(s)", err=True)


@main.group("model")
def model_group():
    """Prepare, inspect and serve the embedded local models."""


@model_group.command("prepare")
@click.argument("model", default="local/qwen2.5-coder-1.5b")
def prepare_cmd(model):
    """Download and verify MODEL's weights and build llama-server; a second run does nothing."""
    from .local import manage

    def bar(total, desc, unit):
        from tqdm import tqdm

        return tqdm(total=total, unit=unit, unit_scale=unit == "B", desc=desc, file=sys.stderr,
                    disable=not sys.stderr.isatty())

    try:
        status = manage.prepare(model, progress_factory=bar, say=lambda m: click.echo(m, err=True))
    except SummarizerError as exc:
        fail(exc)
    click.echo(json.dumps(status, indent=2))


@model_group.command("status")
@click.option("--json", "as_json", is_flag=True, help="Print JSON")
def status_cmd(as_json):
    """Show each local model's file, hash check and server binary."""
    from .local import manage

    records = manage.status()
    if as_json:
        click.echo(json.dumps(records, indent=2))
        return
    for r in records:
        mark = "verified" if r["verified"] else "not prepared"
        click.echo(f"{r['model']}: {mark}; file {r['path'] or '-'}; server {r['server'] or '-'}")


@model_group.command("serve")
@click.argument("model", default="local/qwen2.5-coder-1.5b")
@click.option("--port", type=int, help="Port (default: a free one)")
def serve_cmd(model, port):
    """Run llama-server for MODEL in the foreground (Ctrl-C stops it)."""
    from .local import manage
    from .local.registry import get_model
    from .local.server import LlamaServer

    settings = Settings.load()
    try:
        m = get_model(model)
        with LlamaServer(manage.server_binary(), manage.gguf_for(m), port=port, context=settings.context,
                         threads=settings.threads) as server:
            click.echo(f"serving local/{m.name} at {server.base_url} (log: {server.log_path}); Ctrl-C to stop", err=True)
            try:
                server.process.wait()
            except KeyboardInterrupt:
                pass
    except SummarizerError as exc:
        fail(exc)


def _register_optional():
    from .evals import cli as eval_cli

    main.add_command(eval_cli.eval_cmd)
    main.add_command(eval_cli.compare_cmd)


_register_optional()
