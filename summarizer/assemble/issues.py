"""Open issues: the questions an article says are disputed, and each party's stance on them.

A question is open when a sentence says so ('X remains unresolved', 'the hard questions, ... , are', 'It is unclear
who would verify ...'), or when the model names the question at stake in a refusal. A party's stance is its own move
on the question, else what it said of it.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from rapidfuzz import fuzz

from .. import names, thresholds
from ..articles import word_count
from ..contract import Demand, OpenIssue
from ..evidence import Span, a_heading, content_words, heading_twins, sentence, sentence_number_at
from ..language import HAN, dominant_script
from . import moves
from .actors import the_group_side, the_state_side
from .checks import limit_for, short_text
from .state import Collected, Context

# the verb after which a sentence says its subject is open ('the future of Gaza remains unresolved')
CLAUSE = re.compile(r"(?<!\w)(remains?|remained|is|are|was|were|has|have|stays?|stayed|est|sont|reste|restent|n['’]a|n['’]ont|ist|sind|bleibt|bleiben|"
                     r"es|está|están|sigue|siguen|остается|остаётся|остаются|залишається|залишаються|лишається|continua|continuam|"
                     r"permanece|permanecem|é|są|jest|pozostaje|pozostają|pozostał[aoy]?|são)(?!\w)", re.I)
# 'the question remains open', 'key questions still open', 'several outstanding issues' name none
_GENERIC = {"quest", "issue", "point", "matte", "probl", "topic", "thing", "key", "main", "remai", "open", "still",
            "outst", "unres", "sever", "other", "major", "posit", "dossi", "sujet", "core", "crux", "bigge", "harde",
            "thorn", "tough",
            # the state of things, no question ('la situation reste tendue', 'the situation remains unclear')
            "situa", "lage", "clima", "atmos", "mood", "ambia",
            # the conflict as a whole, no question in it ('The facts of the dispute are simple to state')
            "dispu", "confl", "quarr", "facts", "fact",
            # no question in particular ('divided on nearly everything')
            "every", "anyth", "nothi", "nearl", "almos",
            # a pronoun or a demonstrative standing for questions named elsewhere ('The questions left are the hardest
            # ones', 'the positions of the parties on these matters')
            "ones", "left", "these", "those", "such", "neith", "eithe", "both"}  # ('neither issue', 'both questions')
# a clause between commas that only describes what comes before it: not part of the question
_RELATIVE = re.compile(r",\s*(?:which|who|whom|whose|qui|que|dont|lequel|laquelle|welche[rsnm]?|der|die|das|"
                       r"el cual|la cual|который|которая|которое|которые)\b[^,]*,", re.I)
# what follows a word saying a question is open and names the question ('disagreement was about X', 'divided over X')
_OVER = re.compile(r"^\w*\s*(?:(?:\w+ed|is|was|are|were|remains?|remained|also|still|persists?|continues?|lingers?)\s+){0,3}"
                   r"(?:(?:reached|made|found)\s+)?(?:about|over|on|concerning|concerns?|sur|über|sobre|w\s+sprawie|co\s+do)"
                   r"\s+(?!(?:which|whom|what)\b)([^.;!?\"“”]+)", re.I)  # (not 'the question on which everything hangs')
# a word of contrast that opens another clause: the question before it ends there ('remain far apart on territory but
# that a truce could come first')
CONTRAST = r"\s(?:but|while|whereas|although|though)\s"
# words that end a clause without being part of the question it names ('No agreement was reached on the sequencing
# either'; 'how many fighters will go to them, also remain to be agreed')
_TRAILING = re.compile(r"(?:[\s,]+(?:either|also|still|yet|too|so far|as well|either way))+\s*$", re.I)
# a verb that says a question was left unsettled and takes it as its object ('The talks also failed to settle the
# sharing of oil revenue with the states, an issue ...'): the object, up to a comma
_LEFT_UNSETTLED = re.compile(r"(?:settle|resolve|decide|determine|settling|resolving)$", re.I)
# the object of that verb, when it names the question only as one and the question follows a colon ('without settling
# the question that has dogged the process for years: whether the code should be legally binding')
_QUESTION_AFTER_COLON = re.compile(r"\s*(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:question|issue|matter|point)\b[^:;.]*:\s*"
                                   r"(?P<q>[^;.]+)", re.I)
# a sentence that names the question after saying it is the hardest or still open one ('The biggest question is what
# "political solutions" should mean'; 'The main obstacle remains who would verify it')
_NAMED_AFTER = re.compile(
    r"^\s*(?:but\s+|however,?\s+)?(?:the|one|another)\s+(?:\w+\s+){0,3}?(?:question|issue|obstacle|sticking point|"
    r"hurdle|stumbling block|bone of contention|"
    r"(?:point|source|area|matter) of (?:contention|friction|disagreement|dispute)|"
    r"dispute|disagreement|gap|difference)\s+"
    r"(?:is|was|remains|remained)\s+(?:still\s+)?(?:that\s+)?(.+?)\s*(?::|;|[.!]?$)", re.I)
# a sentence that opens by saying something is open, the question after it ('Offen bleibt vor allem, wie ...',
# 'Still unresolved is whether ...', 'What remains open is whether ...', 'It is also unclear who would verify ...',
# 'Siguen sin resolverse la soberanía ... y el futuro de ...'), up to a colon
_OPEN_FIRST = re.compile(
    r"^\s*(?:(?:still|also|noch)\s+)?(?:offen|ungelöst|ungeklärt|unklar|unresolved|open|unclear|pendiente|sin resolver|"
    r"non résolue?)\s+(?:bleibt|bleiben|ist|sind|remains?|is|are|sigue|queda|reste)"
    r"(?:\s+(?:vor allem|noch|above all|still|aussi|también))?\s*,?\s*(.+?)\s*(?::|[.!]?$)"
    r"|^\s*what\s+(?:still\s+)?(?:remains|is|was)\s+(?:still\s+)?(?:open|unresolved|unclear|undecided)\s+(?:is|was)\s+"
    r"(.+?)\s*(?::|[.!]?$)"
    r"|^\s*it\s+(?:is|was|remains|remained)\s+(?:also\s+|still\s+)?(?:unclear|not clear|undecided)\s+"
    r"((?:who|whether|how|what|when|where|which|if)\s.+?)\s*(?::|[.!]?$)"
    r"|^\s*(?:sigue|siguen|queda|quedan|permanece|permanecen|reste|restent)\s+(?:sin resolver(?:se)?|pendientes?|"
    r"abiert[oa]s?|en suspens|à régler|à résoudre)\s+(.+?)\s*(?::|[.!]?$)"
    # a label that says what follows its colon is open ('The sticking point: the Association.', 'Still unresolved:
    # the airport.')
    r"|^\s*(?:the\s+)?(?:(?:main|biggest|key|central|real|other)\s+)?(?:sticking\s+points?|obstacles?|stumbling\s+blocks?|"
    r"bones?\s+of\s+contention|open\s+questions?|unresolved\s+questions?|disputes?|hurdles?|"
    r"(?:still\s+)?(?:unresolved|open|unclear))\s*:\s*(.+?)\s*[.!]?$", re.I)
# 'X and Y' where each opens with a determiner: two questions ('la soberanía sobre el Esequibo y el futuro de ...')
_TWO_QUESTIONS = re.compile(r"\s+(?:and|y|et|und|e|и)\s+(?=(?:the|el|la|los|las|le|les|der|die|das|o|a|os|as)\s)",
                            re.I)
# a question named as such in a sentence that says it is open: what follows, up to a comma or a verb
_QUESTION_OF = re.compile(
    r"(?<!\w)(?:the\s+)?(?:question|issue|matter)\s+of\s+([^,;:.\"“”()]+?)"
    r"(?=\s*[,;:.\"“”(]|\s+(?:is|was|are|were|remains?|remained|has|have|had|unresolved|open|undecided|unsettled|"
    r"unanswered|pending)\b)"
    r"|(?<!\w)(?:la\s+)?question\s+(?:de\s+la|du|des|de)\s+([^,;:.]+?)"
    r"(?=\s*[,;:.]|\s+(?:est|reste|restent|demeure|a|avait)\b)", re.I)
# questions an article lists after naming them as open ones: 'The hard questions, the withdrawal and the future of
# the fighters, are ...'; 'Outstanding issues include X, Y and Z'
_QUESTION_LIST = re.compile(r"(?<!\w)(?:hard|hardest|difficult|key|main|outstanding|open|remaining|unresolved|thorny|"
                            r"thorniest|toughest|biggest|central|contentious|sensitive)\s+(?:questions|issues|points|"
                            r"matters|sticking\s+points|obstacles|hurdles)\s*(?:,|:|\s+[-–—]|\s+include|\s+including|"
                            r"\s+such\s+as|\s+are|\s+remain)\s+([^.;:!?]+)", re.I)
# words that open a clause but name nothing ('However, there was no consensus ...'), by their first five letters
# words that open one item of a list the sentence names ('still open, including the Rafah crossing')
_INCLUDING = re.compile(r"^\s*(?:including|such as|notably|especially|in particular|namely|notamment|dont|darunter|"
                        r"insbesondere|incluid[oa]s?|entre (?:ellos|ellas|otros))\s+", re.I)
# the words that only say what follows is a question, opening an issue ('The question of a dispute-settlement mechanism')
_NAMED_AS_A_QUESTION = re.compile(r"^\s*(?:the\s+)?(?:question|issue|matter)\s+of\s+(?=\S)|"
                                  r"^\s*(?:la\s+)?question\s+(?:de\s+la|de\s+l['’]|du|des|de)\s*(?=\S)|"
                                  r"^\s*kwesti[aę]\s+(?=\S)", re.I)
# talks on a question that say they ended without agreement ('Discussions on security guarantees ended without ...')
_TALKS_ON = re.compile(r"^\s*(?:the\s+)?(?:talks|discussions|negotiations|consultations)\s+(?:on|over|about)\s+(.+?)"
                       r"(?:\s+(?:also\s+)?(?:(?:has|have|had)\s+)?(?:\w+ed|broke\s+up|ended\s+up))?\s*$", re.I)
# a sentence that says only that no agreement came, with nothing of what about ('No agreement was reached, a member of
# the commission said'): the question is what the sentence before in its paragraph says was discussed
_BARE_OPEN = re.compile(r"^\s*(?:but\s+)?(?:no\s+(?:agreement|deal|decision|consensus)\s+(?:was|has\s+been|had\s+been|"
                        r"could\s+be)\s+reached|there\s+(?:was|has\s+been)\s+no\s+(?:agreement|deal|consensus)|"
                        r"(?:they|the\s+(?:two\s+)?(?:sides|parties|delegations))\s+(?:did\s+not|failed\s+to|could\s+not)\s+"
                        r"agree)(?:\s+on\s+(?:it|that|this|them))?\s*(?:[,.;]|$)", re.I)
# a question that divides the sides, as the subject of that verb ('The scope of the pause also divides the two sides')
_DIVIDES = re.compile(r"^\s*(?P<q>.+?)\s+(?:(?:has|have|had)\s+)?(?:(?:also|still|long)\s+)*(?:divides?|divided|"
                      r"continues?\s+to\s+divide|continued\s+to\s+divide)\s+(?:them|both\s+sides|the\s+(?:two\s+)?"
                      r"(?:sides|parties|delegations|governments|countries|neighbou?rs))\b", re.I)
_DISCUSSED = re.compile(r"(?<!\w)(?:discussed|raised|took\s+up|talked\s+about|addressed|examined)\s+(?P<q>[^,;:.]+)", re.I)
# 'dispute' as the verb of a subject that names who disputes ('Both sides dispute control of the plant'), not the noun
_DISPUTED = re.compile(r"(?<!\w)(?:sides|parties|countries|governments|neighbou?rs|they)\s+(?:still\s+|also\s+)?"
                       r"dispute[sd]?\s*$", re.I)
# the words that open a question
_ASKING = r"(?:who|what|which|whether|how|where|when|why)"
_EXPLETIVES = {"there", "howev", "still", "also", "yet", "this", "that", "these", "those", "here", "meanw"}
_QUESTION_WORDS = {"what", "which", "where", "when", "wheth", "quoi", "quand", "welch", "wann", "cuánd", "donde"}


def _open_first(text: str) -> list[str]:
    """The questions a sentence names after opening with the words that say they are open (`_OPEN_FIRST`): one, or
    two joined by 'and' when each opens with a determiner; [] when it does not open so."""
    first = _OPEN_FIRST.match(text)
    if first is None:
        return []
    return two_questions(next(g for g in first.groups() if g), 1)


def two_questions(question: str, words: int = 2) -> list[str]:
    """Two questions a noun phrase joins with 'and' where each opens with a determiner (the first may not, when each
    holds two content words or more) and holds `words` content words or more ('The terms of any presence at the
    port and the demarcation of the border'; not 'the fate of Israel and the Palestinians', a question of two
    peoples); else the phrase alone."""
    parts = _TWO_QUESTIONS.split(question)
    opens = re.match(r"(?:the|el|la|los|las|le|les|der|die|das|o|a|os|as)\s", question, re.I)
    if not (opens or words >= 2) or not all(len(content_words(p) - _GENERIC) >= words for p in parts):
        return [question]
    return parts


# a short phrase with a preposition set before a sentence's subject ('Sur le fond, ', 'On substance, ', 'В целом, ')
_FRONTED = re.compile(r"^(?:on|in|at|for|sur|en|au|à|dans|pour|auf|im|por|para|на|в|по)\s+(?:\S+\s+){0,2}\S+,\s+(?=\S)",
                      re.I)
# another question set before the one a text names ('Besides Kalapani, the Susta area ...')
_BESIDES = re.compile(r"^(?:besides|beyond|apart\s+from|aside\s+from|in\s+addition\s+to|other\s+than|outre|neben|además\s+de)"
                      r"\s+(?:\S+\s+){0,3}\S+,\s+(?=\S)", re.I)
# who says it, before the subject of the clause that names a question ('Diplomats say the production costs ... remain
# the thorniest questions'; 'Officials said that ...')
_SAYERS = re.compile(r"^(?:[\w'’.-]+\s+){1,4}?(?:say|says|said|believe|believes|think|thinks|note|noted)\s+(?:that\s+)?"
                     r"(?=(?:the|a|an|whether|who|what|how|which|neither|either|both|each|no)\s)", re.I)
# questions counted in Han script: '一是X，二是Y' (one is X, two is Y)
_COUNTED = re.compile(r"(?:^|[，,；;：:])\s*(?:[一二三四五六]是|其[一二三四五六]是?)([^，,；;：:。]+)")
# the words after a list of questions in Han script, before the words that say they are open ('等问题仍然')
_HAN_TAIL = re.compile(r"(?:等|这些|这几个|几个)?(?:问题|议题|事项)?(?:都|也|仍然|依然|仍|还|尚|至今|目前|均)*$")


def _han_list(subject: str) -> list[str]:
    """The questions a subject in Han script lists ('芬太尼相关关税、稀土出口管制以及半导体出口限制等问题'), from its last
    clause: two or more, joined by '、', '以及', '及' or '和'; [] otherwise."""
    clause = re.split(r"[，,；;：:]", subject)[-1]
    clause = _HAN_TAIL.sub("", clause.strip())
    items = [i for i in re.split(r"、|以及|及|和", clause) if i]
    return items if len(items) >= 2 and all(2 <= len(i) <= 12 and re.search(HAN, i)
                                             for i in items) else []


def _opens_with_a_party(subject: str, forms: dict[str, str]) -> bool:
    """A party heads the subject ('Israel remains at odds with Hamas', 'The Kremlin's position is ...'): it names who,
    not a question ('The level of enrichment Iran may keep remains ...' names a question)."""
    named = moves.mentions(subject, forms)
    return bool(named) and len(subject[:named[0][0]].split()) <= 1


def _listed_questions(sentence: str) -> list[str]:
    """The questions a sentence lists after naming them as open ones, each noun phrase of the list ('the withdrawal
    and the future of the fighters'), up to the verb or comma that ends the list; [] when it lists fewer than two."""
    m = _QUESTION_LIST.search(sentence)
    if m is None:
        return []
    run = re.split(r",\s+(?=(?:are|were|is|remain|remains|have|has)\b)|\s+(?:are|were|remain|remains)\s|\s+[-–—]\s",
                   m.group(1))[0]
    items = [i.strip(" ,") for i in re.split(r",\s*(?:and\s+)?|\s+and\s+", run) if i.strip(" ,")]
    return items if len(items) >= 2 and all(len(i.split()) <= thresholds.MAX_WORDS["issue"] for i in items) else []


# a sentence that says questions are open without naming them ('Officials from both sides say three questions remain
# unresolved.', 'Restano però aperte le questioni più delicate.'): the sentences after it name them, each in a run-in
# heading ('Governance. Whether ...') or after an ordinal ('The first is the level of enrichment ...')
_ANNOUNCES = re.compile(r"(?<!\w)(?P<count>two|three|four|five|six|several|a few|some|these|the following|the|\d|"
                        r"le|les|las|los|i|die|due|tre|quattro|deux|trois|quatre|dos|tres|cuatro|zwei|drei|vier|"
                        r"два|две|три|четыре|несколько|эти|следующие)\s+"
                        r"(?:\w+\s+){0,2}(?:questions|issues|points|matters|obstacles|disputes|sticking points|questioni|"
                        r"nodi|punti|cuestiones|temas|puntos|asuntos|dossiers|sujets|Fragen|Punkte|Streitpunkte|Themen|вопроса|вопросов|вопросы|"
                        r"проблемы|проблем|пункта|пунктов)(?!\w)", re.I)
# 'The first is X', 'La seconda è X', 'Le premier est X': one of the questions announced before
_ORDINAL = re.compile(r"^\s*(?:the|la|il|le|el|lo|die|der|das)?\s*(?:first|second|third|fourth|last|other|prima|"
                      r"seconda|terza|quarta|ultima|altra|primo|secondo|terzo|premier|première|deuxième|troisième|"
                      r"dernière|primera|segunda|tercera|última|primero|erste|zweite|dritte|letzte|первый|второй|"
                      r"третий|последний|первая|вторая|третья|последняя)\s+"
                      r"(?:(?:one|question|issue|questione|question|cuestión|Frage|вопрос|проблема)\s+)?(?:is|was|"
                      r"concerns|è|riguarda|est|concerne|es|ist|betrifft|—|–|касается|это)\s+(?P<q>[^,;:.]+)", re.I)
# an item of a bulleted list: the question up to a colon or a clause that describes it ('- Prisoner releases: the M23
# says ...', '- The integration of M23 fighters into the army, on which neither side ...')
_BULLET = re.compile(r"^\s*(?:[-–—•*·▪]|\d{1,2}[.)])\s+(?P<q>[^:;,]{3,120}?)\s*(?:[:;]|,\s+(?:(?:on|about|over|for)\s+)?"
                     r"(?:which|where|whom?|whose)\b|[.?!]?\s*$)")
RUN_IN_WORDS = 5  # a run-in heading ('Security and guarantees.') is a short sentence that opens its paragraph
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "due": 2, "tre": 3, "quattro": 4, "deux": 2,
           "trois": 3, "quatre": 4, "dos": 2, "tres": 3, "cuatro": 4, "zwei": 2, "drei": 3, "vier": 4, "два": 2,
           "две": 2, "три": 3, "четыре": 4}


def _announces_questions(text: str) -> bool:
    """The sentence says questions are open and names none of them: it ends with the words saying so ('three
    questions remain unresolved.', 'le questioni più delicate.'), with no list after them."""
    said = _ANNOUNCES.search(text)
    if not said or not moves.says_unresolved(text):
        return False
    verb = CLAUSE.search(text[:said.start()])
    if verb and len(content_words(text[:verb.start()]) - _GENERIC) >= 3:
        return False  # its subject names them: 'the production costs and the fate of the contracts remain the
        # thorniest questions'
    tail = text[said.end():]
    marker = moves.unresolved_at(tail)
    after = word_count(re.sub(r"^\w*", "", tail[marker.end():]) if marker else tail)  # from the end of its word
    # (a colon announces the list even after whom the questions divide: 'the main issues still dividing the two sides:')
    return after <= (ANNOUNCED_BY_COLON_WORDS if text.rstrip().endswith(":") else 2)


def announced_questions(ctx: Context) -> list[tuple[int, str]]:
    """(sentence number, question) for each question named after a sentence that says questions are open: a run-in
    heading that opens a paragraph ('Governance.'), or what a sentence opening with an ordinal says it is ('La prima
    è il livello di arricchimento ...'). The list ends at a paragraph that opens with neither, or at the count."""
    text, found = ctx.article.text, []
    count = len(ctx.article.sentences)
    for n in range(1, count + 1):
        span = sentence(ctx.article, n)
        if span is None or not _announces_questions(span.quote):
            continue
        said = _ANNOUNCES.search(span.quote)
        assert said is not None
        word = said.group("count").lower()
        number = _COUNTS.get(word) or (int(word) if word.isdigit() else count)
        listed: list[tuple[int, str]] = []
        headed = False  # the questions are headings on lines of their own, each over its paragraphs
        for m in range(n + 1, count + 1):
            head = sentence(ctx.article, m)
            if head is None or len(listed) == number:
                break
            if ordinal := _ORDINAL.match(head.quote):
                listed.append((m, ordinal.group("q").strip()))
                continue
            if text[text.rfind("\n", 0, head.start) + 1:head.start].strip():
                continue  # not the start of a paragraph
            if span.quote.rstrip().endswith(":") and _a_heading_line(ctx, head):  # (a list the colon announces)
                if _SECTION_HEADING.search(head.quote) or moves.states_a_move(head.quote, ctx.article.language):
                    break  # 'WHAT HAS BEEN AGREED', 'NEXT STEPS': the list of questions is over
                headed = True
                listed.append((m, _heading_case(head.quote.strip(), text)))
                continue
            if headed:
                continue  # a paragraph under a heading
            if item := _BULLET.match(head.quote):  # '- Prisoner releases: the M23 says ...'
                listed.append((m, item.group("q").strip()))
                continue
            if not _a_run_in_heading(ctx, m, head):
                break
            listed.append((m, head.quote.strip().rstrip(".:")))
        found += listed
    return found


ANNOUNCED_BY_COLON_WORDS = 5  # words after the ones saying questions are open, in a sentence that ends with a colon
HEADING_WORDS = 6  # a heading on a line of its own ('ZAPORIZHZHIA NUCLEAR PLANT', 'Security guarantees')
# headings of a page's sections that name no question ('NEXT STEPS', 'Background', 'What happens next')
_SECTION_HEADING = re.compile(r"(?<!\w)(?:next|background|context|timeline|reaction|what happens|what's next|"
                              r"what comes|la suite|contexte|chronologie|et maintenant|hintergrund|wie es weitergeht|"
                              r"contexto|próximos pasos|cronología)(?!\w)", re.I)


def _a_heading_line(ctx: Context, head: Span) -> bool:
    """A short line that holds only this sentence, with no verb and no closing stop, over a paragraph."""
    text = ctx.article.text
    line_end = text.find("\n", head.end)
    return (word_count(head.quote) <= HEADING_WORDS and not head.quote.rstrip().endswith((".", "!", "?", ";", ","))
            and not text[text.rfind("\n", 0, head.start) + 1:head.start].strip()
            and line_end > 0 and not text[head.end:line_end].strip() and not CLAUSE.search(head.quote)
            and bool(text[line_end:].strip()))


def _heading_case(heading: str, text: str) -> str:
    """A heading in capitals written as a phrase: each word as the article writes it elsewhere, else in lower case,
    the first capitalised ('SIZE OF UKRAINE'S ARMY' -> 'Size of Ukraine's army')."""
    if heading.upper() != heading:
        return heading
    words = []
    for word in heading.split():
        written = next((m.group(0) for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.I)
                        if m.group(0) != word), None)
        words.append(written or word.lower())
    out = " ".join(words)
    return out[:1].upper() + out[1:]


