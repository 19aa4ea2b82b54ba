"""Names code finds in an article before the model is asked: a list the model chooses from, so that a small
model does not overlook the people and places a careful reader would note.

Only a hint: the model decides who takes part; code then checks that every name it gives stands in the article.
"""

from __future__ import annotations

import re

from . import dates, names

_CAP = r"[A-ZÀ-ÞĀ-Ž][\w'’-]*"  # Latin script: in inflected scripts a name changes with its case
_PARTICLE = r"(?:al-|el-|bin|ibn|bint|de|da|del|van|von|der|la|le|di|du)"
_NAME = re.compile(rf"(?<![\w'’-])({_CAP}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?(?:(?:al|el)-)?{_CAP}){{1,6}})(?![\w'’-])", re.U)
_OPENERS = {"The", "In", "On", "At", "A", "An", "For", "From", "To", "By", "With", "As", "But", "And", "Our", "His",
            "Her", "Their", "This", "That", "After", "Before", "When", "While", "If", "Under", "Since", "Meanwhile",
            # and in the other languages of the articles (German capitalises every noun: 'Beide Seiten')
            "Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Beide", "Auch", "Nach", "Während", "Laut", "Seit",
            "Bei", "Zudem", "Le", "La", "Les", "El",
            "Los", "Las",
            # the word of a byline ('Von Katrin Baumann', 'Por Ana Gómez', 'Par Jean Dupont') and German demonstratives
            "Von", "Por", "Par", "Dieses", "Diese", "Dieser", "Diesem", "Diesen",
            # Polish prepositions and words of attribution that open a sentence ('Według Umerowa Rosja ...')
            "Według", "Zdaniem", "Jak", "Po", "Przed", "Podczas", "Przedstawiciele", "Delegacje", "Delegacja",
            # question words that open a label or a heading ('What Kosovo wants:')
            "What", "Who", "Where", "When", "Why", "How",
            # quantifiers, which open a noun phrase ('Several European governments')
            "Several", "Many", "Some", "Most", "Few", "All", "Both", "Other", "Each", "Every", "Neither", "Two", "Three",
            "Four", "Five", "Plusieurs", "Certains", "Varios", "Algunos", "Mehrere", "Einige"}
# a lower-case article or preposition just before a capitalised run makes it a noun phrase, not a name ('am Blauen
# Nil', 'dem guten Willen', 'the Blue Nile')
_DETERMINED = re.compile(r"(?<!\w)(?:the|der|die|das|dem|den|des|am|im|vom|zum|zur|beim|ein|eine|einem|einen|einer|"
                         r"le|la|les|du|el|los|las|del)\s+$")
# feasts and holidays, which read like names ('Eid al-Fitr', 'Kurban Bayram'), in the languages of the articles
_FEASTS = (r"Eid|Ramadan|Ramazan|Christmas|Easter|Nowruz|Navruz|Passover|Pesach|Hanukkah|Diwali|Thanksgiving|Bayram|"
           r"Bayramı|Noël|Pâques|Navidad|Pascua|Weihnachten|Ostern|Natale|Pasqua")
HOLIDAY = re.compile(rf"(?<!\w)(?:{_FEASTS})(?!\w)")
# words that make a capitalised run an institution, a place, a feast or a heading rather than a person
# the words that end a publication's name ('Peace Mediation Review', 'The Kathmandu Post'): never a person's
PUBLICATION_WORDS = (r"Review|Journal|Gazette|Herald|Tribune|Magazine|Weekly|Monitor|Daily|Chronicle|Bulletin|Digest|"
                     r"Quarterly|Dispatch|Newsletter")
