"""Demands and other moves (proposals, rejections, agreements) from the model's choices, and the lede."""

from __future__ import annotations

import re
from typing import Any, cast

from rapidfuzz import fuzz

from .. import names, thresholds
from ..answers import Answer
from ..contract import Demand, Mode, OpenIssue, Statement
from ..articles import word_count
from ..language import in_script
from ..evidence import (Span, content_words, find_mention, heading_twins, sentence,
                        sentence_number_at, supporting_sentence)
from . import moves
from .actors import party_forms, spoken_by_a_commentator
from .checks import as_written, limit_for, short_text
from .issues import (CLAUSE, CONTRAST, add_announced_issues, add_issue, add_table_issues, add_stated_issues,
                     announced_questions, forms_of, two_questions)
from .state import Collected, Context

# a demanded clause in the progressive says what is being done, not what is asked ('that the U.S. is making efforts')
_PROGRESSIVE = re.compile(r"(?<!\w)(is|are|was|were)\s+\w+ing(?!\w)", re.I)
# a past perfect or passive says what happened ('une rencontre prévue le 28 avril avait été reportée')
_PERFECT = re.compile(r"(?<!\w)(had|has been|have been|avait|avaient|a été|ont été|hatte|hatten|wurde|wurden|había|habían|"
                      r"fue|fueron)(?!\w)", re.I)
# a sentence whose subject points back to the sentence before it ('The issue has been a key sticking point')
_POINTS_BACK = re.compile(r"\s*(?:the\s+(?:issue|question|matter|dispute|point)|this|that|it|these|those|cette question|"
                          r"ce point|diese frage|das thema|esa cuestión|ese tema|este tema)\b", re.I)
SUMMARY_SENTENCES = 2  # the lede of a news report: what happened, then the state of the talks


def _names_party(ctx: Context, party: str, span: Span, out: Collected) -> bool:
    """The sentence names the party, or one of the people who act for it."""
    forms = party_forms(ctx, party, party)
    people = [p.name.split()[-1] for p in out.people if p.affiliation == party]
    quote = span.quote.lower()
    return any(f.lower() in quote for f in [*forms, *people] if len(f) > 1)


def _joined(quote: str, parties: set[str], forms: dict[str, str]) -> bool:
    """The sentence names the parties side by side, joined by 'and' or a comma ('Vietnam and the Philippines')."""
    named = moves.mentions(quote, forms)
    return any({a[2], b[2]} == parties and moves.joined_by_and(quote[a[1]:b[0]]) for a, b in zip(named, named[1:]))


def _keep_one_owner(ctx: Context, out: Collected) -> None:
    """One text copied to several parties is one party's demand: the one the sentence names (else the first)."""
    kept: list[Demand] = []
    forms: dict[str, str] | None = None
    for d in out.demands:
        twin = next((k for k in kept if k.demand == d.demand and k.party != d.party), None)
        if twin is None:
            kept.append(d)
            continue
        span = Span(d.evidence[0].start, d.evidence[0].end, d.evidence[0].quote)
        forms = forms if forms is not None else forms_of(ctx, out)  # (read once, only when a text has a twin)
        if _joined(span.quote, {d.party, twin.party}, forms):
            kept.append(d)  # 'Vietnam and the Philippines have pressed for ...': both hold it
            continue
        if not _names_party(ctx, twin.party, span, out) and _names_party(ctx, d.party, span, out):
            kept[kept.index(twin)] = d
            out.drop("demands", f"{twin.party}: {twin.demand}", "the same text given to another party, named in the sentence")
        else:
            out.drop("demands", f"{d.party}: {d.demand}", "the same text given to another party")
    out.demands = kept


_WORD = re.compile(r"[^\W\d_]{4,}")


def _drop_heading_twins(ctx: Context, out: Collected) -> None:
    """A headline or heading sums up a demand its body states ('Ukraine wants a ceasefire first' over 'Ukraine
    insists that Russia agree to a full ceasefire ...'): the body's demand stands, the heading's is the same one."""
    def words(d: Demand) -> set[str]:
        return {w.lower() for w in _WORD.findall(d.demand)} - _HEADING_STOPWORDS

    for d in heading_twins(ctx.article.text, out.demands, lambda d, b: (b.party, b.addressed_to) == (d.party, d.addressed_to)
                           and bool(words(b) & words(d))):
        out.demands.remove(d)
        out.drop("demands", f"{d.party}: {d.demand}", "a heading that sums up a demand the body states")


_HEADING_STOPWORDS = {"that", "with", "from", "into", "their", "them", "this", "these", "those", "must", "should",
                      "first", "more", "other", "before", "after", "will", "would"}


COPIED_OPENING_WORDS = 5  # words of the sentence's opening a model's text must copy to be read from the sentence


def _asked_after_a_copied_opening(what: str, by: str, quote: str, forms: dict[str, str], language: str) -> str:
    """What the sentence asks, when the model copied its opening (at least COPIED_OPENING_WORDS words), code cannot
    read a move in the copy, and the sentence names the model's party before its verb of asking ('Qatar's Prime
    Minister ... said in Doha on Thursday that the mediators were' of '..., and he called on both sides to honour
    their commitments'): the model chose the sentence, code copies what it asks. ('The Netherlands and Austria want
    ...' is not the European Union's demand.)"""
    copy, sentence = " ".join(what.split()).strip(" .,;:\"'“”"), " ".join(quote.split())
    if len(copy.split()) < COPIED_OPENING_WORDS or not sentence.startswith(copy) or moves.parse(copy, forms, language).mode:
        return ""
    verb, asked = moves.asked_in(sentence, language)
    said_by = any(p == by and end <= verb for _, end, p in moves.mentions(sentence, forms))
    # (or a pronoun opens the sentence and asks: 'Er rief beide Seiten auf, ...' after the OSCE envoy's words)
    return asked if said_by or _PRONOUN_SUBJECT.fullmatch(sentence[:verb].strip()) else ""


_PRONOUN_SUBJECT = re.compile(r"(?:he|she|er|sie|il|elle|él|ella|lui|lei|ele|ela|он|она)(?:\s+(?:also|auch|aussi|también|"
                              r"anche|também|ещё|также))?", re.I)


def _pasted(move: moves.Move, what: str, quote: str) -> bool:
    """The model copied (nearly) the whole sentence instead of saying who demands what ('That will never happen')."""
    if move.mode:
        return False
    return len(what) >= thresholds.PASTED_SHARE * len(quote) and fuzz.partial_ratio(what, quote) >= thresholds.PASTED_SIMILARITY


SUBJECT_GAP = 4  # words between a text and the verb of a move after it for the text to be that verb's subject


def _only_who_spoke(what: str, quote: str, language: str) -> bool:
    """The model's text is the attribution after a quotation, a speaker and a verb of speaking with no move after it
    ('"We are ready ...," Lamsal told this daily after returning to Kathmandu')."""
    said = moves.speech_at(what)
    after_a_quotation = re.search(r"[\"”»'’],?\s*" + re.escape(what.strip()[:40]), quote) is not None
    return said is not None and after_a_quotation and len(what[:said.start()].split()) <= moves.SUBJECT_WORDS and \
        not moves.states_a_move(what, language)


