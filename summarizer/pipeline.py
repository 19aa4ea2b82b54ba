"""One article in, one validated, grounded ArticleState out.

Code reads the article first: clean text, numbered sentences, the publication date, every date expression.
The model then makes small decisions in up to four calls that share the article as a prompt prefix (so llama-server's
prompt cache serves the calls after the first): who takes part (actors); which date expressions are events of the
talks, with status and venue (events); which sentences hold demands and open issues, by which of the parties
found (positions); the last two only among the sentences code found holding a verb of asking, offering, refusing or
agreeing, or saying a question is open, and only when there are some. Code assembles the answer: names, dates,
quotes and the summary (the lede) are copied or resolved.
"""

from __future__ import annotations

import asyncio
import re
import datetime as dt
import time
import warnings
from dataclasses import dataclass

from . import candidates, dateline, dates, names, prompts, thresholds
from .answers import ActorsAnswer, demands_answer, events_answer, issues_answer
from .articles import Article, paragraphs
from .errors import ExtractionError
from .evidence import sentence_number_at
from .assemble import (Collected, Context, add_actors, add_bodies_that_move, add_events, add_parties_given_a_role,
                       add_states_that_move, add_parties_of_people, add_places_of_events,
                       add_positions, build, complete_the_sides, drop_venues_of_no_event, moves, raw_actors, raw_events,
                       raw_positions, settle_hosts, sides_by_exchange, sides_named_no_mediator, add_contested_issues,
                       add_said_stances,
                       fold_a_side_named_by_a_noun)
from .contract import ArticleInfo, ArticleState, RunRecord
from .llm import Client, Usage


LANGUAGES = {"en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian", "pt": "Portuguese",
             "pl": "Polish", "ru": "Russian", "uk": "Ukrainian", "zh": "Chinese", "ja": "Japanese"}


@dataclass
class Extraction:
    state: ArticleState
    raw: ArticleState  # the model's answers mapped to the contract without post-processing


