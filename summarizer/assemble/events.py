"""Dated events from the model's choices: the date words code found, resolved in code, the status checked."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from .. import dates, names
from ..answers import Answer
from ..contract import DateItem, Status
from ..evidence import name_spans, sentence_at, sentence_number_at
from . import moves
from .state import Collected, Context

_CANCELLED = re.compile(r"\b(cancel+ed|cancel+ation|called off|scrapped|annul+ed|annulé|annulée|cancelad[oa]|suspendid[oa]|"
                        r"abgesagt|отмен\w*)\b", re.I | re.U)
_POSTPONED = re.compile(r"(\b(postpon\w*|delayed|put off|pushed back|rescheduled|reporté\w*|aplazad\w*|pospuest\w*|"
                        r"verschoben|vertagt|отложен\w*|перенес\w*)\b|推迟|延期)", re.I | re.U)


# words of the future just before the date words ('discussions would continue this Sunday', 'are due to meet again
# on Sunday'): the event is ahead of the report
_FUTURE = re.compile(r"(?<!\w)(will|would|shall|could|might|possibly|due to|is due|are due|set to|scheduled (?:to|for)|expected|plans? to|planned for|"
                     r"are to|is to|wird|werden|soll|sollen|va|vont|devrait|devraient|pourrai(?:t|ent)|prévu\w*|podría\w*|"
                     r"könnte\w*|будет|будут|"
                     r"состоится|намечен\w*|planea\w*|prevista?|ma\s+się\s+odbyć|mają\s+się\s+odbyć|odbędzie|odbędą|"
                     r"zaplanowan\w*|planowan\w*)(?!\w)|将|计划", re.I)
_PAST_FUTURE = re.compile(r"(?<!\w)(?:was|were|had)\s+(?:\w+\s+)?(?:due|set|scheduled|expected|planned|to)(?!\w)|"
                          r"(?<!\w)would(?!\w)", re.I)
# the word right before the date words of a deadline ('a framework agreement signed by the end of February'; 'd'ici
# la fin du mois'): what is due by then is ahead
_DEADLINE = re.compile(r"(?<!\w)(?:by|d['’]ici|hasta|entro)\s*$", re.I)
# a clause of time that opens the sentence in the present tense, its main clause in the future ('When the negotiators
# sit down again on Wednesday, they will pick up ...'): its date lies ahead
_WHEN_THEN_FUTURE = re.compile(r"^\s*(?:when|once|as soon as)\s+[^;.]*?\b(?:sit|sits|meet|meets|gather|gathers|"
                               r"resume|resumes|convene|convenes|return|returns|hold|holds|open|opens|begin|begins|"
                               r"start|starts)\b[^,;.]*,\s*(?:\w+\s+){0,3}?(?:will|shall|are\s+to|is\s+to)\b",
                               re.I)
# a verb in the past that the date words follow ('the talks ended on Wednesday evening', 'concluyeron el martes'), or
# follow after the place ('ended in Brussels on Tuesday'): a
# weekday after it lies behind, whatever the model said
_HELD_VERB = re.compile(r"(?<!\w)(?:ended|met|began|opened|concluded|closed|finished|wrapped\s+up|held|signed|resumed|"
                        r"started|adjourned|broke\s+up|convened|gathered|terminaron|concluyeron|cerraron|comenzaron|"
                        r"empezaron|se\s+reunieron|firmaron|ont\s+conclu|se\s+sont\s+réunis|ont\s+signé|endeten|"
                        r"trafen\s+sich|begannen)\s+"
                        r"(?:(?:in|at|en|à|a)\s+(?:the\s+)?(?:[A-ZÀ-Þ][\w'’.-]*\s+){1,3})?"
                        r"(?:(?:on|el|le|am|this|este|ce|diesen)\s+)?$", re.I)
# a verb of a meeting in the present tense, or its infinitive in a headline, a few words before a weekday ('Talks
# resume on Wednesday morning', 'US envoy to join talks on Thursday'): the day ahead of the report
_COMING = re.compile(r"(?<!\w)(?:resumes?|meets?|begins?|opens?|starts?|continues?|convenes?|reconvenes?|joins?|"
                     r"travels?|arrives?|returns?)\s+(?:[\w'’-]+\s+){0,3}?(?:on|this)\s+$", re.I)
# a noun after 'since the' or 'after the' and before 'of' and the date words: they date that thing
_THE_X_OF = re.compile(r"(?<!\w)(?:since|after|before|until)\s+the\s+((?:[\w-]+\s+){0,2}[\w-]+)\s+of\s+$", re.I)
# date words that count ahead from the report ('next week', 'la semaine prochaine', 'el próximo mes')
_NEXT = re.compile(r"(?<!\w)(?:next|coming|prochaine?s?|próxim[oa]s?|nächste[nrm]?|kommende[nrm]?|prossim[oa]|"
                   r"следующ\w*)(?!\w)", re.I)
FUTURE_REACH = 6  # words before the date words where a word of the future sets them ahead
CLAUSE_REACH = 16  # or as far as the start of their clause, when it is no longer than this


def _neighbourhood(ctx: Context, pos: int) -> str:
    """The sentence holding `pos` and the ones before and after it."""
    n = sentence_number_at(ctx.article, pos)
    if n is None:
        return ""
    spans = ctx.article.sentences[max(0, n - 2):n + 1]
    return " ".join(ctx.article.text[a:b] for a, b in spans)


def _when_an_event(after: str) -> bool:
    """The date words that start a period are followed by what happened then ('since March 2025, when the same
    participants met in Geneva'): they date that event."""
    when = re.match(r"\s*,?\s*(?:when|as|wenn|als|quand|lorsque|cuando|quando|когда)\s+([^,;.:]+)", after, re.I)
    return when is not None and moves.about_an_event(when.group(1))


def status_of(ctx: Context, model_status: Status, mention: dates.Mention, value: str | None) -> Status:
    """The words around the date win; a postponement or cancellation the article never mentions is not one; an
    event after the publication date has not been held yet, nor one the words before its date put ahead ('would
    continue this Sunday') when no publication date tells."""
    near = _neighbourhood(ctx, mention.start)
    if _CANCELLED.search(near):
        return "cancelled"
    if _POSTPONED.search(near):
        return "postponed"
    status: Status = model_status
    own = sentence_at(ctx.article, mention.start)
    lead = ctx.article.text[own.start:mention.start] if own else ""
    # the words just before the date, or its whole clause when longer ('the two leaders will meet the UN envoy
    # María Ángela Holguín in Nicosia on Tuesday')
    clause = re.split(r"[,;:–—(]\s|\s[–—]\s", lead)[-1].split()
    before = lead.split()[-max(FUTURE_REACH, min(len(clause), CLAUSE_REACH)):]
    # (not a future seen from the past: 'was due to expire on Saturday')
    # ('said a call would take place on Wednesday' is the future of the speaker, who speaks at the report's time)
    past_future = _PAST_FUTURE.search(" ".join(before))
    if past_future and past_future.group(0).lower() == "would" and own \
            and moves.speech_at(ctx.article.text[own.start:mention.start]):
        past_future = None
    weekday = mention.kind in ("weekday", "weekday_range") and not past_future
    of_publication = bool(ctx.published and value and value == ctx.published.isoformat()[:7])
    # (or the date words open with it: 'd'ici la fin du mois', 'by the end of the month')
    deadline = _DEADLINE.search(lead) is not None or _DEADLINE.search(mention.text.split()[0] + " ") is not None
    ahead = _FUTURE.search(" ".join(before)) or mention.text.lower().startswith(("later", "plus tard", "später")) \
        or deadline or _WHEN_THEN_FUTURE.match(lead + mention.text + (ctx.article.text[mention.end:own.end] if own else "")) \
        or (weekday and _COMING.search(" ".join(before[-5:]) + " "))
    held = _HELD_VERB.search(lead)
    if held and not _FUTURE.search(" ".join(lead[:held.start()].split()[-3:])):
        # a verb in the past governs the date, whatever an earlier clause says of the future ('the treaty that will
        # set out ... ended in Brussels on Tuesday'; not 'will be held on Tuesday')
        ahead = None
    if status == "scheduled" and weekday and not ahead and held:
        return "held"  # 'the talks ended on Wednesday evening' (the day is then counted back from publication)
    if status in ("held", "unknown") and ahead \
            and (weekday or deadline or status == "held") and (weekday or of_publication or not (ctx.published and value)):
        # no publication date to tell, or a weekday or the month of publication, which lie either way until the words
        # say which ('the talks are expected to end on Friday', 'could be held later in March'): the words say ahead
        status = "scheduled"
    if status in ("held", "unknown") and _NEXT.search(mention.text) and not past_future:
        status = "scheduled"  # 'are due to meet again next week': words that count ahead from the report
    if status in ("postponed", "cancelled"):
        pattern = _CANCELLED if status == "cancelled" else _POSTPONED
        if not pattern.search(ctx.article.cleaned):
            status = "unknown"
    published = ctx.published
    if published and value and len(value) == 10:
        day = dt.date.fromisoformat(value)
        if status == "held" and day > published:
            return "scheduled"
        if status == "unknown":
            return "held" if day < published else "scheduled"
    if published and value and len(value) == 7:  # a month: only a month after the publication's is surely ahead
        this_month = published.isoformat()[:7]
        if status == "held" and value > this_month:
            return "scheduled"
        if status == "unknown" and value != this_month:
            return "held" if value < this_month else "scheduled"
    return status


def sentence_anchor(ctx: Context, mention: dates.Mention) -> dt.date | None:
    """An explicit date with a known year in the same sentence: what 'on Saturday' is counted from when the
    article has no publication date ('told reporters on Saturday that talks would continue this Sunday (1 February)')."""
    n = sentence_number_at(ctx.article, mention.start)
    for other in ctx.mentions:
        if other is mention or not other.explicit or sentence_number_at(ctx.article, other.start) != n:
            continue
        resolved = dates.resolve(other, dates.Anchor(None, ctx.anchor.year_hint, ctx.anchor.today))
        if resolved.value and len(resolved.value) == 10:
            return dt.date.fromisoformat(resolved.value)
    return None


def _same(a: DateItem, b: DateItem) -> bool:
    if a.date and b.date:
        return a.date == b.date and a.end == b.end and (not a.venue or not b.venue or a.venue == b.venue)
    return not a.date and not b.date and a.text.lower() == b.text.lower()


def _mention(ctx: Context, words: str) -> dates.Mention:
    """The first date expression with these words (the model chose them from the list code offered, each once) in a
    sentence about an event of the talks, else the first ('a third session on Tuesday' of a market before 'talks
    opened in Geneva on Tuesday')."""
    found = [m for m in ctx.mentions if m.text == words]
    return next((m for m in found if (span := sentence_at(ctx.article, m.start))
                 and moves.names_a_negotiation_event(span.quote)), found[0])


def _events(x: Answer) -> list:
    return [e for e in getattr(x, "dates", ()) if getattr(e, "kind", "other") != "other"]


def event_text(ctx: Context, e: Any, mention: dates.Mention) -> str:
    """The event in the article's words: the first noun naming an event in the date's sentence ('talks',
    'Gespräche'), else, in an English article, the kind the model chose."""
    span = sentence_at(ctx.article, mention.start)
    word = moves.event_word(span.quote) if span else None
    kind = str(getattr(e, "kind", ""))  # an English label: only an English article gets it as the event's text
    return word or (kind if ctx.article.language == "en" else "")


# what ends the clause of a date's words within its sentence ('to meet in Athens on 7 May; talks to resume in June';
# 'spoke by phone on Wednesday and agreed that a meeting would be held in Erbil')
_CLAUSE_END = re.compile(r";|\s+and\s+(?:\w+ed\s+)?that\s+|,\s+(?:while|whereas|but)\s+|"
                         r"\s+(?:say|says|said)\s+(?:that\s+)?")  # ('diplomats in Brussels say ...': where they speak)


def venue_named(out: Collected, sentence: str, at: int) -> str:
    """The venue of the article that the clause of the event's date words (at `at` in its sentence) names ('talks
    ... took place in Abu Dhabi'): the one nearest the date words when it names several ('his first visit to Ankara
    since the Athens meeting in December 2023'), "" when it names none or a choice ('in Geneva or Abu Dhabi')."""
    starts = [0, *(m.end() for m in _CLAUSE_END.finditer(sentence)), len(sentence) + 1]
    first, last = next(((a, b) for a, b in zip(starts, starts[1:]) if a <= at < b), (0, len(sentence)))
    clause = sentence[first:last]
    spots = sorted((s, e, v.name) for v in out.venues
                   for form in {v.name, *names.mention_forms(v.name), *out.spellings.get(v.name, ())}
                   for s, e in name_spans(clause, form) if not _governments_named(clause, s, e))
    if any(a[2] != b[2] and _ALTERNATIVES.fullmatch(clause[a[1]:b[0]]) for a, b in zip(spots, spots[1:])):
        return ""  # 'in Geneva or Abu Dhabi': the article does not say which
    return min(spots, key=lambda p: min(abs(p[0] + first - at), abs(p[1] + first - at)))[2] if spots else ""


_ALTERNATIVES = re.compile(r"\s*(?:,|or|and|o|ou|oder|или|и|y|et|und|或)\s*", re.I)
_CAPITAL_AFTER = re.compile(r"\s*(?:,|and|or)\s+([A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+)?)")
_CAPITAL_BEFORE = re.compile(r"([A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+)?)\s*(?:,|and|or)\s+$")


def _governments_named(clause: str, start: int, end: int) -> bool:
    """The capital at [start, end) is paired with another state's capital, not after 'in' or 'at': the two stand for
    their governments ('the positions of London and Madrid on sovereignty'), not for a meeting place."""
    if re.search(r"(?<!\w)(?:in|at|to|from|en|à|a|nach)\s+$", clause[:start], re.I) \
            or not names.state_of_capital(clause[start:end]):
        return False
    after = _CAPITAL_AFTER.match(clause[end:])
    before = _CAPITAL_BEFORE.search(clause[:start])
    return any(m and names.state_of_capital(m.group(1)) for m in (after, before))


# the noun date words ending in "'s" describe, after names and an ordinal ("last August's Alaska summit", "Thursday's
# second round")
_OWNER = re.compile(r"['’]s?\s+((?:[A-Z][\w-]*\s+|(?:first|second|third|fourth|fifth|sixth|final|latest|next|new|"
                    r"fresh|opening|closing)\s+){0,3}[\w-]+)")


def add_events(ctx: Context, x: Answer, out: Collected) -> None:
    vague: list[DateItem] = []  # events dated by vague words only ('last week'), one per status
    for e in _events(x):
        mention = _mention(ctx, e.when)
        span = sentence_at(ctx.article, mention.start)  # a verb of speaking counts in the date's own sentence only
        if moves.after_speech(ctx.article.text[max(span.start if span else 0, mention.start - 80):mention.start]) \
                or (moves.before_speech(ctx.article.text[mention.end:mention.end + 40]) and not
                    moves.names_a_negotiation_event(" ".join(ctx.article.text[max(0, mention.start - 40):
                                                                              mention.start].split()[-3:]))):
            out.drop("dates", mention.text, "the date words say when someone spoke")
            continue
        # "last year's fighting": the date of something else; "last August's Alaska summit" of an event (the head
        # noun after names)
        owner = _OWNER.match(ctx.article.text[mention.end:mention.end + 60])
        if owner and not moves.about_an_event(owner.group(1)):
            out.drop("dates", mention.text, f"the date words describe '{owner.group(1)}', no event of the talks")
            continue
        # 'since the crisis of May 2025': the date of the noun before 'of', an event of the talks only if it names one
        of_what = _THE_X_OF.search(ctx.article.text[max(0, mention.start - 60):mention.start])
        if of_what and not moves.about_an_event(of_what.group(1)):
            out.drop("dates", mention.text, f"the date words describe '{of_what.group(1)}', no event of the talks")
            continue
        if moves.starts_a_period(ctx.article.text[max(0, mention.start - 20):mention.start], mention.text) \
                and not _when_an_event(ctx.article.text[mention.end:mention.end + 120]):
            out.drop("dates", mention.text, "the date words start a period ('since ...'), they date no event")
            continue
        if span and moves.of_a_separate_process(ctx.article.text[span.start:mention.start]):
            out.drop("dates", mention.text, "the date words date a separate process, not these talks")
            continue
        anchor = None if ctx.published else sentence_anchor(ctx, mention)
        resolved = dates.resolve(mention, ctx.anchor, status=e.status, sentence_anchor=anchor)
        status = status_of(ctx, e.status, mention, resolved.value)
        if status != e.status and mention.kind in ("weekday", "weekday_range", "month"):  # the status sets the direction
            resolved = dates.resolve(mention, ctx.anchor, status=status, sentence_anchor=anchor)
        if span is None:
            out.drop("dates", mention.text, "date words outside the article's sentences")
            continue
        if resolved.value is None and span.quote.strip() == ctx.article.title:
            out.drop("dates", mention.text, "vague date words of the headline ('talks to resume next week'): the "
                                            "report below dates the event")
            continue
        if not moves.names_a_negotiation_event(span.quote) or \
                moves.dates_another_event(ctx.article.text[span.start:mention.start]):
            out.drop("dates", mention.text, "the sentence's only event is a press conference or the like")
            continue
        item = DateItem(date=resolved.value, end=resolved.end, text=mention.text, event=event_text(ctx, e, mention),
                        status=status, venue=venue_named(out, span.quote, mention.start - span.start),
                        evidence=span.evidence())
        dup = next((d for d in out.dates if _same(d, item)), None)
        if dup is None and mention.kind == "vague" and resolved.value is None:
            vague.append(item)
        if dup is None:
            out.dates.append(item)
        else:
            dup.venue = dup.venue or item.venue
            dup.event = dup.event or item.event
    dated = {d.evidence[0].start for d in out.dates if d.date and d.evidence}  # (before days fold into ranges: a
    # day folded into another sentence's round still dates its own sentence)
    _days_from_the_first(out)
    _join_until(out)
    _join_began_and_ended(out)
    _fold_days_into_ranges(out)
    _drop_vague_beside_dated(out, vague, dated, ctx.anchor.published)


# the ordinal day of a round of talks, in the languages the calendar reads ('a second day', 'la deuxième journée')
_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "deuxième": 2, "troisième": 3, "zweiten": 2,
             "dritten": 3, "segundo": 2, "tercer": 3, "secondo": 2, "terzo": 3, "второй": 2, "третий": 3,
             "второго": 2, "третьего": 3}