def _a_run_in_heading(ctx: Context, number: int, head: Span) -> bool:
    nxt = sentence(ctx.article, number + 1)
    return (word_count(head.quote) <= RUN_IN_WORDS and head.quote.rstrip().endswith((".", ":"))
            and not CLAUSE.search(head.quote) and not moves.states_a_move(head.quote, ctx.article.language)
            and nxt is not None and ctx.article.same_paragraph(head.start, nxt.start))


def add_announced_issues(ctx: Context, out: Collected, announced: list[tuple[int, str]]) -> None:
    """Each question of `announced` (see `announced_questions`), unless its paragraph already gave one ('Governance.
    Whether the presidency would rotate ... is still open.')."""
    forms = forms_of(ctx, out)
    text = ctx.article.text
    for n, question in announced:
        head = sentence(ctx.article, n)
        assert head is not None
        end = text.find("\n", head.end)
        end = len(text) if end < 0 else end
        in_body = [q for q in out.open_issues if q.evidence and head.end <= q.evidence[0].start < end]
        if in_body and not _ORDINAL.match(head.quote):  # the body's own question over its heading ('Property.
            # There is no agreement on how ...')
            for q in [q for q in out.open_issues if q.evidence and q.evidence[0].start == head.start]:
                out.open_issues.remove(q)
                out.drop("open_issues", q.issue, "the heading of a paragraph that states its question itself")
            continue
        if any(q.evidence and q.evidence[0].start == head.start for q in out.open_issues):
            continue
        add_issue(ctx, out, question, head, forms, by_code=True)


