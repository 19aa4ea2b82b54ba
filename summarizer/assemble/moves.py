"""Read the model's own sentence about a move ("Hamas demands that Israel begin talks on the second phase"):
the party it starts with holds the move, the verb says its kind, the party after "that" must act.

The model is asked to write each demand as such a sentence because it copies a subject more reliably than it
picks one from a list; where its sentence and its choice disagree, the sentence wins. A text that does not open
with a party and a verb is kept as the model gave it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from .. import names
from ..evidence import content_words
from ..language import HAN, dominant_script

MODES = ("rejection", "agreement", "proposal", "demand")  # at one place, the first kind wins: "will not agree" is a rejection
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")  # a word of a script written without spaces
SUBJECT_WORDS = 5  # a party named within the first five words opens the sentence
RELATIVE_OBJECT_WORDS = 8  # 'The disarmament of Hamas, which Israel demands, ...': a noun phrase, not a clause
PRONOUN_REACH = 10  # an opening pronoun stands for a party named within the first ten words of the sentence before
PRONOUN_CHAIN = 4  # sentences in a row that may open with the same pronoun ('They insist ... They also want ...')


@lru_cache(maxsize=1)
def _data() -> dict:
    return yaml.safe_load(resources.files("summarizer.data").joinpath("moves.yaml").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _verbs() -> dict[str, list[str]]:
    return {k: sorted(v, key=len, reverse=True) for k, v in _data().items() if isinstance(v, list)}


def words_of(*lists: str) -> list[str]:
    """The words of these lists of moves.yaml, longest first."""
    return sorted({w for name in lists for w in _verbs()[name]}, key=len, reverse=True)


@lru_cache(maxsize=32)
def one_of(*lists: str) -> str:
    """A regular expression (not compiled) for any word of these lists of moves.yaml as written, longest first."""
    return "|".join(re.escape(w) for w in words_of(*lists))


def _lists(names: tuple[str, ...], language: str) -> list[str]:
    """The words of these lists of moves.yaml, with those that are move verbs only in the article's language."""
    own = _data()["by_language"].get(language, {})
    return [w for name in names for w in (*_verbs()[name], *own.get(name, []))]


def _inflected(word: str) -> str:
    """A plain English entry with its endings on its first word: 'agree' -> agree(s|d|ing), 'rule out' -> rules out."""
    first, _, rest = word.partition(" ")
    forms = {first, first + "s", first + "es", first + "ed", first + "d", first + "ing"}
    if first.endswith("e"):
        forms.add(first[:-1] + "ing")
    if first.endswith("y"):
        forms |= {first[:-1] + "ies", first[:-1] + "ied"}
    alternatives = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return rf"(?<!\w)(?:{alternatives}){re.escape(' ' + rest) if rest else ''}(?!\w)"


def _masked(text: str) -> str:
    """The text with phrases that hold a move verb but make no move blanked out ('talks are expected to resume'),
    offsets unchanged."""
    return _words("not_a_move").sub(lambda m: " " * len(m.group(0)), text)


@dataclass(frozen=True)
class Move:
    by: str | None
    to: str | None
    mode: str | None
    text: str
    subject_at: int = -1  # where the party that holds the move is named, and where its verb stands (-1: none)
    verb_at: int = -1


# a state's government named with its adjective or its name, in the languages of the cases
_GOVERNMENT_OF = (re.compile(r"(?<!\w)(?:government|gouvernement|gobierno|governo|regierung|правительство)\s+(?:(?:of|de|"
                             r"del|du|da|der|des)\s+)?(?:(?:la|the|l')\s*)?\w[\w-]+", re.I),
                  re.compile(r"(?<!\w)[A-Z]\w+\s+(?:[Gg]overnment|[Aa]dministration)(?!\w)"))


def mentions(text: str, forms: dict[str, str]) -> list[tuple[int, int, str]]:
    """Every mention of a party in `text`, in order: (start, end, party)."""
    return _mentions(text, forms, bool(re.search(HAN, text)))


def _mentions(text: str, forms: dict[str, str], cjk: bool) -> list[tuple[int, int, str]]:
    """Every mention of a party in `text` (its names, aliases, people, or an adjective: 'Ukrainian'), in order."""
    found: list[tuple[int, int, str]] = []
    for form, party in forms.items():
        if cjk:
            start = text.find(form)
            while start >= 0:
                found.append((start, start + len(form), party))
                start = text.find(form, start + 1)
            continue
        for m in re.finditer(rf"(?<!\w){_any_case_of(form)}(?!\w)", text, re.I if len(form) > 3 else 0):
            found.append((m.start(), m.end(), party))
    if not cjk:
        parties = set(forms.values())
        # (with the word before it when the two are one adjective: 'South Sudanese', 'North Korean'; its people in
        # the plural too, as news names a delegation: 'the Americans want', 'les Iraniens répondent')
        for m in re.finditer(r"\b(?:(?:South|North|East|West|Central)\s+)?[A-Z][a-zà-ÿ]+"
                             r"(?:an|ian|ese|i|ish|ien|ienne)(?P<plural>s)?\b", text):
            word = m.group(0)[:-1] if m.group("plural") else m.group(0)
            country = names.from_demonym(word) or names.from_demonym(word.split()[-1])
            if country in parties:
                found.append((m.start(), m.end(), country))
        for m in (m for pattern in _GOVERNMENT_OF for m in pattern.finditer(text)):  # 'le gouvernement tchadien'
            state = names.party(m.group(0))
            if state in parties:
                found.append((m.start(), m.end(), state))
    found.sort(key=lambda t: (t[0], -t[1]))
    out: list[tuple[int, int, str]] = []
    for hit in found:  # the longest spelling at each place, no overlaps
        if not out or hit[0] >= out[-1][1]:
            out.append(hit)
    return out


def _any_case_of(form: str) -> str:
    """A pattern for a name in every grammatical case where it is written in Cyrillic, whose languages inflect names:
    each word of five letters or more with its last letter, or two from eight, free ('Росія': 'Росії', 'Росією';
    'Сполучені Штати': 'Сполучених Штатів'). Elsewhere the name as written."""
    if dominant_script(form) != "CYRILLIC":
        return re.escape(form)
    def word(w: str) -> str:
        if len(w) < 5 or not w.isalpha() or w.isupper():
            return re.escape(w)
        cut = 2 if len(w) >= 8 else 1
        return re.escape(w[:-cut]) + r"\w{0,%d}" % (cut + 2)
    return r"\s+".join(word(w) for w in form.split())


def _a_german_noun(text: str, at: int) -> bool:
    """A capitalised word inside a German sentence is a noun, not a verb ('unterstützt die Forderung Nikosias')."""
    before = text[:at].rstrip()
    return text[at].isupper() and bool(before) and not before.endswith((".", ":", "!", "?", "\"", "„", "«", "»"))


def _first_of_each(masked: str, start: int, language: str) -> list[tuple[str, int, int]]:
    """The first verb of each kind of move (and of obligation) at or after `start` in a masked text: (mode, where it
    starts, where it ends), in the order of MODES."""
    found = []
    for mode in (*MODES, "obliged"):
        # not a noun after a determiner ('Ukrainian officials call the demand an attempt', 'rejected the offer')
        if m := next((m for m in _moves((mode,), language).finditer(masked, start)
                      if not (_NOUN_DETERMINER.search(masked[max(0, m.start() - 8):m.start()])
                              or language == "de" and _a_german_noun(masked, m.start()))
                      or _MOVE_RENEWED.search(masked[max(0, m.start() - 40):m.start()])), None):
            refused = mode == "agreement" and _ACCEPT.match(masked, m.start()) and (
                _NEGATED.search(masked[:m.start()]) or _NEITHER.search(masked[:m.start()]))
            found.append(("rejection" if refused else mode, m.start(), m.end()))
    if [mode for mode, _, _ in found].count("rejection") > 1:  # (the first refusal only)
        found.remove(max((hit for hit in found if hit[0] == "rejection"), key=lambda hit: hit[1]))
    return found


# a verb of accepting what another offers or asks: negated, it refuses ('Indian officials did not accept either
# request', 'Baghdad has not accepted that proposal'); not 'did not agree on', which says no agreement was reached
_ACCEPT = re.compile(r"(?:accept|acept|aceit|accett|akzept)", re.I)


# 'Neither Kyiv nor Moscow has accepted it': each subject of 'neither ... nor' refuses (and the refusal is read from
# 'Neither' on)
_NEITHER = re.compile(r"(?<!\w)neither\s[^,;:.]{0,60}$", re.I)
_ENGLISH_DETERMINERS = "the|a|an|this|these|those|its|their|his|her|our|any|every|such"
# a party's own move named by a noun after a verb that makes it again ('Russia also repeated its call for sanctions
# to be lifted', 'renewed their demand that'): a move, not a noun that names another's
_MOVE_RENEWED = re.compile(r"(?<!\w)(?:repeated|renewed|reiterated|restated|repeats|renews|reiterates|restates|"
                           r"made|makes|pressed|presses|voiced|voices)\s+(?:its|their|his|her|our)\s+$", re.I)
# (English only: 'la', 'les', 'die' are also pronouns before a verb in the other languages)
_NOUN_DETERMINER = re.compile(rf"(?<!\w)(?:{_ENGLISH_DETERMINERS})\s+$", re.I)


def _verb(text: str, start: int, language: str = "") -> tuple[str, int, int] | None:
    """The first move verb at or after `start`: (mode, where it starts, where it ends); at one place the first kind
    of MODES wins."""
    return min(_first_of_each(_masked(text), start, language), key=lambda hit: hit[1], default=None)


def moved_on(text: str, forms: dict[str, str], language: str = "") -> str:
    """What a clause that opens with a party making a move moves on, the words after its verb ('Russia will not
    accept any European soldiers in Ukraine' -> 'European soldiers in Ukraine'); "" when the text is no such
    clause."""
    move = stated_move(text, forms, language) or stated_demand(text, forms, language)
    if move is None or not move.by or move.subject_at != 0:
        return ""
    found = _verb(text, move.verb_at, language)
    while found is not None and (after := _verb(text, found[2], language)) and not text[found[2]:after[1]].strip():
        found = after  # 'will not accept': the verb after the negation
    if found is None:
        return ""
    rest = re.sub(r"^(?:(?:that|to|on|for|any|all)\s+)+", "", text[found[2]:].strip(" ,:"), flags=re.I)
    return rest.rstrip(" .;!") if len(rest.split()) >= 2 else ""


# a thing a sentence names after a preposition, then the party that wants it in a clause that describes it ('also
# disagree over the port of Mykolaiv, which Ukraine wants included in any deal')
_WHICH_WANTED = re.compile(r"(?<!\w)(?:over|about|on|for|with|against)\s+(?P<np>(?:the|a|an)\s+[^,;:()]{3,80}?),\s+"
                           r"which\s+(?P<who>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s+"
                           r"(?:has\s+|have\s+|had\s+|also\s+|still\s+)*(?:wants|wanted|demands|demanded|seeks|sought|"
                           r"is\s+demanding|is\s+seeking)(?P<rest>\s+[^,;.]*)?(?=[,;.]|$)")


def which_wanted(sentence: str, forms: dict[str, str]) -> list[Move]:
    """The demands a describing clause names after the thing wanted ('the port of Mykolaiv, which Ukraine wants
    included in any deal': Ukraine's demand 'the port of Mykolaiv included in any deal')."""
    found = []
    for m in _WHICH_WANTED.finditer(" ".join(sentence.split())):
        named = mentions(m.group("who"), forms)
        if named and named[0][0] <= 4 and not mentions(m.group("np"), forms):
            found.append(Move(named[0][2], None, "demand", (m.group("np") + (m.group("rest") or "")).strip()))
    return found


# a first predicate joined to the verb of a move by 'and', with no comma or party between ('Äthiopien sei nur zu
# unverbindlichen Leitlinien bereit und verlange, dass ...'): the verb has the same subject
_SAME_SUBJECT = re.compile(r"^[^,;:.]{0,80}\s(?:and|und|et|y|и)\s+$")

# a short aside between a subject and its verb ('Le gouvernement, de son côté, demande ...', 'Russia, for its part,
# insists ...'): not words that part them
_ASIDE = re.compile(r",[^,;:.]{1,30},")


def parse(what: str, forms: dict[str, str], language: str = "") -> Move:
    """`forms`: every spelling of every party of the article (names, aliases, their people's surnames) -> party;
    `language`: the article's."""
    cjk = bool(re.search(HAN, what))
    mentions = _mentions(what, forms, cjk)
    if not mentions:
        return Move(None, None, None, what)
    if language == "de" and (inverted := _inverted(what, mentions, forms)):
        return inverted
    found = _verb(what, mentions[0][1], language)
    if found is None:
        return Move(None, None, None, what)
    mode, verb_start, verb_end = found
    before = [m for m in mentions if m[1] <= verb_start]  # the last party named before the verb speaks
    if not before:
        return Move(None, None, None, what)
    subject = before[-1]
    if not cjk and len(_ASIDE.sub(" ", what[subject[1]:verb_start]).split()) > 3 and not _SAME_SUBJECT.match(
            what[subject[1]:verb_start]):
        return Move(None, None, None, what)
    if not cjk and not _opens(what, subject[0], subject[1]):
        # a name inside an aside ('The Polisario delegation, led by Mohamed Yeslem Beissat, demanded'): the party
        # that opens the sentence before the aside is the subject
        subject = next((m for m in before[:-1] if _opens(what, m[0], m[1])
                        and len(_ASIDE.sub(" ", what[m[1]:verb_start]).split()) <= 3), None) or subject
        if not _opens(what, subject[0], subject[1]):
            return Move(None, None, None, what)
    if _speech().search(what[subject[1]:verb_start]):  # 'Muyaya said the rebels want ...': someone else's move
        return Move(None, None, None, what)
    if mode == "obliged":  # 'Ukraine must leave Donbas': Ukraine is the one asked to act
        return Move(None, subject[2], "demand", what, subject[0], verb_start)
    rest = _after_that(what[verb_end:].strip(" ,:").rstrip(".;!。"))
    if what[verb_start:verb_end].lower().startswith("insist"):
        rest = re.sub(r"^(?:on|upon)\s+", "", rest)  # 'insists on a schedule': what is insisted on
    if language == "de" and (called := _CALLED_ON.match(rest)):  # 'rief beide Seiten auf, die Vereinbarungen ...
        rest = re.split(r",\s+und\s+", called.group(2))[0]  # umzusetzen, und kündigte an': what they are to do
        if _words("both_sides", style="whole").match(called.group(1)):
            return Move(subject[2], "", mode, rest, subject[0], verb_start)
    if _opens_subordinate(rest):  # 'Sudan's warring parties trade demands as talks resume': a noun, not a verb
        return Move(None, None, None, what)
    to = _addressee(rest, forms, subject[2], cjk) if mode == "demand" else None
    if mode == "demand" and _words("both_sides", style="whole").match(rest):
        to = ""  # 'called on both parties to ...': asked of every side, no one party
    return Move(subject[2], to, mode, rest if mode == "demand" and rest else what, subject[0], verb_start)


INVERTED_OPENING_WORDS = 3  # words of an adverbial before a German verb that its subject then follows
# a German subordinate clause that opens a sentence, after which the verb comes before its subject
_GERMAN_SUBORDINATE = re.compile(r"^\s*(?:wie|als|nachdem|weil|da|wenn|obwohl|während)\s[^;:]*,\s*$", re.I)