def _the_subject(what: str, quote: str, language: str) -> bool:
    """The model's text is the subject of the sentence's verb of a move, copied ('Comunidades campesinas e indígenas'
    of 'Las comunidades campesinas e indígenas de la región reclaman ...'): who moves, not what is moved."""
    text = what.strip(" .")
    at = quote.lower().find(text.lower())
    if (not text or at < 0 or moves.states_a_move(text, language) or len(text.split()) > 8 or CLAUSE.search(text)
            or _PERFECT.search(text)):  # a clause of its own ('Kyiv is informing its partners') is no subject
        return False
    verb = moves.first_verb(quote, at + len(text), language)
    gap = quote[at + len(text):verb] if verb is not None else ""
    return verb is not None and len(gap.split()) <= SUBJECT_GAP and not re.search(r"(?:and|und|et|y)\s*$", gap)


def _a_fact(move: moves.Move, what: str, language: str) -> bool:
    """A text that is neither 'X demands that ...' nor the thing demanded ('the lifting of sanctions') but says what
    is the case: it holds no verb of asking and a copula ('Kyiv is informing its partners')."""
    return not move.mode and not moves.states_a_move(what, language) and bool(CLAUSE.search(what) or _PERFECT.search(what))


def _asks_itself(move: moves.Move, forms: dict[str, str]) -> bool:
    """The model's sentence has a party demand that it act itself ('Iran demands that Tehran reject ...')."""
    if move.mode != "demand" or not move.by or move.text == "" or re.search(r"\sand\s+that\s", move.text):
        return False  # (of two demanded clauses, each is judged on its own: see _add_demand)
    named = moves.mentions(move.text, forms)
    return bool(named) and named[0][2] == move.by and len(move.text[:named[0][0]].split()) <= 3


def _read(d: Any, move: moves.Move, source: Span, forms: dict[str, str], language: str) -> tuple[str, str, str, str]:
    """(by, to, mode, text) of a move: the model's own sentence first, its choices where the sentence is silent;
    and the article's sentence over both when it plainly says who demands of whom ('Azerbaijan insists that Armenia
    change its constitution' is not Armenia's demand). `move` is the model's sentence as read."""
    to = move.to if move.to is not None else d.to
    by = move.by or d.by
    mode = move.mode or d.type
    text = moves.before_contrast(move.text)  # '..., while Moscow insists ...' is another party's move
    said = moves.parse(source.quote, forms, language)
    named = [p for _, _, p in moves.mentions(source.quote, forms)]  # the parties the article's sentence names, in order
    if mode == "demand" and said.mode == "demand" and said.by and said.by != by and (by == said.to or by not in named):
        # the model turned the demand around: the article's own words say who asks what of whom
        by, to = said.by, said.to or ""
        clause = moves.without_description(said.text)  # not '..., the prime minister's office said in a statement'
        text = clause if word_count(clause) <= thresholds.MAX_CLAUSE_WORDS["demand"] else ""
    flipped = _actor_in_article(text, to, source.quote, forms)
    if mode == "demand" and flipped and flipped[0] == by != to:
        # 'a peace agreement requires Ukraine to withdraw its troops' written as 'Ukraine demands that Russia withdraw':
        # the party the article puts before the demanded verb must act, and what is demanded is the article's clause
        others = [p for p in named if p != by]
        by, to, text = (others[0] if others else ""), flipped[0], flipped[1]
    opener = moves.mentions(text, forms)
    if mode == "demand" and opener and text[:opener[0][0]].strip().lower() in ("", "the") and opener[0][2] != by \
            and opener[0][2] in named:
        to = opener[0][2]  # the party that opens the demanded clause must act ('South Sudan withdraw its forces')
    if mode == "demand" and to and named and to not in named:
        # the model's addressee is a party the sentence does not name: the one the sentence asks, else the other side
        # (found later) ('Ägyptens Außenminister forderte von Äthiopien ...' is not asked of the African Union)
        # (a party named only in a condition to be met first is not asked: 'sanctions stay in place until Russian
        # troops have withdrawn' names no party it asks, and the model's choice stands)
        first = moves.condition_at(source.quote, max(said.verb_at, 0))
        others = list(dict.fromkeys(p for at, _, p in moves.mentions(source.quote, forms) if p != by and at < first))
        if others or first == len(source.quote):
            to = said.to if said.mode == "demand" and said.by == by and said.to in named else \
                others[0] if len(others) == 1 else ""
    if by == to and move.to is not None:  # 'Ukraine must leave Donbas': Ukraine is asked, not asking
        # 'The United States told Kyiv that Ukraine must sign': the other party the article's sentence names first
        others = [p for p in named if p != to]
        by = others[0] if others else (d.by if d.by != to else "")
    return by, (to if to != by else ""), mode, text


def _actor_in_article(text: str, to: str, quote: str, forms: dict[str, str]) -> tuple[str, str] | None:
    """(party, clause): the party the article's sentence names right before the verb of the model's demanded clause
    ('Russia withdraw its troops' -> 'requires Ukraine to withdraw its troops' -> Ukraine), and the article's clause
    from that party on; None when the sentence does not hold that verb after a party."""
    named = moves.mentions(text, forms)
    if not named or named[0][2] != to:
        return None
    words = [w for w in text[named[0][1]:].split() if w.lower() not in ("to", "must", "should", "will")]
    if not words or not words[0].isalpha():
        return None
    verb = re.search(rf"(?<!\w){re.escape(words[0])}(?!\w)", quote)
    if verb is None:
        return None
    before = moves.mentions(quote[:verb.start()], forms)
    if not before or len(quote[before[-1][1]:verb.start()].split()) > 2:
        return None
    clause = moves.without_description(quote[before[-1][0]:]).rstrip(" .;!\"”")
    return before[-1][2], clause


# a demanded clause that opens with a pronoun for its object ('the EGC wants it first', 'has called for one
# repeatedly')
_PRONOUN_ONLY = re.compile(r"^\s*(?:it|this|that|them|these|those|one)\b\s*", re.I)


# a question word a few words before a modal of obligation: the modal is part of an embedded question
_QUESTION_BEFORE = re.compile(r"(?<!\w)(?:how|whether|what|which|who|when|where|why)(?:\s+[\w'’-]+){0,6}\s+$", re.I)


def _obligation_in_a_question(quote: str) -> bool:
    """Every modal of obligation in the sentence stands inside an embedded question ('without agreement on how much
    water the dam must release'; 'disagree over who should monitor the line')."""
    found = moves.obligations(quote)
    return bool(found) and all(_QUESTION_BEFORE.search(quote[max(0, at - 60):at]) for at in found)


# a short free relative clause that names no demand: '— and what they refuse', 'what Kyiv wants', 'ce que veut Kyiv'
_WHAT_THEY = re.compile(r"^[\W_]*(?:(?:and|or|but|et|und|y)\s+)?(?:what|whatever|ce\s+que|ce\s+qu['’]|was|lo\s+que)"
                        r"(?:\s+[\w'’-]+){1,4}[\W_]*$", re.I)


# a quotation mark that opens a quoted phrase
_OPENING_QUOTE = re.compile(r"\s*[\"“«„]")
MIN_COPIED_WORDS = 3


def through_a_quote(what: str, quote: str) -> str:
    """The model's copy of its sentence that stops where a quoted phrase opens ('La Casa Blanca también quiere que
    el Gobierno mexicano acepte como ' before '"tercer país seguro" a los solicitantes ...'), carried on to the end
    of the sentence as the article writes it; any other text unchanged. (Not used where the whole copy states an
    intention of its own: the cut copy is then dropped as cut off.)"""
    copied = what.rstrip()
    at = quote.find(copied)
    if at < 0 or len(copied.split()) < MIN_COPIED_WORDS or not _OPENING_QUOTE.match(quote, at + len(copied)):
        return what
    return quote[at:].rstrip(" .;!")