_NOT_PERSON = re.compile(rf"\b({_FEASTS}|Council|Department|Ministry|Office|Committee|Commission|Forces?|Army|Union|Nations|"
                         r"Front|Party|Sea|Lake|River|Gulf|Bay|Island|Islands|Palace|House|Hotel|Embassy|Agency|"
                         r"Organi[sz]ation|Court|Bank|Fund|Group|Alliance|Coalition|Movement|Republic|Republika|República|République|"
                         r"Municipality|Municipalities|Kingdom|States?|"
                         r"Emirates|Federation|Assembly|Parliament|Congress|Senate|Government|Administration|Authority|"
                         r"Corridor|Region|Province|Oblast|Pradesh|Krai|Governorate|Prefecture|District|County|"
                         r"Territory|Territories|Plant|Station|Agreement|Declaration|Plan|Formula|Mechanism|"
                         r"Mission|Summit|Talks|News|Times|Post|Press|Media|Reuters|Television|Monday|Tuesday|Wednesday|"
                         r"Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|"
                         r"October|November|December|President|Minister|Secretary|Spokesman|Spokesperson|Envoy|"
                         r"Prime|General|Chief|Foreign|Defence|Defense|Deputy|Special|Vice|Head|Key|Live|Read|Related|"
                         r"Cross|League|Security|Service|East|West|North|South|Middle|National|International|Central|Staff|Reporter|"
                         r"Correspondent|Editor|Desk|Studio|Room|City|Adviser|Advisor|Presidential|Dam|Canal|Bridge|Port|Airport|Base|Square|Street|Camp|Camps|"
                         rf"{PUBLICATION_WORDS})\b")
# German capitalises every noun: a run holding an article or a word with the ending of a noun or an adjective is a
# noun phrase ('Libysche Konfliktparteien', 'Angaben der Regierungsdelegation', 'Runde der Militärkommission')
_GERMAN_NOUN = re.compile(r"(?:ung|ungen|heit|keit|schaft|tion|tät|ismus|isch|ische|ischen|ischer|isches|liche|lichen|"
                          r"licher|parteien|kommission|delegation|bericht|runde|lager|angaben|kämpfer|kraftwerk|willen)$", re.I)
_GERMAN_ARTICLE = {"der", "des", "die", "dem", "den", "das"}
MAX_CANDIDATES = 20
# an office and 'of' or 'for' before a capitalised run: the run is the office's portfolio ('Minister of Natural
# Resources', 'Secretary of State', 'Ministerin für Wirtschaftliche Zusammenarbeit')
_PORTFOLIO = re.compile(r"(?:Minister|Ministry|Secretary|Department|Commissioner|Ministerin|Ministerium|Ministre|"
                        r"Ministro|Ministra)\s+(?:of|for|für|des|de|du|da|do|della|del)\s+(?:the\s+|la\s+|l['’])?$")
# an office's portfolio of several words, up to the 'and' before its last ('Presidential Adviser on Peace,
# Reconciliation and '): the run that follows opens with that last word ('Unity Carlito Galvez Jr')
_PORTFOLIO_LIST = re.compile(r"(?:Minister|Secretary|Commissioner|Adviser|Advisor|Envoy|Representative)\s+"
                             r"(?:of|for|on)\s+(?:the\s+)?(?:[A-Z][\w'’-]*,?\s+){1,4}(?:and|&)\s+$")


# the words of an office's portfolio that may open the run of its holder's name ('Secretary of the Army Dan Driscoll')
_PORTFOLIO_WORD = re.compile(r"Army|Navy|State|Energy|Treasury|Commerce|Justice|Interior|Agriculture|Labou?r|Health|"
                             r"Education|Transport|Transportation|Homeland|Affairs|Finance|Economy|Trade|War|Water|"
                             r"Resources|Irrigation|Information|Culture|Environment|Human|Rights|Development|Peace|"
                             r"Reconciliation|Reintegration|Unity|Veterans|Refugees|Youth|Women")
# nouns of an office that may stand between 'the' and its holder's name ('Chief of the General Staff Andrii Hnatov',
# 'Head of the Office of the President Kyrylo Budanov')
_OFFICE_NOUN = re.compile(r"Office|Staff|General|President|Presidency|Council|Committee|Commission|Ministry|Army|Navy|"
                          r"State|Security|Defen[cs]e|Affairs|Rights|Cabinet|Chancellery|Secretariat")