def messages(numbered: str, task: str, directory: str | None = None, model: str | None = None,
             **variables: str) -> list[dict[str, str]]:
    """System rules, then the article, then the task: everything before the task is shared between calls."""
    return [
        {"role": "system", "content": prompts.render("system", directory)},
        {"role": "user", "content": prompts.render("article", directory, article=numbered) + "\n\n"
                                    + prompts.render(task, directory, model, **variables)},
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


def date_mentions(article: Article, exclude: tuple[int, int] | None) -> list[dates.Mention]:
    """Date expressions of the kept text, with offsets in the text as read; none inside the dateline or an editor's
    note."""
    found: list[dates.Mention] = []
    for at, line in paragraphs(article):
        for m in [] if dateline.an_editors_note(line) else dates.find_mentions(line, article.language):
            start, end = article.span_to_original(at + m.start, at + m.end)
            if exclude and exclude[0] <= start < exclude[1] or _a_wire_dateline(line, m.start, m.end):
                continue
            found.append(dates.Mention(**{**m.__dict__, "start": start, "end": end}))
    return found


# the place and agency around the date of a wire dateline that opens the lead ('Feb 3 (Reuters) -', 'KYIV, Feb 3
# (AP) —'): when the story was filed, whichever header line gave the publication date
_WIRE_PLACE = re.compile(r"^\s*(?:[A-ZÀ-ÞА-Я][\w'’.-]*\s*){0,3},?\s*$")
_WIRE_AGENCY = re.compile(r"^\s*\([^()\n]{1,40}\)\s*[-–—]")


# or a place in capitals and the date before a colon or a dash that opens the lead, with no agency ('DIMAPUR, MARCH 3:
# The latest round ...'; not 'MONDAY, MARCH 9 —' of a calendar, nor 'October 10, 2009 –' of a timeline)
_CAPITALS_PLACE = re.compile(r"^\s*(?!(?:MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)\b)"
                             r"[A-ZÀ-ÞА-Я][A-ZÀ-ÞА-Я'’.-]+(?:\s+[A-ZÀ-ÞА-Я][A-ZÀ-ÞА-Я'’.-]+){0,2},\s*$")
_LEAD_OPENS = re.compile(r"^\s*[-–—:]\s+\S")


def _a_wire_dateline(line: str, start: int, end: int) -> bool:
    return bool(_WIRE_PLACE.match(line[:start]) and _WIRE_AGENCY.match(line[end:])
                or _CAPITALS_PLACE.match(line[:start]) and _LEAD_OPENS.match(line[end:]))


def _date_list(article: Article, mentions: list[dates.Mention]) -> str:
    seen: dict[str, int | None] = {}
    for m in mentions:
        seen.setdefault(m.text, sentence_number_at(article, m.start))
    return "\n".join(f'"{text}" (sentence {n})' for text, n in seen.items())


def read_context(article: Article, today: dt.date | None = None) -> tuple[Context, dateline.Published | None]:
    """What code finds before the model is asked: the publication date, every date expression, the acronyms."""
    today = today or dt.date.today()
    published = dateline.find_published(article.text, article.language, today)
    span = (published.start, published.end) if published else None
    mentions = date_mentions(article, span)
    day = published.date if published else None
    ctx = Context(article=article, published=day, anchor=dates.Anchor(day, dates.year_hint(mentions, today), today),
                  mentions=mentions, acronyms=names.acronyms(article.text), dateline=span)
    return ctx, published


async def extract(article: Article, client: Client, chunk_chars: int = 12000, today: dt.date | None = None) -> Extraction:
    """Run the model's four calls over every chunk of the article and assemble its state."""
    started = time.monotonic()
    ctx, published = read_context(article, today)
    span, mentions = ctx.dateline, ctx.mentions
    out, raw, usage = Collected(), Collected(), Usage()
    lost: list[str] = []  # calls whose answer could not be used
    pieces = chunks(article.sentences, chunk_chars)
    hide = _sentence_span(article, span)
    folder = str(client.settings.prompts_dir) if client.settings.prompts_dir else None
    model_name = client.resolved.model
    for first, last in pieces:
        numbered = article.numbered(first, last, hide=hide)
        chunk_text = _text_of(article, first, last)
        hint = candidates.people(chunk_text, article.language) if article.script == "LATIN" else []
        names_line = f"People named in the article: {'; '.join(hint)}." if hint else ""
        names_line += f" Write every text in {LANGUAGES.get(article.language, 'the language of the article')}."
        actors, used = await client.extract(ActorsAnswer, messages(numbered, "actors", folder, model_name, names=names_line))
        usage.add(used)
        add_actors(ctx, actors, out)
        add_bodies_that_move(ctx, out)
        raw_actors(ctx, actors, raw)
        if not out.parties:
            continue
        texts = {n: _text_of(article, n, n) for n in range(first, last + 1)}
        in_chunk = dates_to_offer(article, mentions, texts)
        words = tuple(dict.fromkeys(m.text for m in in_chunk))  # each expression once, in reading order
        parties = tuple(p.name for p in out.parties)
        lang = f"Write every text in {LANGUAGES.get(article.language, 'the language of the article')}."
        calls = []
        if in_chunk:
            local = Context(**{**ctx.__dict__, "mentions": in_chunk})
            calls.append(("events", local, events_answer(words),
                          messages(numbered, "events", folder, model_name, dates=_date_list(article, in_chunk), language=lang)))
        asking = [n for n, text in texts.items() if moves.states_a_move(text, article.language)]
        if asking:  # the model picks among the sentences that hold a verb of asking, refusing, agreeing or offering
            calls.append(("demands", ctx, demands_answer(tuple(asking), parties),
                          messages(numbered, "demands", folder, model_name, language=lang,
                                   candidates=", ".join(map(str, asking)))))
        unresolved = [n for n, text in texts.items() if moves.says_unresolved(text)]
        if unresolved:  # and among those that say a question is still open
            calls.append(("issues", ctx, issues_answer(tuple(unresolved)),
                          messages(numbered, "issues", folder, model_name, language=lang,
                                   candidates=", ".join(map(str, unresolved)))))
        # the calls are independent: send them together (a local server queues them and reuses the shared article
        # prefix from its prompt cache; a remote provider answers them in parallel)
        answers = await asyncio.gather(*(client.extract(model, msgs) for _, _, model, msgs in calls),
                                       return_exceptions=True)
        for (task, local, _, _), result in zip(calls, answers):
            if isinstance(result, ExtractionError):  # one unusable answer costs its own items, not the article
                lost.append(f"{article.path}, sentences {first}-{last}: the {task} call gave no usable answer "
                            f"({result}); its items are missing")
                warnings.warn(lost[-1], stacklevel=2)
                continue
            if isinstance(result, BaseException):
                raise result
            answer, used = result
            usage.add(used)
            if task == "events":
                add_events(local, answer, out)
                raw_events(local, answer, raw)
            else:
                add_positions(local, answer, out)
                raw_positions(local, answer, raw)
    add_parties_of_people(ctx, out)
    add_parties_given_a_role(ctx, out)
    add_states_that_move(ctx, out)
    complete_the_sides(out)
    sides_by_exchange(out)
    sides_named_no_mediator(ctx, out)
    fold_a_side_named_by_a_noun(out)
    drop_venues_of_no_event(ctx, out)
    add_places_of_events(ctx, out)
    settle_hosts(out)
    add_contested_issues(ctx, out)
    add_said_stances(ctx, out)
    if not out.parties:
        out.clear("no party to a negotiation was found in the article")
    info = ArticleInfo(path=article.path, sha256=article.sha256, title=article.title,
                       published=ctx.published.isoformat() if ctx.published else None,
                       published_from=published.how if published else None, language=article.language)

    def record() -> RunRecord:
        return RunRecord(model=client.resolved.label, prompt_version=prompts.version(folder, model_name), input_tokens=usage.input_tokens,
                         cached_tokens=usage.cached_tokens, output_tokens=usage.output_tokens, llm_calls=usage.calls,
                         seconds=round(time.monotonic() - started, 2), chunks=len(pieces), warnings=[*article.warnings, *lost])

    return Extraction(build(ctx, out, info, record()), build(ctx, raw, info, record()))


def dates_to_offer(article: Article, mentions: list[dates.Mention], texts: dict[int, str]) -> list[dates.Mention]:
    """The date words the model is asked about: those in a sentence of the chunk (`texts`: number -> text) that
    speaks of an event of the talks, the first MAX_DATE_MENTIONS of them. A year alone ('in 2018', 'the 2015 deal')
    dates no event of a timeline: it names the background, and is not offered."""
    offered = [m for m in mentions if m.kind != "year" and (n := _sentence_of(article, m.start)) in texts
               and moves.about_an_event(texts[n])]
    return offered[: thresholds.MAX_DATE_MENTIONS]


def _text_of(article: Article, first: int, last: int) -> str:
    return "\n".join(article.text[a:b] for a, b in article.sentences[first - 1:last])


def _sentence_of(article: Article, pos: int) -> int:
    return sentence_number_at(article, pos) or 0


def _sentence_span(article: Article, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """The dateline's whole sentence when it is a line of its own (metadata code reads, not a story event)."""
    if span is None:
        return None
    n = sentence_number_at(article, span[0])
    if n is None:
        return None
    a, b = article.sentences[n - 1]
    return (a, b) if b - a <= 3 * (span[1] - span[0]) + 40 else None
