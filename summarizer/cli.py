"""Command line: a thin layer over the library. `summarize PATH...` runs the main job.

Exit codes: 0 every article written; 1 some failed (each listed, and in errors.json; the others are written);
2 usage error; 130 interrupted (Ctrl-C); 128+N stopped by signal N (SIGTERM, SIGHUP).
"""

from __future__ import annotations

import json
import signal
import sys
import warnings
from pathlib import Path

import click

from . import api
from .clitools import EXIT_FAILED, EXIT_INTERRUPTED, fail
from .errors import SummarizerError
from .settings import DEFAULT_MODEL, Settings

LOCAL_MODELS = ("local/qwen2.5-coder-1.5b", "local/qwen2.5-coder-0.5b")


class DefaultGroup(click.Group):
    """`summarize PATH...` means `summarize run PATH...`."""

    def parse_args(self, ctx, args):
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h", "--version"):
            args = ["run", *args]
        return super().parse_args(ctx, args)


def _one_line_warning(message, category, filename, lineno, line=None) -> str:
    return f"warning: {message}\n"


warnings.formatwarning = _one_line_warning


def _stop_on_signals() -> None:
    """SIGTERM and SIGHUP end the run like Ctrl-C does: the `with` blocks unwind and stop llama-server."""
    def handler(signum, _frame):
        raise SystemExit(128 + signum)

    for sig in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, handler)


@click.group(cls=DefaultGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="summarizer")
def main():
    """Turn news articles about negotiations into validated, grounded negotiation-state records.

    Run `summarize PATH...` to summarize articles (`-` reads standard input); `summarize eval` to score;
    `summarize model prepare` first to make the embedded model ready.
    """


def _progress(total: int):
    """A progress bar on a terminal, and a way to print lines without breaking it."""
    if not sys.stderr.isatty() or total < 2:
        return None, None, lambda msg: click.echo(msg, err=True)
    from tqdm import tqdm

    bar = tqdm(total=total, unit="article", file=sys.stderr)
    return bar, lambda _path: bar.update(1), lambda msg: tqdm.write(msg, file=sys.stderr)


POSITIVE = click.FloatRange(min=0, min_open=True)


@main.command("run")
@click.argument("paths", nargs=-1, required=True)
@click.option("--model", "-m", help="provider/model, e.g. local/qwen2.5-coder-1.5b, openai/gpt-4o-mini [env SUMMARIZER_MODEL]")
@click.option("--base-url", help="Any OpenAI-compatible endpoint, e.g. http://127.0.0.1:8080/v1 [env SUMMARIZER_BASE_URL]")
@click.option("--out", "-o", "out_dir", default="out", show_default=True, type=click.Path(),
              help="Output directory: a store that accumulates articles across runs")
@click.option("--format", "fmt", type=click.Choice(["all", "json", "md", "html", "jsonl"]), default="all", show_default=True,
              help="Which merged outputs to write; jsonl writes one article record per line to standard output instead")
@click.option("--resume", is_flag=True, help="Skip articles already stored with the same content, model and prompt")
@click.option("--replay", is_flag=True, help="Answer from the recorded cassettes instead of a live model")
@click.option("--cassettes", "cassettes_dir", type=click.Path(file_okay=False), help="Cassette directory for --replay")
@click.option("--concurrency", type=click.IntRange(min=1, max=256), help="Articles in flight at once [env SUMMARIZER_CONCURRENCY]")
@click.option("--timeout", type=POSITIVE, help="Seconds for one LLM request, retries included [env SUMMARIZER_TIMEOUT]")
@click.option("--run-timeout", type=POSITIVE, help="Seconds for the whole run [env SUMMARIZER_RUN_TIMEOUT]")
def run_cmd(paths, model, base_url, out_dir, fmt, resume, replay, cassettes_dir, concurrency, timeout, run_timeout):
    """Summarize articles into OUT/articles/, and rebuild OUT/state.json, brief.md and brief.html from all of them."""
    _stop_on_signals()
    jsonl = fmt == "jsonl"
    try:
        settings = Settings.load(model=model, base_url=base_url, concurrency=concurrency, timeout=timeout,
                                 run_timeout=run_timeout, cassettes_dir=cassettes_dir)
        bar, progress, say = _progress(len(paths))

        def emit(_path, state):
            if jsonl:
                click.echo(state.model_dump_json())

        try:
            result = api.summarize_files(list(paths), settings, out_dir=None if jsonl else Path(out_dir), formats=fmt,
                                         resume=resume, replay=replay, progress=progress, say=say, on_state=emit)
        finally:
            if bar:
                bar.close()
    except SummarizerError as exc:
        fail(exc)
    except KeyboardInterrupt:
        click.echo("interrupted; articles finished before the interrupt are stored", err=True)
        sys.exit(EXIT_INTERRUPTED)
    done = len(result.states)
    where = "standard output" if jsonl else f"{out_dir}/articles/"
    click.echo(f"wrote {done} article(s) to {where}" + (f" ({len(result.skipped)} unchanged, skipped)" if result.skipped else ""), err=True)
    if result.failures:
        click.echo(f"{len(result.failures)} article(s) failed" + ("" if jsonl else f" (details in {out_dir}/errors.json)") + ":", err=True)
        for f in result.failures:
            click.echo(f"  {f.error if f.error.startswith(f.path) else f'{f.path}: {f.error}'}", err=True)
        sys.exit(EXIT_FAILED)