# a relative clause set between commas inside what is asked ('wants the plant, which Russian forces have held since
# March 2022, returned to its control'): an aside, not where the demand ends
_RELATIVE_ASIDE = re.compile(r",\s+(?:which|who|whom|whose)\s[^,;]{3,80},\s+(?=\w)")


def add_positions(ctx: Context, x: Answer, out: Collected) -> None:
    forms = forms_of(ctx, out)
    voice = document_voice(ctx, out)
    for d in getattr(x, "demands", []):
        if not in_script(d.what, ctx.article.script, ctx.article.text):
            out.drop("demands", d.what, "written in another script than the article")
            continue
        span = supporting_sentence(ctx.article, d.sentence, d.what)
        if span is None:
            out.drop("demands", d.what, "no sentence of the article supports it")
            continue
        if spoken_by_a_commentator(span.quote):
            out.drop("demands", d.what, "the words of a commentator the article introduces as such ('said Selim Kaya, "
                                        "a professor of ...'), no party's move")
            continue
        d = d.model_copy(update={"what": as_written(d.what, span.quote)})
        full = through_a_quote(d.what, span.quote)
        if full != d.what and not moves.own_intention(full, forms, ctx.article.language):
            d = d.model_copy(update={"what": full})  # (not 'Belgrade wants to implement the "technical" parts')
        if voice and (voiced := _speaker_voice(ctx, out, span, d.what, voice)) != d.what:
            d = d.model_copy(update={"what": voiced})  # 'we want guarantees ...' in an interview: the speaker's party
        asked = _asked_after_a_copied_opening(d.what, d.by, span.quote, forms, ctx.article.language)
        if asked:
            d = d.model_copy(update={"what": asked, "type": "demand"})  # (the sentence's verb asks, whatever kind
            # the model gave the copy)
        if d.type == "rejection" and ("rejection" in moves.kinds(span.quote, ctx.article.language)
                                      or not moves.asks(span.quote, ctx.article.language)):
            # a question a party refuses something on is open (not one it only asks for: the other side may grant it;
            # measured on dev, fewer false issues at the same recall), unless the sentence only asks ('India asked
            # Pakistan to hand over five men', given as a refusal: the refusal is elsewhere)
            add_issue(ctx, out, d.about, span, forms)
        if d.type == "demand" and moves.hypothetical(span.quote, ctx.article.language):
            out.drop("demands", d.what, "a scenario, not a move ('might demand', 'could insist on')")
            continue
        if d.what.strip() in {p.name for p in out.people} or names.person_like(d.what.strip()):
            out.drop("demands", d.what, "a person's name, not a demand")
            continue
        move = moves.parse(d.what, forms, ctx.article.language)
        if _asks_itself(move, forms):
            out.drop("demands", d.what, "a party that asks itself to act ('Iran demands that Tehran reject ...')")
            continue
        if _only_who_spoke(d.what, span.quote, ctx.article.language):
            out.drop("demands", d.what, "who said the sentence's quotation and where, not what is asked")
            continue
        if _the_subject(d.what, span.quote, ctx.article.language):
            out.drop("demands", d.what, "the words before the sentence's verb of asking: who asks, not what is asked")
            continue
        if d.type == "demand" and moves.a_claim(d.what):
            out.drop("demands", d.what, "a claim that a thing is or stays so ('it will stay under Russian "
                                        "management'), not what is asked of anyone")
            continue
        if not asked and _pasted(move, d.what, span.quote):
            voiced = _speaker_voice(ctx, out, span, " ".join(span.quote.split()), voice)
            condition = moves.condition_set(voiced, forms)  # ('We are ready to ..., but only if ...': the speaker's)
            if condition is None or condition.by != d.by:
                out.drop("demands", d.what, "the article's sentence pasted, not a demand stated")
                continue
            # the model chose the sentence and its party: code copies the condition that party sets ('..., but only
            # if Israeli troops pulled back ...')
            d = d.model_copy(update={"what": condition.text, "type": "demand"})
            move = moves.parse(d.what, forms, ctx.article.language)
        by, to, mode, read = _read(d, move, span, forms, ctx.article.language)
        said = moves.kinds(span.quote, ctx.article.language)
        if mode != "demand" and ((said and mode not in said) or (mode == "agreement" and moves.not_agreed(span.quote))):
            # 'Azerbaijan's delegation ... demanded' given as an agreement; 'fail to agree on border text' (a sentence
            # with no verb of a move keeps the model's kind: 'said the group was ready to negotiate')
            out.drop("demands", d.what, f"the article's sentence makes another kind of move, not a {mode}")
            continue
        if mode == "demand" and not said:
            out.drop("demands", d.what, "the article's sentence asks nothing of anyone")
            continue
        if mode == "demand" and "demand" in said and not moves.asks(span.quote, ctx.article.language) \
                and _obligation_in_a_question(span.quote):
            # 'ended without agreement on how much water the dam must release': the question is open, nobody asks
            out.drop("demands", d.what, "an obligation inside a question ('how much water the dam must release')")
            continue
        if mode == "demand" and by and said == ["demand"] and not moves.asks(span.quote, ctx.article.language) \
                and not moves.speech_at(span.quote) and not _names_party(ctx, by, span, out):
            # 'The UN Security Council must renew the mandate by October 31': a duty stated as a fact, which the
            # party given as holding it does not voice in this sentence
            out.drop("demands", d.what, "a duty stated as a fact, asked by no party the sentence names")
            continue
        if mode == "demand" and "demand" not in said:
            if move.mode == "demand":  # the model wrote a demand the sentence it cites does not make
                out.drop("demands", d.what, "the article's sentence makes another kind of move, not this demand")
                continue
            mode = said[0]  # 'The two men agreed to set up a joint expert group': an agreement
        limit = thresholds.MAX_WORDS["demand"]
        read = moves.demanded(moves.without_side_subject(_RELATIVE_ASIDE.sub(" ", read), ctx.article.language), forms)
        read = moves.within(read, limit, forms)
        what, reason = short_text(read, limit_for(read, span.quote, "demand"), ctx.article) if read else (None, "")
        if what is None and mode == "demand" and by and (parts := _listed_parts(ctx, read, span, forms)):
            # a long copy that lists demands ('... that Tiraspol agree to the withdrawal of ... and to the removal of
            # ...'): each one, when each is short
            for part in parts:
                _add_demand(out, Demand(party=by, addressed_to=to, demand=part, evidence=span.evidence()), forms)
            continue
        if what is None:
            out.drop("demands", d.what, reason or "the article's sentence says the reverse, at more length than a short text")
            continue
        if moves.lacks_object(what, ctx.article.language):  # '..., which army chief al-Burhan has ruled out'
            what = moves.antecedent(span.quote, ctx.article.language)
            if not what:
                out.drop("demands", d.what, "says who moves but not what is demanded, refused or agreed")
                continue
        if len(what.split()) == 1 and not moves.names_something(what):
            out.drop("demands", what, "one word that names nothing asked ('zurück' of 'wies die Forderung zurück')")
            continue
        if moves.indefinite(what):
            out.drop("demands", what, "an indefinite pronoun for what is asked ('something it can announce'), which "
                                      "names nothing asked")
            continue
        if _PRONOUN_ONLY.match(what) and not moves.names_something(_PRONOUN_ONLY.sub("", what)):
            out.drop("demands", what, "a pronoun for what is asked ('wants it first'), which the text does not name")
            continue
        if d.type == "demand" and (_a_fact(move, d.what, ctx.article.language) or _PROGRESSIVE.search(what)):
            out.drop("demands", d.what, "a statement of fact ('the U.S. is making efforts'), not a demand")
            continue
        if not by:
            out.drop("demands", what, "no party holds it")
            continue
        if mode != "demand":
            what = moves.without_description(what) or what  # not '..., a Venezuelan diplomat said'
            stated = moves.stated_move(span.quote, forms, ctx.article.language)
            if stated and (stated.by, stated.mode) == (by, mode) and what.lower() not in span.quote.lower():
                # the article's words over the model's own ('La Kenya a proposé' for 'Le Kenya a proposé')
                what = short_text(stated.text, limit_for(stated.text, span.quote, "demand"), ctx.article)[0] or what
            if to and to not in {p for _, _, p in moves.mentions(span.quote, forms)}:
                to = ""  # a refusal or an offer is made to the party its sentence names, else to no one in particular
            if not any(s.party == by and fuzz.token_set_ratio(s.text, what) >= thresholds.SAME_DEMAND
                       for s in out.statements):
                out.statements.append(Statement(party=by, addressed_to=to, mode=cast(Mode, mode), text=what,
                                                evidence=span.evidence()))
            continue
        what = as_written(what, span.quote)  # (the model's copy, respaced: 'U. S.' where the article writes 'U.S.')
        _add_demand(out, Demand(party=by, addressed_to=to, demand=what, evidence=span.evidence()), forms)
    _keep_one_owner(ctx, out)
    if hasattr(x, "demands"):
        _add_stated(ctx, out, forms)
        _add_with_demanding(ctx, out, forms)
        _add_stated_moves(ctx, out, forms)
        _address_by_the_noun(ctx, out, forms)
        _address_the_giver(out, forms)
        _address_the_passive_subject(out, forms)
        _address_the_side_that_answers(ctx, out, forms)
        _address_the_other_side(out)
        _drop_heading_twins(ctx, out)
    announced = announced_questions(ctx) if hasattr(x, "issues") else []
    headings = {n for n, _ in announced}
    for i in getattr(x, "issues", []):
        claim = supporting_sentence(ctx.article, i.sentence, i.issue)
        if claim is None:
            out.drop("open_issues", i.issue, "no sentence of the article supports it")
            continue
        cited = sentence(ctx.article, i.sentence) if 1 <= i.sentence <= len(ctx.article.sentences) else None
        # (the words that say so may stand on two lines of a wrapped paragraph: 'without\nagreement on')
        if not moves.says_unresolved(" ".join(claim.quote.split())) and not (
                cited and moves.says_unresolved(cited.quote) and _POINTS_BACK.match(cited.quote)) \
                and sentence_number_at(ctx.article, claim.start) not in headings:
            # the model's text stands in a sentence it was not offered, nor in the one before a sentence that
            # says 'The issue has been a key sticking point'
            out.drop("open_issues", i.issue, "its sentence does not say that a question is open")
            continue
        if _after_the_open_clause(claim.quote, i.issue):
            out.drop("open_issues", i.issue, "stands after a contrast that ends the words saying a question is open "
                                             "('far apart on territory but that a truce could come first')")
            continue
        if moved := moves.moved_on(i.issue.strip(), forms, ctx.article.language):
            i = i.model_copy(update={"issue": moved})  # a party's move copied as the question: what it moves on
        for question in two_questions(i.issue):  # 'the terms of a lease and the demarcation of the border': two
            add_issue(ctx, out, question, claim, forms)
    if hasattr(x, "issues"):
        add_stated_issues(ctx, out)
        add_announced_issues(ctx, out, announced)
        add_table_issues(ctx, out)