# a particle inside a name, which makes a name of five words ('Mohamed bin Zayed Al Nahyan')
_A_PARTICLE = re.compile(rf"\s{_PARTICLE}\s", re.I)


# Polish words with the ending of a noun or an adjective of an institution, in any case ('Rady Bezpieczeństwa
# Narodowego', 'Wielkiej Brytanii'): a capitalised run holding one is no person's name (a surname in the genitive,
# 'Zełenskiego', is missed, but its nominative stands elsewhere)
_POLISH_NOUN = re.compile(r"(?:stwa|stwo|stwie|ości|ość|acji|acja|acje|owego|nego|owej|nej|nych|owych|skiej|skich|"
                          r"ckiej|ckich|kiej|rady|radzie)$", re.I)


def _polish_name(words: list[str]) -> list[str]:
    """The name in a capitalised run of a Polish text, where a genitive may stand before it: the words after the last
    name of a party ('Obrony Ukrainy Rustem Umerow', 'Rzecznik Kremla Dmitrij Pieskow'); of four words, the last two
    ('Donalda Trumpa Steve Witkoff': Trump's envoy Steve Witkoff). None when the run names an institution."""
    if any(_POLISH_NOUN.search(w) for w in words):
        return []
    cut = max((i + 1 for i, w in enumerate(words) if names.party(w) != w or names.country(w)), default=0)
    words = words[cut:]
    return words[-2:] if len(words) == 4 and not _A_PARTICLE.search(" ".join(words)) else words


def german_noun_phrase(run: str) -> bool:
    """A capitalised run of a German text that is a noun phrase: a word with a noun's or an adjective's ending, or
    an article inside it ('Fruchtbarkeit der Böden', 'Libysche Konfliktparteien')."""
    words = run.split()
    return any(_GERMAN_NOUN.search(w) for w in words) or bool(_GERMAN_ARTICLE & {w.lower() for w in words[1:-1]})


# a name that opens with initials ('A.K. Mishra', 'Th. Muivah', 'N. Kitovi Zhimomi'; 'V.' at the end of a wrapped
# line): the initials and one to three capitalised words; not an abbreviated title ('Dr. Kenny Anthony')
_INITIALED = re.compile(rf"(?<![\w.'’-])((?:{_CAP}[ \t]+)?"
                        rf"(?:(?!(?:Mr|Ms|Dr|St|Lt|No|Jr|Sr|Mt|Ft|Gen|Col|Sen|Rep|Gov)\.)"
                        rf"[A-Z][hd]?\.[ \t]*){{1,3}}{_CAP}(?:[ \t]+{_CAP}){{0,2}})(?![\w'’-])")
_BYLINE = re.compile(r"(?:^|\n)[ \t]*(?:By|Von|Por|Par)[ \t]+$")  # an author's name after a byline's word
_KOREA = re.compile(r"Korea|Koreas")  # 'N. Korea', 'S. Korea': a state, not a name


def _initialed(text: str, language: str) -> list[tuple[int, str]]:
    """(where, name) of each name that opens with initials, when the words after them read as a name (in French,
    'M.' is the title 'Monsieur': 'M. Araghchi' is no name with an initial)."""
    found = []
    for m in _INITIALED.finditer(text):
        if _BYLINE.search(text[max(0, m.start() - 12):m.start()]):
            continue
        name = names.split_title(" ".join(m.group(1).split()))[0]  # ('George W. Bush'; not 'Minister V. Horam')
        if name.split()[0] in _OPENERS or (language == "fr" and name.startswith("M. ")):
            name = " ".join(name.split()[1:])
        name = re.sub(r"['’]s$", "", name)  # ("George W. Bush's envoy")
        rest = name.split(".")[-1].split()
        if "." in name and rest and all(any(ch.islower() for ch in w) for w in rest) \
                and not _NOT_PERSON.search(" ".join(rest)) and not any(
                names.country(w) or names.party(w) != w or names.from_demonym(w) or _KOREA.fullmatch(w) for w in rest):
            found.append((m.start(1) + m.group(1).find(name.split()[0]), name))
    return found