def _inverted(what: str, mentions: list[tuple[int, int, str]], forms: dict[str, str]) -> Move | None:
    """A German sentence whose verb of a move comes second, after an adverbial or a subordinate clause, and its
    subject right after it ('Ausserdem fordert Nikosia den Abzug der türkischen Soldaten'): the party after the verb
    makes the move."""
    found = _verb(what, 0, "de")
    opening = what[:found[1]] if found else ""
    clause = _GERMAN_SUBORDINATE.match(opening)  # ('Wie die Ukraine berichtet, fordert Moskau ...')
    if found is None or not opening.strip() or not clause and (
            found[1] >= mentions[0][0] or len(opening.split()) > INVERTED_OPENING_WORDS
            or re.search(r"[,;:]", opening)):
        return None
    mode, verb_start, verb_end = found
    subject = next((m for m in mentions if m[0] >= verb_end), None)
    if subject is None or mode == "obliged" \
            or not re.fullmatch(r"\s*(?:(?:die|der|das|den)\s+)?", what[verb_end:subject[0]], re.I):
        return None
    rest = _after_that(what[subject[1]:].strip(" ,:").rstrip(".;!"))
    if not rest:
        return None
    to = _addressee(rest, forms, subject[2], False) if mode == "demand" else None
    return Move(subject[2], to, mode, rest if mode == "demand" else what, subject[0], verb_start)


# a German verb of asking split around whom it asks: 'rief beide Seiten auf, ...', 'forderte Moskau auf, ...'
_CALLED_ON = re.compile(r"^(.{1,60}?)\s+auf\s*,\s+(.+)$")


def _opens_subordinate(clause: str) -> bool:
    """The clause opens with a word of time or cause, which no verb of a move is followed by ('trade demands as talks
    resume'); 'demanded, as a condition, that ...' and 'as part of a deal' do not count."""
    opening = _words("subordinate", style="whole").match(clause)
    return opening is not None and not re.match(r"\s+(?:a|an|part|well)\s", clause[opening.end():], re.I)


# a person named between commas after the title that opens the sentence ('El jefe negociador del ELN, Pablo Beltrán,
# exigió ...'): the title and the name are one subject
_APPOSED_NAME = re.compile(r",\s*(?:[A-ZÀ-ÞĀ-Ž][\w'’.-]*\s+){0,2}$")
TITLED_SUBJECT_WORDS = 12  # words of a title before a name in commas that still open the sentence
MIN_HEAD_WORDS = 5  # words a demanded clause keeps before a describing clause cut from it


def _opens(sentence: str, start: int, end: int) -> bool:
    """The party's mention at start:end opens the sentence: within its first SUBJECT_WORDS words, or as a name
    between commas after an opening title of at most TITLED_SUBJECT_WORDS words."""
    words = len(sentence[:start].split())
    if words <= SUBJECT_WORDS:
        return True
    verb = _verb(sentence, end)
    if _SAID_BEFORE.search(sentence[:start]) and verb and verb[0] == "demand" \
            and len(sentence[end:verb[1]].split()) <= 1:
        return True  # it opens the clause a speaker reports: "The region's negotiator, V. I., said Tiraspol also wanted"
    head = _OPENING_PHRASE.sub("", sentence[:start])  # 'Por su parte, el jefe negociador ..., Pablo Beltrán, ...'
    if words <= TITLED_SUBJECT_WORDS and _OWN_TITLE.match(head):
        return True  # 'In Brussels, the EU's foreign policy chief Kaja Kallas called on ...'
    return (words <= TITLED_SUBJECT_WORDS and _APPOSED_NAME.search(head) is not None
            and head.count(",") == 1 and sentence[end:].lstrip().startswith(","))


# a party's possessive and a title in lower case right before a person's name ('the EU's foreign policy chief')
_OWN_TITLE = re.compile(r"^\s*(?:the\s+)?[A-ZÀ-Þ][\w.-]*(?:\s+[A-ZÀ-Þ][\w.-]*)?['’]s(?:\s+[a-z][\w-]*){1,5}(?:\s+[A-ZÀ-Þ][\w'’.-]*){0,2}\s+$")


# a verb of speaking with no object of its own just before a party: the party opens the reported clause
# ('said that', 'said on Monday that', 'said in a statement that')
_SAID_BEFORE = re.compile(r"(?<!\w)(?:said|says|stated|added|explained|noted|argued|warned|declared|disse|afirmou|declarou|"
                          r"reiterou|acrescentou|dijo|afirmó|declaró|reiteró|a\s+dit|a\s+déclaré|a\s+affirmé|sagte|"
                          r"erklärte)\s+(?:(?:on|in|late|early|last|this|at)\s+(?:[\w-]+\s+){1,3}?that\s+|"
                          r"(?:that|que|qu['’]|dass)\s*)?(?:the\s+|o\s+|a\s+|os\s+|as\s+|el\s+|la\s+|le\s+|les\s+|"
                          r"l['’]|der\s+|die\s+|das\s+)?$|"
                          # (in Russian and Ukrainian, with up to two words between: 'заявив журналістам, що')
                          r"(?<!\w)(?:заяви|сказа|повідоми|сообщи|зазначи|отмети|наголоси|подчеркну|підкресли)\w*"
                          r"(?:\s+[^\s,.]+){0,2}?\s*,?\s*(?:що|что)\s*$", re.I)
# a short phrase that opens a sentence before its subject ('Por su parte,', 'Meanwhile,', 'On Friday,')
_OPENING_PHRASE = re.compile(r"^\s*(?:[^\s,]+\s+){0,3}[^\s,]+,\s*(?=\S+\s+\S+)")


# a negation just before a verb ('does not want', 'ne veut pas', '不希望', 'не требует'), and a relative pronoun just
# before a subject ('the disarmament, which Israel demands, ...': what is demanded stands before it)
_NEGATED = re.compile(r"(?:(?<!\w)(?:not|never|ne|n'|не|nicht|nie|no)|n't|不|没有|未)\s*$", re.I)
# the words an attribution after a clause may take before its verb of speaking ("..., Prime Minister Benjamin
# Netanyahu's office said in a statement")
ATTRIBUTION_WORDS = 7
_RELATIVE_WORDS = r"(?:which|who|whom|whose|where|qui|dont|welche[rsnm]?|который|которая|которое|которые)"
_RELATIVE = re.compile(rf"(?<!\w){_RELATIVE_WORDS}\s*$", re.I)


# a describing clause between commas after the name that opens a sentence, before its verb ('Sudan, whose Roseires dam
# sits downstream, asked Ethiopia to ...'; 'The Russian side, headed by the deputy chief of staff, has made ...')
_SUBJECT_ASIDE = re.compile(rf"^((?:the\s+)?[A-ZÀ-Þ][\w'’.-]*(?:\s+[\w'’.-]+){{0,2}}),\s*"
                            rf"(?:{_RELATIVE_WORDS}|(?:headed|led|represented|chaired)\s+by)\b[^,]*,\s*(?=[a-z])")


# a conjunction of condition right before a subject ('If Washington wants dialogue, ...')
_CONDITION_BEFORE = re.compile(r"(?<!\w)(?:if|unless|wenn|falls|si|если|якщо)\s+(?:the\s+|la\s+|le\s+|el\s+|die\s+|der\s+)?$",
                               re.I)


# a party's demand named as a noun: "Moscow's key demand is that Kyiv renounce ...", "Kyiv rejected Moscow's demand that
# it cede ...", "Ukraine's demand for a full ceasefire was rejected", "Russia reiterated its demand for ...", "stalled
# over Russia's insistence that any moratorium also cover ..."
_DEMAND_IS = re.compile(r"^['’]s?\s+(?:(?:key|main|chief|central|first|only|core|principal|latest|new)\s+)?"
                        r"(?:demand|condition|precondition|request|price\s+for\s+[^,]{3,40}?)(?:,\s+[^,]{3,60},)?\s+"
                        r"(?:is|was|remains|remained)\s+(?:(?:still|now|also)\s+)?(?:that\s+)?(?P<x>.+)$", re.I)
# (with an aside: "'s central demand, he explains, is"; a price named for what the party would give: "Moscow's price for
# any ceasefire is still a full Ukrainian withdrawal")
_DEMAND_OF = re.compile(r"^['’]s?\s+(?:(?:key|main|chief|central|long-standing|longstanding|latest|new|renewed)\s+)?"
                        r"(?:demand|request|insistence)\s+(?:that|for|on)\s+(?P<x>.+)$", re.I)
_ITS_DEMAND = re.compile(r"\s(?:its|their)\s+(?:(?:key|main|long-standing|longstanding|earlier|renewed)\s+)?"
                         r"(?:demand|request|insistence)\s+(?:that|for|on)\s+(?P<x>.+)$", re.I)
# a party's position that lays a duty on another ('Serbia's position is that Kosovo must form the association first')
_POSITION_IS = re.compile(r"^['’]s?\s+(?:(?:official|stated|firm|long-standing|longstanding)\s+)?position\s+"
                          r"(?:is|was|remains|remained)\s+that\s+(?P<x>.+)$", re.I)
# what a party will not give up, said of the thing ('For Belgrade, the return of its police is non-negotiable'; 'The
# withdrawal is a red line for Belgrade')
_NON_NEGOTIABLE = r"non-negotiable|not\s+negotiable"
_NOT_NEGOTIABLE = rf"(?:{_NON_NEGOTIABLE}|an?\s+(?:absolute\s+)?red\s+line|an?\s+(?:absolute\s+)?must)"
_FOR_PARTY_FIRST = re.compile(rf"^\s*for\s+(?P<p>[^,]{{2,40}}),\s+(?P<x>.+?)\s+(?:is|are|remains?|was|were)\s+"
                              rf"{_NOT_NEGOTIABLE}\b", re.I)
_FOR_PARTY_AFTER = re.compile(rf"^\s*(?P<x>[^,]+?)\s+(?:is|are|remains?|was|were)\s+{_NOT_NEGOTIABLE}\s+for\s+"
                              rf"(?P<p>[^,.;]{{2,40}})", re.I)
# a demand made the condition of something else, after the sentence's subject ('Belgrade has made the dissolution of
# the units a precondition for any agreement'; 'Pristina conditions any deal on recognition by Serbia')
_MADE_CONDITION = re.compile(r"^\s+(?:(?:has|have|had)\s+)?(?:(?:also|again|now|long|repeatedly)\s+)?made\s+(?P<x>.+?)\s+"
                             r"an?\s+(?:pre-?)?condition\s+(?:for|of)\s", re.I)
_CONDITIONS_ON = re.compile(r"^\s+(?:(?:has|have|had)\s+)?(?:(?:also|again|now)\s+)?condition(?:s|ed)\s+(?:[^,;.]+?)\s+"
                            r"(?:on|upon)\s+(?P<x>.+)$", re.I)
# the words that call a thing indispensable to another step ('is a prerequisite for'); 'essential' only after a verb
# of speaking (too common to offer a sentence on its own)
_PRECONDITION_WORDS = r"(?:indispensable|prerequisite|precondition|sine\s+qua\s+non)"
_PRECONDITION = re.compile(rf"(?<!\w){_PRECONDITION_WORDS}\s+(?:for|to|of)(?!\w)", re.I)
# a thing the subject says another step cannot do without ('The delegation stressed that Cuba's removal from the list
# is indispensable for normal cooperation'): that thing is demanded
_INDISPENSABLE = re.compile(r"^\s+(?:(?:delegation|side|government|authorities|officials)\s+)?(?:(?:has|have|had)\s+)?"
                            r"(?:(?:also|again)\s+)?(?:stress|insist|underlin|emphasi[sz]|reiterat|said|say|made\s+clear|"
                            r"make\s+clear|warn)\w*\s+(?:that\s+)?(?P<x>[^,;]+?)\s+(?:is|are|was|were|remains?|would\s+be)\s+"
                            rf"(?:an?\s+)?(?:{_PRECONDITION_WORDS}|essential)\s+(?:for|to|of)\s", re.I)


def names_a_precondition(text: str) -> bool:
    """The sentence calls a thing indispensable to another step, which the verbs of a move do not find."""
    return _PRECONDITION.search(text) is not None


_PRICE = re.compile(r"['’]s?\s+price\s+for\s", re.I)


def names_a_price(text: str) -> bool:
    """The sentence names a party's price for a step ("Moscow's price for any ceasefire is ..."), which no verb of a
    move says."""
    return _PRICE.search(text) is not None


# where the noun phrase of a demand named as a noun ends: a verb, a comma, or a second clause
_NOUN_PHRASE_END = re.compile(r"\s+(?:was|were|is|are|has|have|had|remains?|would|will|could|by|and\s+(?:said|warned|added))\b|"
                              r"[,;:]|\s+[-–—]\s", re.I)


def _demand_named(sentence: str, forms: dict[str, str]) -> Move | None:
    """A demand the sentence names as a party's noun ("Moscow's key demand is that Kyiv renounce NATO membership"),
    or as the subject's own ("Russia reiterated its demand for Ukraine's neutrality"): its party, and what follows
    up to the verb ('... for a full ceasefire was rejected by Russia': 'a full ceasefire')."""
    text = sentence.strip().rstrip(".;!\"”")
    found = _mentions(text, forms, False)
    for start, end, party in found:
        is_ = _DEMAND_IS.match(text[end:])
        of = _DEMAND_OF.match(text[end:]) if not is_ else None
        if is_ is not None:
            rest = is_.group("x")
        elif of is not None:
            rest = _NOUN_PHRASE_END.split(of.group("x"))[0]
        else:
            continue
        rest = without_description(rest).strip()
        if len(rest.split()) >= 2:
            # ('Kyiv rejected Moscow's demand that it cede ...': 'it' is the sentence's subject, who is asked)
            to = found[0][2] if re.match(r"(?:it|they)\s", rest) and found[0][0] < start and found[0][2] != party \
                else _addressee(rest, forms, party, False)
            return Move(party, to, "demand", rest, start, end)
    subject = found[0] if found and len(text[:found[0][0]].split()) <= SUBJECT_WORDS else None
    position = _POSITION_IS.match(text[subject[1]:]) if subject else None
    rest = without_description(position.group("x")).strip() if position else ""
    if subject and position and obliged(rest):
        return Move(subject[2], _addressee(rest, forms, subject[2], False), "demand", rest, subject[0], subject[1])
    for pattern in (_FOR_PARTY_FIRST, _FOR_PARTY_AFTER):
        held = pattern.match(text)
        holders = _mentions(held.group("p"), forms, False) if held else []
        if held and holders and len(held.group("x").split()) >= 2:
            rest = held.group("x").strip()
            return Move(holders[0][2], _addressee(rest, forms, holders[0][2], False), "demand", rest,
                        held.start("p"), held.start("p"))
    if subject and (made := _MADE_CONDITION.match(text[subject[1]:]) or _CONDITIONS_ON.match(text[subject[1]:])
                    or _INDISPENSABLE.match(text[subject[1]:])):
        rest = without_description(_NOUN_PHRASE_END.split(made.group("x"))[0]).strip()
        if len(rest.split()) >= 2:
            return Move(subject[2], _addressee(rest, forms, subject[2], False), "demand", rest, subject[0],
                        subject[1] + made.start("x"))
    its = _ITS_DEMAND.search(text)
    if its and found and len(text[:found[0][0]].split()) <= SUBJECT_WORDS and found[0][1] <= its.start():
        rest = without_description(_NOUN_PHRASE_END.split(its.group("x"))[0]).strip()
        if len(rest.split()) >= 2 and not any(at < its.start() for at, _, _ in found[1:]):
            return Move(found[0][2], _addressee(rest, forms, found[0][2], False), "demand", rest, found[0][0],
                        its.start())
    return None