def _after_the_open_clause(quote: str, issue: str) -> bool:
    """The model's question stands in the sentence after a contrast ('but', 'while') that follows the words saying a
    question is open, and its own clause says none is: the open question is the one before (code reads it)."""
    at = quote.lower().find(issue.lower())
    if at < 0:
        return False
    cuts = [m.start() for m in re.finditer(CONTRAST, quote) if m.start() < at]
    return bool(cuts) and moves.says_unresolved(quote[:cuts[-1]]) and not moves.says_unresolved(quote[cuts[-1]:])


_SPEAKER = re.compile(r"([A-ZÀ-Þ][\w'’.-]+(?:\s+[A-ZÀ-Þ][\w'’.-]+){0,2})\s*:\s")  # 'Asanbekov: ' opening a paragraph


def _listed_parts(ctx: Context, read: str, span: Span, forms: dict[str, str]) -> list[str]:
    """The demands a text too long for one lists, each short and naming something; [] when it lists one, or when
    one of them is still too long or still holds the verb that asks (the sentence copied with its opening, which
    code reads on its own)."""
    parts = moves.listed(read, forms)
    if len(parts) < 2:
        return []
    short = [_short_demand(ctx, span, part, forms) for part in parts]
    return [w for w in short if w] if all(w and moves.names_something(w) and not _PROGRESSIVE.search(w)
                                          and not moves.asks(w, ctx.article.language) for w in short) else []


def _speaker_voice(ctx: Context, out: Collected, span: Span, text: str, voice: str) -> str:
    """The sentence with an opening 'We' replaced by the party of the speaker whose label opens its paragraph, in a
    transcript ('Asanbekov: ... We insist that every road ... be subject to Kyrgyz border controls.' is Kyrgyzstan's
    demand, Asanbekov speaking for it); else unchanged."""
    first, _, rest = text.partition(" ")
    if first.lower() not in moves.words_of("own_voice") or first.lower() in ("i", "je", "ich", "я", "io", "eu"):
        return text
    line = ctx.article.text[ctx.article.text.rfind("\n", 0, span.start) + 1:span.start]
    label = _SPEAKER.match(line)
    speaker = next((p.affiliation for p in out.people if label and p.affiliation and
                    (p.name == label.group(1) or p.name.split()[-1] == label.group(1).split()[-1])), None)
    if label is None:  # a paragraph of the document's own speaker (`voice`: 'We call on Washington to ...' in a
        speaker = voice  # ministry spokeswoman's briefing)
    return f"{speaker} {rest}" if speaker else text


# a title that says whose words the document gives ('Foreign Ministry Spokeswoman Maria Zakharova's briefing',
# 'Statement by the President', 'Remarks by Secretary Rubio')
_OWN_WORDS = re.compile(r"(?<!\w)(?:briefing|statement|remarks|comments|address|speech|press conference|readout|interview|"
                        r"op-ed|message)(?!\w)", re.I)
# of those, an interview: its speaker is the one interviewed, whom the introduction names first
_INTERVIEW = re.compile(r"(?<!\w)(?:interview|entretien|entrevista|intervista|wywiad|интервью)(?!\w)", re.I)


def document_voice(ctx: Context, out: Collected) -> str:
    """The state whose official speaks in the whole document: a person of a state named in a title that says it
    gives that person's words; else ''."""
    title = ctx.article.title
    if not _OWN_WORDS.search(title):
        return ""
    speaker = next((p.affiliation for p in out.people if p.affiliation and p.name in title), "")
    if not speaker and _INTERVIEW.search(title) and not any(p.name in title for p in out.people):
        # an interview whose title names nobody ('INTERVIEW' over the page): the one interviewed, whom the introduction
        # names first
        first = min((p for p in out.people if p.evidence), key=lambda p: p.evidence[0].start, default=None)
        speaker = first.affiliation if first else ""
    return speaker if names.is_state(speaker) else ""  # (a state's official: a body's spokesman speaks for a mediator)