def people(text: str, language: str = "", limit: int | None = MAX_CANDIDATES) -> list[str]:
    """Capitalised runs of two to four words that read as a person's name, and names that open with initials, in
    order of first mention (the first `limit`)."""
    found: list[tuple[int, str]] = _initialed(text, language)
    for m in _NAME.finditer(text):
        if not m.group(1)[0].isupper():
            continue  # a lower-case letter of the range _CAP spans ('że Moskwa')
        words = m.group(1).split()
        if language == "de" and german_noun_phrase(m.group(1)):
            continue
        if any(dates.month_number(w) for w in words[1:]):
            continue  # a run that ends in a month ('Anfang Februar'); one that opens with it may be a first name
            # ('Jan Egeland', 'June Okafor')
        portfolio = _PORTFOLIO.search(text[max(0, m.start() - 40):m.start()]) is not None
        if portfolio:
            rest = words
            while rest and (_PORTFOLIO_WORD.fullmatch(rest[0]) or _NOT_PERSON.fullmatch(rest[0])):
                rest = rest[1:]  # 'Secretary of the Army Dan Driscoll', 'Secretary of State Marco Rubio'
            if rest == words or not rest:
                continue  # 'Minister of Natural Resources': a portfolio
            words = rest
        determined = not portfolio and (_DETERMINED.search(text[max(0, m.start() - 8):m.start()]) is not None or
                                        _DETERMINED.search(words[0].lower() + " ") is not None)  # 'Der Blaue Nil'
        # at the start of a sentence
        while words and (not any(ch.islower() for ch in words[0]) or words[0].endswith(("'s", "’s"))):
            words = words[1:]  # 'US President Donald Trump', "Armenia's Deputy Prime Minister Mher Grigoryan"
        if not all(any(ch.islower() for ch in w) for w in words):  # an acronym is not part of a name
            continue
        if len(words) > 2 and _PORTFOLIO_LIST.search(text[max(0, m.start() - 80):m.start()]):
            words = words[1:]  # the last word of a portfolio ('... Reconciliation and Unity Carlito Galvez Jr')
        office = False  # an office's words before the name ('the General Staff Andrii Hnatov'): no noun phrase
        while words and (words[0] in _OPENERS or _NOT_PERSON.fullmatch(words[0]) or names.country(words[0])
                         or names.from_demonym(words[0]) or words[0].lower() in names.TITLE_WORDS
                         or (len(words) > 2 and names.state_of_capital(words[0]))):
            office = office or _OFFICE_NOUN.fullmatch(words[0]) is not None
            words = words[1:]  # ... and a capital standing for its state ('dass Belgrad Milan Radoičić ausliefert')
        if language == "pl":
            words = _polish_name(words)
        if words and words[-1].endswith(("'s", "’s")):  # "Prime Minister Benjamin Netanyahu's office"
            words = [*words[:-1], words[-1][:-2]]
        if not words:
            continue
        name, title = names.split_title(" ".join(words))
        if determined and not title and not office:  # 'am Blauen Nil'; but 'dem Wasserminister Tesfaye Bekele'
            continue
        if not 2 <= len(name.split()) <= (5 if _A_PARTICLE.search(name) else 4) or _NOT_PERSON.search(name):
            continue
        if names.country(name) or names.party(name) != name or names.known_city(name, text):
            continue
        found.append((m.start(), name))
    out: list[str] = []
    for _, name in sorted(found):  # (a name with its initials first: it opens before the same name without them)
        if not any(names.same_person(name, known) for known in out):
            out.append(name)
    return out[:limit] if limit is not None else out