# a verb of asking followed by 'to' and a verb: the party's own intention ('wants to implement'), unless it asks to be
# treated so by others ('wants to be consulted')
_INTENTION = re.compile(r"\w+\s+to\s(?!\s*be\s+\w+(?:ed|en)\b)")


def own_intention(sentence: str, forms: dict[str, str], language: str = "") -> bool:
    """The sentence's verb of asking says what its party means to do itself ('Belgrade wants to implement the
    "technical" parts'), not what it asks of another."""
    move = parse(sentence, forms, language)
    return move.mode == "demand" and bool(move.by) and _INTENTION.match(sentence, move.verb_at) is not None


# what a party insists is or will stay so, a pronoun for its thing ('Moscow insists it will stay under Russian
# management'): a claim, not a demand on anyone
_CLAIM = re.compile(r"^\s*(?:it|they)\s+(?:will|would|shall)\s+(?:\w+ly\s+)?(?:stay|remain|continue\s+to\s+be|"
                    r"belong)(?!\w)", re.I)


def a_claim(text: str) -> bool:
    """The text claims that a thing it names by a pronoun is or stays so ('it will stay under Russian management')."""
    return _CLAIM.match(text) is not None


def stated_demand(sentence: str, forms: dict[str, str], language: str = "") -> Move | None:
    """The demand a sentence of the article states in so many words, 'X demands that Y ...' (its party, the party
    after 'that', the demanded clause as written), or None when it states none plainly: another kind of move, a
    negated verb ('does not want'), or a relative clause whose demand stands before it. A clause describing the
    party that opens the sentence is read past ('Sudan, whose dam sits downstream, asked Ethiopia to ...')."""
    said = _stated_demand(sentence, forms, language)
    if said is not None and said.mode == "demand" and a_claim(said.text):
        return None  # ('Moscow insists it will stay under Russian management': what Moscow holds is so)
    if said is None and (aside := _SUBJECT_ASIDE.match(sentence)):
        said = _stated_demand(f"{aside.group(1)} {sentence[aside.end():]}", forms, language)
        if said is not None:
            cut = aside.end() - len(aside.group(1)) - 1
            moved = [at + cut if at > len(aside.group(1)) else at for at in (said.subject_at, said.verb_at)]
            said = Move(said.by, said.to, said.mode, said.text, moved[0], moved[1])
    return said


def _stated_demand(sentence: str, forms: dict[str, str], language: str = "") -> Move | None:
    if condition := condition_set(sentence, forms):
        return condition
    if language in ("", "en") and (named := _demand_named(sentence, forms)):
        return named
    move = parse(sentence, forms, language)
    if move.mode is None or (move.mode == "demand" and not move.by):  # 'X said (that) Y must ...', 'X said it wants'
        return (_reported_obligation(sentence, forms, language) or _reported_own_move(sentence, forms, language)
                or _quoted_obligation(sentence, forms, language) or _obligation_of_a_thing(sentence, forms)
                or _speaker_then_demand(sentence, forms, language) or _reported_clause_demand(sentence, forms, language))
    if move.mode == "rejection" and move.by and (until := _words("until", style="whole").search(sentence, move.verb_at)):
        # 'M23 says it will not leave the areas it controls until the government addresses the root causes'
        rest = without_description(sentence[until.end():].strip(" ,:").rstrip(".;!。\"”"))
        if re.match(r"(?:we|I|nous|wir|nosotros|мы)\s", rest):  # 'until we know who stands behind us': the
            return None  # speaker's own condition, asked of no one
        return Move(move.by, _addressee(rest, forms, move.by, False), "demand", rest, move.subject_at,
                    until.start()) if rest else None
    if move.mode != "demand" and move.by:  # 'Hamas rejects an extension and demands that Israel ...'
        return _second_verb(sentence, move, forms, language)
    if move.mode != "demand" or not move.by or move.text == sentence or hypothetical(sentence, language):
        return None
    if _CONDITION_BEFORE.search(sentence[:move.subject_at]):  # 'If Washington wants dialogue, it must first ...':
        return None  # a condition the speaker sets, not what that party asks
    if _INTENTION.match(sentence, move.verb_at):
        return None  # 'Belgrade wants to implement ...': its own intention ('wants to be consulted' asks others)
    if _NEGATED.search(sentence[:move.verb_at]):
        return None
    if relative := _RELATIVE.search(sentence[:move.subject_at]):
        # 'The disarmament of Hamas, which Israel demands as a condition, has not been discussed': what is demanded is
        # the noun phrase the relative clause describes, when it opens the sentence
        demanded = sentence[:relative.start()].strip(" ,")
        if "," in demanded or not demanded or len(demanded.split()) > RELATIVE_OBJECT_WORDS:
            return None
        return Move(move.by, None, "demand", demanded, move.subject_at, move.verb_at)
    text = re.sub(r"^for\s+(?=\S)", "", without_description(move.text))  # 'asked for a fair deal': 'a fair deal'
    asked = _mentions(text, forms, False)
    if asked and asked[0][0] == 0 and asked[0][2] == move.to and (of := re.match(r"\s+for\s+(?=\S)", text[asked[0][1]:])):
        text = text[asked[0][1] + of.end():]  # 'asking Belgrade for the return of the archives': what is asked
    return Move(move.by, move.to, move.mode, f"to {text}" if text.startswith("be ") else text, move.subject_at,
                move.verb_at)  # ('wants to be consulted': 'to be consulted ...')


def joined_by_and(between: str) -> bool:
    """The words between two parties' names join them: 'and' or a comma ('Vietnam and the Philippines')."""
    return re.fullmatch(r"\s*(?:,|,?\s+(?:and|et|und|y|e|и|і))\s+(?:the\s+)?", between, re.I) is not None


def joint_holders(sentence: str, move: Move, forms: dict[str, str]) -> list[str]:
    """The other parties a demand's subject is joined to by 'and' or commas right before its verb ('The Netherlands
    and Austria want spending capped': Austria holds it, and the Netherlands too)."""
    if move.by is None or move.subject_at < 0:
        return []
    found: list[str] = []
    named = [m for m in mentions(sentence[:move.verb_at], forms)]
    start = next((i for i, m in enumerate(named) if m[0] == move.subject_at), None)
    # each party named just before the one that opens the subject, joined to it, then each just after it ('what
    # Britain and France have offered')
    for step in (-1, 1):
        at = start
        while at is not None and 0 <= at + step < len(named):
            left, right = sorted((named[at], named[at + step]))
            if not joined_by_and(sentence[left[1]:right[0]]):
                break
            if named[at + step][2] != move.by and named[at + step][2] not in found:
                found.append(named[at + step][2])
            at += step
    return found


# a modal of possibility before a verb of asking: a scenario, not a move ('Bougainville might demand international
# mediation', 'Port Moresby could insist on a new referendum')
_HYPOTHETICAL = re.compile(r"(?<!\w)(?:might|could|may|pourrait|pourraient|könnte|könnten|podría|podrían|potrebbe|"
                           r"potrebbero|poderia|poderiam|могла?\s+бы|могли\s+бы|може|можуть)(?:\s+(?:also|even|then|"
                           r"well|still|aussi|auch|también|anche|також|также))?\s+$", re.I)


def hypothetical(sentence: str, language: str = "") -> bool:
    """Every verb of asking in the sentence stands after a modal of possibility: a scenario ('If the vote fails,
    Bougainville might demand international mediation'), no demand."""
    masked = _masked(sentence)
    verbs = [m for m in _moves(("demand",), language).finditer(masked)]
    return bool(verbs) and all(_HYPOTHETICAL.search(masked[max(0, m.start() - 30):m.start()]) for m in verbs)


def lacks_object(text: str, language: str = "") -> bool:
    """The text ends with its verb of a move: what is refused or agreed stands elsewhere ('Army chief Abdel Fattah
    al-Burhan has ruled out'); not a noun of a move after an article, the object itself ('rejects a ceasefire as a
    precondition')."""
    masked = _masked(text)
    ends = [m.end() for m in _moves(MODES, language).finditer(masked)
            if not re.search(r"(?<!\w)(?:a|an|the|any|its|their|as)\s+$", masked[max(0, m.start() - 8):m.start()], re.I)]
    return bool(ends) and not text[ends[-1]:].strip(" .,;:!\"”’'")


def antecedent(sentence: str, language: str = "") -> str:
    """The noun phrase a relative clause after it describes, without the move that opens it ('The RSF is seeking a
    role in a future transitional government, which army chief ... has ruled out' -> 'a role in a future transitional
    government'); "" when the sentence has no such clause."""
    relative = re.search(rf",\s*{_RELATIVE_WORDS}\s", sentence, re.I)
    if relative is None:
        return ""
    head = sentence[:relative.start()]
    verb = _verb(head, 0, language)
    phrase = _after_that(head[verb[2]:].strip(" ,:")) if verb else ""
    return phrase.strip() if len(phrase.split()) >= 2 else ""


# endings of nouns a stem of a verb of a move also matches ('propos*': 'proposal', 'accord*': 'accordance')
_NOUN_ENDING = re.compile(r"(?:al|ment|tion|sion|ance|ence)$", re.I)


def stated_move(sentence: str, forms: dict[str, str], language: str = "") -> Move | None:
    """A proposal, rejection or agreement a sentence states in so many words with a party for its subject, itself or
    in a clause it reports ('Ukrainian President Volodymyr Zelensky has repeatedly said Ukraine will not give up
    territory it holds'): the party, the mode, and the clause from the party on as written."""
    sentence = without_attribution(sentence)
    speech = _speech().search(sentence)
    for at, clause in ((0, sentence), *([(speech.end(), reported_clause(sentence[speech.end():]))] if speech else [])):
        move = parse(clause, forms, language)
        speaker = _pronoun_of_the_speaker(clause, sentence[:speech.start()], forms) if at and speech and not move.by \
            else None
        if speaker:
            # 'Russia has said it will not agree to a separate energy truce': the pronoun is the speaker; the text
            # is the article's clause after it
            found = parse(f"{speaker} {clause.split(' ', 1)[1]}", forms, language)
            if found.by == speaker and found.mode in ("proposal", "rejection", "agreement"):
                pronoun = len(clause.split(" ", 1)[0]) + 1
                clause = re.split(r",\s+(?:arguing|saying|citing|adding|noting)\s", clause)[0]  # (its reason: no part)
                move = Move(speaker, None, found.mode, clause, pronoun, found.verb_at - len(speaker) - 1 + pronoun)
        if move.mode in (None, "demand") or not move.by or _NEGATED.search(clause[:move.verb_at]) and \
                move.mode != "rejection":
            continue
        if move.mode == "agreement" and not_agreed(clause, language):
            continue
        word = re.match(r"\w+", clause[move.verb_at:])
        if word and _NOUN_ENDING.search(word.group(0)) or ":" in clause[move.subject_at:move.verb_at]:
            continue  # a noun ('Sudan: a truce proposal without takers'), a label
        opens = _NEITHER.search(clause[:move.subject_at])  # 'Neither Kyiv nor Moscow has accepted it': whole
        text = without_description(clause[opens.start() if opens else move.subject_at:]).rstrip(" .;!\"”")
        return Move(move.by, None, move.mode, text, at + move.subject_at, at + move.verb_at) if text else None
    return None


def _pronoun_of_the_speaker(clause: str, before: str, forms: dict[str, str]) -> str | None:
    """The party a reported clause's opening pronoun stands for: the one party named as the speaker before the verb
    of speaking, within its first words ('Russia has said it ...', 'Kyiv said they ...')."""
    first = clause.split(" ", 1)[0].lower()
    named = _mentions(before, forms, False)
    if first not in _verbs()["pronouns"] or " " not in clause.strip() or len({p for _, _, p in named}) != 1 \
            or len(before[:named[0][0]].split()) > PRONOUN_REACH:
        return None
    return named[0][2]


# a thing said to be unacceptable to a party ('A ceasefire along the current line is unacceptable for the Kremlin';
# 'Moscow calls a ceasefire on the current line unacceptable'): the party refuses it
_UNACCEPTABLE_FOR = re.compile(r"^(?:.*?\bthat\s+)?(?P<y>[^,;:]+?)\s+(?:is|are|was|were|would\s+be|remains?|remained)\s+"
                               r"(?:(?:\w+ly|also|still)\s+)?[\"“]?unacceptable[\"”]?\s+(?:for|to)\s+(?P<x>[^,;:.]+)", re.I)
_CALLS_UNACCEPTABLE = re.compile(r"(?P<x>[^,;:]+?)\s+(?:(?:\w+ly|also|still)\s+)?(?:calls?|called|considers?|considered|finds?|found|"
                                 r"deems?|deemed)\s+(?P<y>[^,;:]+?)\s+[\"“]?unacceptable(?!\w)", re.I)


# each side's demand in a 'with' phrase ('..., with Baghdad demanding a guaranteed minimum flow and Ankara insisting
# that Iraq first modernise its irrigation')
_WITH_DEMANDING = re.compile(
    r"(?:\bwith|\band)\s+(?P<who>(?:the\s+)?[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*)?)\s+"
    r"(?:demanding|insisting\s+(?:that|on)|wanting|seeking|pressing\s+for|calling\s+for|asking\s+for)\s+(?P<x>.+?)"
    r"(?=\s+and\s+(?:the\s+)?[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*)?\s+[a-z]+ing\s|[,;.]|$)")


def with_demanding(sentence: str, forms: dict[str, str]) -> list[Move]:
    """The demands a 'with' phrase gives each side it names ('..., with Baghdad demanding X and Ankara insisting that
    Iraq Y'): English only."""
    found = []
    for m in _WITH_DEMANDING.finditer(sentence):
        holders = _mentions(m.group("who"), forms, False)
        what = m.group("x").strip()
        if holders and names_something(what):
            found.append(Move(holders[0][2], _addressee(what, forms, holders[0][2], False), "demand", what,
                              m.start("who"), m.end("who")))
    return found


def unacceptable(sentence: str, forms: dict[str, str]) -> Move | None:
    """The rejection of a thing the sentence calls unacceptable to a party it names: the party, and the thing."""
    for pattern in (_UNACCEPTABLE_FOR, _CALLS_UNACCEPTABLE):
        found = pattern.search(without_attribution(sentence))
        holders = _mentions(found.group("x"), forms, False) if found else []
        if found and holders and len(found.group("x").split()) <= SUBJECT_WORDS:
            thing = re.sub(r"^(?:the\s+)?(?:idea|prospect)\s+of\s+", "", found.group("y").strip(" \"“”"), flags=re.I)
            if names_something(thing):
                return Move(holders[0][2], None, "rejection", thing, found.start("x"), found.start("y"))
    return None


# a thing of its own that the sentence's subject says it will not discuss ('Tehran ... says its right to enrich uranium
# on its own soil is not up for discussion'; 'Kyiv insists that its sovereignty is non-negotiable')
_OWN_NOT_NEGOTIABLE = re.compile(
    r"(?:^|\s)(?:(?:has|have|had)\s+)?(?:(?:repeatedly|again|also|long)\s+)?(?:says?|said|insists?|"
    r"insisted|maintains?|maintained|stress(?:es|ed)?|argues?|argued|made\s+clear|makes\s+clear)\s+(?:that\s+)?"
    r"(?P<y>(?:its|their|our)\s+[^,;:]+?\s+(?:is|are|was|were|remains?|remained)\s+(?:still\s+)?"
    rf"(?:{_NON_NEGOTIABLE}|not\s+up\s+for\s+(?:discussion|negotiation|debate)|"
    r"not\s+open\s+to\s+(?:discussion|negotiation)))(?!\w)", re.I)


