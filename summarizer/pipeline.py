"""One article in, one validated, grounded ArticleState out.

Read and clean → find the publication date → three focused LLM calls that share the article as a prompt prefix
(so llama-server's prompt cache makes the second and third cheap) → post-process in code.
"""

from __future__ import annotations

import asyncio
import time

from . import aliases, dates, prompts
from .articles import Article
from .llm import Client, Usage
from .postprocess import Collected, add_actors, add_events, add_positions
from .schemas import ActorsX, ArticleInfo, ArticleState, EventsX, PositionsX, RunRecord

PASS_MODELS = {"actors": ActorsX, "events": EventsX, "positions": PositionsX}


def messages(numbered: str, task: str) -> list[dict[str, str]]:
    """System rules, then the article, then the task: everything before the task is shared between calls."""
    return [
        {"role": "system", "content": prompts.render("system")},
        {"role": "user", "content": prompts.render("article", article=numbered) + "\n\n" + prompts.render(task)},
    ]


def chunks(sentences: list[tuple[int, int]], size: int) -> list[tuple[int, int]]:
    """Group sentences into runs of at most about `size` characters: (first, last) sentence numbers, from 1.

    Every sentence lands in exactly one chunk, so a long article is split, never cut.
    """
    out: list[tuple[int, int]] = []
    first, length = 1, 0
    for number, (start, end) in enumerate(sentences, start=1):
        if length and length + (end - start) > size:
            out.append((first, number - 1))
            first, length = number, 0
        length += end - start + 1
    if sentences:
        out.append((first, len(sentences)))
    return out


async def extract(article: Article, client: Client, chunk_chars: int = 12000) -> ArticleState:
    """Run the LLM passes over every chunk of the article and build its state."""
    started = time.monotonic()
    collected = Collected()
    dateline = dates.find_dateline(article.text.splitlines())
    published = dateline[0] if dateline else None
    if dateline:
        start = article.text.find(dateline[1])
        collected.dateline = (start, start + len(dateline[1]))
    collected.acronyms = aliases.acronyms(article.text)
    year_hint = published.year if published else dates.year_hint_from_text(article.cleaned)
    usage = Usage()
    pieces = chunks(article.sentences, chunk_chars)
    for first, last in pieces:
        numbered = article.numbered(first, last, hide=collected.dateline)
        # the passes are independent: send them together (a local server queues them and reuses the shared
        # article prefix from its prompt cache; a remote provider answers them in parallel)
        answers = await asyncio.gather(*(client.extract(model, messages(numbered, task))
                                         for task, model in PASS_MODELS.items()))
        (actors, u1), (events, u2), (positions, u3) = answers
        for used in (u1, u2, u3):
            usage.add(used)
        add_actors(article, actors, collected)
        add_events(article, events, collected, published, year_hint)
        add_positions(article, positions, collected)
    if not collected.parties:  # no party to any negotiation: nothing else can belong to one
        collected.clear("no party to a negotiation was found in the article")
    return ArticleState(
        article=ArticleInfo(path=article.path, sha256=article.sha256, title=article.title,
                            published=published.isoformat() if published else None),
        parties=collected.parties, people=collected.people, venues=collected.venues,
        dates=sorted(collected.dates, key=lambda d: (d.date is None, d.date or "")),
        demands=collected.demands, open_issues=collected.open_issues,
        summary=" ".join(collected.summaries[:1]) if len(pieces) == 1 else " ".join(collected.summaries[:3]),
        run=RunRecord(model=client.resolved.label, prompt_version=prompts.version(), input_tokens=usage.input_tokens,
                      output_tokens=usage.output_tokens, llm_calls=usage.calls,
                      seconds=round(time.monotonic() - started, 2), dropped=len(collected.dropped),
                      dropped_items=collected.dropped, chunks=len(pieces), warnings=article.warnings),
    )