_DAY_OF = re.compile(r"(?<!\w)(" + "|".join(_ORDINALS) + r")\s+(?:day|jour|journée|Tag|Verhandlungstag|día|giorno|"
                     r"день|дня)(?!\w)", re.I)


# a count of days of talks that end on the date ('concluded two days of talks in Ankara on Saturday', 'Two days of
# U.S.-brokered talks ... ended in Abu Dhabi on Thursday')
# (and in the languages that count them the same way: 'concluyeron el martes dos días de negociaciones')
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5, "dos": 2, "tres": 3,
           "cuatro": 4, "deux": 2, "trois": 3, "quatre": 4, "due": 2, "tre": 3, "quattro": 4, "dois": 2, "duas": 2,
           "três": 3}
_DAYS_OF_TALKS = re.compile(r"(?<!\w)(" + "|".join(_COUNTS) + r")(?:\s+days\s+of\s+(?:[\w.'’-]+\s+){0,3}?"
                            r"(?:talks|negotiations|meetings|"
                            r"consultations|discussions)|\s+(?:días|jours|giorni|dias)\s+(?:de|d['’]|di)\s*"
                            r"(?:negociaciones|conversaciones|reuniones|diálogo|consultas|négociations|pourparlers|"
                            r"discussions|consultations|negoziati|colloqui|trattative|negociações|conversações|reuniões)|"
                            r"-day\s+(?:[\w'’-]+\s+){0,8}?(?:talks|negotiations|meeting|"
                            r"meetings|consultations|discussions|round|session))(?!\w)", re.I)