@main.command("schema")
@click.argument("which", type=click.Choice(["article", "merged"]), default="merged")
def schema_cmd(which):
    """Print the JSON schema of one article's record (article) or of state.json (merged)."""
    click.echo(api.schema_json(which))


@main.command("record")
@click.argument("paths", nargs=-1)
@click.option("--model", "-m", multiple=True, help="Model(s) to record with (default: both local models)")
@click.option("--cassettes", "cassettes_dir", type=click.Path(file_okay=False), help="Cassette directory to write")
def record_cmd(paths, model, cassettes_dir):
    """Re-record cassettes live: every eval case and seed (or PATHS), with each model."""
    from .evals.record import record

    _stop_on_signals()
    try:
        for m in model or LOCAL_MODELS:
            result = record(list(paths) or None, Settings.load(model=m, cassettes_dir=cassettes_dir))
            click.echo(f"{m}: recorded {len(result.states)} cassette(s), {len(result.failures)} failure(s)", err=True)
            for f in result.failures:
                click.echo(f"  {f.path}: {f.error}", err=True)
    except SummarizerError as exc:
        fail(exc)


@main.command("cassettes")
def cassettes_cmd():
    """List cassettes that no eval case or seed uses."""
    from .evals.record import unused_cassettes

    unused = unused_cassettes(Settings.load())
    for path in unused:
        click.echo(str(path))
    click.echo(f"{len(unused)} unused cassette(s)", err=True)


@main.group("model")
def model_group():
    """Prepare, inspect and serve the embedded local models."""


@model_group.command("prepare")
@click.argument("model", default=DEFAULT_MODEL)
def prepare_cmd(model):
    """Download and verify MODEL's weights and build llama-server; a second run does nothing."""
    from .local import manage

    def bar(total, desc, unit):
        from tqdm import tqdm

        return tqdm(total=total, unit=unit, unit_scale=unit == "B", desc=desc, file=sys.stderr,
                    disable=not sys.stderr.isatty())

    try:
        status = manage.prepare(model, Settings.load(), progress_factory=bar, say=lambda m: click.echo(m, err=True))
    except SummarizerError as exc:
        fail(exc)
    click.echo(json.dumps(status, indent=2))


@model_group.command("status")
@click.option("--json", "as_json", is_flag=True, help="Print JSON")
def status_cmd(as_json):
    """Show each local model's file, hash check and server binary."""
    from .local import manage

    try:
        records = manage.status(Settings.load())
    except SummarizerError as exc:
        fail(exc)
    if as_json:
        click.echo(json.dumps(records, indent=2))
        return
    for r in records:
        mark = "verified" if r["verified"] else "not prepared"
        click.echo(f"{r['model']}: {mark}; file {r['path'] or '-'}; server {r['server'] or '-'}")


@model_group.command("serve")
@click.argument("model", default=DEFAULT_MODEL)
@click.option("--port", type=click.IntRange(min=1, max=65535), help="Port (default: a free one)")
def serve_cmd(model, port):
    """Run llama-server for MODEL in the foreground (Ctrl-C stops it). Point runs at it with --base-url."""
    from .local import manage
    from .local.cache import Cache
    from .local.registry import get_model
    from .local.server import LlamaServer

    _stop_on_signals()
    try:
        settings = Settings.load()
        m = get_model(model)
        with LlamaServer(manage.server_binary(settings), manage.gguf_for(m, settings), logs=Cache(settings.cache_dir).logs,
                         port=port, context=settings.context, threads=settings.threads,
                         start_timeout=settings.server_start_timeout) as server:
            click.echo(f"serving local/{m.name} at {server.base_url} (log: {server.log_path}); use it with "
                       f"`summarize PATH --model local/{m.name} --base-url {server.base_url}`; Ctrl-C to stop", err=True)
            try:
                assert server.process is not None
                server.process.wait()
            except KeyboardInterrupt:
                pass
    except SummarizerError as exc:
        fail(exc)


def _register_eval_commands() -> None:
    from .evals import cli as eval_cli

    main.add_command(eval_cli.eval_cmd)
    main.add_command(eval_cli.compare_cmd)


_register_eval_commands()


if __name__ == "__main__":  # `python -m summarizer.cli`
    main()