def held_as_non_negotiable(sentence: str, forms: dict[str, str]) -> Move | None:
    """What the party that opens the sentence says of its own that it will not discuss: a refusal to give it up, in
    the sentence's words ('its right to enrich uranium on its own soil is not up for discussion')."""
    found = _OWN_NOT_NEGOTIABLE.search(sentence)
    named = _mentions(sentence[:found.start()], forms, False) if found else []
    if found is None or not named or len(sentence[:named[0][0]].split()) > 1:
        return None
    return Move(named[0][2], None, "rejection", found.group("y").strip(), named[0][0], found.start("y"))


# 'would only negotiate if', 'will sign only if': what follows is the condition the party sets
CONDITION_GAP_WORDS = 12  # words between a reported clause's subject and the 'only if' of its condition
_ONLY_IF = re.compile(r"(?<!\w)only\s+(?:[a-z]+\s+){0,5}?if(?!\w)", re.I)


def condition_set(sentence: str, forms: dict[str, str]) -> Move | None:
    """'Guyana would only negotiate if Caracas accepted the jurisdiction of the court': a condition one party sets is
    its demand of the party the condition names, when that party opens the sentence."""
    found = _ONLY_IF.search(sentence)
    if found is None:
        return None
    named = _mentions(sentence[:found.start()], forms, False)
    # the party that opens the clause a speaker reports holds the condition, however long its clause ('... said that
    # Iran remained open to talks with the United States, but only if Washington ...')
    # (further when no other party is named before the condition: 'He said Hamas was willing to discuss "freezing or
    # storing" its weapons as part of a long-term truce, but only if Israeli troops ...')
    subject = next((m for m in named if _SAID_BEFORE.search(sentence[:m[0]]) and len(sentence[:m[0]].split()) > 1
                    and len(sentence[m[1]:found.start()].split())
                    <= CONDITION_GAP_WORDS * (1 + (m == named[-1]))), None)
    speech = _speech().search(sentence, 0, found.start())
    speaker = _pronoun_of_the_speaker(reported_clause(sentence[speech.end():found.start()]), sentence[:speech.start()],
                                      forms) if speech else None
    if subject is not None and not _speech().search(sentence[subject[1]:found.start()]):
        named = [subject]
    elif speech and speaker and len(sentence[speech.end():found.start()].split()) <= CONDITION_GAP_WORDS:
        named = [m for m in named if m[2] == speaker][:1]  # 'Russia says it will consider it only if Ukraine ...'
        if not named:
            return None
    elif not named or len(sentence[:named[-1][0]].split()) > SUBJECT_WORDS \
            or len(sentence[named[-1][1]:found.start()].split()) > 3 or _speech().search(sentence[named[-1][1]:found.start()]):
        return None
    holder = named[-1][2]
    rest = without_description(sentence[found.end():].strip(" ,:").rstrip(".;!\"”"))
    to = _addressee(rest, forms, holder, False)
    return Move(holder, to, "demand", rest, named[-1][0], found.start()) if rest and to else None


def without_attribution(sentence: str) -> str:
    """The sentence without an opening attribution up to its first comma ('According to a Serbian government source,
    Belgrade also asked the EU ...' -> 'Belgrade also asked the EU ...')."""
    opening = re.match(rf"\s*(?:{one_of('attribution')})\s[^,]*,\s*", sentence, re.I)
    return sentence[opening.end():] if opening else sentence


def attributed_demand(sentence: str, forms: dict[str, str], language: str = "") -> Move | None:
    """'According to statements from the Kremlin, a peace agreement requires Ukraine to withdraw its troops': the
    party an opening attribution names holds the demand the rest of the sentence states without a party asking
    ('X requires Ukraine to ...', 'Ukraine must ...'), of the party that must act."""
    opening = re.match(rf"\s*(?:{one_of('attribution')})\s[^,]*,\s*", sentence, re.I)
    sources = _mentions(opening.group(0), forms, False) if opening else []
    if opening is None or not sources:
        return None
    holder, rest, at = sources[-1][2], sentence[opening.end():], opening.end()
    said = parse(rest, forms, language)
    if said.mode == "demand" and not said.by and said.to and said.to != holder:  # 'Ukraine must withdraw'
        text = without_description(rest[said.subject_at:]).rstrip(" .;!\"”’'")
        return Move(holder, said.to, "demand", text, at + said.subject_at, at + said.verb_at)
    verb = _verb(rest, 0, language)
    if verb is None or verb[0] != "demand" or mentions(rest[:verb[1]], forms) or _NEGATED.search(rest[:verb[1]]):
        return None  # no verb of asking, or one with a party of its own before it (read as that party's move)
    after = _after_that(rest[verb[2]:].strip(" ,:"))
    to = _addressee(after, forms, holder, False)
    text = without_description(after).rstrip(" .;!\"”’'")
    return Move(holder, to, "demand", text, at + verb[1], at + verb[1]) if to and text else None


# auxiliaries that may stand between a pronoun and its verb of a move, beside the adverbs of moves.yaml ('He has
# also demanded')
_AUXILIARIES = {"has", "have", "had", "repeatedly", "already", "previously", "recently", "then", "later", "publicly",
                "explicitly", "ha", "hat", "hatte", "avait"}


_AND_BUT = re.compile(r"(?:and|but)\s+(?=\w)", re.I)


def standing_for(sentence: str, before: str, forms: dict[str, str]) -> str:
    """The sentence with an opening pronoun that makes a move, or that speaks of an obligation ('He stressed that
    ... must be respected'), replaced by the party that opens the sentence before it
    ('The army's leader said ... He demanded that the RSF withdraw' -> 'Sudanese army demanded ...'); else unchanged.
    An opening 'And' or 'But' goes with the pronoun ('And it wants guarantees that ...')."""
    if (joined := _AND_BUT.match(sentence)) and (read := standing_for(sentence[joined.end():], before, forms)) \
            != sentence[joined.end():]:
        return read
    first, _, rest = sentence.partition(" ")
    if first.lower() not in _verbs()["pronouns"]:
        return sentence
    verb = _verb(rest, 0)
    said = re.match(rf"(?:\w+\s+)?(?:{one_of('speech', 'position')})(?!\w)", rest, re.I)
    if verb is not None and (len(rest[:verb[1]].split()) <= 1 or all(
            w.lower() in _AUXILIARIES or w.lower() in _verbs()["adverbs"] for w in rest[:verb[1]].split())):
        pass  # the pronoun makes a move ('He also demanded ...', 'He has also demanded ...')
    elif said is None or not (verb is not None and verb[0] == "obliged" or names_a_precondition(rest)):
        return sentence  # nor does it speak of an obligation or a precondition only ('He said Belgrade wants ...':
        # Belgrade's move; 'It stressed that X is indispensable for Y' is the pronoun's)
    if quoted := _QUOTE_THEN_SPEAKER.match(before):  # ('"There can be no ...," Wagner told reporters.': Wagner spoke)
        before = quoted.group(2)
    named = mentions(before, forms)
    if not named or len(before[:named[0][0]].split()) > PRONOUN_REACH:
        return sentence
    verb = _verb(before, 0)
    if verb is not None and verb[1] < named[0][0] or _speech().search(before[:named[0][0]]):
        return sentence  # the party is named after the verb: another subject, one no party name gives ('In the
        # statement, the Quad called on the Sudanese Armed Forces ...' does not make 'It' the army)
    return f"{named[0][2]} {rest}"


_DETERMINER = re.compile(rf"(?<!\w)(?:{_ENGLISH_DETERMINERS}|that|la|le|les|une?|die|der|das|el|los|las)\s+$", re.I)


# 'rejects an extension and demands', '..., and he is calling for': the same subject goes on (a pronoun or an auxiliary
# may stand between)
_THEN_SAME_SUBJECT = re.compile(r"(?:(?<!\w)(?:and|but|while|et|und|y|и)|,)"
                                r"(?:\s+(?:he|she|it|they|is|are|was|were|has|have|had|also|now|still|will))*\s*$")


def _second_verb(sentence: str, move: Move, forms: dict[str, str], language: str) -> Move | None:
    """A demand the same subject makes after another move in one sentence ('Hamas rejects an extension and demands
    that Israel begin talks on the second phase'), when no other party speaks in between."""
    masked = _masked(sentence)
    verb = next((v for v in _moves(("demand",), language).finditer(masked, move.verb_at + 1)
                 if not _DETERMINER.search(sentence[:v.start()])), None)  # not a noun: 'rejected the demand and ...'
    if verb is None or _NEGATED.search(sentence[:verb.start()]):
        return None
    between = sentence[move.verb_at:verb.start()]
    if _mentions(between, forms, False) or not _THEN_SAME_SUBJECT.search(between):
        return None
    rest = _after_that(sentence[verb.end():].strip(" ,:").rstrip(".;!。"))
    to = _addressee(rest, forms, str(move.by), False)
    rest = without_description(rest)
    return Move(move.by, to, "demand", rest, move.subject_at, verb.start()) if rest else None


def _reported_clause_demand(sentence: str, forms: dict[str, str], language: str) -> Move | None:
    """The demand in a clause a speaker reports in which a party refuses or offers something ('Zelensky said that
    Ukraine would not give up land it holds, and he is calling for the fighting to be frozen'; 'Al-Tamimi said the
    LNA would not discuss it until the Turkish advisers go first'), read as if the clause stood alone: offsets in
    the sentence as written."""
    if (speech := _speech().search(sentence)) is None:
        return None
    clause = reported_clause(sentence[speech.end():])
    move = parse(clause, forms, language)
    if move.mode in (None, "demand") or not move.by or clause == sentence:
        return None
    found = _stated_demand(clause, forms, language)
    at = len(sentence) - len(clause)
    return Move(found.by, found.to, "demand", found.text, found.subject_at + at, found.verb_at + at) \
        if found and found.mode == "demand" else None


def speech_at(sentence: str) -> re.Match | None:
    """The first verb of speaking in a sentence."""
    return _speech().search(sentence)


def speeches(sentence: str) -> Iterator[re.Match]:
    """Every verb of speaking in a sentence, in reading order."""
    return _speech().finditer(sentence)


def reported_clause(rest: str) -> str:
    """What follows a verb of speaking, without whom it was told to or when, up to the word that opens the reported
    clause ('told the AFP news agency that ...', 'said on the same day that ...')."""
    rest = rest.lstrip(" ,:")
    told = re.match(rf"[^,.;:]{{0,40}}?(?<!\w)(?:{'|'.join(re.escape(w) for w in _verbs()['that'] if w != 'to')})\s+", rest)
    if told and _moves(("demand", "rejection", "agreement", "proposal"), "").search(_masked(rest[:told.end()])):
        told = None  # 'says the military demands that ...': the clause opens before 'that'
    return rest[told.end():] if told else _after_that(rest)


# a noun of asking after 'that' ('did not object to that request'): a base form right after 'that' (a verb after a
# relative 'that' agrees with its noun: 'a plan that calls for')
_THAT_NOUN = re.compile(r"(?<!\w)that\s+[a-z]+(?<!s)(?<!ed)$")


def asked_in(sentence: str, language: str = "") -> tuple[int, str]:
    """(where the sentence's first verb of asking stands, what it asks), whoever its subject ('..., and he called on
    both sides to honour their commitments' -> 'both sides to honour their commitments'); (-1, '') when none."""
    found = [hit for hit in _first_of_each(_masked(sentence), 0, language) if hit[0] == "demand"
             and not _THAT_NOUN.search(sentence[:hit[1]] + sentence[hit[1]:hit[2]].split()[0])]
    if not found:
        return -1, ""
    rest = _after_that(sentence[found[0][2]:].strip(" ,:").rstrip(".;!。"))
    if language == "de" and (called := _CALLED_ON.match(rest)):  # 'rief beide Seiten auf, ... vorzulegen'
        rest = re.split(r",\s+und\s+", called.group(2))[0]
    return (found[0][1], without_description(rest)) if len(rest.split()) >= 2 else (-1, "")


def _after_that(clause: str) -> str:
    """The demanded clause without the word that opens it ('that', 'to', 'que', 'dass', 'чтобы') and without an
    aside before it ('pour leur part')."""
    clause = _CORRELATIVE.sub("", clause)  # 'настаивает на том, чтобы ...', 'insiste en que', 'tient à ce que'
    clause = re.sub(rf"^\s*(?:{one_of('asides')})\s*,?\s+", "", clause, flags=re.I)  # 'demandent pour leur part le départ'
    return re.sub(rf"^\s*(?:(?:{one_of('adverbs')})\s*,?\s+)?(?:{one_of('that')})\s+", "", clause, flags=re.I)


# a pronoun that a verb's preposition governs, standing for the clause after it ('на том, чтобы', 'à ce que')
_CORRELATIVE = re.compile(r"^\s*(?:(?:на|в|о|к|за)\s+)?(?:том|то|того|тому|тем),\s*(?=(?:чтобы|что|щоб|що)\s)|"
                          r"^\s*(?:à|de)\s+ce\s+(?=qu)", re.I)


# a preposition of place right before a party's name: the name is where something is, not who is asked ('refugees in
# Rwanda to be able to return home')
_WHERE = re.compile(r"(?<!\w)(?:in|inside|within|on|at|across|throughout|dans|en|sur|im|auf|в)\s+(?:the\s+)?$", re.I)


def _addressee(clause: str, forms: dict[str, str], holder: str, cjk: bool) -> str | None:
    """The party other than the holder that opens the demanded clause ("that the government of X ..."), if any; not
    a place something is in ('refugees in Rwanda')."""
    after = [m for m in _mentions(clause, forms, cjk) if m[2] != holder and not _WHERE.search(clause[:m[0]])]
    if not after or len(clause[:after[0][0]].split()) > 3:
        return None
    joined = next((m for m in after[1:] if m[2] != after[0][2]), None)
    if joined and re.fullmatch(r"(?:\s*\([^)]{1,20}\))?\s+(?:and|et|und|y|e|и|і)\s+(?:the\s+)?", clause[after[0][1]:joined[0]]):
        return ""  # 'called on the Sudanese Armed Forces (SAF) and the RSF to agree': asked of both, no one party
    return after[0][2]


# where a clause with its own subject starts after a contrast: '; ', ', while ', Chinese '，而' and '，<subject>则'
# ('美方要求中方放宽稀土出口管制，中方则要求美方取消...': the subject of '则' opens the second clause)
_CONTRAST_CJK = r"，\s*(?:而|但)|，(?=[^，。；]{1,6}则)"


def _contrast() -> str:
    return rf"[;；]\s*|,\s*(?:{one_of('contrast')})\s+|{_CONTRAST_CJK}"


def before_contrast(text: str) -> str:
    """The text up to a clause with its own subject after a contrast ('..., while Moscow insists ...', '；',
    '，中方则要求 ...'), or up to a second verb of asking of the same subject ('... any wording that names British
    sovereignty, and has asked for a mirror clause'), which is another move."""
    return re.split(rf"{_contrast()}|{_AND_ASKS_AGAIN}", text)[0].strip() or text