def _days_from_the_first(out: Collected) -> None:
    """A day called the second (third ...) day of talks ('to meet for a second day in Abu Dhabi on Thursday', 'the
    second day of talks ended on Feb. 18') closes a round that began one (two ...) days before: the range; not the
    day the talks opened ('a second day of talks that opened on Monday')."""
    for day in [d for d in out.dates if d.date and not d.end and len(d.date) == 10 and d.evidence
                and not moves.distinct_event(d.event)]:
        found = _DAY_OF.search(day.evidence[0].quote)
        quote = day.evidence[0].quote
        ended = _DAYS_OF_TALKS.search(quote) if found is None else None
        if ended is not None and not _near(_ENDED, day) and not _ends_the_count(quote, ended, day.text):
            ended = None
        if ended is not None and (_near(_DAYS_OF_TALKS, day) or _counts_the_ending(quote, ended)
                                  or _ends_the_count(quote, ended, day.text)):
            count = _COUNTS[ended.group(1).lower()]  # 'concluded two days of talks in Ankara on Saturday'
        elif found is not None and _near(_DAY_OF, day) and not _near(_BEGAN, day):
            count = _ORDINALS[found.group(1).lower()]
        elif (opened := _DAYS_OF_TALKS.search(quote)) and _counts_the_ending(quote, opened, _BEGAN) \
                and _near(_BEGAN, day):
            # the count of days opens on the date ('The two-day talks, mediated by ..., opened in Geneva on Tuesday')
            first = dt.date.fromisoformat(str(day.date))
            day.end = (first + dt.timedelta(days=_COUNTS[opened.group(1).lower()] - 1)).isoformat()
            continue
        else:
            continue
        last = dt.date.fromisoformat(str(day.date))
        day.date, day.end = (last - dt.timedelta(days=count - 1)).isoformat(), day.date
        twin = next((d for d in out.dates if d is not day and (d.date, d.end) == (day.date, day.end)), None)
        if twin is not None:  # the round the article also dates in full ('talks on Feb. 17-18')
            twin.venue = twin.venue or day.venue
            out.dates.remove(day)
            out.drop("dates", day.text, f"the last day of the round of {twin.text}")