def _with_its_subject(ctx: Context, n: int, forms: dict[str, str], depth: int = moves.PRONOUN_CHAIN) -> str:
    """Sentence `n` with an opening pronoun replaced by the party it stands for, itself read from the sentence
    before ('What do the separatist groups want? They insist ... They also want ...': both are the separatists')."""
    span = sentence(ctx.article, n)
    if span is None:
        return ""
    text = moves.without_attribution(span.quote)
    if depth <= 0 or n <= 1:
        return text
    return moves.standing_for(text, _with_its_subject(ctx, n - 1, forms, depth - 1), forms)


# 'asked for funding from the European Union': what is asked for, and from whom (no comma between: not 'monitors,
# possibly from the OSCE', where they would come from)
_FROM = re.compile(r"^(?:for\s+)?[^,;]{1,60}?\s+from\s+(?:the\s+)?([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})")


def _of_an_outsider(text: str, out: Collected) -> bool:
    """What is asked is asked from a state or body that takes no part in the talks ('asked for funding from the
    European Union'): a request to an outsider, no demand in these negotiations."""
    found = _FROM.match(text)
    if found is None:
        return False
    named = names.known_party(found.group(1))
    return bool(named) and named not in {p.name for p in out.parties}


def _add_stated(ctx: Context, out: Collected, forms: dict[str, str]) -> None:
    """Demands a sentence states in so many words ('Kiev demands an unconditional ceasefire'), read by code, in the
    sentences the model cited for no demand: the small model lists few of the demands an article holds."""
    cited: dict[int, set[str]] = {}  # sentence start -> the parties the model gave a demand there
    for d in out.demands:
        for e in d.evidence[:1]:
            cited.setdefault(e.start, set()).add(d.party)
    voice = document_voice(ctx, out)
    for n in range(1, len(ctx.article.sentences) + 1):
        span = sentence(ctx.article, n)
        if span is None or not (moves.states_a_move(span.quote, ctx.article.language)
                                or moves.names_a_precondition(span.quote) or moves.names_a_price(span.quote)):
            continue
        before = sentence(ctx.article, n - 1) if n > 1 else None
        text = _with_its_subject(ctx, n, forms)
        text = _speaker_voice(ctx, out, span, text, voice)
        text = _side_by_its_noun(ctx, out, n, text, forms)
        for clause in moves.clauses(text):  # 'Armenia insists that ..., while Baku wants ...': each side's demand
            if clause != text:  # '..., and it wants ...': the sentence's subject
                clause = moves.standing_for(clause, text, forms)
            said = moves.stated_demand(clause, forms, ctx.article.language)
            if said is None and voice:
                said = _duty_in_own_voice(clause, voice, forms)
            if said is None and clause == text:  # 'According to the Kremlin, ...'; '"... We want ...," he said.'
                said = moves.attributed_demand(span.quote, forms, ctx.article.language) or next(
                    (q for b in dict.fromkeys((_before_quote(ctx, n), before.quote if before else ""))
                     if (q := moves.quoted_own_demand(_whole_quote(ctx, n), b, forms, ctx.article.language))), None)
                if said is not None and said.text not in span.quote:
                    said = None  # a demand the quote holds in a later sentence: that sentence's own
                if said is None and (speaker := _speaker_went_on(ctx, n, forms)):  # '"Denuclearization is not on
                    # the table. If Washington wants dialogue, it must ..."' after '"...," Kim was quoted as saying.'
                    said = moves.demand_in_quote(span.quote, speaker, forms, ctx.article.language)
            if said is None or not said.by or (not said.to and _of_an_outsider(said.text, out)):
                continue
            model = cited.get(span.start, set())
            speech = moves.speech_at(text)
            speaks = speech.start() if speech and speech.start() < said.verb_at else 0  # 'Syrian officials said'
            at = text.find(said.text)
            asked = range(at, at + len(said.text)) if at >= 0 else range(said.verb_at, len(text))
            if model and clause == text and said.by not in model and not any(
                    p in model and a not in asked for a, _, p in moves.mentions(text, forms) if a >= speaks):
                # the model gave this sentence's demand to a party the sentence names only as the speaker, inside what
                # is asked, or not at all ('Syrian officials said Israel was also demanding a corridor' is Israel's;
                # 'Die Regierung in Tripolis forderte, dass die LNA ...' is not the LNA's; 'The IAEA wants ... an
                # account of Iran's stock' is not Iran's): code's reading stands
                wrong = cited.pop(span.start)
                out.demands[:] = [d for d in out.demands if not (d.evidence and d.evidence[0].start == span.start
                                                                 and d.party in wrong)]
            parts = moves.listed(said.text, forms)
            if said.by in cited.get(span.start, set()):
                _say_in_full(ctx, out, span, said.by, parts[0], forms)
            if span.start in cited and (clause == text or said.by in cited[span.start]) \
                    and not moves.asked_again(clause, text):  # (a second verb of asking is a move of its own)
                # the model read this sentence's first move, or this party's move in it: code adds only the demands
                # the text lists after the first ('wants its units to join as divisions, and demands that Kurdish be
                # recognised'), which the small model leaves out
                parts = parts[1:] if said.by in cited[span.start] else []
            for part in parts:  # each demand a long text lists, before its length is judged
                # without an apposition that describes it ('..., a condition Kyiv has repeatedly rejected')
                what = _short_demand(ctx, span, part, forms)
                if what is None or _PROGRESSIVE.search(what) or not moves.names_something(what):
                    continue  # nor one that names nothing ('Kosovo demanded the impossible')
                for holder in (said.by, *moves.joint_holders(clause, said, forms)):  # 'A and B want ...': both
                    _add_demand(out, Demand(party=holder, addressed_to=said.to or "" if said.to != holder else "",
                                            demand=what, evidence=span.evidence()), forms)


QUOTE_SENTENCES = 3  # a quote that opens in one sentence is read on through at most this many more
_OPENS = re.compile(r"\s*[\"“«]")  # a text that opens with a quote mark
_CLOSING = re.compile(r"[\"”»]")  # a mark that may close a quote
_MARK = re.compile(r"[\"“”«»]")  # any quote mark


def _whole_quote(ctx: Context, n: int) -> str:
    """Sentence `n`, and when it opens a quote it does not close, the sentences on to the one that closes it (its
    speaker named there: '"Yerevan has to remove the claim. If it does not, there is no treaty," he told ...')."""
    span = sentence(ctx.article, n)
    own = text = span.quote if span else ""
    if not _opens_a_quote(own):
        return own
    for k in range(n + 1, min(n + QUOTE_SENTENCES, len(ctx.article.sentences)) + 1):
        more = sentence(ctx.article, k)
        if more is None or _opens_a_quote(more.quote):
            return own
        text = f"{text} {more.quote}"
        if _CLOSING.search(more.quote):
            return text
    return own


def _quote_opening(ctx: Context, n: int) -> int | None:
    """The number of the sentence that opens the quote sentence `n` is part of (`n` itself when it opens one), or
    None when `n` is in no quote that opens within QUOTE_SENTENCES sentences before it."""
    span = sentence(ctx.article, n)
    if span is None:
        return None
    if _OPENS.match(span.quote):
        return n
    if not _CLOSING.search(span.quote):
        return None
    for k in range(n - 1, max(0, n - 1 - QUOTE_SENTENCES), -1):
        back = sentence(ctx.article, k)
        if back is None:
            return None
        if _opens_a_quote(back.quote):
            return k
        if _MARK.search(back.quote):
            return None
    return None


