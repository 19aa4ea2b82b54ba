"""Benchmark: one command, prints figures. Not a test: nothing here passes or fails.

    python bench/run.py [--model local/qwen2.5-coder-1.5b] [--skip-live] [--skip-throughput]

Prints, for the embedded model on this machine: per seed article the prompt tokens of the raw and the cleaned
article, output tokens, LLM calls, wall time, prompt-cache reuse, and the floor (prompt tokens processed / measured
prompt speed + output tokens / measured generation speed) with wall/floor; the five seeds' total including server
start; peak memory; what cleaning removes from seed 004; the time to replay every eval case; and throughput
against a slow (200 ms) OpenAI-compatible server for 100 articles at concurrency 1, 8 and 32.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import platform
import re
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
from summarizer.evals.runner import run_cases  # noqa: E402
from summarizer.llm import Client  # noqa: E402
from summarizer.pipeline import extract  # noqa: E402
from summarizer.providers import resolve  # noqa: E402
from summarizer.settings import Settings  # noqa: E402

SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
TIMING = re.compile(r"prompt eval time =\s*([\d.]+) ms /\s*(\d+) tokens.*")
EVAL = re.compile(r"\s eval time =\s*([\d.]+) ms /\s*(\d+) tokens")


def post(url: str, body: dict, timeout: float = 600) -> dict:
    req = urllib.request.Request(url, json.dumps(body).encode(), {"content-type": "application/json"})
    with urllib.request.urlopen(req, timeout=timeout) as resp:
        return json.loads(resp.read())


def tokens(server_root: str, text: str) -> int:
    return len(post(f"{server_root}/tokenize", {"content": text})["tokens"])


def server_timings(log: Path, since: int) -> tuple[int, float, int, float]:
    """(prompt tokens processed, prompt ms, generated tokens, generation ms) logged after byte `since`."""
    text = log.read_text(errors="replace")[since:]
    p = [(float(m.group(1)), int(m.group(2))) for m in TIMING.finditer(text)]
    g = [(float(m.group(1)), int(m.group(2))) for m in EVAL.finditer(text)]
    return sum(n for _, n in p), sum(ms for ms, _ in p), sum(n for _, n in g), sum(ms for ms, _ in g)


def calibrate(base: str) -> tuple[float, float]:
    """Prompt and generation speed of this server, measured with plain completions (no grammar)."""
    filler = " ".join(f"word{i}" for i in range(400))
    r = post(f"{base}/completion", {"prompt": filler, "n_predict": 1, "cache_prompt": False})
    prompt_speed = r["timings"]["prompt_per_second"]
    r = post(f"{base}/completion", {"prompt": "Count from one to one hundred in words:", "n_predict": 128,
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
    from summarizer.local.registry import get_model
    from summarizer.local.server import LlamaServer

    settings = Settings.load(model=model)
    m = get_model(model)
    t0 = time.monotonic()
    server = LlamaServer(manage.server_binary(), manage.gguf_for(m), context=settings.context, threads=settings.threads)
    server.start()
    start_s = time.monotonic() - t0
    try:
        root = server.base_url[:-3]
        prompt_speed, gen_speed = calibrate(root)
        print(f"\n== embedded model {model}: server start {start_s:.1f} s; measured prompt {prompt_speed:.1f} tok/s, "
              f"generation {gen_speed:.1f} tok/s ({settings.threads} threads)")
        client = Client(resolve(model, server.base_url), settings)
        print(f"{'seed':<26}{'raw tok':>8}{'clean tok':>10}{'prompt':>8}{'cached':>8}{'out':>6}{'calls':>6}"
              f"{'wall s':>8}{'floor s':>8}{'wall/floor':>11}")
        total = start_s
        for seed in SEEDS:
            article = read_article(seed)
            raw_tok, clean_tok = tokens(root, article.text), tokens(root, article.cleaned)
            since = server.log_path.stat().st_size
            t = time.monotonic()
            state = asyncio.run(extract(article, client, settings.chunk_chars))
            wall = time.monotonic() - t
            total += wall
            processed, _, generated, _ = server_timings(server.log_path, since)
            cached = state.run.input_tokens - processed
            floor = processed / prompt_speed + state.run.output_tokens / gen_speed
            print(f"{seed.name[:25]:<26}{raw_tok:>8}{clean_tok:>10}{state.run.input_tokens:>8}{cached:>8}"
                  f"{state.run.output_tokens:>6}{state.run.llm_calls:>6}{wall:>8.1f}{floor:>8.1f}{wall / floor:>11.2f}")
        print(f"five seeds including server start: {total:.1f} s")
        print(f"peak memory: llama-server {peak_rss_kb(server.process.pid) / 1024:.0f} MiB, "
              f"python {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")
        body = (ROOT / "bench/seed004_body.txt").read_text(encoding="utf-8")
        a = read_article(ROOT / "seeds/004_ea4d6327575b8d82.txt")
        raw, clean, true = tokens(root, a.text), tokens(root, a.cleaned), tokens(root, body)
        removed = (raw - clean) / max(raw - true, 1)
        print(f"cleaning seed 004: raw {raw} tokens, cleaned {clean}, article body {true}: "
              f"removed {removed:.0%} of the {raw - true} non-article tokens")
    finally:
        server.stop()


def replay() -> None:
    cases = load_cases()
    t = time.monotonic()
    records = run_cases(cases, Settings.load(), live=False)
    print(f"\n== replaying all {len(records)} eval cases from cassettes: {time.monotonic() - t:.2f} s")


def slow_server(delay: float):
    """The 200 ms server in its own process, so it does not share this process's CPU time with the tool."""
    import subprocess

    proc = subprocess.Popen([sys.executable, "-m", "tests.support.fault_server", "--delay", str(delay), "--seconds", "120"],
                            cwd=ROOT, stdout=subprocess.PIPE, text=True)
    return proc, proc.stdout.readline().strip()


def throughput() -> None:
    print("\n== throughput against a 200 ms OpenAI-compatible server on 127.0.0.1 (own process), 100 articles")
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for i in range(100):
            p = Path(tmp) / f"a{i:03d}.txt"
            p.write_text(f"Delegations {i} met in Geneva on Monday to discuss a ceasefire and prisoner exchanges.\n")
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", default="local/qwen2.5-coder-1.5b")
    parser.add_argument("--skip-live", action="store_true")
    parser.add_argument("--skip-throughput", action="store_true")
    args = parser.parse_args()
    print(f"machine: {platform.machine()}, {platform.processor() or 'cpu'}, "
          f"{len(__import__('os').sched_getaffinity(0))} cores; {time.strftime('%Y-%m-%d')}")
    if not args.skip_live:
        live(args.model)
    replay()
    if not args.skip_throughput:
        throughput()


if __name__ == "__main__":
    main()