# the words before the last day of an event that runs from an earlier day ('began on Wednesday and will run until
# Saturday', 'du lundi jusqu'au mercredi')
_UNTIL = re.compile(r"(?<!\w)(?:until|till|through|to|bis|jusqu['’]à|jusqu['’]au|hasta|fino\s+a|fino\s+al|até)\s+"
                    r"(?:(?:on|le|el|il|am|zum)\s+)?$", re.I)
RANGE_DAYS = 14  # the longest stretch two days of one sentence joined by 'until' are taken to span


def _join_until(out: Collected) -> None:
    """Two days of one sentence, the later one after 'until' ('The talks, which began on Wednesday, are expected to run
    until Saturday'): one event that runs from the first to the last."""
    days = [d for d in out.dates if d.date and not d.end and len(d.date) == 10 and d.evidence]
    for first in days:
        for last in days:
            quote = first.evidence[0].quote
            if last is first or last not in out.dates or first not in out.dates or last.evidence[0].start != \
                    first.evidence[0].start:
                continue
            gap = (dt.date.fromisoformat(str(last.date)) - dt.date.fromisoformat(str(first.date))).days
            at = quote.find(last.text, quote.find(first.text) + len(first.text))
            if 0 < gap <= RANGE_DAYS and at > 0 and _UNTIL.search(quote[:at]):
                first.end, first.venue = last.date, first.venue or last.venue
                out.dates.remove(last)
                out.drop("dates", last.text, f"the last day of the event from '{first.text}'")