def _before_quote(ctx: Context, n: int) -> str:
    """The sentence before the one that opens the quote sentence `n` ends ('Medinsky told reporters ...' before
    '"The talks were difficult. ... The forces must leave Donbass," he said.'), where a pronoun's speaker is named;
    else the sentence before `n`."""
    opening = _quote_opening(ctx, n)
    k = opening if opening and opening != n else n
    before = sentence(ctx.article, k - 1) if k > 1 else None
    return before.quote if before else ""


def _speaker_went_on(ctx: Context, n: int, forms: dict[str, str]) -> str | None:
    """The party of the speaker of the quote before, in the same paragraph, when sentence `n` is in a quote that
    names no speaker of its own: the same speaker goes on ('"...," Kim was quoted as saying by KCNA. "Denuclearization
    is not on the table. If Washington wants dialogue, it must ..."')."""
    opening = _quote_opening(ctx, n)
    if opening is None or opening < 2:
        return None
    whole = _whole_quote(ctx, opening)
    first, before = sentence(ctx.article, n), sentence(ctx.article, opening - 1)
    if first is None or before is None or not re.search(rf"{_CLOSING.pattern}\W*$", whole) \
            or len(_MARK.findall(whole)) != 2 \
            or not ctx.article.same_paragraph(first.start, before.start):
        return None
    return moves.quote_speaker(before.quote, _before_quote(ctx, opening - 1), forms)


def _opens_a_quote(text: str) -> bool:
    """The text opens a quote it does not close ('"Yerevan has to remove the claim.')."""
    straight = text.count('"')
    return bool(_OPENS.match(text)) and (straight % 2 == 1 if straight else
                                                   text.count("“") + text.count("«") > text.count("”") + text.count("»"))


def _short_demand(ctx: Context, span: Span, part: str, forms: dict[str, str]) -> str | None:
    """A demanded part as a short text: without what follows it and is not demanded, and without a describing clause
    when it is too long (each demand a long text lists, before its length is judged); None when still too long."""
    part = moves.within(moves.demanded(part, forms), thresholds.MAX_WORDS["demand"], forms)
    short = short_text(part, limit_for(part, span.quote, "demand"), ctx.article)[0]
    timed = _WHEN_AFTER.search(part)
    if short is None and timed and len(part[:timed.start()].split()) >= 3:
        # still too long: what is asked without the time it is asked for by ('sanctions on its bank lifted and the
        # bank reconnected to SWIFT' before '... before any truce at sea takes effect')
        short = short_text(part[:timed.start()], limit_for(part[:timed.start()], span.quote, "demand"), ctx.article)[0]
    return short


# the time a demand is asked for by, closing it ('... before any truce at sea takes effect'), or the deal it is part
# of ('... as part of any agreement')
_WHEN_AFTER = re.compile(r"\s+(?:before|until|once|as\s+soon\s+as|by\s+the\s+time)\s+[^,;]+$|"
                         r"\s+as\s+(?:a\s+)?part\s+of\s+(?:any|a|the|an)\s+[^,;]+$", re.I)  # (or what it is part of)


def _say_in_full(ctx: Context, out: Collected, span: Span, party: str, part: str, forms: dict[str, str]) -> None:
    """The model's demand of `party` cited from this sentence, when it names only the topic of what the sentence
    asks ('border guarantees' of 'Armenia insists that Azerbaijan sign the border guarantees before ...'), takes the
    sentence's words."""
    what = _short_demand(ctx, span, part, forms)
    for i, d in enumerate(out.demands):
        if what and d.party == party and d.evidence and d.evidence[0].start == span.start and _vaguer(d.demand, what):
            out.demands[i] = d.model_copy(update={"demand": what})


def _duty_in_own_voice(clause: str, voice: str, forms: dict[str, str]) -> moves.Move | None:
    """A duty the document's own speaker lays on another party, in its own words ('The Kiev regime must withdraw its
    formations from ...' in the Russian ministry's briefing): the speaker's demand of that party. Not in a quote or
    a sentence that reports someone speaking, whose duty is that speaker's."""
    duty = moves.obliged(clause)
    if duty is None or moves.speech_at(clause) or re.search(r"[\"“”«»]", clause):
        return None
    named = moves.mentions(clause[:duty.start()], forms)
    if not named or named[0][2] == voice or moves.mentions(clause[:named[0][0]], forms):
        return None
    # from a colon before the party ('Our position is well known: the Ukrainian armed forces must ...'; not a clock's
    # '10:30')
    colon = max((m.end() for m in re.finditer(r":\s", clause[:named[0][0]])), default=0)
    text = clause[colon:].strip().rstrip(".;!")
    return moves.Move(voice, named[0][2], "demand", text[0].lower() + text[1:] if text.startswith("The ") else text)


def _add_with_demanding(ctx: Context, out: Collected, forms: dict[str, str]) -> None:
    """Each side's demand a 'with' phrase names ('..., with Baghdad demanding X and Ankara insisting that Iraq Y'), or
    a clause that describes the thing wanted ('the port of Mykolaiv, which Ukraine wants included in any deal'), in
    English articles, unless that party already holds the same."""
    if ctx.article.language not in ("", "en"):
        return
    for n in range(1, len(ctx.article.sentences) + 1):
        span = sentence(ctx.article, n)
        if span is None:
            continue
        for said in [*moves.with_demanding(span.quote, forms), *moves.which_wanted(span.quote, forms)]:
            what = _short_demand(ctx, span, said.text, forms)
            if what and said.by:
                _add_demand(out, Demand(party=said.by, addressed_to=said.to or "", demand=what,
                                        evidence=span.evidence()), forms)


def _add_stated_moves(ctx: Context, out: Collected, forms: dict[str, str]) -> None:
    """Proposals, rejections and agreements a sentence states in so many words ('Ukraine will not give up territory
    it holds'), read by code in the sentences where neither the model nor code found a move; and a refusal until
    something is done ('will not sign the framework until a withdrawal has been verified'), whose condition is
    already a demand: it refuses as well as asks."""
    asked = {e.start for d in out.demands for e in d.evidence[:1]}
    stated = {e.start for s in out.statements for e in s.evidence[:1]}
    for n in range(1, len(ctx.article.sentences) + 1):
        span = sentence(ctx.article, n)
        if span is None or span.start in stated:
            continue
        said = moves.unacceptable(span.quote, forms) or moves.held_as_non_negotiable(span.quote, forms) \
            if ctx.article.language in ("", "en") else None
        if said is None and moves.states_a_move(span.quote, ctx.article.language):
            said = moves.stated_move(span.quote, forms, ctx.article.language)
        if said is None or not said.by or said.mode is None:
            continue
        if span.start in asked and not (said.mode == "rejection" and (moves.names_a_condition(said.text) or not any(
                d.demand in said.text for d in out.demands if d.evidence and d.evidence[0].start == span.start))):
            continue  # (a refusal that holds none of the sentence's demands is a move of its own: 'Spain has rejected
            # any wording ..., and has asked for a mirror clause')
        said_text = moves.before_contrast(said.text)
        text = short_text(said_text, limit_for(said_text, span.quote, "demand"), ctx.article)[0]
        if text and moves.names_something(text):
            out.statements.append(Statement(party=said.by, addressed_to="", mode=cast(Mode, said.mode), text=text,
                                            evidence=span.evidence()))