# an aside between commas that only measures the noun before it ('the parts of Donetsk it still holds, about a fifth
# of the region, as a condition'; 'la zone tampon, environ 20 kilomètres, ...'): not what is asked
_QUANTITY_ASIDE = re.compile(r",\s+(?:about|around|roughly|some|nearly|almost|more\s+than|less\s+than|at\s+least|"
                             r"up\s+to|environ|près\s+d[e']|plus\s+d[e']|unos|unas|alrededor\s+de|casi|más\s+de|"
                             r"etwa|rund|fast|mehr\s+als|circa|quasi)\s+[^,;]{2,60},(?=\s)")


# an attribution at the end whose speaker is a title and a name between commas ('..., its irrigation minister, Abu
# Obeida Mohamed Daj, said.'; '..., Ahmed Ali, the group's spokesman, said')
_POSSESSIVE_OPENING = r"(?:its|his|her|their|the|a|an|our)\s+[^,]{1,60}"
_CAPITALISED_NAME = r"(?:[A-ZÀ-Þ][\w'’.-]*\s*){1,5}"
_ATTRIBUTION_WITH_APPOSITION = re.compile(
    rf",\s*(?:{_POSSESSIVE_OPENING},\s*{_CAPITALISED_NAME}|{_CAPITALISED_NAME},\s*{_POSSESSIVE_OPENING}),?\s*"
    r"(?:said|says|told|added|stated|explained|noted|insisted|argued)\b[^,]*$")


# a clause after a comma that comments on all that comes before it: not part of what is asked
_COMMENT = r",\s*(?:something|algo|lo|ce|ciò|il|o|aquilo)\s+(?:that|which|que|qui|che|qu['’])(?!\w)|,\s*something\s+[A-Z]"


def without_description(text: str) -> str:
    """A clause without what follows it and is not demanded: a describing clause ('the second phase, which is
    supposed to ...'), an attribution ('..., the source said'), another clause with its own subject ('..., while
    Moscow insists ...', '; ...'), another predicate of the one who asks ('... and has set a deadline')."""
    # a describing clause between commas before a second demanded verb is left out, the second kept ('... Mohammed
    # Qahtan, who has been held since 2015, and to disclose the fate of ...')
    text = re.sub(rf",\s*{_RELATIVE_WORDS}\b[^,]*(?=,\s+and\s+(?:to|that)\s)", "", text)
    # a describing clause or phrase between commas after the name that opens the clause or after a bracket, its verb
    # or what is asked still to come ('Moscow, which it considers a party to the conflict, make the same commitment';
    # 'la neutralisation des ... (FDLR), un groupe armé hutu qu'il considère ..., avant tout retrait')
    text = _SUBJECT_ASIDE.sub(r"\1 ", text)  # ('the Misseriya nomads, who move through the Area, must be allowed to vote')
    text = re.sub(r"(\)|(?<!\w)[A-ZÀ-Þ][\w'’-]*),\s+(?:un|une|a|an|el|la|ein|eine)\s+[^,]{3,100},\s*(?=\S)", r"\1 ", text)
    # (the comma after it stays before an attribution: '..., about 440 kg before the strikes, according to ...')
    text = _QUANTITY_ASIDE.sub(lambda m: "," if re.match(rf"\s*(?:{one_of('attribution')})\s", text[m.end():], re.I)
                               else "", text)
    # (also a describing clause that opens with a part of what it describes: '..., a list of whom was handed over',
    # '..., most of which ...', or with a preposition: '..., under which both sides would stop ...')
    # and a clause that comments on the whole ('..., algo que el Ejecutivo ha descartado', '..., something Kyiv rejects')
    text = re.split(rf",\s*(?:(?:[\w'’-]+\s+){{1,3}}?of\s+|(?:under|by|in|through|with)\s+)?{_RELATIVE_WORDS}\b|"
                    rf"{_AND_IT_ASKS}|{_AND_ASKS_AGAIN}|{_COMMENT}",
                    text)[0]
    # a second predicate of the one who asks ('... to accept a ceasefire before the round starts and has set April 5
    # as the deadline'), unless it asks again ('... and has asked the army to ...': a second demand)
    text = re.split(r",?\s+and\s+(?:has|have|had)\s+(?:also\s+|already\s+)?(?!(?:to|been|asked|urged|called|demanded|told|"
                    r"pressed|sought)\b)[a-z]+\b", text)[0]
    # and what the one who asks, or someone else, said next ('... the referendum and said Azerbaijan expected ...',
    # '..., and a Russian diplomat described Ukraine's list as ...')
    # (or a clause a person opens: '... go first, and he called on the government to ...')
    text = re.split(r",?\s+and\s+(?:said|says|added|adds|warned|warns|told|tells|stressed|stresses|noted|notes)\b|"
                    r",\s+and\s+(?:he|she|they)\s+(?!(?:must|should|would|will)\b)|"
                    # (or by others named anew: '..., and France and Britain have offered to lead such a force', '...,
                    # and European capitals have sided with Ukraine')
                    rf",\s+and\s+(?:the\s+)?{_CAPITALISED_NAME}(?:and\s+(?:the\s+)?{_CAPITALISED_NAME})?"
                    r"(?:(?:capitals|governments|leaders|officials|allies|partners)\s+)?"
                    r"(?:has|have|had|is|are|was|were)\s+(?!to\b)|"
                    r",\s+and\s+(?:a|an|the)\s+(?:[^\s,]+\s+){0,6}?(?:said|described|added|told|warned|noted|stressed|"
                    r"dismissed|called)\b", text)[0]
    text = _ATTRIBUTION_WITH_APPOSITION.sub("", text)
    text = re.split(rf"{_contrast()}|,(?:\s*[^\s,]+){{0,{ATTRIBUTION_WORDS}}}?\s*(?:{_speech().pattern})[^,]*(?:,|$)|"
                    rf",\s*(?:{one_of('attribution')})\s", text, flags=re.I)[0]
    # (a relative word left alone before an attribution is cut: '... los once secuestrados que, según la Defensoría, ...')
    return re.sub(rf"\s+{_RELATIVE_WORDS}$|\s+(?:que|that|che)$", "", text.strip(), flags=re.I)


# a phrase after a comma that describes what comes before it and is not demanded: an apposition naming the move
# itself ('..., a demand Algiers has rejected for years') or a participle describing the last noun ('the Torkham
# crossing, closed since the clashes'; '..., backed by Gulf investment')
_DESCRIBING = re.compile(r",\s+(?:a|an|the)\s+(?:demand|request|condition|proposal|move|step|position|idea)s?\s.*$|"
                         r",\s+(?:as\s+)?[a-z]+ed\s+(?:since|in|by|on|at|after|during|for|under|from)\s.*$|"
                         r",\s+to\s+be\s+(?:followed|accompanied|replaced)\s+by\s.*$|"  # ('..., to be followed by talks')
                         # what the one who asks calls it ('..., calling it "the essential condition" for ...')
                         r",\s+(?:calling|describing|terming|labelling|labeling)\s+(?:it|this|that|them)\s.*$|"
                         r",?\s+so\s+that\s.*$|,\s+in\s+order\s+to\s.*$|"  # its purpose ('..., so that applicants ...')
                         # the talks where it is asked ('presses Naypyidaw for a timeline at Kunming talks'), not a
                         # place at them that is asked for ('a seat at the Geneva talks')
                         r"(?<!\bseat)(?<!\bplace)(?<!\brole)(?<!\bpart)(?<!\bvoice)\s+at\s+(?:the\s+)?"
                         r"(?:[A-Z][\w'’-]*\s+){1,3}(?:talks|meeting|summit|negotiations)$|"
                         # (or when: 'for bigger water releases as Ankara talks end')
                         r"\s+(?:as|while|when)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}(?:talks|meeting|summit|negotiations)\s+"
                         r"(?:end|ends|open|opens|begin|begins|resume|resumes|close|closes|continue|continues)$")


# the same participle between commas, with what is asked of the noun still to come ('the plant, occupied by Russian
# forces since March 2022, returned to Ukrainian control'): only the aside goes
_DESCRIBING_ASIDE = re.compile(r",\s+(?:as\s+)?(?:[a-z]+ed|held|kept|taken|seized|built|run|shut)\s+(?:since|in|by|on|at|after|during|for|under|from)\s[^,;]{1,80},\s+"
                               r"(?=[a-z]+ed\s|to\s|be\s)")


def demanded(text: str, forms: dict[str, str] | None = None) -> str:
    """A demanded clause without what follows it and is not demanded: a describing clause or phrase, an
    attribution, another clause with its own subject (see `without_description`); with the parties' `forms`, also
    without the addressee it opens with ('al ELN el fin de los secuestros', 'von Äthiopien ein Abkommen') and
    without a clause another party opens after a comma."""
    text = _DESCRIBING_ASIDE.sub(" ", without_description(text))
    text = _DESCRIBING.sub("", text).strip() or text
    # an adverb after the verb ('is asking instead for', 'calls again for') and the preposition of 'asked for',
    # 'called for' ('for the return of ...')
    text = re.sub(rf"^(?:(?:{one_of('adverbs')})\s+)*for\s+(?=\S)", "", text, flags=re.I)
    # and the verb of a demand named as a noun, with an aside before it ("Ethiopia's central demand, the analyst
    # explains, is guaranteed access to the sea": 'guaranteed access to the sea')
    text = re.sub(r"^(?:is|was|remains|remained)\s+(?:that\s+)?(?=\S)", "", text)
    if forms:
        text = before_other_subject(text, forms)
        opening = _TO_WHOM.match(text)
        named = mentions(text[opening.end():], forms) if opening else []
        if opening and named and named[0][0] == 0 and len(text[opening.end() + named[0][1]:].split()) >= 2:
            text = re.sub(rf"^{_OPENS_WHAT}", "", text[opening.end() + named[0][1]:].strip(" ,"))
        elif opening and (noun := _A_SIDE_THAT.match(text[opening.end():])) and \
                len(text[opening.end() + noun.end():].split()) >= 2:  # 'al grupo que deje de reclutar menores'
            text = text[opening.end() + noun.end():].strip(" ,")
    return text


# the word that opens what is demanded of an addressee ('al EGC que libere ...', 'aux rebelles qu'ils ...')
_OPENS_WHAT = r"(?:que\s+|qu['’]|che\s+)"
# a side named by a common noun, then that word ('al grupo que deje de ...')
_A_SIDE_THAT = re.compile(rf"[a-záéíóúñàâçèêëîïôûü]+\s+{_OPENS_WHAT}")


# words that open an addressee before what is demanded of it ('exige al ELN el fin ...', 'forderte von Äthiopien ...')
_TO_WHOM = re.compile(r"(?:al|a\s+la|a\s+los|à|au|aux|von|vom|от|agli|ai|alla|alle|allo)\s+(?:(?:the|la|el|le|les|die|der|den)\s+)?", re.I)


def before_other_subject(text: str, forms: dict[str, str]) -> str:
    """A demanded clause up to a comma after which a party opens a clause of its own ('eine garantierte Mindestmenge
    an Wasser, Äthiopien lehnt feste Mengen ab'): that is the other party's move."""
    for start, end, _ in mentions(text, forms):
        head = text[:start].rstrip()
        verb = re.match(r"\s+(\w+)", text[end:])
        if head.endswith(",") and verb and verb.group(1)[:1].islower() and (
                len(head.split()) >= MIN_HEAD_WORDS or _moves(MODES, "").match(text, end + verb.start(1))):
            return head.rstrip(", ")  # (a short head when the party's verb is a move: 'a ceiling, Ukraine refuses ...')
    return text


def without_side_subject(text: str, language: str = "") -> str:
    """A demand the model wrote with a side named by a common noun as its subject, without that subject and its verb
    of asking ('les rebelles demandent la libération de ...' -> 'la libération de ...'): the party holds it already."""
    opening = re.match(rf"(?:the|le|la|les|l'|die|der|el|los|las)\s+(?:{one_of('state_nouns', 'group_nouns_other')})"
                       rf"\w*\s+", text, re.I)
    if opening is None:
        return text
    verb = _verb(text, opening.end(), language)
    if verb is None or verb[0] != "demand" or verb[1] != opening.end():
        return text
    rest = _after_that(text[verb[2]:].lstrip(" ,:"))
    return rest if len(rest.split()) >= 2 else text


def within(text: str, limit: int, forms: dict[str, str]) -> str:
    """A demanded clause over `limit` words without the clause that describes a noun of it, when a party is that
    clause's subject ('Ukraine to withdraw its troops from regions in eastern Ukraine that Russia has illegally
    annexed, ...' -> '... from regions in eastern Ukraine'); else unchanged (then too long to be a short text)."""
    if len(text.split()) <= limit:
        return text
    # (with the preposition before the relative word: 'a phased plan under which Israel would pull back')
    for m in re.finditer(rf"(?:\s(?:under|in|by|with|for|through|from|on|at|to|of))?\s(?:{_RELATIVE_WORDS}|that)\s+(?:the\s+)?",
                         text, re.I):
        named = _mentions(text[m.end():], forms, False)
        if len(text[:m.start()].split()) >= MIN_HEAD_WORDS and named and named[0][0] == 0:
            return text[:m.start()].rstrip(" ,")
    # a clause that only says where the noun is ('the persons suspected of ... who are present on Rwandan territory')
    where = _WHERE_THEY_ARE.search(text)
    if where and len(text[:where.start()].split()) >= MIN_HEAD_WORDS:
        return text[:where.start()].rstrip(" ,")
    return text


_WHERE_THEY_ARE = re.compile(r",?\s(?:who|which|that)\s+(?:are|is|were|was|remain)\s+(?:still\s+|now\s+)?(?:present|living|"
                             r"based|located|staying|residing|hiding|sheltering)\b", re.I)


# 'that' opening a reported clause, and 'and that' opening a second one ('exige que ... et que ...', 'fordert, dass ...
# und dass ...')
_THAT = r"(?:(?:that|que|dass|daß|che|что|що)(?!\w)\s*|qu['’])"
_AND = r",?\s+(?:and|et|y|und|e|и|і|та)\s+"
# a second clause whose pronoun stands for the sentence's subject and asks something itself ('..., and it wants
# written guarantees that ...')
_AND_IT_ASKS = (r",\s+and\s+(?=(?:it|they)\s+(?:also\s+)?(?:wants?|demands?|insists?|asks?|urges?|seeks?|requires?|"
                r"calls?\s+(?:on|for))\s)")
_AND_THAT = rf"{_AND}{_THAT}"
# the named subject that opens a reported clause ('the Republic of Rwanda', 'Kyiv', 'the Burundian authorities')
_THAT_SUBJECT = re.compile(r"(?:the\s+)?(?:Republic\s+of\s+)?[A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*){0,3}(?=\s+[a-z])")
# a second verb of asking after ', and' whose subject is left out, being the sentence's own ('Russia demands that
# Ukraine withdraw ..., and wants international recognition of ...'; 'Spain has rejected ..., and has asked for a
# mirror clause'): another demand of the same party
_ASKED_PAST = (r"(?:wanted|demanded|insisted\s+on|asked\s+for|asked\s+(?!about|whether|if|how|what|why|when|for)"
               r"(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s+to|urged|sought|required|called\s+(?:on|for))")
_ASKS_NOW = (r"(?:wants?|demands?|insists?\s+on|asks?\s+for|asks?\s+(?!about|whether|if|how|what|why|when|for)"
             r"(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s+to|urges?|seeks?|requires?|calls?\s+(?:on|for))")