_BEGAN = re.compile(r"(?<!\w)(?:began|begun|begin|begins|opened|started|resumed|kicked\s+off|commencé|commencées|ont\s+débuté|"
                    r"begannen|begann|comenzaron|comenzó|iniciaron|iniziat[io]|iniziate|começaram|rozpoczęł[ay])(?!\w)", re.I)
_ENDED = re.compile(r"(?<!\w)(?:ended|end|ends|concluded|conclude|concludes|closed|wrapped\s+up|finished|adjourned|terminées|"
                    r"se\s+sont\s+terminées|s['’]est\s+terminé|endeten|endete|terminaron|concluyeron|concluse|conclusi|"
                    r"terminaram|zakończył[ay]|zakończyły|conclu|concluso|achevé|achevées?)(?!\w)", re.I)


NEAR_WORDS = 10  # a verb that begins or ends an event stands this near its date words ('resumed talks in Istanbul on
# Tuesday'; not 'the border has remained closed' a clause later)


def _counts_the_ending(quote: str, count: re.Match, verbs: re.Pattern = _ENDED) -> bool:
    """The count of days is the subject of the verb that ends the event (or, with `verbs`, begins it), a long name
    between them ('The two-day meeting of the Nepal-India Boundary Working Group ended in New Delhi on Friday')."""
    verb = verbs.search(quote, count.end())
    return verb is not None and len(quote[count.end():verb.start()].split()) <= NEAR_WORDS \
        and not re.search(r"[;:.!?]", quote[count.end():verb.start()])