# a duty whose subject is a pronoun ('they must stay valid', of contracts): it names no party that must act
_UNNAMED_DUTY = re.compile(r"\s*(?:they|it)\s+(?:must|should|has to|have to|need to|needs to)\b", re.I)


# a right a party claims as its own ('its right to enrich', 'their inalienable right of return')
_OWN_RIGHT = re.compile(r"\s*(?:its|their|our)\s+(?:own\s+)?(?:\w+\s+)?rights?\s+(?:to|of)\s", re.I)


# a military operation, which a party presses or pursues but asks of no one ('as Russia presses a winter offensive')
_AN_OPERATION = re.compile(r"^(?:a|an|its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:offensive|assault|advance|counteroffensive|"
                           r"counter-offensive)(?!\w)", re.I)


def _add_demand(out: Collected, demand: Demand, forms: dict[str, str]) -> None:
    """A demand, one for each it lists ('..., as well as ...'), unless its party already holds the same."""
    if _WHAT_THEY.match(demand.demand):
        out.drop("demands", demand.demand, "names that a party wants something, not what ('what they refuse')")
        return
    if _UNNAMED_DUTY.match(demand.demand):
        out.drop("demands", demand.demand, "a pronoun names what must act ('they must stay valid'): a stance, not a "
                                           "demand on a party")
        return
    if _AN_OPERATION.match(demand.demand):
        out.drop("demands", demand.demand, "a military operation a party presses ('presses a winter offensive'), "
                                           "not what it asks of anyone")
        return
    if _OWN_RIGHT.match(demand.demand):  # 'Tehran insists on its right to enrich on its own soil': what it will not
        # give up, no action asked of another party
        if not any(s.party == demand.party and s.text == demand.demand for s in out.statements):
            out.statements.append(Statement(party=demand.party, addressed_to="", mode="rejection",
                                            text=demand.demand, evidence=demand.evidence))
        return
    parts = moves.listed(demand.demand, forms)
    for what in (moves.demanded(part, forms) for part in parts):
        named = moves.mentions(what, forms)
        if parts != [demand.demand] and named and named[0][0] == 0 \
                and named[0][2] == demand.party != demand.addressed_to:
            continue  # of two demanded clauses, one whose subject is the party itself ('Rabat's plan be the basis')
        same = [q for q in out.demands
                if q.party == demand.party and fuzz.token_set_ratio(q.demand, what) >= thresholds.SAME_DEMAND]
        vague = [q for q in same if _vaguer(q.demand, what)]
        if vague:  # 'border guarantees' (a headline's topic) of 'Azerbaijan sign the border guarantees before ...'
            out.demands[out.demands.index(vague[0])] = demand.model_copy(update={"demand": what})
        elif not same:
            out.demands.append(demand.model_copy(update={"demand": what}))


VAGUE_WORDS = 2  # a demand of this many content words or fewer only names its topic ('security guarantees')


def _vaguer(old: str, new: str) -> bool:
    """The demand `old` names only the topic of `new`: a few content words, each of them in `new`, which says more."""
    words, more = content_words(old), content_words(new)
    return 0 < len(words) <= VAGUE_WORDS and words < more


def _side_noun(text: str, before_name: str = "") -> re.Match | None:
    """A side named by a common noun at the start of `text` ('the government', 'the national government', 'the
    rebels'): group 1 holds a noun of a state, group 2 one of another group."""
    return re.match(rf"(?:the|le|la|les|die|der|el|los)\s+{before_name}(?:({moves.one_of('state_nouns')})|"
                    rf"({moves.one_of('group_nouns_other')}))\b", text, re.I)


def _nearest_of_its_kind(ctx: Context, out: Collected, forms: dict[str, str], sentences: range, state: bool,
                         other_than: str = "") -> str | None:
    """The party of a kind (a state, or another group) named last in the first of `sentences` that names one, other
    than `other_than`: a negotiating party before a mediator or a bystander."""
    negotiating = {p.name for p in out.parties if p.role == "negotiating party"}
    for k in sentences:
        span = sentence(ctx.article, k)
        named = moves.mentions(span.quote, forms) if span else []
        fitting = [p for _, _, p in named if p != other_than and names.is_state(p) == state]
        sides = [p for p in fitting if p in negotiating]
        if sides or fitting:
            return (sides or fitting)[-1]
    return None


def _address_by_the_noun(ctx: Context, out: Collected, forms: dict[str, str]) -> None:
    """A demand whose clause opens with a side named by a common noun ('the government included the fighters held in
    Marib') is made of the party of that kind (a state for 'the government', another group for 'the rebels') the
    article names nearest before the demand's sentence ends, other than the party that demands: in the nearest
    sentence that names one (a round-up reports several talks), a negotiating party if one fits."""
    for d in out.demands:
        noun = _side_noun(d.demand)
        if d.addressed_to or noun is None or not d.evidence or moves.of_both_sides(d.demand):
            continue
        n = sentence_number_at(ctx.article, d.evidence[0].start) or 1
        # (the demand's sentence, then each one before it)
        d.addressed_to = _nearest_of_its_kind(ctx, out, forms, range(n, 0, -1), noun.group(1) is not None,
                                              d.party) or ""


def _side_by_its_noun(ctx: Context, out: Collected, n: int, text: str, forms: dict[str, str]) -> str:
    """Sentence `n` with an opening side named by a common noun before a verb of a move ('The group also wants
    international observers') replaced by the party of that kind (a state for 'the government', another group for
    'the group', 'the rebels') named nearest before it, a negotiating party if one fits; else unchanged."""
    noun = _side_noun(text, before_name=r"(?:(?:national|central|federal)\s+)?")
    if noun is None or moves.mentions(text[:noun.end()], forms):
        return text
    verb = moves.first_verb(text, noun.end(), ctx.article.language)
    if verb is None or len(text[noun.end():verb].split()) > 1:  # 'The group also wants': the noun is the subject
        return text
    # (each sentence before it, nearest first)
    party = _nearest_of_its_kind(ctx, out, forms, range(n - 1, max(0, n - 1 - moves.PRONOUN_CHAIN), -1),
                                 noun.group(1) is not None)
    return f"{party} {text[noun.end():].lstrip()}" if party else text


def fold_a_side_named_by_a_noun(out: Collected) -> None:
    """A party the model named by a common noun ('Oposición', 'the rebels') beside the one party of that kind that
    negotiates ('Plataforma Unitaria Democrática') is that party: its demands, stances and people are moved to it."""
    for party in list(out.parties):
        noun = party.name.strip().lower()
        group = noun in {w.lower() for w in moves.words_of("opposition_nouns", "group_nouns_other")} or \
            noun.removeprefix("the ") in {w.lower() for w in moves.words_of("group_nouns_other")}
        if not group:
            continue
        named = [p.name for p in out.parties if p is not party and p.role == "negotiating party"
                 and not names.is_state(p.name)]
        if len(named) != 1:
            continue
        into = named[0]
        for d in out.demands:
            d.party = into if d.party == party.name else d.party
            d.addressed_to = into if d.addressed_to == party.name else d.addressed_to
        for st in out.statements:
            st.party = into if st.party == party.name else st.party
        for person in out.people:
            person.affiliation = into if person.affiliation == party.name else person.affiliation
        for issue in out.open_issues:
            if party.name in issue.positions:
                issue.positions.setdefault(into, issue.positions.pop(party.name))
        out.parties.remove(party)
        out.drop("parties", party.name, f"a common noun for {into}, the one party of its kind in the talks")
    out.demands[:] = [d for i, d in enumerate(out.demands)  # (the same demand given under both names: one)
                      if not any(q.party == d.party and q.demand == d.demand for q in out.demands[:i])]
    _address_the_other_side(out)