_AND_ASKS_AGAIN = (rf",\s+and\s+(?=(?:(?:has|have|had)\s+)?(?:also\s+)?(?:{_ASKS_NOW}|{_ASKED_PAST})\s)"
                   # or after the quote of the first demand, with no comma: a verb in the past, or 'had (again) asked'
                   # ('... had "urged the Philippine side to stop ..." and had again asked Manila to tow away ...')
                   rf"|[\"”]\s+and\s+(?=(?:(?:had|has|have)\s+)?(?:also\s+|again\s+)?{_ASKED_PAST}\s)")


def _subject_before_asking(head: str) -> str:
    """The words before the first verb of asking of `head`, when they are few enough to be its subject ('Russia' of
    'Russia demands that Ukraine withdraw ...'); else ''."""
    found = [hit for hit in _first_of_each(_masked(head), 0, "") if hit[0] == "demand"]
    subject = head[:found[0][1]].strip(" ,") if found else ""
    if not found:  # the first verb is of another kind ('For its part, the US delegation raised the pace ..., and
        # asked the Cuban authorities to ...'): a named subject before a verb in the past
        lead = re.sub(rf"^\s*(?:{one_of('asides')})\s*,\s*", "", head, flags=re.I)
        named = re.match(r"((?:[Tt]he\s+)?[A-ZÀ-Þ][\w'’.-]*(?:\s+[\w'’.-]+){0,3}?)\s+(?:also\s+)?[a-z]+ed(?!\w)", lead)
        subject = named.group(1) if named else ""
    if found and (speech := speech_at(subject)):  # 'Mao Ning said in Beijing that China had "urged ...': the
        subject = reported_clause(subject[speech.end():])  # reported clause's subject asks again
    subject = re.sub(r"(?:\s+(?:had|has|have|also|again))*\s*[\"“]?$", "", subject.strip())
    subject = re.sub(rf",\s*(?:{one_of('asides')})\s*,?", "", subject, flags=re.I).strip()  # 'The SDF, for its part,'
    return subject if 0 < len(subject.split()) <= SUBJECT_WORDS and "," not in subject else ""


def asked_again(clause: str, sentence: str) -> bool:
    """The clause is the second verb of asking of the sentence's own subject ('..., and wants ...', '..., and it
    wants ...': see `clauses`; its pronoun may have been replaced by the subject)."""
    return any(re.sub(r"^(?:it|they)\s+", "", sentence[m.end():])[:40] in clause
               for m in re.finditer(f"{_AND_ASKS_AGAIN}|{_AND_IT_ASKS}", sentence))


def clauses(sentence: str) -> list[str]:
    """The sentence, and each clause after a contrast that opens with its own subject ('Armenia insists that the
    route remain Armenian, while Baku wants unimpeded transit' -> [..., 'Baku wants unimpeded transit']), after the
    colon that follows a question said to be open in the clause before it ('The plant remains a sticking point:
    Ukraine wants it returned, ...', '..., but they still disagree on who counts: Russia wants ...') or that opens a
    clause with a named subject and its verb of a move ('Nothing suggests the gap has narrowed: Moscow demands ...'),
    then also after
    a comma before another side's verb: '..., the government wants ...') or after 'and that', with the words before
    the sentence's first 'that' ('X demanded that A and that B' -> [..., 'X demanded that B']; 'X exige que A et que
    B' likewise), or after ', and it wants ...' (its pronoun left for the caller to resolve)."""
    found: list[str] = [sentence]
    head = re.match(rf"^(.*?)(?<!\w){_THAT}", sentence)  # 'Ansar Allah demanded that ...'
    cuts = [(m.start(), m.end(), m.group(0)) for m in re.finditer(rf"{_contrast()}|{_AND_THAT}|{_AND_IT_ASKS}|{_AND_ASKS_AGAIN}",
                                                                   sentence)]
    views = re.search(r"[:：]\s+(?=\S)", sentence)
    # the clause right before the colon says so: 'They agreed on an exchange, but still disagree on who counts: ...'
    lead = re.split(_contrast(), sentence[:views.start()])[-1] if views else ""
    opened = sentence[views.end():] if views else ""
    if views and ((says_unresolved(lead) and not states_a_move(lead)) or (
            re.match(r"(?:the\s+)?[A-ZÀ-Þ]", opened) and states_a_move(" ".join(opened.split()[:4])))):
        # (or before a named subject and its verb of a move: 'Nothing suggests the gap has narrowed: Moscow demands
        # that Kyiv withdraw ..., and Kyiv says it will not')
        sides = re.finditer(r",\s+(?=(?:the\s+)?[\w'’.-]+(?:\s+[\w'’.-]+)?\s+(?:wants?|says?|insists?|demands?)\s)",
                            sentence[views.end():])
        cuts = sorted([(views.start(), views.end(), views.group(0)), *(c for c in cuts if c[0] > views.start()),
                       *((views.end() + m.start(), views.end() + m.end(), m.group(0)) for m in sides)])
    for (start, end, text), after in zip(cuts, [*cuts[1:], None]):
        part = sentence[end:after[0] if after else len(sentence)]
        if not part.strip():
            continue
        if (conjunction := re.match(_AND, text)) and re.match(_AND_THAT, text) and head and head.end() <= start:
            # '... demanded that the Government release its fighters and that the bodies be handed over': the
            # second clause is asked (or said) by the same party, with the same verb
            part = head.group(1) + text[conjunction.end():] + part
            # ('... requested that the Republic of Rwanda hand over ... and that it cease ...': 'it' is the subject
            # of the first clause)
            first = _THAT_SUBJECT.match(sentence[head.end():])
            if first and (pronoun := re.match(rf"{_THAT}(it|they)\s", part[len(head.group(1)):], re.I)):
                at = len(head.group(1)) + pronoun.start(1)
                part = part[:at] + first.group(0).strip() + part[at + len(pronoun.group(1)):]
        elif re.match(_AND_ASKS_AGAIN, sentence[start:]):
            if not (subject := _subject_before_asking(sentence[:start])):
                continue  # no subject to give it: no clause of its own
            part = f"{subject} {part}"  # '..., and wants X': the sentence's subject wants X
        found.append(part)
    return found


@lru_cache(maxsize=1)
def _speech() -> re.Pattern:
    """Any verb of speaking, as a whole word."""
    # (not 'repeated its call for ...', 'answered the question': an object, not a reported clause)
    objects = r"(?!\s+(?:its|his|her|their)\s|\s+(?:the|a|an|this|that)\s+(?:[\w-]+\s+)?" \
              r"(?:call|demand|question|request|appeal|proposal|position|offer|letter)s?\b)"
    clause_only = set(_verbs()["speech_of_a_clause"])
    return re.compile("|".join(rf"(?<!\w){re.escape(v)}(?!\w)" + (objects if v in clause_only else "")
                               for v in _verbs()["speech"]), re.I)


def _spoken(sentence: str, forms: dict[str, str]) -> tuple[re.Match, str] | None:
    """(the first verb of speaking, the party named last before it: the one that speaks), or None."""
    speech = _speech().search(sentence)
    speakers = mentions(sentence[:speech.start()], forms) if speech else []
    return (speech, speakers[-1][2]) if speech and speakers else None


# nothing, or capitalised words of a title, before a name ('President ', 'Prime Minister ')
_TITLE_ONLY = re.compile(r"(?:[A-ZÀ-Þ][\w.'’-]*\s+){0,3}")


def _reported_own_move(sentence: str, forms: dict[str, str], language: str) -> Move | None:
    """'M23 spokesman Lawrence Kanyuka said the movement wants the government to release its members': a pronoun or
    the speaker's own side ('the movement', 'it') after a verb of speaking stands for the party that speaks."""
    if (spoken := _spoken(sentence, forms)) is None:
        return None
    speech, speaker = spoken
    rest = reported_clause(sentence[speech.end():])  # 'told the AFP news agency that ...'
    opening = re.match(rf"(?:{one_of('pronouns')}|it|(?:the|le|la|die|der|el|o|a|il|lo)\s+(?:{one_of('own_side', 'state_nouns')})|"
                       rf"(?:his|her|their|the)\s+(?:country|government))\s+", rest, re.I)
    if opening and re.search(rf"(?<!\w)(?:{one_of('state_nouns')})$", opening.group(0).strip(), re.I) \
            and not names.is_state(speaker):
        opening = None  # 'A TNLA spokeswoman says the military is insisting ...': a state is not the group's own side
    if opening is None:
        named = mentions(rest, forms)
        if named and _TITLE_ONLY.fullmatch(rest[:named[0][0]]):  # 'Zelensky said that Ukraine calls on Russia to
            # ...', '... that President Donald Trump wanted both sides to ...': the clause's own
            said = stated_demand(rest, forms, language)  # subject holds the move ('Kurti said Serbia demands ...')
            return Move(said.by, said.to, said.mode, said.text, speech.end(), speech.end()) if said and said.by else None
        return None
    said = stated_demand(f"{speaker} {rest[opening.end():]}", forms, language)
    offset = speech.end()  # where the move stands in the sentence, roughly: after the verb of speaking
    return Move(said.by, said.to, said.mode, said.text, offset, offset) if said else None


def _speaker_then_demand(sentence: str, forms: dict[str, str], language: str) -> Move | None:
    """'Foreign Secretary Vikram Misri said New Delhi would not reopen the treaty and called on Islamabad to end
    support for militant groups': a verb of asking in the past after 'and', past the reported clause, has the speaker
    for its subject."""
    if (spoken := _spoken(sentence, forms)) is None:
        return None
    speech, holder = spoken
    masked = _masked(sentence)
    for verb in _moves(("demand",), language).finditer(masked, speech.end()):
        head = sentence[verb.start():verb.end()].split()[0].lower()
        if re.search(r"(?<!\w)and\s*$", sentence[:verb.start()]) and (head.endswith("ed") or head in _PAST_IRREGULAR):
            rest = _after_that(sentence[verb.end():].strip(" ,:").rstrip(".;!\"”"))
            text = without_description(rest)
            return Move(holder, _addressee(rest, forms, holder, False), "demand", text, verb.start(),
                        verb.start()) if text else None
    return None


_PAST_IRREGULAR = {"sought", "asked", "urged"}


# the last sentence of a quote that opened in an earlier one: 'We want a ceasefire first," he said.'
_QUOTE_END_THEN_SPEAKER = re.compile(r"^\s*([^\"“”«»]{10,300}?)[,.]?\s*[\"”»]\s*,?\s*(.{3,120}?)$")
_QUOTE_THEN_SPEAKER = re.compile(r"^\s*[\"“«]([^\"“”«»]{10,300}?)[,.]?\s*[\"”»]\s*,?\s*(.{3,120}?)$")


def quote_then_speaker(sentence: str) -> str:
    """The words after a sentence's opening quotation that say who spoke it ('said Selim Kaya, a professor'), or ""."""
    found = _QUOTE_THEN_SPEAKER.match(sentence)
    return found.group(2) if found else ""


def _obligation(clause: str) -> tuple[re.Match, str] | None:
    """(where the modal of obligation stands, its subject) when the subject is a plain noun phrase that opens the
    clause: not a clause of its own ('If they go ahead, they must ...' warns), not the speaker's own side ('we
    must'), not negated."""
    must = obliged(clause)
    if must is None:
        return None
    subject = clause[:must.start()]
    if (len(subject.split()) > SUBJECT_WORDS or re.search(r"[,\"“”«»]", subject)
            or (subject.split() or [""])[0].lower() in _verbs()["own_voice"] or _NEGATED.search(subject)):
        return None
    return must, subject


def _quoted_obligation(sentence: str, forms: dict[str, str], language: str) -> Move | None:
    """'"The occupation must commit to the agreement it signed," Hamas spokesman Hazem Qassem said.': an obligation
    quoted before the party that speaks is that party's demand (of the party obliged, when one is named)."""
    quoted = _QUOTE_THEN_SPEAKER.match(sentence)
    if quoted is None or not _speech().search(quoted.group(2)):
        return None
    speakers = _mentions(quoted.group(2), forms, False)
    clause = quoted.group(1).strip()
    found = _obligation(clause)
    if not speakers or found is None:
        return None
    must, subject = found
    obliged_party = [p for _, _, p in _mentions(subject, forms, False) if p != speakers[-1][2]]
    text = without_description(clause).rstrip(" .;!")
    return Move(speakers[-1][2], obliged_party[0] if obliged_party else None, "demand", text, 0, must.start())


def quoted_own_demand(sentence: str, before: str, forms: dict[str, str], language: str = "") -> Move | None:
    """'"... We want a ceasefire along the current line first, then talks about everything else," he said.': what the
    speaker's side asks for in its own voice inside a quote is the demand of the speaker's party (named after the
    quote, or, for a pronoun, the party that opens the sentence before); so is a duty the quote lays on another party
    ('"Pristina must dissolve its police units in the north, this is our condition," he said.')."""
    quoted = _quoted(sentence)
    party = quote_speaker(sentence, before, forms)
    return demand_in_quote(quoted.group(1), party, forms, language) if quoted and party else None


def _quoted(sentence: str) -> re.Match | None:
    """A quote (group 1) and the words after it (group 2): a whole one, or the end of one opened before."""
    return _QUOTE_THEN_SPEAKER.match(sentence) or _QUOTE_END_THEN_SPEAKER.match(sentence)


def quote_speaker(sentence: str, before: str, forms: dict[str, str]) -> str | None:
    """The party whose speaker the words after the quote that ends `sentence` name ('," he said.'): named up to the
    first comma after the verb of speaking ('he told a local channel, referring to the Kosovo police': not the
    police), or for a pronoun the party that opens the sentence `before`."""
    quoted = _quoted(sentence)
    if quoted is None or not (speech := _speech().search(quoted.group(2))):
        return None
    # the speaker before the verb ('Kurti told reporters outside the EU's building': not the EU), else after it
    speakers = _mentions(quoted.group(2)[:speech.start()], forms, False)
    if speakers:
        return speakers[-1][2]
    speakers = _mentions(quoted.group(2)[speech.start():].split(",")[0], forms, False)
    if speakers:
        return speakers[0][2]
    first = (quoted.group(2).split() or [""])[0].lower()
    named = mentions(before, forms)
    if first not in _verbs()["pronouns"] or not named or len(before[:named[0][0]].split()) > PRONOUN_REACH:
        return None
    return named[0][2]


def demand_in_quote(quote: str, party: str, forms: dict[str, str], language: str = "") -> Move | None:
    """What `party`'s speaker asks in a quote: in its own voice ('We want ...'), or as a duty laid on another party
    ('Pristina must dissolve ...'; 'If Washington wants dialogue, it must first recognize ...': Washington's)."""
    for part in re.split(r"(?<=[.!?])\s+", quote):
        part = part.strip(" \"“”«»")
        own = re.match(rf"\s*(?:{one_of('own_voice')})\s+", part, re.I)
        said = stated_demand(f"{party} {part[own.end():]}", forms, language) if own else None
        if said is not None and said.mode == "demand" and said.by == party:
            return Move(party, said.to, "demand", said.text, 0, 0)
        wants = _IF_IT_WANTS.match(part)
        if wants and (asked := _mentions(wants.group("x"), forms, False)) and asked[0][2] != party:
            return Move(party, asked[0][2], "demand", f"{wants.group('x')} {wants.group('duty')}".rstrip(" .;!,"),
                        0, wants.start("duty"))
        duty = _obligation(part)
        obliged_party = [p for _, _, p in _mentions(duty[1], forms, False) if p != party] if duty else []
        if duty and obliged_party:
            return Move(party, obliged_party[0], "demand", without_description(part).rstrip(" .;!,"), 0,
                        duty[0].start())
    return None