def _ends_the_count(quote: str, count: re.Match, words: str) -> bool:
    """A verb that ends the event has the count of days as its object, and the date words close the same clause, what
    the talks were on standing between ('ended three days of talks on a code of conduct for the South China Sea on
    Wednesday')."""
    before = quote[max(0, count.start() - 40):count.start()]
    verb = next(reversed(list(_ENDED.finditer(before))), None)
    at = quote.find(words, count.end())
    return verb is not None and len(before[verb.end():].split()) <= 1 and at > 0 \
        and len(quote[count.end():at].split()) <= 2 * NEAR_WORDS and not re.search(r"[,;:.!?]", quote[count.end():at])


def _near(verb: re.Pattern, d: DateItem) -> bool:
    """A verb of `verb`'s kind stands within NEAR_WORDS words of the date words in their sentence."""
    quote = d.evidence[0].quote
    at = quote.find(d.text)
    if at < 0:
        return verb.search(quote) is not None
    return any(len(quote[min(m.end(), at):max(m.start(), at)].split()) <= NEAR_WORDS for m in verb.finditer(quote))


_RUN_UNTIL = re.compile(r"(?<!\w)(?:run|runs|last|lasts|continue|continues|go\s+on|goes\s+on)\s+(?:until|till|through)"
                        r"(?!\w)", re.I)


