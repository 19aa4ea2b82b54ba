"""Reading the model's own sentence about a move (pure unit tests; the sentences are written for the tests)."""

import pytest

from summarizer.assemble.moves import parse, party_forms

FORMS = party_forms(["Russia", "Ukraine", "Hamas", "Israel", "China", "United States", "Colombia", "ELN"],
                    [("Dmitry Peskov", "Russia"), ("Volodymyr Zelensky", "Ukraine")], {"ELN": "ELN"})


@pytest.mark.parametrize("what,by,to,mode", [
    ("Hamas demands that Israel open the crossings", "Hamas", "Israel", "demand"),
    ("The Kremlin insists that Ukrainian troops leave the region", "Russia", "Ukraine", "demand"),
    ("Zelensky said Russia demands all of the region", "Russia", None, "demand"),  # reported speech: Russia's
    ("Peskov wants talks to continue", "Russia", None, "demand"),  # a spokesman speaks for his party
    ("Israel rejects any role for Hamas", "Israel", None, "rejection"),
    ("Ukraine will not give up its land", "Ukraine", None, "rejection"),
    ("Israel and Hamas agreed on a prisoner exchange", "Hamas", None, "agreement"),
    ("Ukraine proposes a freeze of the front", "Ukraine", None, "proposal"),
    ("Ukraine must leave the region", None, "Ukraine", "demand"),  # the party asked to act, not the one asking
    ("中方要求美方取消关税", "China", "United States", "demand"),
    ("Россия требует, чтобы Украина вывела войска", "Russia", "Ukraine", "demand"),
    ("El ELN exige que el Gobierno de Colombia cumpla los acuerdos", "ELN", "Colombia", "demand"),
])
def test_the_party_before_the_verb_holds_the_move_and_the_one_after_must_act(what, by, to, mode):
    move = parse(what, FORMS)
    assert (move.by, move.to, move.mode) == (by, to, mode)


@pytest.mark.parametrize("what", ["withdrawal from the region", "a ceasefire along the current line",
                                  "Zelensky, speaking to reporters late on Friday in Kyiv, wants a ceasefire"])
def test_a_text_without_a_party_and_a_verb_is_left_to_the_model(what):
    assert parse(what, FORMS).by is None


def test_a_demand_keeps_what_is_demanded_and_other_moves_keep_the_whole_sentence():
    assert parse("Russia demands that Ukraine withdraw its troops", FORMS).text == "Ukraine withdraw its troops"
    assert parse("Israel rejects any role for Hamas", FORMS).text == "Israel rejects any role for Hamas"