_TABLE_LINE = re.compile(r"^[ \t]*\|(?P<cells>.*)\|[ \t]*$", re.M)
_RULE_CELL = re.compile(r"^\s*:?-{3,}:?\s*$")
_ROW_START = re.compile(r"[ \t]*\|")


def _tables(text: str) -> list[list[list[Span]]]:
    """The tables the article writes with pipes (a header row, a rule row of dashes, one row per line): for each, its
    rows, each a list of its cells as spans of the text (blank space around a cell left out)."""
    tables: list[list[list[Span]]] = []
    rows: list[list[Span]] = []
    last_end = -1
    for m in _TABLE_LINE.finditer(text):
        cells, at = [], m.start("cells")
        for part in m.group("cells").split("|"):
            lead = len(part) - len(part.lstrip())
            cells.append(Span(at + lead, at + len(part.rstrip()), part.strip()))
            at += len(part) + 1
        if rows and m.start() != last_end + 1:  # not on the next line: another table
            tables.append(rows)
            rows = []
        rows.append(cells)
        last_end = m.end()
    if rows:
        tables.append(rows)
    return [t for t in tables if len(t) >= 3 and all(_RULE_CELL.match(c.quote) for c in t[1])]


def add_table_issues(ctx: Context, out: Collected) -> None:
    """The questions a table of positions lists: one row per question, one column per party ('| Question | Ukraine |
    Russia |'), where two or more columns are headed by a party; each cell under a party is its stance, as written."""
    forms = forms_of(ctx, out)
    for table in _tables(ctx.article.text):
        columns: dict[int, str] = {}
        for i, cell in enumerate(table[0][1:], start=1):
            named = moves.mentions(cell.quote, forms)
            if len(named) == 1 and not content_words(cell.quote[:named[0][0]] + cell.quote[named[0][1]:]) - _GENERIC:
                columns[i] = named[0][2]  # a column headed by a party's name and nothing else
        if len(columns) < 2:
            continue
        for row in table[2:]:
            if not re.search(r"[^\W\d_]", row[0].quote):
                continue
            add_issue(ctx, out, row[0].quote, row[0], forms, by_code=True)
            issue = next((q for q in out.open_issues if any(e.start == row[0].start for e in q.evidence)), None)
            if issue is None:
                continue
            for i, party in columns.items():
                if i < len(row) and len(row[i].quote.split()) >= 2:
                    stance = short_text(row[i].quote, thresholds.MAX_WORDS["demand"], ctx.article)[0]
                    if stance:
                        issue.positions.setdefault(party, stance)


def in_a_table(text: str, at: int) -> bool:
    """The offset stands on a line of a table written with pipes."""
    return _ROW_START.match(text, text.rfind("\n", 0, at) + 1) is not None


# adverbs between a question and the words that say it is open, in Russian and Ukrainian ('досі', 'до сих пор')
_CYRILLIC_STILL = re.compile(r"(?:\s+(?:досі|ще|все\s+ще|поки\s+що|поки|до\s+сих\s+пор|пока|все\s+еще|всё\s+ещё|"
                             r"по-прежнему|так\s+і|так\s+и|також|также))+$", re.I)
# 'не вдалося поки що узгодити й моніторинг ...': what could not be settled follows the infinitive
_COULD_NOT = re.compile(r"^(?:не\s+вдалося|не\s+удалось|не\s+вдалось)(?:\s+(?:поки\s+що|ще|досі|пока|также|також))*"
                        r"\s+\w+(?:ти|ть|тися|ться)(?:\s+(?:й|і|и|також|также))?\s+(?P<what>[^,;.:!?]+)", re.I)


def _cyrillic_question(text: str, said: re.Match) -> str:
    """The question a Russian or Ukrainian sentence says is open, which needs no verb to be: the words before 'досі
    не вирішене' ('Питання Запорізької атомної електростанції досі не вирішене'), or what follows 'не вдалося
    узгодити' ('Не вдалося поки що узгодити й моніторинг майбутнього припинення вогню'); "" when neither."""
    if could_not := _COULD_NOT.match(text[said.start():]):
        return could_not.group("what").strip()
    before = _CYRILLIC_STILL.sub("", text[:said.start()].rstrip(" ,")).strip(" ,;:")
    return before if before and not CLAUSE.search(before) and said.start() < len(text) else ""


def add_stated_issues(ctx: Context, out: Collected) -> None:
    """The question a sentence says is open, read by code when the sentence opens with it: 'Who governs Gaza after
    the war remains the main obstacle' -> 'Who governs Gaza after the war' (not when a party is the subject: 'Israel
    remains at odds with Hamas' names no question, nor does a person), or names it after the word that says it is open: 'the main
    disagreement was about sequencing' -> 'sequencing'. Each clause of a sentence joined by ', and' or ';' is read
    on its own ('Who owns the Essequibo remains the central issue, and the question of the oil blocks was not
    discussed'); a clause the model already gave an issue of is left to it."""
    forms = forms_of(ctx, out)
    for n in range(1, len(ctx.article.sentences) + 1):
        span = sentence(ctx.article, n)
        if span is None:
            continue
        given = [content_words(q.issue) for q in out.open_issues if q.evidence and q.evidence[0].start == span.start]
        # (not 'Where X, and how many Y, remain ...', 'Whether the troops leave, and on what timetable, remains ...')
        # (nor 'X is still open, and so is the border': the second question is said open by the first's words)
        for text in re.split(rf",\s+and\s+(?!(?:(?:on|in|at|by|for|with|from|under|to)\s+)?{_ASKING}\b|{_SO_IS})|;\s*",
                             span.quote):
            if given and (text == span.quote or any(len(words & content_words(text)) >= 2 for words in given)):
                continue
            _stated_issue(ctx, out, text, span, forms)