# a condition put on what another party wants ('If Washington wants dialogue, it must first recognize ...'): the duty
# is that party's
_IF_IT_WANTS = re.compile(r"^\s*if\s+(?P<x>[^,]{2,40}?)\s+(?:wants?|seeks?|is\s+serious\s+about|wishes)\s+[^,]{2,60},\s+"
                          r"(?:it|they|he|she)\s+(?P<duty>(?:must|has\s+to|have\s+to|will\s+have\s+to|should)\s+.+)$",
                          re.I)


def _reported_obligation(sentence: str, forms: dict[str, str], language: str) -> Move | None:
    """'The delegation, led by Yahya Kazman, said the Houthis must first release Qahtan': the party that speaks holds
    the demand, the party obliged must act, and what is demanded is the clause from the obliged party on (without a
    describing clause after it)."""
    speech = _speech().search(sentence)
    if speech is None:
        return None
    rest = reported_clause(sentence[speech.end():])  # 'said in his evening address that ...'
    said = parse(rest, forms, language)
    speakers = [p for _, _, p in _mentions(sentence[:speech.start()], forms, False) if p != said.to]
    if said.mode != "demand" or said.by or not said.to or not speakers or said.subject_at < 0:
        return None
    text = without_description(rest[said.subject_at:]).rstrip(" .;!\"”’'")
    offset = len(sentence) - len(rest)
    return Move(speakers[-1], said.to, "demand", text, offset + said.subject_at, offset + said.verb_at)


def _only_process_words(subject: str) -> bool:
    """The subject names the talks themselves and nothing else ('the two processes', 'the negotiations')."""
    words = [w.lower() for w in re.findall(r"[^\W\d_]+", subject)]
    process = {w.lower() for w in words_of("process")}
    content = [w for w in words if w not in ("the", "two", "both", "these", "those", "all", "a", "an")]
    return bool(content) and all(w in process or (w.endswith("es") and w[:-2] in process)
                                 or (w.endswith("s") and w[:-1] in process) for w in content)


def _obligation_of_a_thing(sentence: str, forms: dict[str, str]) -> Move | None:
    """'Zelenskiy has consistently said that Ukraine's territorial integrity must be respected in any peace deal': an
    obligation on a thing, reported after the party that states it, is that party's demand, of the party the thing
    belongs to when another party owns it ('Russia's troops must leave'), else of no party named. Not a general
    appeal ('all sides must be ready for compromise'), the speaker's own duty ('we must'), nor a negated one."""
    verb = re.search(rf"(?<!\w)(?:{one_of('speech', 'position')})(?!\w)", sentence, re.I)
    if verb is None:
        return None
    speakers = _mentions(sentence[:verb.start()], forms, False)
    if not speakers or not _opens(sentence, speakers[-1][0], speakers[-1][1]):
        return None
    rest = reported_clause(sentence[verb.end():])  # 'said in his evening address that ...'
    found = _obligation(rest)
    if found is None or not found[1].strip():
        return None
    must, subject = found
    if (re.match(r"\s*(?:not|never|n't|pas|nicht|no|не)(?!\w)", rest[must.end():], re.I)
            or re.match(rf"\s*(?:{one_of('everyone')})(?!\w)", subject, re.I)):
        return None  # a negated duty, or a general appeal
    if _only_process_words(subject):
        return None  # how the talks should go ('the two processes should move separately'): a stance, no demand
    holder = speakers[-1][2]
    others = [p for _, _, p in _mentions(subject, forms, False) if p != holder]
    # not what follows a comma and a participle or a quote (', stating, "..."')
    text = re.split(r",\s*(?:\w+ing\b|[\"“«])", without_description(rest))[0].rstrip(" .;!\"”’'")
    offset = len(sentence) - len(rest)
    return Move(holder, others[0] if others else None, "demand", text, offset, offset + must.start())


@lru_cache(maxsize=64)
def _words(*lists: str, style: str = "prefix", language: str = "") -> re.Pattern:
    """Any word of these lists of moves.yaml (with those that count only in the article's `language`), matched by
    `style`: "prefix", at the start of a word (non-ASCII words: anywhere); "adverbs", as "prefix", where an English
    adverb in -ly may stand between the words of an entry; "whole", as a whole word ('stem*': the
    stem with any ending); "inflected", as moves are (a plain English entry with its endings, 'stem*' with any, a
    stem in an inflected script to the end of its word: 'настаива' -> 'настаивает'). Scripts without spaces:
    anywhere."""
    def one(word: str) -> str:
        if word.startswith("*"):  # the end of a compound ('*treffen': 'Ministertreffen')
            return re.escape(word[1:])
        if style == "adverbs" and word.isascii() and " " in word:  # an adverb may stand between its words ('still
            # completely open', 'not fully resolved')
            return r"(?<!\w)" + r"\s+(?:[a-z]+ly\s+)?".join(map(re.escape, word.rstrip("*").split(" ")))
        if style in ("prefix", "adverbs"):  # (a trailing * says no more than a prefix does: 'irrisolt*' is 'irrisolt')
            return rf"(?<!\w){re.escape(word.rstrip('*'))}" if word.isascii() else re.escape(word.rstrip("*"))
        if _CJK.match(word):
            return re.escape(word)
        if style == "inflected" and not word.isascii():  # 'réclam*' and 'настаива' alike: to the end of the word
            return rf"{re.escape(word.rstrip('*'))}\w*"
        if word.endswith("*"):
            return rf"(?<!\w){re.escape(word[:-1])}\w*"
        return rf"(?<!\w){re.escape(word)}(?!\w)" if style == "whole" else _inflected(word)
    words = sorted(set(_lists(lists, language)), key=len, reverse=True)
    return re.compile("|".join(one(w) for w in words), re.I)


def _moves(names: tuple[str, ...], language: str) -> re.Pattern:
    """Any move verb of these lists (see moves.yaml for how an entry is matched)."""
    return _words(*names, style="inflected", language=language)


def states_a_move(text: str, language: str = "") -> bool:
    """The sentence holds a verb of asking, refusing, agreeing or offering, or a modal of obligation (in an article
    in `language`)."""
    return _moves((*MODES, "obliged"), language).search(_masked(text)) is not None


def first_verb(text: str, start: int, language: str = "") -> int | None:
    """Where the first verb of a move (or modal of obligation) at or after `start` stands, or None."""
    found = _verb(text, start, language)
    return found[1] if found else None


def asks(text: str, language: str = "") -> bool:
    """The sentence holds a verb of asking (not only a modal of obligation: 'the Council must renew the mandate')."""
    return _moves(("demand",), language).search(_masked(text)) is not None


def kinds(text: str, language: str = "") -> list[str]:
    """The kinds of move the sentence's verbs make, in the order of the first verb of each ('The two men agreed to
    set up a group' -> ['agreement']); a modal of obligation counts as a demand."""
    masked = _masked(text)
    found = [(at, "demand" if mode == "obliged" else mode) for mode, at, _ in _first_of_each(masked, 0, language)]
    refusal = next((at for at, mode in found if mode == "rejection"), None)
    if refusal is not None and _words("until", style="whole").search(masked, refusal):
        found.append((refusal, "demand"))  # 'will not leave until the government addresses the root causes'
    return list(dict.fromkeys(mode for _, mode in sorted(found, key=lambda t: t[0])))


def not_agreed(text: str, language: str = "") -> bool:
    """Every verb of agreeing in the text is negated ('fail to agree on border text', 'did not agree')."""
    found = list(_moves(("agreement",), language).finditer(_masked(text)))
    return bool(found) and all(_NEGATED.search(text[:m.start()]) or _FAILED.search(text[:m.start()]) for m in found)


_FAILED = re.compile(r"(?<!\w)(?:fail(?:s|ed)?|unable|refus(?:e|es|ed))\s+to\s+$", re.I)


def state_noun_first(name: str) -> str:
    """The state noun that opens a party's name in a language that puts the noun first ('Governo' of 'Governo
    moçambicano'), or ""."""
    first, *rest = name.split() or [""]
    return first if rest and first.lower() in _state_nouns() else ""


@lru_cache(maxsize=1)
def _state_nouns() -> frozenset[str]:
    return frozenset(w.lower() for w in _verbs()["state_nouns"])


def party_forms(parties: list[str], people: list[tuple[str, str]], acronyms: dict[str, str]) -> dict[str, str]:
    """Spellings that name each party: its names and aliases, a country's capital, the words before a group noun that
    ends its name ('the Houthis' of 'Houthi movement'), the state noun that opens it ('Governo' of 'Governo
    moçambicano'), its acronyms, and its people's surnames (as transliterated)."""
    forms: dict[str, str] = {}
    for p in parties:
        for f in names.mention_forms(p):
            if len(f) > 1:
                forms.setdefault(f, p)
    for p in parties:  # after every party's own names, so that these never take a name from another party:
        if city := names.capital(p):  # a country by its capital ('Belgrade asked the EU ...'; 'Tripolis forderte')
            for spelling in (city, *names.capital_spellings(p)):
                forms.setdefault(spelling, p)
        *head, last = p.split() or [""]
        group = last.lower() in _verbs()["group_nouns"] or (last.lower().endswith("s")
                                                            and last.lower()[:-1] in _verbs()["group_nouns"])
        if head and group and not re.search(r"['’]s?$", head[-1]):
            # not a possessive ('Sudan's army': "Sudan's warring parties" are both sides)
            named = " ".join(head)
            forms.setdefault(named, p)
            if named[-1:].isalpha() and not named.endswith("s"):
                forms.setdefault(named + "s", p)
            if len(head) > 1 and head[-1].isalpha() and head[-1].islower() and not head[-1].endswith("s"):
                forms.setdefault(head[-1] + "s", p)  # 'Anglophone separatist groups': 'the separatists'
        if first := state_noun_first(p):  # 'Governo moçambicano' is 'o Governo' too
            forms.setdefault(first, p)
            forms.setdefault(first.lower(), p)
    for short, long in acronyms.items():
        canon = names.party(long)
        holding = [p for p in parties if re.search(rf"(?<!\w){re.escape(p)}(?!\w)", long)]
        if canon in parties:
            forms.setdefault(short, canon)
        elif len(holding) == 1:  # 'ABG' of 'Autonomous Bougainville Government' where the party is 'Bougainville'
            forms.setdefault(short, holding[0])
    for person, party in people:
        if party in parties and person.split():
            for surname in _spellings(person.split()[-1]):
                forms.setdefault(surname, party)
    return forms


def _spellings(surname: str) -> list[str]:
    """A surname and the other ways news reports transliterate its ending ('Zelensky', 'Zelenskiy', 'Zelenskyy',
    'Zelenskii'; 'Peskov' has one)."""
    base = re.sub(r"(?:iy|yy|ii|y|i)$", "", surname)
    if base == surname or len(base) < 4 or not surname.isascii():
        return [surname]
    return [surname, *(base + end for end in ("y", "iy", "yy", "ii", "i") if base + end != surname)]


def obliged(text: str) -> re.Match | None:
    """Where a modal of obligation stands in the text ('must', 'doit', 'muss', '必须')."""
    return _moves(("obliged",), "").search(_masked(text))


def obligations(text: str) -> list[int]:
    """Where each modal of obligation stands in the text."""
    return [m.start() for m in _moves(("obliged",), "").finditer(_masked(text))]


def of_both_sides(text: str) -> bool:
    """The text opens with words for both sides ('both delegations to agree a truce'): asked of every side."""
    return _words("both_sides", style="whole").match(text.strip()) is not None


def indefinite(text: str) -> bool:
    """What is asked is an indefinite pronoun ('something it can announce this week'): it names nothing asked."""
    return _INDEFINITE.match(text) is not None


def names_something(text: str) -> bool:
    """The text names something in particular: two content words, or four characters in a script without spaces
    ('the impossible' does not, nor a noun that points back to what another side wants: 'the opposite order')."""
    if _POINTS_BACK.fullmatch(text.strip(" .,;")) or indefinite(text) or _ONLY_WHEN.match(text):
        return False
    return len(content_words(text)) >= 2 or (bool(_CJK.match(text[-1:])) and len(text) >= 4)


_POINTS_BACK = re.compile(r"(?:the|a)\s+(?:opposite|reverse|same|contrary|converse)\s+[\w-]+", re.I)
# a time alone, what is wanted left unsaid ('what Moscow, Kyiv and Washington want before the Istanbul round')
_ONLY_WHEN = re.compile(r"\s*(?:before|after|until|ahead\s+of|during|avant|après|antes\s+de|después\s+de)\s|"
                        # (or how much, the thing wanted standing before the verb: 'the card Russia wants most and the
                        # one Europe is least willing to give')
                        r"\s*(?:most|more|least|badly|above\s+all)(?:\s+(?:and|but|of\s+all)\s|\s*$|[,.;])",
                        re.I)
# an indefinite pronoun for what is wanted ('wants something it can announce this week')
_INDEFINITE = re.compile(r"\s*(?:something|anything|everything|whatever|quelque\s+chose|algo|etwas|что-то|что-нибудь)(?!\w)",
                         re.I)


def listed(text: str, forms: dict[str, str]) -> list[str]:
    """The demands a text lists with a word that adds one to another ('Ukraine withdraw its troops, as well as
    renounce NATO' -> 'Ukraine withdraw its troops', 'Ukraine renounce NATO'): the party that opens the first also
    opens the others. A part that names nothing in particular is not a demand of its own: the text stays whole."""
    duty = obliged(text)
    second = re.search(rf",\s+and\s+(?:they|it)\s+(?=(?:{one_of('obliged')})\s)", text, re.I) if duty else None
    if duty and second and duty.start() < second.start() and names_something(text[:duty.start()]):
        # 'security guarantees must become a key element ..., and they should be signed first': two duties of one thing
        subject = text[:duty.start()].strip()
        return [text[:second.start()].strip(), f"{subject} {text[second.end():].strip()}"]
    parts = [p.strip(" ,;，") for p in _split_at_also(text)]
    if len(parts) < 2:
        parts = _coordinated(text)
        if len(parts) == 1 and parts[0] != text and names_something(parts[0]):
            return parts  # the demand before '... and proposed X' (another kind of move, not demanded)
    if len(parts) < 2:
        parts = _two_things(text) or parts
    if len(parts) < 2 or not all(names_something(p) for p in parts):
        return [text]
    opening = mentions(parts[0], forms)
    opens = opening and parts[0][:opening[0][0]].strip().lower() in ("", "the")  # 'the TNLA withdraw ...'
    subject = parts[0][:opening[0][1]] if opens else ""
    space = "" if _CJK.match(text[-1:]) else " "
    # (a part that opens with a determiner is a thing asked for, not a verb the subject shares: 'the resumption of
    # gas supplies' after '..., and called for')
    return [parts[0], *(p if not subject or mentions(p, forms) or re.match(r"(?:the|a|an|its|their)\s", p, re.I)
                        else subject + space + p for p in parts[1:])]


# a determiner: a noun phrase that holds one is a thing of its own ('its troops', 'the return of ...')
_A_DETERMINER = re.compile(rf"(?<!\w)(?:{_ENGLISH_DETERMINERS})(?!\w)", re.I)


