"""Benchmark: one command, prints figures. Not a test: nothing here passes or fails.

    python bench/run.py [--model local/qwen2.5-coder-1.5b] [--skip-live] [--skip-throughput]

For the embedded model on this machine: per seed, prompt tokens (new and served from the prompt cache), output
tokens, LLM calls, wall time and the floor (new prompt tokens / prompt speed + output tokens / generation speed,
both speeds measured in this run), and wall/floor; the five seeds' total including server start; peak memory;
quality of the recorded answers on the frozen test split; the time to replay every eval case; and throughput
against a slow (200 ms) OpenAI-compatible server. The load average is printed first: a figure taken on a busy
machine is not a figure. The last lines are `name: value`, one per figure, for scripts.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import resource
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from summarizer import api  # noqa: E402
from summarizer.articles import read_article  # noqa: E402
from summarizer.evals.cases import load_cases  # noqa: E402
from summarizer.evals.runner import evaluate  # noqa: E402
from summarizer.llm import Client  # noqa: E402
from summarizer.pipeline import extract  # noqa: E402
from summarizer.providers import resolve  # noqa: E402
from summarizer.settings import Settings  # noqa: E402

SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
FIGURES: dict[str, str] = {}


def figure(name: str, value) -> None:
    FIGURES[name] = f"{value:.2f}" if isinstance(value, float) else str(value)


def post(url: str, body: dict, timeout: float = 600) -> dict:
    req = urllib.request.Request(url, json.dumps(body).encode(), {"content-type": "application/json"})
    with urllib.request.urlopen(req, timeout=timeout) as resp:
        return json.loads(resp.read())


def tokens(server_root: str, text: str) -> int:
    return len(post(f"{server_root}/tokenize", {"content": text})["tokens"])


def calibrate(root: str) -> tuple[float, float]:
    """Prompt and generation speed of this server, measured with plain completions (no grammar)."""
    filler = " ".join(f"word{i}" for i in range(400))
    r = post(f"{root}/completion", {"prompt": filler, "n_predict": 1, "cache_prompt": False})
    prompt_speed = r["timings"]["prompt_per_second"]
    r = post(f"{root}/completion", {"prompt": "Count from one to one hundred in words:", "n_predict": 128,
                                    "cache_prompt": False, "ignore_eos": True})
    return prompt_speed, r["timings"]["predicted_per_second"]


def peak_rss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def live(model: str) -> None:
    from summarizer.local import manage
    from summarizer.local.cache import Cache
    from summarizer.local.registry import get_model
    from summarizer.local.server import LlamaServer

    settings = Settings.load(model=model)
    m = get_model(model)
    t0 = time.monotonic()
    server = LlamaServer(manage.server_binary(settings), manage.gguf_for(m, settings), logs=Cache(settings.cache_dir).logs,
                         context=settings.context, threads=settings.threads, start_timeout=settings.server_start_timeout)
    server.start()
    start_s = time.monotonic() - t0
    try:
        root = server.base_url[:-3]
        prompt_speed, gen_speed = calibrate(root)
        print(f"\n== embedded model {model}: server start {start_s:.1f} s; measured prompt {prompt_speed:.1f} tok/s, "
              f"generation {gen_speed:.1f} tok/s ({settings.threads} threads)")
        client = Client(resolve(model, server.base_url), settings)
        print(f"{'seed':<26}{'raw tok':>8}{'clean tok':>10}{'prompt':>8}{'new':>6}{'cached':>8}{'out':>6}{'calls':>6}"
              f"{'wall s':>8}{'floor s':>8}{'wall/floor':>11}")
        total, outputs, ratios = start_s, [], []

        async def one(article):
            return await extract(article, client, settings.chunk_chars)

        loop = asyncio.new_event_loop()
        try:
            for seed in SEEDS:
                article = read_article(seed)
                raw_tok, clean_tok = tokens(root, article.text), tokens(root, article.cleaned)
                t = time.monotonic()
                run = loop.run_until_complete(one(article)).state.run
                wall = time.monotonic() - t
                total += wall
                new = run.input_tokens - run.cached_tokens
                floor = new / prompt_speed + run.output_tokens / gen_speed
                outputs.append(run.output_tokens)
                ratios.append(wall / floor)
                print(f"{seed.name[:25]:<26}{raw_tok:>8}{clean_tok:>10}{run.input_tokens:>8}{new:>6}{run.cached_tokens:>8}"
                      f"{run.output_tokens:>6}{run.llm_calls:>6}{wall:>8.1f}{floor:>8.1f}{wall / floor:>11.2f}")
                figure(f"wall/floor {seed.stem[:3]}", wall / floor)
            loop.run_until_complete(client.aclose())
        finally:
            loop.close()
        print(f"five seeds including server start: {total:.1f} s; output tokens per article: {sum(outputs) / len(outputs):.0f}")
        rss = peak_rss_kb(server.process.pid) / 1024 if server.process else 0
        print(f"peak memory: llama-server {rss:.0f} MiB, python {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")
        figure("five seeds s", total)
        figure("server start s", start_s)
        figure("output tokens per article", round(sum(outputs) / len(outputs)))
        figure("wall/floor max", max(ratios))
        figure("prompt tok/s", prompt_speed)
        figure("generation tok/s", gen_speed)
    finally:
        server.stop()


def quality(model: str) -> None:
    """The recorded answers of `model`, scored: what the speed figures were bought with."""
    t = time.monotonic()
    report = evaluate(load_cases(), Settings.load(model=model))
    took = time.monotonic() - t
    print(f"\n== quality of the recorded answers of {model} (replayed, {len(report.cases)} cases in {took:.1f} s)")
    for name in ("test", "dev", "seed"):
        g = report.groups[name]
        ci = f" [{g.micro_ci.low:.2f}, {g.micro_ci.high:.2f}]" if g.micro_ci else ""
        print(f"{name:<5} micro-F1 {g.micro_f1:.3f}{ci}; demands {g.fields['demands'].f1}, dates {g.fields['dates'].f1}, "
              f"output tokens per case {g.output_tokens / max(g.cases, 1):.0f}")
        figure(f"{name} micro-F1", g.micro_f1 or 0.0)
    figure("replay of all cases s", took)


def slow_server(delay: float):
    """The 200 ms server in its own process, so it does not share this process's CPU time with the tool."""
    import subprocess

    proc = subprocess.Popen([sys.executable, "-m", "tests.support.fault_server", "--delay", str(delay), "--seconds", "120"],
                            cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    return proc, proc.stdout.readline().strip()


def throughput() -> None:
    print("\n== throughput against a 200 ms OpenAI-compatible server on 127.0.0.1 (own process), 100 articles")
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for i in range(100):
            p = Path(tmp) / f"a{i:03d}.txt"
            p.write_text(f"Delegations of Sudan {i} met in Geneva on Monday to discuss a ceasefire and prisoner exchanges.\n")
            paths.append(str(p))
        for conc in (1, 8, 32):
            proc, base_url = slow_server(0.2)
            try:
                settings = Settings.load(model="bench-model", base_url=base_url, concurrency=conc, timeout=30)
                t = time.monotonic()
                result = api.summarize_files(paths, settings)
                wall = time.monotonic() - t
            finally:
                proc.terminate()
                proc.wait()
            calls = sum(s.run.llm_calls for s in result.states.values())
            print(f"concurrency {conc:>2}: {wall:6.2f} s, {len(result.states)} ok, {calls} LLM calls, "
                  f"{len(paths) / wall:6.1f} articles/s")
            figure(f"100 articles at concurrency {conc} s", wall)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", default="local/qwen2.5-coder-1.5b")
    parser.add_argument("--skip-live", action="store_true")
    parser.add_argument("--skip-throughput", action="store_true")
    args = parser.parse_args()
    load = os.getloadavg()
    print(f"machine: {platform.machine()}, {len(os.sched_getaffinity(0))} cores; {time.strftime('%Y-%m-%d %H:%M')}; "
          f"load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}" + ("  (busy: figures will be slow)" if load[0] > 0.5 else ""))
    figure("load average at start", load[0])
    if not args.skip_live:
        live(args.model)
    quality(args.model)
    if not args.skip_throughput:
        throughput()
    print("\n== figures")
    for name, value in FIGURES.items():
        print(f"{name}: {value}")


if __name__ == "__main__":
    main()