# a second question said open by the words of the first ('the question of X remains unresolved, as does Y, which ...';
# 'The question of Assab is still completely open, and so is the border')
_SAME_VERB = r"(?:does|do|did|is|are|was|were)"
_SO_IS = rf"so\s+{_SAME_VERB}\s"
_AS_DOES = re.compile(rf",\s+(?:as|and\s+so)\s+{_SAME_VERB}\s+(?P<q>(?:the|a|an|its|their)\s+[^,;.]+)", re.I)


# the subject and modal that open a main clause after a clause set before it ('Without resolving the territorial issue
# one should not count on a settlement'; '... we cannot sign')
_MAIN_CLAUSE = r"(?:one|we|you|they|there|it)\s+(?:should|must|can|cannot|can['’]t|could|will|would|won['’]t)(?!\w)"


def _stated_issue(ctx: Context, out: Collected, text: str, span: Span, forms: dict[str, str]) -> None:
    if _announces_questions(text):  # 'three questions remain unresolved': the paragraphs after it name them
        return
    if listed := _listed_questions(text):  # 'The hard questions, the withdrawal and the future of the
        for question in listed:              # fighters, are pushed to the protocols'
            add_issue(ctx, out, question, span, forms)
        return
    if not moves.says_unresolved(text):
        return
    also = _AS_DOES.search(text)
    if also:  # '... remains unresolved, as does the timetable for a visit ...': a second question, said open the
        # same way
        add_issue(ctx, out, also.group("q"), span, forms, by_code=True)
        text = text[:also.start()]
    if _BARE_OPEN.match(text):  # 'The commissions also discussed the farmland of 19 villages. No agreement was reached'
        n = sentence_number_at(ctx.article, span.start) or 0
        before = sentence(ctx.article, n - 1) if n > 1 else None
        discussed = _DISCUSSED.search(before.quote) if before and ctx.article.same_paragraph(before.start, span.start) \
            else None
        if before and discussed:
            add_issue(ctx, out, discussed.group("q"), before, forms, by_code=True)
        return
    divides = _DIVIDES.match(text)
    if divides and not _opens_with_a_party(divides.group("q"), forms) and not CLAUSE.search(divides.group("q")) \
            and word_count(divides.group("q")) <= thresholds.MAX_CLAUSE_WORDS["issue"]:
        add_issue(ctx, out, divides.group("q"), span, forms, is_subject=True)
        return
    if len(counted := _COUNTED.findall(text)) >= 2:  # '分歧依然很大，一是X，二是Y': each question it counts
        for question in counted:
            add_issue(ctx, out, question, span, forms, by_code=True)
        return
    said = moves.unresolved_at(text)
    if said and (han := _han_list(text[:said.start()])):  # 'X、Y以及Z等问题仍然悬而未决': each question it lists
        for question in han:
            add_issue(ctx, out, question, span, forms, is_subject=True)
        return
    if said and re.search(r"\s(?:over|about|on|sobre|über|sur)$", said.group(0), re.I):
        # 'The sides also remain divided over new Chinese villages built close to the boundary': what follows (each
        # of two questions it joins: 'divided over the closure of the crossings and the fate of the prisoners')
        for question in _joined_questions(re.split(rf"[,;:.]|{CONTRAST}", text[said.end():])[0], forms):
            add_issue(ctx, out, question, span, forms, is_subject=True)
        return
    over = _OVER.match(text[said.end():]) if said else None
    if over:  # 'the main disagreement was about sequencing: which side moves first' (each of two questions joined)
        for question in _joined_questions(re.split(r",|\s[-–—]\s|\s(?:remains?|is|are|was|were|continues?|continued|"
                                                   rf"persists?|persisted|lingers?|lingered)(?:\s|$)|{CONTRAST}",
                                                   over.group(1))[0], forms):
            add_issue(ctx, out, question, span, forms, by_code=True)  # (not the attribution after a dash: '... w
            # sprawie Donbasu - poinformował ...')
        # and each further question the same words name: 'did not agree on X, which ..., or on Y'
        for more in re.finditer(r",?\s+(?:or|and|nor)\s+(?:on|over|about|concerning)\s+([^,;.]+)", over.group(1)):
            add_issue(ctx, out, more.group(1), span, forms, by_code=True)
        return
    if said and _LEFT_UNSETTLED.search(said.group(0)):  # 'The talks also failed to settle the sharing of oil revenue'
        after_colon = _QUESTION_AFTER_COLON.match(text[said.end():])
        # (up to the main clause's subject after 'without resolving X': 'one should not count on ...')
        add_issue(ctx, out, after_colon.group("q") if after_colon else re.split(r"[,;:.]|\s(?=" + _MAIN_CLAUSE + ")",
                                                                               text[said.end():])[0],
                  span, forms, by_code=True)
        return
    listed_after = re.search(r"[\"”]?,?\s+(?:including|such as|notably|in particular|among them)\s+([^,;.:\"“”]+)",
                             text[said.end():]) if said else None
    if listed_after:  # 'to address what he described as the "most difficult issues", including territorial concessions'
        add_issue(ctx, out, listed_after.group(1), span, forms, by_code=True)
        return
    named_after = _NAMED_AFTER.match(text)
    if said and named_after and said.start() < named_after.start(1):
        add_issue(ctx, out, named_after.group(1), span, forms, by_code=True)  # 'The biggest question is what ...'
        return
    questions = _open_first(text)
    if questions:  # 'Offen bleibt vor allem, wie in Dürrejahren verfahren werden soll': the question follows
        for question in questions:
            add_issue(ctx, out, question, span, forms, is_subject=True)
        return
    named = _QUESTION_OF.search(text)
    if named:  # 'the question of the Zaporizhzhia nuclear power plant, which ..., was raised but not resolved'
        add_issue(ctx, out, named.group(1) or named.group(2), span, forms)
        return
    if said and dominant_script(text) == "CYRILLIC" and (question := _cyrillic_question(text, said)):
        if not _opens_with_a_party(question, forms) and word_count(question) <= thresholds.MAX_CLAUSE_WORDS["issue"]:
            add_issue(ctx, out, question, span, forms, is_subject=True)
        return
    about = _TALKS_ON.match(text[:said.start()]) if said else None
    if about:  # 'Discussions on security guarantees ended without agreement': the talks' subject
        add_issue(ctx, out, about.group(1), span, forms, by_code=True)
        return
    if said is not None and _dispute_verb(text, said, forms):  # 'Both sides dispute control of the plant': what they dispute
        add_issue(ctx, out, re.split(r"[,;:.]", text[said.end():])[0], span, forms, by_code=True)
        return
    clause = CLAUSE.search(text)
    if clause and said and re.match(_ASKING, text.lstrip(), re.I):  # a question as the subject has verbs of its own:
        # the verb nearest before the words saying it is open ('how many checkpoints will stay, also remain to be agreed')
        clause = ([m for m in CLAUSE.finditer(text) if m.start() <= said.start()] or [clause])[-1]
    if clause is None or said is None or said.start() < clause.start() \
            or len([w for w in text[clause.end():said.start()].split() if w.lower() not in _BEFORE_OPEN]) > 2:
        return  # 'X remains (still) unresolved', 'X and Y are still the main sticking points'
    subject = _TRAILING.sub("", text[:clause.start()].strip(" ,;:")).strip(" ,;:")
    subject = _FRONTED.sub("", subject)  # 'Sur le fond, les positions': the subject after the words set before it
    subject = _SAYERS.sub("", subject)  # 'Diplomats say the production costs ...': the subject after who says it
    if spoken := list(moves.speeches(subject)):  # 'The spokesperson called the talks "constructive" but said core
        # issues remain unresolved': the subject of what was said
        subject = moves.reported_clause(subject[spoken[-1].end():])
        if re.search(r"\s(?:and|but)\s+that\s", subject):  # two reported clauses ('... had shown "a serious will"
            return  # and that a monitoring team ... was on the table'): a report of what was said, no one question
    # 'Where the zones will be located, and how many fighters will go to them, also remain to be agreed': two
    # and 'The terms of any presence at the port and the demarcation of the border remain unresolved': two
    # and 'The size of the army and who would monitor a ceasefire are unresolved': a question after 'and' is one too
    for question in [q for part in re.split(rf",?\s+and\s+(?={_ASKING}\b)", subject)
                     for q in _questions_in(part)]:
        if (_opens_with_a_party(question, forms) or names.person_like(question)
                or word_count(question) > thresholds.MAX_CLAUSE_WORDS["issue"]
                or not content_words(question) - _GENERIC - _QUESTION_WORDS - _EXPLETIVES):
            continue
        add_issue(ctx, out, question, span, forms, is_subject=True)


def _joined_questions(phrase: str, forms: dict[str, str]) -> list[str]:
    """The two questions a phrase after 'divided over' joins (see `two_questions`), unless it asks one question
    ('when inspectors can return to the sites struck by Israel and the United States') or 'and' joins a party."""
    parts = _questions_in(phrase)
    return [phrase] if any(_opens_with_a_party(p, forms) for p in parts[1:]) else parts


def _questions_in(part: str) -> list[str]:
    """A question that asks ('when inspectors can return ...') is one; else the two a noun phrase may join."""
    return [part] if re.match(_ASKING, part.lstrip(), re.I) else two_questions(part, 2)


# words that may stand between a subject's verb and the words saying it is open, beyond two others
_BEFORE_OPEN = {"still", "also", "the", "main", "key", "biggest", "major", "chief", "central", "most", "two"}


def _dispute_verb(text: str, said: re.Match, forms: dict[str, str]) -> bool:
    """'dispute' is the verb of sides or parties named before it ('Both sides dispute ...', 'Turkey disputes ...',
    'Armenia and Azerbaijan dispute ...'), not the noun ('as Aegean dispute tops agenda')."""
    verb = said.group(0).strip().lower()
    if verb not in ("dispute", "disputes", "disputed"):
        return False
    if _DISPUTED.search(text[:said.end()]):
        return True
    named = moves.mentions(text[:said.start()], forms)
    if not named or re.fullmatch(r"\s*(?:still\s+|also\s+)?", text[named[-1][1]:said.start()]) is None:
        return False
    return verb != "dispute" or (len(named) > 1 and re.fullmatch(r"\s+and\s+", text[named[-2][1]:named[-1][0]]) is not None)


@lru_cache(maxsize=1)
def _side_nouns() -> frozenset[str]:
    """The content words of the nouns that name a side without its name ('the rebels', 'the government')."""
    return frozenset(content_words(" ".join(moves.words_of("group_nouns_other", "state_nouns", "own_side"))))


