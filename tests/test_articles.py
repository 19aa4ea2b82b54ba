import pytest

from summarizer.articles import DecodingWarning, from_text, read_article
from summarizer.errors import InputError
from tests.conftest import SEEDS


def seed(prefix: str):
    return next(p for p in SEEDS if p.name.startswith(prefix))


def test_cleaning_strips_chrome_but_keeps_the_story():
    a = read_article(seed("004"))
    assert "Advertisement" not in a.cleaned
    assert "كافة حقوق" not in a.cleaned and "Copyrights infringements" not in a.cleaned
    assert "\nsecurity\n" not in a.cleaned  # the one-word-per-line heading
    assert "Maria Zakharova said in a statement" in a.cleaned
    assert "essentially ready" in a.cleaned


def test_cleaning_drops_comment_prompts_and_author_box():
    assert "Bookmark popover" not in read_article(seed("000")).cleaned
    cleaned = read_article(seed("003")).cleaned
    assert "Ashley Davis" not in cleaned and "Leave a Reply" not in cleaned and "Photo: Profimedia" not in cleaned
    assert cleaned.rstrip().endswith("over the weekend.")


@pytest.mark.parametrize("bar", ["Menu  Search  Sign in", "Home | World | Log in", "News · Sport · Subscribe"])
def test_a_navigation_bar_on_one_line_is_chrome(bar):
    body = "Serbia and Kosovo met in Brussels to discuss the association of Serb-majority municipalities."
    a = from_text(f"{bar}\n{body}\nHome  Sweet  Home is a film the delegates watched.\n", path="t.txt")
    assert bar not in a.cleaned and body in a.cleaned
    assert "Home  Sweet  Home" in a.cleaned, "a line with one item that is no chrome is text"


@pytest.mark.parametrize("line", [
    "À lire aussi : Les négociations reprennent à Addis-Abeba",
    "Lea también: El Gobierno y el ELN firman un protocolo",
    "Читайте также: переговоры в Стамбуле",
    "Related: Ceasefire talks stall in Doha (March 2024)",
    "Corrects the name of the Kenyan mediator in paragraph 4.",
    "An earlier version of this story misstated the date of the next round.",
])
def test_a_link_to_another_story_or_a_correction_note_is_chrome(line):
    body = "The delegations met in Addis Ababa on Tuesday and agreed to meet again on 14 May."
    a = from_text(f"Talks resume\n{body}\n{line}\nCorrected figures for the border crossings were agreed on Friday.\n",
                  path="t.txt")
    assert line not in a.cleaned and body in a.cleaned
    assert "Corrected figures" in a.cleaned, "a sentence of the story that opens with 'Corrected' is text"


@pytest.mark.parametrize("heading", ["Related", "More on this story", "Read next"])
def test_a_list_of_links_under_a_related_heading_at_the_end_is_no_part_of_the_story(heading):
    body = "\n".join(f"Serbia and Kosovo met in Brussels for the {n} time to discuss the association of municipalities."
                     for n in ("first", "second", "third", "fourth"))
    a = from_text(f"Talks resume\n{body}\n\n{heading}\n- Trump says a deal is close (9 March)\n", path="t.txt")
    assert "9 March" not in a.cleaned and a.cleaned.rstrip().endswith("municipalities.")
    early = from_text(f"Related talks\nRelated\n{body}\n", path="t.txt")
    assert "Brussels" in early.cleaned, "only in the last half of the text does the heading end the story"


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name)
def test_sentences_slice_the_original_text(path):
    a = read_article(path)
    assert a.sentences
    for start, end in a.sentences:
        piece = a.text[start:end]
        assert piece and piece == piece.strip() and piece in a.cleaned


@pytest.mark.parametrize("data,match", [
    (b"", "empty"),
    (b"   \n\t \n", "empty"),
    (b"\x00\x01\x02GGUF\x00binary" * 20, "binary"),
])
def test_bad_files_give_one_clear_error(tmp_path, data, match):
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(InputError, match=match):
        read_article(path)


def test_whitespace_only_text_is_refused():
    with pytest.raises(InputError, match="whitespace"):
        from_text("  \n \n")