# what a party is asked to give, and 'from' before the giver ('security guarantees from the United States and
# European countries')
_GIVEN_FROM = re.compile(r"(?<!\w)(?:guarantees?|assurances?|commitments?|support|aid|funding|protection|troops|"
                         r"garanties?|Garantien|garantías|gwarancj\w*)(?:\s+[\w'’-]+){0,3}?\s+"
                         r"(?:from|de|des|von|od|de\s+parte\s+de)\s+", re.I)


def _address_the_giver(out: Collected, forms: dict[str, str]) -> None:
    """A demand that names who is to give what it asks ('any deal include security guarantees from the United States
    and European countries') is made of that party, not of the other side, whatever the model gave, unless another
    party is named before what is given ('Russia accept guarantees from the West')."""
    for d in out.demands:
        given = _GIVEN_FROM.search(d.demand)
        if given is None or any(p != d.party for _, _, p in moves.mentions(d.demand[:given.start()], forms)):
            continue  # ('Russia accept guarantees from the West': Russia is asked)
        named = moves.mentions(d.demand[given.end():], forms)
        if named and named[0][0] == 0 and named[0][2] != d.party:
            d.addressed_to = named[0][2]


def _address_the_other_side(out: Collected) -> None:
    """In talks between two sides, a demand one side makes without naming whom it asks is made of the other side."""
    negotiating = {p.name for p in out.parties if p.role == "negotiating party"}
    holders = {d.party for d in out.demands}
    # the two negotiating parties that make demands, else the two negotiating parties, else the two parties that
    # negotiate or make demands (a party that makes demands in the talks is a side, whatever role it was given)
    sides = next(([p.name for p in out.parties if p.name in group] for group in
                  (negotiating & holders, negotiating, negotiating | holders) if len(group) == 2), [])
    if len(sides) != 2:  # a holder that is not a party yet (one a person acts for) is no side
        return
    others = [p.name for p in out.parties if p.name not in sides]
    for d in out.demands:
        if not d.addressed_to and d.party in sides and not moves.of_both_sides(d.demand) \
                and not any(re.match(rf"(?:the\s+)?{re.escape(name)}(?!\w)", d.demand) for name in others):
            # (not 'both delegations to agree a truce': asked of every side; nor 'the European Union and the United
            # States to lift restrictions': asked of parties that are no side)
            d.addressed_to = sides[1 - sides.index(d.party)]


# a demanded clause in the passive, its subject before it ('US sanctions on its oil exports be lifted first', 'Russian
# troops be withdrawn from the border'): the party its subject names must act
_PASSIVE = re.compile(r"^(?P<subject>.{2,80}?)\s+(?:be|are|is)\s+(?:\w+ly\s+)?(?:\w+(?:ed|en|wn)|held|kept|set|put|cut|"
                      r"shut|paid|built|sent|undone|halted|lifted)\b", re.I)


def _address_the_side_that_answers(ctx: Context, out: Collected, forms: dict[str, str]) -> None:
    """A demand asked of no one named, whose sentence goes on with another party's own clause after a contrast ('Kyiv
    wants the plant back under Ukrainian control; Moscow insists it will stay under Russian management'): made of
    that party, the one that answers it: it refuses, or speaks of the same thing by a pronoun (not a mediator that
    offers something else: '...; Washington floats a demilitarised zone')."""
    third = {p.name for p in out.parties if p.role in ("mediator", "host")}
    for d in out.demands:
        if d.addressed_to or not d.evidence or moves.of_both_sides(d.demand):
            continue
        quote = d.evidence[0].quote
        at = quote.find(d.demand)
        later = next((c for c in moves.clauses(quote)[1:] if at >= 0 and quote.find(c) >= at + len(d.demand)), "")
        named = moves.mentions(later, forms)
        kinds = moves.kinds(later, ctx.article.language)
        if named and len(later[:named[0][0]].split()) <= 1 and named[0][2] != d.party and named[0][2] not in third \
                and "proposal" not in kinds and ("rejection" in kinds or _IT.search(later[named[0][1]:])):
            d.addressed_to = named[0][2]


_IT = re.compile(r"(?<!\w)(?:it|they|them|this|that)(?!\w)", re.I)  # the same thing, named again


def _address_the_passive_subject(out: Collected, forms: dict[str, str]) -> None:
    """A demand asked of no one named, in the passive, whose subject opens with another party ('Tehran demands that US
    sanctions on its oil exports be lifted first'), or whose agent after 'by' is another party ('guarantees approved
    by the U.S. Congress'): made of that party."""
    for d in out.demands:
        passive = _PASSIVE.match(d.demand) if not d.addressed_to else None
        named = [p for at, _, p in moves.mentions(passive.group("subject"), forms)
                 if at <= len("the ")] if passive else []  # (its subject's owner: not 'the referendum on Abyei')
        if named and named[0] != d.party:
            d.addressed_to = named[0]
            continue
        agent = _AGENT.search(d.demand) if not d.addressed_to else None  # ('those guarantees approved by the U.S.
        # Congress': the party after 'by' must act)
        acting = [p for at, _, p in moves.mentions(d.demand[agent.end():], forms) if at == 0] if agent else []
        if acting and acting[0] != d.party:
            d.addressed_to = acting[0]


# a past participle and 'by' before the party that must act ('approved by the U.S. Congress', 'signed by Moscow')
_AGENT = re.compile(r"(?<!\w)(?:\w+(?:ed|en|wn)|held|kept|set|paid|built|sent)\s+by\s+(?:the\s+)?(?=\w)", re.I)


def raw_positions(ctx: Context, x: Answer, out: Collected) -> None:
    """The model's choices mapped without checks: its texts and sentences as given."""
    for d in getattr(x, "demands", []):
        span = sentence(ctx.article, d.sentence)
        evidence = span.evidence() if span else []
        if d.type == "demand":
            out.demands.append(Demand(party=d.by, addressed_to=d.to, demand=d.what, evidence=evidence))
        else:
            out.statements.append(Statement(party=d.by, addressed_to=d.to, mode=d.type, text=d.what, evidence=evidence))
        if d.type != "agreement":
            out.open_issues.append(OpenIssue(issue=d.about, positions={}, evidence=evidence))
    for i in getattr(x, "issues", []):
        span = sentence(ctx.article, i.sentence)
        out.open_issues.append(OpenIssue(issue=i.issue, positions={}, evidence=span.evidence() if span else []))


def summary_text(ctx: Context, out: Collected) -> str:
    """The lede, copied: the first sentence after the headline that names a party and speaks of the talks, and the
    next such sentence; else the first sentence naming a party."""
    forms = moves.party_forms([p.name for p in out.parties], [], ctx.acronyms)
    spans = []
    for n in range(1, len(ctx.article.sentences) + 1):
        s = sentence(ctx.article, n)
        if s and s.quote.strip() == ctx.article.title:  # the headline is not a sentence of the report
            continue
        if s and moves.mentions(s.quote, forms) and moves.about_an_event(s.quote):
            spans.append(s)
            if len(spans) == SUMMARY_SENTENCES:
                break
    if not spans and out.parties:
        first = find_mention(ctx.article, [f for p in out.parties for f in names.mention_forms(p.name)])
        spans = [first] if first else []
    return " ".join(s.quote for s in spans)