_COPULA = re.compile(r"(?<!\w)(?:is|are|was|were|est|sont|ist|sind|es|son|является)(?!\w)", re.I)


def _fragment_of_a_name(issue: str, text: str) -> bool:
    """A one-word issue that the article writes only inside a longer capitalised name ('Council')."""
    word = issue.strip(" .,'\"")
    if " " in word or not word[:1].isupper():
        return False
    found = list(re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text))
    runs = [m for m in found if re.search(r"[A-ZÀ-Þ][\w'’-]*\s+$", text[max(0, m.start() - 30):m.start()])
            or re.match(r"\s+[A-ZÀ-Þ]", text[m.end():m.end() + 3])]
    return bool(found) and len(runs) == len(found)


# a proposal named with what it proposes, the subject of that clause before its verb
_PROPOSAL_THAT = re.compile(r"^\s*(?:a|an|the|its|their)\s+(?:[\w'’-]+\s+){0,2}?(?:proposal|plan|demand|idea|request|"
                            r"suggestion|insistence|offer)\s+that\s+(?P<q>(?:[\w'’-]+\s+){1,10}?[\w'’-]+)\s+"
                            r"(?:should|must|"
                            r"would|could|will|shall|be|is|are|was|were|need|needs)\b", re.I)
# the words after the verb within which a sentence says its subject is open ('... remains the main open question'; not
# 'Most of those still held were jailed after the protests that followed the disputed election')
_PREDICATE_WORDS = 6


def add_issue(ctx: Context, out: Collected, text: str, span: Span, forms: dict[str, str],
              is_subject: bool = False, by_code: bool = False) -> None:
    """An open issue from a text the model wrote or code read in `span`; `is_subject`: the text is the subject of the
    sentence's words saying a question is open, copied by code; `by_code`: another clause code copied from the
    sentence (either may then be a longer clause)."""
    text = _TRAILING.sub("", _RELATIVE.sub(",", text))  # 'the disarmament of Hamas, which Israel demands, has not been discussed'
    if is_subject:  # the subject before the verb, its describing clause last: 'The return of the refugees, which
        text = _RELATIVE.sub("", text + ",").rstrip(",")  # Eritrea demands'
    text = _INCLUDING.sub("", text)  # '..., including the Rafah crossing': the Rafah crossing
    text = _BESIDES.sub("", text)  # 'Besides Kalapani, the Susta area': the question after the one set before it
    text = _NAMED_AS_A_QUESTION.sub("", text)  # 'The question of a dispute-settlement mechanism': the mechanism
    head = re.split(r"[,;:(]", text)[0]
    if (word_count(text) > thresholds.MAX_WORDS["issue"] and len(content_words(head)) >= 2 and not CLAUSE.search(head)
            and not moves.states_a_move(head, ctx.article.language)):
        # a noun phrase before its apposition is the question: 'ownership of several ancient temples along the
        # border, the root of the dispute' (not a clause: 'une nouvelle session est prévue en octobre, ...')
        text = head
    proposed = _PROPOSAL_THAT.match(text)
    if proposed and word_count(text) > thresholds.MAX_WORDS["issue"]:
        # 'a Chinese proposal that joint military exercises with outside countries should require the consent of all
        # parties': what the proposal is about, the subject of its clause
        text = proposed.group("q")
    said = CLAUSE.search(text) if moves.leaves_open(text) else None
    if said and word_count(text) > thresholds.MAX_WORDS["issue"] and word_count(text[:said.start()]) >= 2 and \
            moves.leaves_open(" ".join(text[said.end():].split()[:_PREDICATE_WORDS])):
        # 'What level of enrichment Iran may keep remains the main open question.': its subject
        text = text[:said.start()].strip(" ,;:")
        is_subject = True
    limit = limit_for(text, span.quote, "issue") if is_subject or by_code else thresholds.MAX_WORDS["issue"]
    issue, reason = short_text(text, limit, ctx.article)
    if issue is None:
        out.drop("open_issues", text, reason)
        return
    said = moves.unresolved_at(issue)
    rest = issue[:said.start()] + issue[said.end():] if said else issue
    if not content_words(rest) - _GENERIC - _QUESTION_WORDS:  # 'What', 'Sticking points'
        out.drop("open_issues", issue, "names no question ('What', 'Sticking points')")
        return
    actors = {w for name in forms for w in content_words(name)} | _side_nouns()
    if not content_words(issue) - _GENERIC - actors:  # 'les rebelles', 'the Houthi movement': who, not what
        out.drop("open_issues", issue, "names a party, not a question")
        return
    if not content_words(moves.without_process_words(issue)) - _GENERIC:  # 'agreement', 'the peace process'
        out.drop("open_issues", issue, "names the talks themselves, not a disputed question")
        return
    asks = re.search(r"(?<!\w)(?:who|what|which|whether|how|where|when|qui|quoi|quel\w*|wer|wie|ob|quién|qué|cómo|"
                     r"кто|что|как)(?!\w)", issue, re.I)
    if issue.rstrip().endswith(("?", "？")) and issue.lower() not in ctx.article.text.lower():
        out.drop("open_issues", issue, "a question the model wrote, which the article does not ask")
        return
    if not moves.leaves_open(issue) and not asks and _COPULA.search(issue):
        out.drop("open_issues", issue, "a statement ('autonomy without a vote is annexation'), not a question")
        return
    if _fragment_of_a_name(issue, ctx.article.text):
        out.drop("open_issues", issue, "a word of a name ('Council' of 'UN Security Council'), not a question")
        return
    if not asks and (named := moves.mentions(issue, forms)) and not issue[:named[0][0]].strip(" ,").lower() \
            .removeprefix("the") and _DID.match(issue, named[0][1]):
        out.drop("open_issues", issue, "what a party did ('the Americans did not press it'), not a question")
        return
    duty = moves.obliged(issue) if not asks else None
    subject = issue[:duty.start()] if duty else ""
    if duty and (named := moves.mentions(subject, forms)) and \
            not content_words(subject[:named[0][0]] + subject[named[0][1]:]) - _GENERIC:
        # 'Brussels should stop treating the dispute as bilateral': what a party must do (a demand, or a writer's
        # advice), not the question ('Ukraine's sovereignty must be respected' names a question: the sovereignty)
        out.drop("open_issues", issue, "a duty of a party, not a question")
        return
    # (a question keeps its modal: 'whether a ceasefire must come first')
    clause = CLAUSE.search(issue) if moves.leaves_open(issue) else None if asks else moves.obliged(issue)
    if clause:  # 'the future of Gaza remains unresolved', 'X must be respected': its subject is the question
        subject = issue[:clause.start()].strip(" ,;:")
        if not content_words(subject) - _GENERIC - _QUESTION_WORDS - _EXPLETIVES or moves.leaves_open(subject):
            out.drop("open_issues", issue, "a sentence about the question, not the question")
            return
        issue = subject
    if (not content_words(issue) - _GENERIC - _LOGISTICS - _QUESTION_WORDS and not _FRICTION.search(span.quote)) \
            or _A_TIME.match(issue):
        out.drop("open_issues", issue, "when or where the talks meet, or the paper they end with ('The exact date', 'a joint "
                                       "statement'), not a disputed "
                                       "question")
        return
    same = next((q for q in out.open_issues if fuzz.token_set_ratio(q.issue, issue) >= thresholds.SAME_ISSUE
                 or _within(q.issue, issue, one_word=True)), None)
    if same is None and _ITS.match(issue):  # 'The sticking point: the Association. ... The two sides have not agreed
        # on its powers': the question named before in its paragraph, told again
        same = next((q for q in reversed(out.open_issues) if q.evidence and q.evidence[0].start < span.start
                     and ctx.article.same_paragraph(q.evidence[0].start, span.start)), None)  # (in its paragraph)
    if same is not None:
        e = same.evidence[0]
        if a_heading(ctx.article.text, e.start, e.end) and not a_heading(ctx.article.text, span.start, span.end):
            same.issue, same.evidence = issue, span.evidence()  # the body's words over the headline's
        elif len(same.issue.split()) == 1 < len(issue.split()):  # 'Enclaves', then 'Whether the enclaves are swapped':
            same.issue = issue  # the question in full over the one word that named it
            if all(q.start != span.start for q in same.evidence):
                same.evidence.append(span.evidence()[0])
        elif all(q.start != span.start for q in same.evidence):  # named again: the views beside it count too
            same.evidence.append(span.evidence()[0])
        return
    out.open_issues.append(OpenIssue(issue=issue, positions={}, evidence=span.evidence()))


# the auxiliary after a party that opens the text: a report of what it did or does, not the question
_DID = re.compile(r"\s+(?:did|does|do|has|have|had|was|were)\s+(?:not\s+|also\s+|never\s+|again\s+)*[a-z]", re.I)


# the words of when and where talks meet: a question of them alone is their logistics, not a dispute (by their first
# five letters, as content_words gives them)
# (not 'timing', 'schedule', 'calendrier': the order of steps is a dispute)
_LOGISTICS = {"date", "dates", "exact", "venue", "place", "locat", "time", "day", "days", "next", "round", "meeti",
              "talks", "sessi",
              # and the paper a meeting ends with ('The two sides did not agree on a joint statement')
              "joint", "state", "commu", "final", "closi"}
# words that say the sides quarrel over a thing, which makes even the place of the talks a disputed question ('Another
# point of friction is the venue'), not their logistics ('The date of the next round is still open')
_FRICTION = re.compile(r"(?<!\w)(?:friction|contention|dispute[sd]?|disagree(?:ment|s|d)?|at\s+odds|divided|clash(?:ed)?)"
                       r"(?!\w)", re.I)
# a span of time, which 'over' or 'on' may open as well as a question ('broke down over the weekend', 'talks on Monday')
_A_TIME = re.compile(r"^\s*(?:the\s+)?(?:(?:past|last|next|coming|following|same|several|few|many|two|three|four|\d+)\s+)*"
                     r"(?:weekends?|weeks?|days?|hours?|nights?|months?|years?|lunch|dinner|breakfast|mornings?|evenings?|"
                     r"afternoons?|period|summer|winter|spring|autumn|holidays?|monday|tuesday|wednesday|thursday|friday|"
                     r"saturday|sunday)\b", re.I)
# a possessive that opens a question and points back to the thing the sentence before named
_ITS = re.compile(r"^\s*(?:its|their|son|sa|ses|leur|leurs|seine|ihre|su|sus)\s", re.I)
_FRAMING = {"futur", "fate", "statu"}  # words that frame a question of a thing: 'the future of the plant' is the plant's