def _split_at_also(text: str) -> list[str]:
    """The text cut at each word that adds a second demand, except where 'as well as' without a comma joins two bare
    nouns that one verb takes ('to cover ports and railway junctions as well as power plants'): one demand."""
    parts, start = [], 0
    for m in re.finditer(rf"\s*,?\s*(?:{one_of('also')})\s*", text):
        before, after = text[start:m.start()], text[m.end():]
        bare = "," not in m.group() and re.match(r"[a-z]", after) and not _A_DETERMINER.match(after) \
            and not _A_DETERMINER.search(" ".join(before.split()[-3:]))
        if not bare:
            parts.append(before)
            start = m.end()
    return [*parts, text[start:]]


# 'and' joining a second demanded verb phrase, not two nouns: '... and to reopen the crossings', '... and halt its
# air strikes' (a lower-case word before a determiner, or before a particle and a determiner: '... and hand over the
# town', is a verb), '... and has asked the army to dismantle ...'
_SECOND_VERB = re.compile(r",?\s+(?:and|y|et|und)\s+(?:that|que|qu'|dass)\s+|,?\s+and\s+(?:(?P<to>to)\s+|(?P<be>be)\s+(?=[a-z]+ed\s|given\s|able\s|free\s)|(?=(?!(?:then|also|not|all|both|other|each|its|their|the|a|an|from|with|in|on|at|by|for|into|under|over|of|"
                          r"across|along|against|through|after|before|without|within|between|near)\s)"
                          r"[a-z]+\s+(?:(?:over|back|up|down|out|off|away)\s+)?(?:its|their|the|all|any|his|her|our|a|an)\s)|(?:(?:has|have|had)\s+)?(?:also\s+)?"
                          r"(?:ask(?:s|ed)(?:\s+for)?|urge[sd]|calls?\s+(?:on|for)|called\s+(?:on|for)|demand(?:s|ed)|told|"
                          r"press(?:es|ed)(?:\s+for)?|seeks|sought|insists\s+on|insisted\s+on)\s+(?:that\s+)?)")


# 'and' between two noun phrases each opening with an article, in a language other than English ('une amnistie
# générale et l'intégration de ses officiers', 'la liberación de los presos y el retorno de los desplazados')
# (not German, whose verb ends the clause: 'die türkischen Truppen und die syrischen Kämpfer Westlibyen verlassen')
_AND_THE = re.compile(r"\s+(?:et|y|e|i)\s+(?=(?:l['’]|(?:la|le|les|el|los|las|il|lo|gli|a|o|os|as)\s)\w)", re.I)
_A_THING = re.compile(r"^(?:l['’]|(?:une?|la|le|les|el|los|las|un|una|il|lo|gli|a|o|os|as|um|uma)\s)", re.I)


def _two_things(text: str) -> list[str]:
    """Two things asked for, each a noun phrase opening with an article, joined by 'and' ('une amnistie générale et
    l'intégration de ses officiers'), or [] when the text is no such pair."""
    if not _A_THING.match(text):
        return []
    found = list(_AND_THE.finditer(text))
    if len(found) != 1:
        return []
    first, second = text[:found[0].start()].strip(" ,"), text[found[0].end():].strip(" ,")
    if re.search(r"(?<!\w)(?:entre|zwischen|tra|fra)(?!\w)", first, re.I):  # 'la frontière entre le Tchad et le Soudan'
        return []
    return [first, second] if names_something(first) and names_something(second) else []


def _coordinated(text: str) -> list[str]:
    """The demands one clause joins with 'and' ('Pakistan to stop violating Afghan airspace and to reopen the
    crossings' -> two): the second keeps its 'to'; one joined by 'and has asked' is what follows the verb."""
    m = _SECOND_VERB.search(text)
    if m is None:
        # '(called for) the return of the displaced to their homes and for security arrangements on the ground': the
        # preposition of the verb repeated opens a second thing asked for (not 'a truce for Gaza and for Lebanon')
        again = re.search(r",?\s+and\s+for\s+(?=\S)", text)
        if again and not re.search(r"(?<!\w)for\s", text[:again.start()]):
            return [text[:again.start()].strip(" ,;"), text[again.end():].strip(" ,;")]
        return [text]
    second = text[m.end():].strip(" ,;")
    if m.group("be"):  # 'that returnees would be given a path to citizenship and be allowed to go back': the subject
        # of the first passive is the second's ('returnees be allowed to go back')
        passive = re.search(r"(?P<who>(?:(?:the|its|their)\s+)?[\w'’-]+)\s+(?:would|will|should|must|can|could|shall|"
                            r"to)\s+be\s+\S+", text[:m.start()])
        if passive is None:
            return [text]
        return [text[:m.start()].strip(" ,;"), f"{passive.group('who')} be {second}"]
    verb = _verb(second, 0)
    if verb and verb[1] == 0 and verb[0] != "demand":  # '... and proposed an economic zone': another kind of move
        return [text[:m.start()].strip(" ,;")]
    return [text[:m.start()].strip(" ,;"), f"to {second}" if m.group("to") else second]


def without_process_words(text: str) -> str:
    """The text without the words that name the talks themselves ('the peace process', 'переговоры')."""
    return _words("process", style="whole").sub(" ", text)


# a dispute denied ('The Kremlin did not dispute his account', 'the border is not disputed'): nothing is open
_NOT_DISPUTED = re.compile(r"(?<!\w)(?:not|n['’]t|never)\s+(?:\w+ly\s+)?disputed?$", re.I)


def names_a_condition(text: str) -> bool:
    """The text holds a word that opens a condition to be met first ('until', 'unless', 'jusqu'à ce que', '之前')."""
    return _words("until", style="whole").search(text) is not None


def condition_at(text: str, start: int = 0) -> int:
    """Where the first condition to be met opens after `start` ('... until Russian troops have withdrawn'), else the
    text's length: a party named after it is what must happen first, not whom the demand asks."""
    found = _words("until", style="whole").search(text, start)
    return found.start() if found else len(text)


def says_unresolved(text: str) -> bool:
    """The text says a question is still open ('remains the main obstacle', 'bleibt ungelöst', '悬而未决')."""
    return unresolved_at(text) is not None


def unresolved_at(text: str) -> re.Match | None:
    """Where the text says a question is still open; a question left aside ('has not been discussed') is open only
    where the sentence also holds a move on it ('The disarmament of Hamas, which Israel demands, has not been
    discussed'), not where it was simply kept off the table ('The Golan Heights were not discussed')."""
    found = next((m for m in _words("unresolved", style="adverbs").finditer(text)
                  if not _NOT_DISPUTED.search(text[:m.end()])), None)
    if found is None and states_a_move(text):
        found = _words("not_discussed").search(text)
    return found


def leaves_open(text: str) -> bool:
    """The text says a question is open or was left aside, move or not: the words to cut an issue's text at."""
    return _words("unresolved", style="adverbs").search(text) is not None or \
        _words("not_discussed").search(text) is not None


SPEECH_GAP = 6  # words between a verb of speaking and the date words it dates ('said late on Friday')


def after_speech(before: str) -> bool:
    """The words just before some date words end with a verb of speaking: 'Zelensky said on Sunday'; not when an
    event of the talks stands between them ('says the talks will resume on Thursday' dates the talks), nor a verb of a
    clause it reports."""
    tail = " ".join(before.split()[-SPEECH_GAP:])
    spoken = [m for v in _verbs()["speech"] for m in
              re.finditer(rf"(?<!\w){re.escape(v)}(?!\w)" if v.isascii() else re.escape(v), tail, re.I)]
    if not spoken:
        return False
    reported = tail[max(m.end() for m in spoken):]
    # (nor when the reported clause has a verb of its own before them: 'said Geneva was being considered for the
    # middle of February' dates what is considered; nor when its conjunction stands before them: 'told the Ledger
    # that February 17-18 was being discussed' dates what is discussed)
    return not names_a_negotiation_event(reported) and _REPORTED_VERB.search(reported) is None \
        and _REPORTING_THAT.search(reported) is None


# the conjunction that opens a reported clause
_REPORTING_THAT = re.compile(rf"(?<!\w){_THAT}", re.I)


# a verb of a reported clause between a verb of speaking and some date words
_REPORTED_VERB = re.compile(r"(?<!\w)(?:is|are|was|were|will|would|could|might|had|has|have|be|been|being)(?!\w)", re.I)


def before_speech(after: str) -> bool:
    """The date words stand right before a verb of speaking, with no punctuation between: 'Peskov on Monday told
    reporters', 'Про це у вівторок повідомив Умєров': they say when someone spoke (unless an event of the talks stands
    right before them: 'the meeting on Friday announced', which the caller checks)."""
    return re.match(rf"\s*(?:[^\W\d_]+\s+)?(?:{_speech().pattern})", after, re.I) is not None


def starts_a_period(before: str, words: str) -> bool:
    """The date words open with 'since', or the words just before them end with it ('talks stalled since 2019'):
    the start of a period, not the date of an event."""
    last = (before.split() or [""])[-1]
    first = (words.split() or [""])[0]
    return bool({last.lower(), first.lower()} & set(_verbs()["since"]))


def of_a_separate_process(before: str) -> bool:
    """The clause that holds some date words names a separate process ('whose government brokered a separate deal
    between Somalia and Ethiopia in December 2024'): those words date it, not an event of these talks."""
    clause = re.split(r"[,;:(]", before)[-1]
    return _words("separate", style="whole").search(clause) is not None


def about_an_event(text: str) -> bool:
    """The sentence speaks of a meeting, a round, a signing, a deadline... ('talks', 'Treffen', '会谈'); not in the
    words that attribute it ('according to' is no accord, 'de acuerdo con' no acuerdo)."""
    return _words("event").search(_words("attribution").sub(lambda m: " " * len(m.group(0)), text)) is not None


def names_a_negotiation_event(text: str) -> bool:
    """The sentence speaks of an event of the talks once a press conference and the like are set aside ('told a
    news conference in Baku on Monday' dates no meeting of the sides)."""
    return about_an_event(_words("not_an_event").sub(lambda m: " " * len(m.group(0)), text))


def dates_another_event(before: str) -> bool:
    """The event word nearest before some date words (within SPEECH_GAP words) names a press conference or the like:
    'Bayramov told a news conference in Baku on Monday' dates the news conference."""
    tail = " ".join(before.split()[-SPEECH_GAP:])
    other = list(_words("not_an_event").finditer(tail))
    events = list(_words("event").finditer(tail))
    return bool(other) and (not events or events[-1].start() < other[-1].end())


_PAIRED = ("-", "–", "—", "/")  # what joins two sides in a compound before the event's word ('Serbia-Kosovo talks')
SIDES_GAP = 6  # words after two parties named together within which the event or move they take part in is named
_ARTICLES = {"the", "le", "la", "les", "l'", "die", "der", "das", "el", "los", "las"}
_DELEGATIONS = re.compile(r"(?<!\w)(?:delegations|délégations|delegaciones|delegazioni|delegações|Delegationen|делегации|"
                          r"делегації)\s+(?:of|de|del|des|du|di|delle|dos|das|der)?(?:\s+(?:the|la|el|le|les))?\s*$", re.I)
# a preposition repeated before each side ('las delegaciones del Gobierno de Venezuela y de la Plataforma Unitaria',
# 'the delegations of Armenia and of Azerbaijan'): the second side joined as the first
_OF = {"of", "de", "del", "des", "du", "di", "della", "dello", "do", "da", "dos", "das"}


def sides_named_together(sentence: str, forms: dict[str, str], language: str = "") -> tuple[str, ...] | None:
    """The parties a sentence about the talks names together as its sides: 'talks between Kyiv and Moscow', 'The
    DR Congo and the M23 rebel group have signed a framework', every party of a list after a word of taking part
    ('trilateral talks involving Ukraine, the US, and Russia'); not 'Qatar and Egypt mediated', nor the last two of
    a list 'Ukraine, Russia and the United States' that opens the sentence."""
    if not about_an_event(sentence):
        return None
    found = mentions(sentence, forms)
    if listed := _listed_sides(sentence, found):
        return listed
    for i, (a, b) in enumerate(zip(found, found[1:])):
        if a[2] != b[2] and sentence[a[1]:b[0]] in _PAIRED and about_an_event(" ".join(sentence[b[1]:].split()[:1])):
            return a[2], b[2]  # 'Serbia-Kosovo talks', 'the Greece–Turkey summit'
        gap = sentence[a[1]:b[0]].lower().split()
        if a[2] == b[2] or not gap or gap[0] not in _verbs()["joined"] or not set(gap[1:]) <= _ARTICLES | _OF \
                or (set(gap[1:]) & _OF and not set(sentence[:a[0]].lower().split()[-2:]) & _OF):
            continue
        if i > 0 and sentence[found[i - 1][1]:a[0]].strip() == ",":
            continue
        after = " ".join(sentence[b[1]:].split()[:SIDES_GAP])
        lead = " ".join(sentence[:a[0]].split()[-3:])
        if _words("third_party", style="whole").search(after) or _words("mediator_words", style="whole").search(lead):
            continue  # ('con la mediación de Noruega y Catar, sin acuerdo ...': the mediators)
        between = (sentence[:a[0]].lower().split() or [""])[-1] in _verbs()["between"] or \
            _DELEGATIONS.search(lead) is not None  # ('Las delegaciones del Gobierno de Venezuela y de la PUD')
        if between or about_an_event(after) or states_a_move(after, language):
            return a[2], b[2]
    return None


def _listed_sides(sentence: str, found: list[tuple[int, int, str]]) -> tuple[str, ...] | None:
    """Three or more parties listed right after a word of taking part ('involving Ukraine, the US, and Russia'),
    when no word of mediating or hosting follows the list."""
    joined = set(_verbs()["joined"])
    for i, first in enumerate(found):
        if (sentence[:first[0]].lower().split() or [""])[-1] not in _verbs()["involving"]:
            continue
        group = [first]
        for a, b in zip(found[i:], found[i + 1:]):
            gap = [w for w in sentence[a[1]:b[0]].lower().replace(",", " , ").split() if w != ","]
            if not set(gap) <= _ARTICLES | joined or (not gap and "," not in sentence[a[1]:b[0]]):
                break
            group.append(b)
            if joined & set(gap):  # 'and' closes the list
                break
        parties = tuple(dict.fromkeys(p for _, _, p in group))
        after = " ".join(sentence[group[-1][1]:].split()[:SIDES_GAP])
        if len(parties) >= 3 and not _words("third_party", style="whole").search(after):
            return parties
    return None


# role -> its list in moves.yaml ("other": an observer)
ROLES_BY_WORD = {"mediator": "mediator_words", "host": "host_words", "guarantor": "guarantor_words",
                 "other": "observer_words"}


def roles_named(sentence: str) -> list[tuple[str, int, int]]:
    """(role, start, end) of each word that gives the parties beside it a role ('mediated', 'garantes')."""
    return sorted((role, m.start(), m.end()) for role, words in ROLES_BY_WORD.items()
                  for m in _words(words, style="whole").finditer(sentence))


def distinct_event(word: str) -> bool:
    """The event noun names an event of its own, not a day of talks ('signing', 'ceasefire', 'deadline')."""
    return _words("distinct_event", style="whole").fullmatch(word.strip()) is not None


def event_word(sentence: str) -> str | None:
    """The first noun naming an event of the talks in the sentence ('talks', 'Treffen', '会谈'), copied as written,
    so that the event is named in the article's own words."""
    m = _words("event_name", style="whole").search(sentence)
    return m.group(0) if m else None