def test_non_utf8_is_decoded_with_a_warning(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Talks in Genève resumed on Monday between the two delegations.".encode("latin-1"))
    with pytest.warns(DecodingWarning, match="not valid UTF-8"):
        a = read_article(path)
    assert "Gen\ufffdve" in a.text and a.warnings


def test_directory_and_missing_path_say_what_to_do(tmp_path):
    with pytest.raises(InputError, match="is a directory"):
        read_article(tmp_path)
    with pytest.raises(InputError, match="no such file"):
        read_article(tmp_path / "missing.txt")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32", "utf-8-sig"])
def test_text_with_a_byte_order_mark_is_decoded(tmp_path, encoding):
    text = "Delegations met in Genève on Monday to discuss a ceasefire and the exchange of prisoners.\n"
    data = text.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    path = tmp_path / "bom.txt"
    path.write_bytes(data)
    a = read_article(path)
    assert a.text == text and not a.warnings


def test_a_chinese_article_on_consecutive_lines_keeps_its_paragraphs():
    text = ("中美日内瓦经贸会谈达成重要共识\n"
            "中美双方5月10日至11日在瑞士日内瓦举行经贸高层会谈。双方于12日发表联合声明。\n"
            "中方要求美方彻底纠正单边加征关税的错误做法。美方希望中方进一步开放市场。\n"
            "分析人士指出，芬太尼相关关税问题仍然悬而未决。\n")
    a = from_text(text)
    assert "日内瓦举行经贸高层会谈" in a.cleaned and "芬太尼" in a.cleaned
    assert a.language == "zh" and a.script == "CJK"
    pieces = [a.text[s:e] for s, e in a.sentences]
    assert "中美双方5月10日至11日在瑞士日内瓦举行经贸高层会谈。" in pieces and "双方于12日发表联合声明。" in pieces


@pytest.mark.parametrize("text,tail", [
    ("Gespräche\nDer Minister forderte ein Abkommen. „Wir können das nicht akzeptieren“, sagte er. "
     "Er sagte: „Wir gehen.“ Dann reiste er ab. Es hieß: »Nein.« Also doch.\n",
     ["Der Minister forderte ein Abkommen.", "„Wir können das nicht akzeptieren“, sagte er.",
      "Er sagte: „Wir gehen.“", "Dann reiste er ab.", "Es hieß: »Nein.«", "Also doch."]),
    # a French quotation opens with « and a space; a lower-case word after one does not open a sentence
    ("Pourparlers\nLe FLNKS exige un calendrier. « Nous ne signerons rien », a dit son président. "
     "Il a quitté la salle. Le mot « souveraineté » revient. « non » fut sa réponse.\n",
     ["Le FLNKS exige un calendrier.", "« Nous ne signerons rien », a dit son président.",
      "Il a quitté la salle.", "Le mot « souveraineté » revient. « non » fut sa réponse."]),
])
def test_a_sentence_opening_or_closing_with_german_or_french_quotation_marks_is_a_sentence_of_its_own(text, tail):
    a = from_text(text)
    pieces = [a.text[s:e] for s, e in a.sentences]
    assert pieces[-len(tail):] == tail


def test_a_sentence_does_not_end_at_an_ordinal_day_before_its_month():
    a = from_text("Gespräche\nDie Delegationen trafen sich vom 3. bis 5. März in Wien. Am 12. April geht es weiter. "
                  "Es waren 12. Danach reisten sie ab.\n")
    pieces = [a.text[s:e] for s, e in a.sentences]
    assert pieces[-4:] == ["Die Delegationen trafen sich vom 3. bis 5. März in Wien.", "Am 12. April geht es weiter.",
                           "Es waren 12.", "Danach reisten sie ab."]


def test_sentences_do_not_end_at_abbreviations():
    a = from_text("Talks\nMr. Tatar met the U.S. envoy on Jan. 23 in Geneva. They agreed to meet again.\n")
    pieces = [a.text[s:e] for s, e in a.sentences]
    assert "Mr. Tatar met the U.S. envoy on Jan. 23 in Geneva." in pieces


def test_no_sentence_ends_at_an_initial_that_opens_a_name_even_at_the_end_of_a_wrapped_line():
    # written for this test: a regional daily's hard-wrapped paragraph
    lines = ["The talks between the two sides opened on Monday in the capital and went on late into the evening, as",
             "the northern group's delegation was led by its chief negotiator, its prime minister (ato kilonser) V.",
             "Horam, as general secretary Th. Muivah did not travel. Reporters asked the envoy about Plan B. The envoy",
             "wrote on X. Then he left the hall without taking further questions from the reporters who were waiting."]
    a = from_text("Talks\n\n" + "\n".join(lines) + "\n", path="t.txt")
    pieces = [" ".join(a.text[s:e].split()) for s, e in a.sentences]
    assert " ".join(lines).startswith(pieces[1]) and pieces[1].endswith("Th. Muivah did not travel.")
    assert "Reporters asked the envoy about Plan B." in pieces and "The envoy wrote on X." in pieces


@pytest.mark.parametrize("text,language", [
    ("Die Gespräche in Genf wurden am Sonntag fortgesetzt, teilte die Regierung mit, und die Delegationen sind zufrieden.", "de"),
    ("Les délégations ont repris lundi les pourparlers à Doha, a annoncé le ministère, et la session doit durer.", "fr"),
    ("Las delegaciones retomaron el lunes los diálogos de paz en Caracas con Venezuela y Cuba como garantes.", "es"),
    ("Делегации России и Украины провели в понедельник в Стамбуле второй раунд прямых переговоров.", "ru"),
])
def test_the_language_decides_which_calendar_words_apply(text, language):
    assert from_text(text).language == language


def test_a_russian_name_is_found_in_any_of_its_cases_and_a_latin_one_only_as_written():
    from summarizer.articles import from_text
    from summarizer.evidence import find_mention
    article = from_text("Переговоры\nДелегации встретились в Стамбуле во вторник.\nЗатем они вылетели в Москву.\n"
                        "Talks moved to Istanbulia later.\n", path="t.txt")
    assert find_mention(article, ["Стамбул"]).quote == "Делегации встретились в Стамбуле во вторник."
    assert find_mention(article, ["Москва"]).quote == "Затем они вылетели в Москву."
    assert find_mention(article, ["Istanbul"]) is None  # a Latin name is not inflected: 'Istanbulia' is another word
    assert find_mention(article, ["Стамбулоград"]) is None


def test_a_place_is_named_in_a_sentence_in_any_case_of_a_russian_word_or_inside_chinese_text():
    from summarizer.evidence import names_in
    assert names_in("Делегации встретились в Женеве во вторник.", "Женева")
    assert names_in("双方在日内瓦举行会谈。", "日内瓦")
    assert names_in("Talks in Geneva.", "geneva")
    assert not names_in("Talks in Genevaland.", "Geneva")
    assert not names_in("双方在伦敦举行会谈。", "日内瓦")


WRAPPED = (
    "Talks in Cairo\n"
    "\n"
    "A Hamas delegation led by its chief negotiator arrived in Cairo on Monday for talks with mediators from Egypt, on\n"
    "the second phase of the ceasefire that took effect on 10 October. The talks are expected to last three days, and\n"
    "officials said a US envoy would join them. Israel did not send a delegation to the talks, its officials said.\n"
    "\n"
    "Key points\n"
    "- Hamas says it will not hand over its weapons to Israel or to any foreign force, but it could store them.\n"
    "- Israel wants disarmament first, and the tunnels destroyed before it withdraws further from the Gaza Strip.\n"
    "\n"
    "A US\n"
    "official said the first units of the force should be deployed by the end of April, before the summer heat.\n")


def test_a_hard_wrapped_paragraph_is_read_as_whole_sentences_and_headings_and_bullets_stay_apart():
    a = from_text(WRAPPED)
    pieces = [" ".join(a.text[s:e].split()) for s, e in a.sentences]
    assert pieces == [
        "Talks in Cairo",
        "A Hamas delegation led by its chief negotiator arrived in Cairo on Monday for talks with mediators from Egypt, "
        "on the second phase of the ceasefire that took effect on 10 October.",
        "The talks are expected to last three days, and officials said a US envoy would join them.",
        "Israel did not send a delegation to the talks, its officials said.",
        "Key points",
        "- Hamas says it will not hand over its weapons to Israel or to any foreign force, but it could store them.",
        "- Israel wants disarmament first, and the tunnels destroyed before it withdraws further from the Gaza Strip.",
        "A US",  # a short line: no sign it was wrapped
        "official said the first units of the force should be deployed by the end of April, before the summer heat."]
    assert "[2] A Hamas delegation" in a.numbered() and "Egypt, on the second phase" in a.numbered()
    assert all(a.text[s] in "A-TKIo" for s, _ in a.sentences)  # every span starts on its first character


def test_a_date_split_by_a_wrapped_line_is_one_date_and_unwrapped_text_keeps_its_lines():
    from summarizer.evidence import sentence_number_at
    from summarizer.pipeline import read_context
    a = from_text("Talks in Cairo\n\n"
                  "A Hamas delegation led by its chief negotiator arrived in Cairo on Monday for talks with mediators, on the\n"
                  "second phase of the ceasefire that took effect, after weeks of pressure from the United States, on\n"
                  "10 October. The talks are expected to last three days, and officials said a US envoy would join them.\n")
    ctx, _ = read_context(a)
    found = {m.text: (a.text[m.start:m.end], sentence_number_at(a, m.start)) for m in ctx.mentions}
    assert found["10 October"] == ("10 October", found["Monday"][1]), "both dates are in the sentence they date"
    one_per_line = "Talks\n" + "".join(f"The delegations met again on day {i} and said the talks went well.\n" for i in range(5))
    assert len(from_text(one_per_line).sentences) == 6


def test_a_hard_wrapped_paragraph_is_one_paragraph_across_its_line_breaks():
    text = ("Talks\n\n"
            "Serbian and Kosovo negotiators ended two days of talks in Brussels on Tuesday without\n"
            "agreeing on the statute of the association. Who would police the north remains open as\n"
            "Serbia insists that Serb officers patrol the four northern municipalities together.\n\n"
            "Kosovo says only its own police can operate in the north, officials said on Tuesday.\n")
    article = from_text(text, path="t.txt")
    second, third = text.index("Who would"), text.index("Serbia insists")
    assert article.same_paragraph(second, third) and article.same_paragraph(text.index("Serbian"), third)
    assert not article.same_paragraph(third, text.index("Kosovo says"))
    start, end = article.paragraph_at(third)
    assert text[start:end].startswith("Serbian") and text[start:end].endswith("together.")


def test_a_claim_copied_word_for_word_is_supported_by_its_own_sentence_whatever_number_the_model_cited():
    from summarizer.evidence import supporting_sentence
    a = from_text("AIRPORT CHECKS DIVIDE THE NEGOTIATORS\n\nThe round ended without agreement on who carries out the "
                  "checks at the airport. The next round is in March.\n", path="t.txt")
    assert supporting_sentence(a, 1, "who carries out the checks at the airport").quote.startswith("The round ended")


@pytest.mark.parametrize("heading", ["See also", "References", "External links"])
def test_an_encyclopedia_entry_s_closing_sections_and_edit_links_are_no_part_of_the_story(heading):
    body = "\n[edit]\n".join(f"Serbia and Kosovo met in Brussels for the {n} time to discuss the association of "
                             f"municipalities." for n in ("first", "second", "third", "fourth"))
    a = from_text(f"Talks resume\n{body}\n\n{heading}\n[edit]\n^ \"Belgrade demands a new round\". Wire. 9 March 2026.\n",
                  path="t.txt")
    assert "9 March" not in a.cleaned and "[edit]" not in a.cleaned and a.cleaned.rstrip().endswith("municipalities.")


def test_a_sentence_ends_before_the_footnote_markers_after_its_stop():
    a = from_text("Talks\nRussia demanded that Ukraine withdraw, which the Ukrainian side rejected.[9] Ukraine called "
                  "for a ceasefire along the current line.[9][10]\n", path="t.txt")
    assert [a.text[s:e] for s, e in a.sentences][1:] == [
        "Russia demanded that Ukraine withdraw, which the Ukrainian side rejected.",
        "Ukraine called for a ceasefire along the current line."]