def _within(a: str, b: str, one_word: bool = False) -> bool:
    """One question names the other in more words ('The Zaporizhzhia nuclear power plant', 'the future of the
    Zaporizhzhia plant'): the two or more words that say what it is about, in the other too."""
    x, y = (_words_of(t) - _GENERIC - _FRAMING for t in (a, b))
    small, big = sorted((x, y), key=len)
    # (or, with `one_word`, a question of one word in the other: 'truce' and 'when a ceasefire should take effect'; not
    # among a contested demand's many words)
    one_word = one_word and len(small) == 1 and 1 in (len(a.split()), len(b.split()))
    return (len(small) >= 2 or one_word) and small <= big


# words of one thing, by their first five letters as content_words gives them ('leave' and 'withdraw' a territory)
_SAME_WORD = {"truce": "cease", "trêve": "cease", "tregu": "cease",
              "leave": "withd", "retre": "withd", "pull": "withd"}


def _words_of(text: str) -> set[str]:
    """The content words of a text, a word of one thing as its other form."""
    return {_SAME_WORD.get(w, w) for w in content_words(text)}


def finish_issues(out: Collected, ctx: Context | None = None) -> None:
    """Each open issue's stances, once every move of the article is read: what each party is said to hold in the
    issue's own sentence or the next (with `ctx`), else its own move on the question, else what it said of it."""
    forms = forms_of(ctx, out) if ctx else {}
    per_sentence = Counter(q.start for i in out.open_issues for q in i.evidence)
    for issue in out.open_issues:
        found: dict[str, str] = {}
        for q in issue.evidence:  # each sentence that names the question
            if ctx and in_a_table(ctx.article.text, q.start):
                continue  # a row of a table: its cells are the stances
            several = issue.issue if per_sentence[q.start] > 1 else ""
            for party, view in (clause_stances(ctx, q.start, forms, several) if ctx else {}).items():
                found.setdefault(party, view)
        e = issue.evidence[0]
        for party, text in stances(out, issue.issue, Span(e.start, e.end, e.quote), forms).items():
            found.setdefault(party, text)
        for party, said in issue.positions.items():  # what a party said of the question, where it made no move on it
            found.setdefault(party, said)
        issue.positions = found
    if ctx:
        _drop_heading_twins(ctx, out)
        _drop_named_by_a_heading(ctx, out)
    _add_contested(out)


def _heading_over(text: str, at: int) -> str:
    """The heading on its own line over the paragraph that holds offset `at` ('Territory' over 'The Donetsk region is
    the hardest question.'), or ''."""
    start = text.rfind("\n\n", 0, at)
    if start < 0:
        return ""
    before = text[:start].rstrip("\n")
    line = before[before.rfind("\n") + 1:].strip()
    above = before[:before.rfind("\n") + 1].rstrip(" \t")
    alone = not above or above.endswith("\n")  # a blank line, or the text's start, above the heading
    at_line = text.find(line, len(above))
    return line if alone and line and word_count(line) <= HEADING_WORDS \
        and a_heading(text, at_line, at_line + len(line)) else ""


def _drop_named_by_a_heading(ctx: Context, out: Collected) -> None:
    """A question named by no more than the heading over another question's paragraph ('territory', where
    'Territory' heads the paragraph 'The Donetsk region is the hardest question.') is that question."""
    text = ctx.article.text
    for issue in list(out.open_issues):
        named = content_words(issue.issue) - _GENERIC
        if not named:
            continue
        for other in out.open_issues:
            heading = _heading_over(text, other.evidence[0].start) if other is not issue and other.evidence else ""
            if heading and content_words(heading) - _GENERIC == named:
                for party, stance in issue.positions.items():
                    other.positions.setdefault(party, stance)
                out.open_issues.remove(issue)
                out.drop("open_issues", issue.issue, "the heading over another question's paragraph: that question")
                break


def _drop_heading_twins(ctx: Context, out: Collected) -> None:
    """A headline's question that a body question also names, or that has a party's same stance ('no breakthrough on
    de-escalation' over 'How and when the two armies would pull back ... is still unresolved. Indian officials say
    de-escalation must come first'): the body's question stands."""
    def words(text: str) -> set[str]:
        return {w.lower() for w in re.findall(r"[^\W\d_]{5,}", text)}

    for issue in heading_twins(ctx.article.text, out.open_issues, lambda i, b: bool(
            words(i.issue) & words(b.issue) or set(i.positions.items()) & set(b.positions.items()))):
        out.open_issues.remove(issue)
        out.drop("open_issues", issue.issue, "a heading that sums up a question the body states")


# a clause that gives one party's view: its name (or its officials), a verb, the view ('Syria has suggested United
# Nations observers', 'Indian officials say de-escalation must come first')
_HOLDS = re.compile(r"^\s*(?:(?:[Tt]he|[Ee]l|[Ll]os|[Ll]as|[Ll]a|[Ll]e|[Ll]es|[Ii]l|[Dd]ie|[Dd]er)\s+)?(?P<who>[\w'’.-]+(?:\s+[A-Z][\w'’.-]*)?"
                    # (two subjects joined: 'Vietnam and the Philippines have pressed for ...')
                    r"(?:,?\s+and\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)?)(?:\s+(?:officials|side|government|delegation))?"
                    r"\s+(?:has\s+|have\s+|had\s+|would\s+|will\s+|also\s+)*(?P<verb>(?!and\b)[a-z]+(?:\s+out(?=\s))?)\s+"
                    r"(?:(?:that|on|upon|for)\s+)?"
                    r"(?P<view>.+?)"
                    r"[\s.;:]*$")


# a view followed by whose it is ('whether a ceasefire must come before political talks, as Bangkok insists, or
# alongside them, as the BRN proposes')
_AS_HELD = re.compile(r"(?P<view>[^,;:]+?),\s+as\s+(?P<who>(?:the\s+)?[\w'’.-]+(?:\s+[A-Z][\w'’.-]*)?)\s+"
                      r"(?:insists|insisted|proposes|proposed|wants|wanted|demands|demanded|says|said|argues|argued|"
                      r"prefers|preferred|suggests|suggested|maintains|maintained|holds|held)\b")


_HOLDING = (r"pressing|pushing|calling|asking|insisting|preferring|favou?ring|wanting|seeking|demanding|backing|"
            r"rejecting|refusing|opposing|proposing")
# each party's view in a 'with' phrase beside a question ('with Egypt and Sudan pressing for binding arbitration and
# Ethiopia preferring consultation between leaders')
_WITH_HOLDING = re.compile(rf"(?:\bwith|\band)\s+(?:the\s+)?(?P<who>[A-Z][\w'’.-]*(?:\s+(?:and\s+)?[A-Z][\w'’.-]*){{0,3}})\s+"
                           rf"(?P<verb>{_HOLDING})\s+(?:for\s+|on\s+)?(?P<view>.+?)(?=\s+and\s+(?:the\s+)?[A-Z][\w'’.-]*"
                           rf"(?:\s+(?:and\s+)?[A-Z][\w'’.-]*){{0,3}}\s+(?:{_HOLDING})\b|\s*[,;:.]|$)")


# a view a relative clause gives of the question before it ('the timetable for a visit, which Saudi Arabia has tied to
# progress on Yemen'): its verb and what follows
_WHICH_HELD = re.compile(r",\s+which\s+(?:the\s+)?(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)\s+"
                         r"(?:has\s+|have\s+|had\s+)?(?P<view>(?:tied|linked|conditioned|made)\s+[^,;.]+|"
                         r"(?:rejects?|rejected|oppose[sd]?|demands?|demanded|wants?|seeks?|sought)\b[^,;.]*)")


# verbs whose view is the reverse of what follows them ('Kosovo fears it would become a Serb entity', 'Israel objects to
# the participation of Turkish soldiers')
_NEGATING_VERBS = ("not", "never", "cannot", "fears", "feared", "fear", "worries", "worried", "warns", "warned",
                   "objects", "objected", "object", "opposes", "opposed", "oppose")


# an aside that names the source of a view between the holder and its verb ('Bangladesh, citing UNHCR, says ...')
_SOURCE_ASIDE = re.compile(r",\s+(?:citing|quoting|according\s+to|referring\s+to|like|as\s+did)\s+[^,;:]{1,40},(?=\s)",
                           re.I)
# the hearer of a view told ('Myanmar officials told the meeting that the areas were secure'): the view follows 'that'
_TOLD_WHOM = re.compile(r"^(?:the\s+|a\s+|its\s+|their\s+)?(?:[\w'’.-]+\s+){0,2}?that\s+")
_TELLING = ("told", "tells", "tell", "assured", "assures", "informed", "informs", "reminded", "reminds", "warned",
            "warns")


def _with_a_refusal(held: re.Match) -> str:
    """The view a clause gives, with its verb when the verb refuses: 'Russia rejected any role for NATO observers'
    holds 'rejected any role for NATO observers', 'Russia will not accept X' 'not accept X' and 'Kosovo fears it
    would become a Serb entity' 'fears it would become a Serb entity', not what it refuses or fears."""
    view = held.group("view")
    if held.group("verb") in _TELLING:
        view = _TOLD_WHOM.sub("", view, count=1)
    refused = moves.kinds(held.group("verb"))[:1] == ["rejection"] or held.group("verb") in _NEGATING_VERBS
    return f"{held.group('verb')} {view}" if refused else view


def _holders(who: str, forms: dict[str, str]) -> list[str]:
    """The parties a clause's subject names: by name, with its article ('government' is 'the government'), or by
    their officials' demonym ('Ethiopian officials say ...')."""
    named = [p for _, _, p in moves.mentions(who, forms)] or [p for _, _, p in moves.mentions(f"the {who}", forms)] \
        or [p for _, _, p in moves.mentions(who.lower(), forms)]  # ('El Gobierno propone': the noun 'gobierno')
    if not named and (state := names.from_demonym(who)) and state in forms.values():
        named = [state]
    return named


# who leads or makes up a delegation ('The Ukrainian delegation was led by ...', 'Russia sent a military delegation
# headed by ...'): no view on any question
_COMPOSITION = re.compile(r"(?<!\w)(?:(?:led|headed|chaired|co-chaired)\s+by|delegation)(?!\w)", re.I)