def _join_began_and_ended(out: Collected) -> None:
    """The day talks began and the day they ended, named in two sentences ('The talks, which began Wednesday, ...';
    'ended three days of talks on Friday'): one event from the first day to the last, when the two are of one
    status, a few days apart and not put in two places."""
    days = [d for d in out.dates if d.date and not d.end and len(d.date) == 10 and d.evidence]
    began = [d for d in days if _near(_BEGAN, d) and not _near(_ENDED, d)]
    ended = [d for d in days if _near(_ENDED, d) and not _near(_BEGAN, d)]
    # (or the day they are to run until: 'The talks are expected to run until Thursday', of talks that opened on
    # Tuesday, a day that is still ahead)
    ended += [d for d in days if _RUN_UNTIL.search(d.evidence[0].quote) and d not in ended]
    for first in began:
        last = next((d for d in ended if d in out.dates and d.evidence[0].start != first.evidence[0].start
                     and (d.status == first.status or (first.status, d.status) == ("held", "scheduled")
                          and _RUN_UNTIL.search(d.evidence[0].quote))
                     and not moves.distinct_event(d.event)
                     and not moves.distinct_event(first.event) and (not d.venue or not first.venue or d.venue == first.venue)
                     and 0 < (dt.date.fromisoformat(str(d.date)) - dt.date.fromisoformat(str(first.date))).days
                     <= RANGE_DAYS // 2), None)
        if last is not None and first in out.dates:
            first.end, first.venue = last.date, first.venue or last.venue
            out.dates.remove(last)
            out.drop("dates", last.text, f"the day the event that began '{first.text}' ended")


def _drop_vague_beside_dated(out: Collected, vague: list[DateItem], dated: set[int],
                             published: dt.date | None) -> None:
    """Vague date words in a sentence whose event other date words date ('une nouvelle session est prévue en octobre,
    à une date qui reste à fixer'): the dated words tell when. So do the dates of talks held in the week that 'last
    week' or 'next week' names ('last week's talks in the United Arab Emirates' beside 'talks ... on 4 and 5
    February'; not a call that week, nor talks of another status or place). Then two events dated by vague words
    only and of one status ('talks last week', 'met over the weekend'): vague words cannot tell them apart, so the
    article tells one event twice; the first is kept."""
    kept: dict[str, DateItem] = {}  # status -> the first vaguely dated event of that status
    for item in vague:
        if item not in out.dates:
            continue
        if item.evidence and item.evidence[0].start in dated:
            out.dates.remove(item)
            out.drop("dates", item.text, "vague date words beside other date words of the same sentence")
        elif (week := _week_named(item.text, published)) and (within := next(
                (d for d in out.dates if d.date and len(d.date) == 10 and week[0] <= d.date <= week[1]
                 and moves.names_a_negotiation_event(d.event) and not moves.distinct_event(d.event)
                 and item.status in ("unknown", d.status) and (not d.venue or not item.venue or d.venue == item.venue)),
                None)):
            within.venue = within.venue or item.venue
            out.dates.remove(item)
            out.drop("dates", item.text, f"the talks of that week, dated '{within.text}'")
        elif twin := kept.get(item.status):
            twin.venue = twin.venue or item.venue
            out.dates.remove(item)
            out.drop("dates", item.text, f"the same vaguely dated event as '{twin.text}'")
        else:
            kept[item.status] = item


# the week before, of, or after the publication date ('last week', 'la semaine prochaine'; not 'later this week', a
# part of the week only)
_WEEKS = {-1: re.compile(r"(?:last|past|previous) week|la semaine derni[eè]re|la semana pasada|letzte[rn]? woche|"
                         r"vergangene[rn]? woche|la settimana scorsa", re.I),
          0: re.compile(r"this week|cette semaine|esta semana|diese[rn]? woche|questa settimana", re.I),
          1: re.compile(r"(?:next|coming) week|la semaine prochaine|la pr[oó]xima semana|n[aä]chste[rn]? woche|"
                        r"la settimana prossima", re.I)}


def _week_named(text: str, published: dt.date | None) -> tuple[str, str] | None:
    """The ISO days (Monday, Sunday) of the week that vague date words name relative to the publication date."""
    shift = next((k for k, pattern in _WEEKS.items() if pattern.fullmatch(text.strip())), None)
    if shift is None or published is None:
        return None
    monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=shift)
    return monday.isoformat(), (monday + dt.timedelta(days=6)).isoformat()


def _fold_days_into_ranges(out: Collected) -> None:
    """A day of a dated round of talks is that round: 'today, Friday, January 23, delegations begin the talks' and
    'talks on Jan. 23-24' are one event, the range; so is a day inside the range whose sentence names no other event
    ('the delegations are due back at the table tomorrow') or names talks by another word ('the Dec. 4-5 meeting',
    'ended two days of talks on Friday'); not a signing, a truce or a deadline within those days."""
    ranges = [(d.date, d.end, d) for d in out.dates if d.date and d.end and len(d.date) == 10]
    for day in [d for d in out.dates if d.date and not d.end and len(d.date) == 10]:
        named = moves.event_word(day.evidence[0].quote) if day.evidence else None
        cover = next((r for first, last, r in ranges if first <= str(day.date) <= last and (
            r.event.lower() == day.event.lower() or named is None
            or (r.status == day.status and not moves.distinct_event(named) and not moves.distinct_event(r.event)))), None)
        if cover is not None:
            cover.venue = cover.venue or day.venue
            out.dates.remove(day)
            out.drop("dates", day.text, f"a day of the round of {cover.text}")


def fold_months_into_days(out: Collected) -> None:
    """An event dated by its month and again by a day of that month, with the same status and the same place, is one
    event: 'volver a reunirse en abril en Georgetown' and 'la próxima ronda, prevista para el 14 de abril en
    Georgetown'. Run once every event has its venue."""
    days = [d for d in out.dates if d.date and len(d.date) == 10 and d.venue]
    for month in [d for d in out.dates if d.date and len(d.date) == 7 and d.venue]:
        day = next((d for d in days if str(d.date).startswith(str(month.date)) and (d.status, d.venue) ==
                    (month.status, month.venue)), None)
        if day is not None:
            out.dates.remove(month)
            out.drop("dates", month.text, f"the month of the event dated '{day.text}'")


def raw_events(ctx: Context, x: Answer, out: Collected) -> None:
    """The model's choices mapped without checks: its status, its text, no merging."""
    for e in _events(x):
        mention = _mention(ctx, e.when)
        resolved = dates.resolve(mention, ctx.anchor, status=e.status)
        span = sentence_at(ctx.article, mention.start)
        out.dates.append(DateItem(date=resolved.value, end=resolved.end, text=mention.text, event=str(e.kind),
                                  status=e.status, venue="", evidence=span.evidence() if span else []))