def clause_stances(ctx: Context, start: int, forms: dict[str, str], one_of: str = "") -> dict[str, str]:
    """Each party's view, as the sentence at `start` and the one after it give it clause by clause, after the question
    ('It is also unclear who would verify the limits: Syria has suggested United Nations observers, while Israel
    prefers U.S. monitors'; '... is still unresolved. Indian officials say de-escalation must come first; Chinese
    officials say it should follow progress on the boundary talks'). `one_of`: the question, when its sentence names
    others too: the views of the next sentence are then on this one only if that sentence shares a word with it ('The
    size of the army and who would monitor a ceasefire are unresolved. Ukraine wants European troops to monitor any
    truce; Russia rejects any Western soldiers')."""
    found: dict[str, str] = {}
    n = sentence_number_at(ctx.article, start)
    own = sentence(ctx.article, n) if n else None
    # a sentence that names several questions: whose view the next sentence gives is then unclear
    several = own is not None and (bool(_listed_questions(own.quote)) or len(_open_first(own.quote)) > 1)
    own_words = content_words(one_of) - _GENERIC - content_words(" ".join(forms))  # not a party's name
    # (and the sentence after that, in the same paragraph, when the one before gave a view: one side per sentence,
    # 'Myanmar officials told the meeting that ... Bangladesh, citing UNHCR, says ...')
    previous: Span | None = None
    for k in ((n,) if several else (n, n + 1, n + 2)) if n else ():
        span = sentence(ctx.article, k) if k <= len(ctx.article.sentences) else None
        if span and k != n and moves.says_unresolved(span.quote):  # the next sentence names a question of its own
            break
        if n is not None and k == n + 2 and (len(found) < 1 + bool(own and _WITH_HOLDING.search(own.quote)) or span is None
                           or previous is None or not ctx.article.same_paragraph(previous.start, span.start)):
            break
        previous = span
        if span is None:
            continue
        parts = re.split(r";|:|,\s+(?:while|whereas|but)\s+|,\s+(?=(?:the\s+)?[\w'’.-]+(?:\s+[\w'’.-]+)?\s+(?:says|said|"
                         r"insists|insisted|wants|wanted|argues|argued|maintains|maintained)\s)",
                         " ".join(span.quote.split()))  # (a hard-wrapped line's break is a space)
        for part in parts:  # the question's own clause holds no view, but for its 'with' phrase ('..., with Egypt
            # pressing for arbitration and Ethiopia preferring talks, remains unresolved')
            own_clause = k == n and part is parts[0]
            if own_clause and not _WITH_HOLDING.search(part):
                for m in _WHICH_HELD.finditer(part):  # '..., which Saudi Arabia has tied to progress on Yemen': its
                    # view
                    of_it = not one_of or part[:m.start()].lower().endswith(one_of.lower()[-20:])  # (the question
                    # the clause follows, when the sentence names several)
                    if of_it and (named := _holders(m.group("who"), forms)) and len(m.group("view").split()) >= 2:
                        found.setdefault(named[0], m.group("view"))
                continue
            held = _HOLDS.match(_RELATIVE.sub("", _SOURCE_ASIDE.sub("", part)))  # (not "the NDFP, whose ..., insists")
            if held and moves.kinds(held.group("verb"))[:1] == ["agreement"]:
                continue  # what the sides agreed on is no view on a question still open ('Kyiv and Moscow agree to
                # swap')
            views = [(who, _with_a_refusal(held)) for who in re.split(r",?\s+and\s+", held.group("who"))] \
                if held and _holders(held.group("who"), forms) else \
                [(m.group("who"), re.sub(r"^\s*(?:whether|or|and|if)\s+", "", m.group("view"), flags=re.I))
                 for m in _AS_HELD.finditer(part)]
            if own_clause:
                views += [(who, _with_a_refusal(m)) for m in _WITH_HOLDING.finditer(part)
                          for who in re.split(r"\s+and\s+", m.group("who"))]  # 'Egypt and Sudan pressing for ...'
            for who, text in views:
                named = _holders(who, forms)
                text = _RELATIVE.sub("", text)  # ('fighting, which now rages in most of the state, makes ...')
                view = short_text(text, thresholds.MAX_WORDS["demand"], ctx.article)[0] if named else None
                on_it = k == n or not one_of or bool(own_words & content_words(span.quote))
                if named and view and len(view.split()) >= 2 and on_it and not _COMPOSITION.search(view):
                    found.setdefault(named[0], view)
    return found


def add_said_stances(ctx: Context, out: Collected) -> None:
    """A party's stance on an open issue it made no move on: what it said of the question, when a sentence reports
    it speaking of it ('Mirzoyan said that the constitution was "an internal matter of the Republic of Armenia"' is
    Armenia's stance on the constitution): the reported clause, when it is short."""
    forms = forms_of(ctx, out)
    said_by: list[tuple[str, str]] = []  # (party, what it said), in the article's order
    for n in range(1, len(ctx.article.sentences) + 1):
        span = sentence(ctx.article, n)
        speech = moves.speech_at(span.quote) if span else None
        if span is None or speech is None:
            continue
        speakers = moves.mentions(span.quote[:speech.start()], forms)
        clause = re.split(r"\s+and\s+that\s+", moves.reported_clause(span.quote[speech.end():]))[0]
        clause = moves.without_description(clause).rstrip(" .;!")
        stance = short_text(clause, thresholds.MAX_WORDS["demand"], ctx.article)[0] if clause else None
        if speakers and stance and not moves.says_unresolved(stance):  # not 'the main disagreement was about X'
            said_by.append((speakers[-1][2], stance))
    names = content_words(" ".join(p.name for p in out.parties))
    for issue in out.open_issues:
        words = content_words(issue.issue) - _GENERIC - names
        for party, clause in said_by:
            if words and words <= content_words(clause) and party not in issue.positions:
                issue.positions[party] = clause


def stances(out: Collected, issue: str, span: Span, forms: dict[str, str] | None = None) -> dict[str, str]:
    """Each party's stance on an issue: its own demand or move on the question (in the issue's sentence, or sharing
    its words other than a party's name or any of its `forms`: 'Armenia's constitution' is not about every move of
    Armenia, 'new Chinese villages' not about every move that names China), as already read from the article. A party
    with none has no stance here."""
    named = [p.name for p in out.parties] + [p.affiliation for p in out.people] + list(forms or ())
    words = content_words(issue) - content_words(" ".join(named)) - _GENERIC
    found: dict[str, str] = {}
    moves_so_far = [(d.party, d.demand, d.evidence) for d in out.demands] + \
                   [(s.party, s.text, s.evidence) for s in out.statements]
    shared: dict[str, int] = {}  # party -> the words its stance so far shares with the question
    for party, text, evidence in moves_so_far:
        same_sentence = bool(evidence) and evidence[0].start == span.start
        common = len(words & content_words(text)) + 100 * same_sentence  # (its move in the question's sentence first)
        if party and common > shared.get(party, 0):
            # the move that shares the most words with the question: 'the code to be legally binding' over 'the code
            # concluded before ...' on whether the code should be legally binding
            found[party], shared[party] = text, common
    return found


def forms_of(ctx: Context, out: Collected) -> dict[str, str]:
    """Every spelling of every party found so far, with its people's surnames; a party only a person acts for
    ('Houthi delegation spokesman ...') counts too: it joins the parties once the model has answered every call."""
    parties = [p.name for p in out.parties]
    # 'Sudan army' where Sudan is a party is that party (but 'United States' is not 'United Nations')
    within = [re.compile(rf"(?<!\w){re.escape(p)}(?!\w)", re.I) for p in parties]
    parties += [a for a in dict.fromkeys(p.affiliation for p in out.people) if a and a not in parties
                and not names.person_like(a) and not any(w.search(a) for w in within)]
    forms = moves.party_forms(parties, [(p.name, p.affiliation) for p in out.people], ctx.acronyms)
    state = the_state_side(out)
    if state and ctx.article.language == "en" and any(not names.is_state(p.name) for p in out.parties):
        # a state against an armed group: 'the military', 'the government' is the state ('says the military demands
        # that the TNLA withdraw')
        _name_by_nouns(forms, state, _ENGLISH_STATE_WORDS)
    elif state and ctx.article.language not in ("en", "zh") and \
            any(p.name == state and p.role == "negotiating party" for p in out.parties):
        # in another language, a state that negotiates goes by its nouns of the state ('o executivo exige que o
        # Anamola ...'; not the army's, nor a state only mentioned)
        for noun in set(moves.words_of("state_nouns")) - _ENGLISH_STATE_NOUNS - _ARMY_NOUNS:
            forms.setdefault(noun, state)
    if (group := the_group_side(out)) and ctx.article.language == "en":
        # and the one armed group or movement facing it: 'The group also wants international observers'
        _name_by_nouns(forms, group, ("group", "rebels", "insurgents", "militia", "movement", "alliance", "opposition",
                                      "guerrilla"))
    elif group and ctx.article.language not in ("en", "zh") and \
            any(p.name == group and p.role == "negotiating party" for p in out.parties):
        # and, in another language, the armed group that negotiates goes by its nouns ('El grupo quiere zonas más
        # amplias'), as the state does by its own
        for noun in set(moves.words_of("group_nouns_other")) - _ENGLISH_GROUP_NOUNS:
            forms.setdefault(noun, group)
    return forms


_ENGLISH_STATE_WORDS = ("government", "military", "army", "junta", "regime", "authorities")  # 'the government'
_ENGLISH_STATE_NOUNS = {*_ENGLISH_STATE_WORDS, "executive", "armed forces"}
_ENGLISH_GROUP_NOUNS = {"rebels", "insurgents", "militia", "movement", "group", "fighters"}  # (as the state's above)
_ARMY_NOUNS = {"armée", "Armee", "militares", "армия", "военные", "esercito"}


def _name_by_nouns(forms: dict[str, str], party: str, nouns: tuple[str, ...]) -> None:
    """'the <noun>' and 'The <noun>' name `party`, unless a form already names another."""
    for noun in nouns:
        for article in ("the", "The"):
            forms.setdefault(f"{article} {noun}", party)


# a clause that refuses: a negation or a verb of refusal ('Kyiv says it will not', 'Russia will not accept ...',
# 'a referendum cannot be held before 2027')
_REFUSES = re.compile(r"(?<!\w)(?:not|cannot|can['’]t|won['’]t|never|no|refuses?|refused|rejects?|rejected|"
                      r"rules?\s+out|ruled\s+out)(?!\w)", re.I)


# words of order and quantity that two moves share without being about the same thing ('the schools open first',
# 'the releases first'), by their first five letters
_ORDER_WORDS = {"first", "befor", "after", "then", "any", "all", "only", "every", "still", "again", "also"}


# a refusal that names what it refuses only as 'the demand', 'that' or not at all, ending its sentence or giving its
# reason after it ('Pakistan has refused, saying India has shared no evidence')
_REFUSES_IT = re.compile(r"\s+((?:has\s+|have\s+|had\s+)?(?:(?:flatly|firmly|repeatedly|already|so\s+far)\s+)?"
                         r"(?:rejected|rejects|refused|refuses|dismissed|dismisses|ruled\s+(?:that|this|it)\s+out|"
                         r"rules\s+(?:that|this|it)\s+out)(?:\s+(?:the|that|this|such\s+a)\s+(?:demand|idea|condition|"
                         r"precondition|request)|\s+(?:that|this|it))?)(?:\s*[.!;]?\s*$|,\s+(?:saying|arguing|citing|"
                         r"insisting|noting)\s)", re.I)


# or that calls it what no side accepts, speaking of it as 'that' ('Tehran says that is a non-starter.')
_CALLS_IT_OFF = re.compile(r"\s+(?:says?|said|insists?|insisted)\s+((?:that|this|it)\s+(?:is|was|would\s+be)\s+"
                           r"(?:a\s+non-starter|unacceptable|out\s+of\s+the\s+question|a\s+red\s+line))\s*[.!;]?\s*$",
                           re.I)
# an offer made in place of what the other side asks ('has instead offered to', 'proposed instead')
_INSTEAD = re.compile(r"(?<!\w)instead\s+(?:offered|proposed|suggested)\s+(?:to\s+)?|(?<!\w)(?:offered|proposed|"
                      r"suggested)\s+instead\s+(?:to\s+)?", re.I)
PARAGRAPH_TAIL = 2  # sentences that may stand after a demand in its paragraph before the next one's opening answers it


# a demand named again by a noun after it, which another party refuses ('..., a demand Iranian officials have
# repeatedly called "a non-starter"', '..., a condition Kyiv has rejected')
_NAMED_REFUSAL = re.compile(r"[^;]*?,\s+(?:a|an|the)\s+(?:demand|condition|precondition|request|idea)\s+(?:that\s+|which\s+)?"
                            r"(?P<who>[A-ZÀ-Þ][^,;]{0,40}?)\s+(?P<view>(?:(?:has|have|had)\s+)?(?:(?:repeatedly|flatly|"
                            r"firmly|already|long|so\s+far|publicly)\s+)?(?:rejected|dismissed|refused|ruled\s+out|"
                            r"(?:called|described\s+as|termed)\s+[\"“]?(?:a\s+)?(?:non-starter|unacceptable|"
                            r"out\s+of\s+the\s+question)[\"”]?))")


def _replies(ctx: Context, out: Collected, demand: Demand, forms: dict[str, str],
             party_words: set[str]) -> dict[str, tuple[str, int]]:
    """The other parties that refuse `demand`, each with its refusal and the number of words it shares with the
    demand: a refusal read from the article that shares a word with it (in its sentence or the next of its paragraph;
    anywhere when it shares two), or a clause of its sentence or the next in which another party refuses, even
    without naming what ('..., and Kyiv says it will not'). (Not a demand of the other side on the same thing: 'The
    rebels demand the release of 700 detainees; the government wants the rebels to free the soldiers' trade demands,
    measured on dev as more often an exchange than a dispute.)"""
    text, e = ctx.article.text, demand.evidence[0]
    own = _words_of(demand.demand) - _GENERIC - _ORDER_WORDS - party_words
    # (not 'según La Paz' in '..., que según La Paz ...')
    core = own & _words_of(moves.without_description(demand.demand))
    first, last = ctx.article.paragraph_at(e.start)  # (its paragraph: a line, or a hard-wrapped paragraph)
    n = sentence_number_at(ctx.article, e.start) or 0
    near = [s for k in (n, n + 1) if (s := sentence(ctx.article, k)) and first <= s.start < last]
    close = {s.start for s in near}
    found: dict[str, tuple[str, int]] = {}
    for st in out.statements:
        if st.party == demand.party or st.mode != "rejection" or not st.evidence:
            continue
        shared = own & _words_of(st.text)
        if ((st.evidence[0].start in close and shared) or len(shared) >= 2
             or (st.party == demand.addressed_to and core & shared)) and \
                len(shared) > found.get(st.party, ("", 0))[1]:
            found[st.party] = (st.text, len(shared))
    for st in out.statements:  # another party's offer of something else instead, in the demand's sentence or the next
        # ('Washington wants Iran to ship its stockpile out. Iran has instead offered to dilute the material ...')
        offered = _INSTEAD.search(st.text) if st.mode == "proposal" else None
        if offered and st.party != demand.party and st.party not in found and st.evidence \
                and st.evidence[0].start in close:
            found[st.party] = (st.text[offered.end():].strip(), 1)
    # (or the next paragraph's opening, when the demand's paragraph ends soon after it: 'The U.S. position is that Iran
    # must end all enrichment. Zero.' / 'Tehran says that is a non-starter.')
    later = next((nxt for k in range(n + 1, n + PARAGRAPH_TAIL + 2) if (nxt := sentence(ctx.article, k))
                  and nxt.start >= last), None) if n else None
    opening = [later] if later else []
    for s in near[1:] + opening:  # the next sentence opened by another party that refuses the demand by name
        # ('Belgrade has rejected the demand', 'has ruled that out', 'flatly refuses'; 'Kyiv rejected that condition.';
        # 'Tehran says that is a non-starter.')
        named = moves.mentions(s.quote, forms)
        refused = (_REFUSES_IT.match(s.quote[named[0][1]:]) or _CALLS_IT_OFF.match(s.quote[named[0][1]:])) \
            if named and len(s.quote[:named[0][0]].split()) <= 1 else None
        if refused and named[0][2] != demand.party and named[0][2] not in found:
            found[named[0][2]] = (refused.group(1).strip(), 1)
    at = e.quote.find(demand.demand)
    named_after = _NAMED_REFUSAL.match(e.quote, at + len(demand.demand)) if at >= 0 else None
    refusers = moves.mentions(named_after.group("who"), forms) if named_after else []
    if named_after and refusers and refusers[0][0] == 0 and refusers[0][2] != demand.party:
        # the demand named again after it by another party that refuses it ('..., a demand Iranian officials have
        # repeatedly called "a non-starter"')
        found.setdefault(refusers[0][2], (re.sub(r"[\"“”]", "", named_after.group("view")).strip(" ,.;"), 1))
    for s in near[1:]:  # the next sentence, in which another party accepts only on a condition of its own ('Russia
        # says it will consider the idea only if Ukraine stops its drone strikes on refineries')
        condition = moves.condition_set(s.quote, forms)
        if condition is not None and condition.by and condition.by not in (demand.party, *found):
            found[condition.by] = (f"only if {condition.text}", 1)
    for s in near:  # a clause whose subject is another party and which refuses
        for at, end, party in moves.mentions(s.quote, forms):
            # (a second reported clause stays: '... explained that Cuba has received every flight and that it is
            # not in a position to accept ...'; the one that refuses is the view)
            clause = re.split(r"[;,]|\s+(?:and|but|while|whereas)\s+(?!that\s)", s.quote[end:])[0]
            said = re.match(r"\s+(?:delegation\s+|side\s+|officials\s+)?(?:says?|said|insists?|insisted|argues?|argued|"
                            r"explain(?:s|ed)?|stress(?:es|ed)?|repl(?:y|ies|ied)|respond(?:s|ed)?|answer(?:s|ed)?|"
                            r"counter(?:s|ed)?|maintain(?:s|ed)?)\s+(?:that\s+)?(.+)", clause)
            if party == demand.party or party in found or said is None or not _REFUSES.search(said.group(1)) \
                    or (s.start == e.start and at < 3):
                continue
            view = next(c for c in re.split(r"\s+and\s+that\s+", said.group(1)) if _REFUSES.search(c)).strip(" .")
            elliptical = not content_words(view) - {"will", "would", "shall", "could"}  # 'it will not'
            if elliptical and s.start == e.start:
                found[party] = (re.sub(r"^(?:it|they)\s+", "", view), 1)
            elif shared := own & content_words(view):
                found[party] = (view, len(shared))
    return found


def add_contested_issues(ctx: Context, out: Collected) -> None:
    """A question two sides dispute though no sentence says it is open: one party's demand that another refuses
    ('Moscow demands that Kyiv withdraw its troops from the part of the Donetsk region it still holds, and Kyiv says it
    will not'; Ukraine's demand for legally binding security guarantees, and 'Russia will not accept security
    guarantees for Ukraine that involve ...'). The demand names the question; the demand and each refusal are the
    stances. A refusal answers the demand it shares the most words with. They join the questions the article names
    once those are settled (in `finish_issues`)."""
    if ctx.article.script == "CJK":  # (its content words are characters: any two moves share one)
        return
    forms = forms_of(ctx, out)
    party_words = content_words(" ".join(forms))  # (a party's name is no word of what is demanded)
    found = [(demand, replies) for demand in out.demands if demand.evidence
             and (replies := _replies(ctx, out, demand, forms, party_words))]
    used: set[str] = set()
    for demand, replies in sorted(found, key=lambda f: -max(k for _, k in f[1].values())):
        views = {party: view for party, (view, _) in replies.items() if view not in used}
        if views:
            used |= set(views.values())
            out.contested.append(OpenIssue(issue=demand.demand, positions={demand.party: demand.demand, **views},
                                           evidence=demand.evidence[:1]))


def _same_view(a: str, b: str) -> bool:
    """One stance holds the other ('rejects any referendum with independence on the ballot' in 'The first is the
    vote: Morocco rejects any referendum with independence on the ballot')."""
    a, b = a.lower().strip(" ."), b.lower().strip(" .")
    return bool(a and b) and (a in b or b in a)


def _add_contested(out: Collected) -> None:
    """The questions only the parties' moves show disputed, after the questions the article names are settled: each
    one no question already names, nor holds one of its moves as a stance ('the Donetsk region', where Russia's stance
    is the demand that Ukraine withdraw its forces from the fifth of the region it still controls)."""
    for issue in out.contested:
        if not any(fuzz.token_set_ratio(q.issue, issue.issue) >= thresholds.SAME_ISSUE or _within(q.issue, issue.issue)
                   or any(_same_view(q.positions.get(p, ""), view) for p, view in issue.positions.items())
                   for q in out.open_issues):
            out.open_issues.append(issue)
