"""Reading the model's own sentence about a move (pure unit tests; the sentences are written for the tests)."""

import pytest

from summarizer.assemble import moves
from summarizer.assemble.moves import (before_contrast, clauses, kinds, listed, mentions, parse, party_forms, sides_named_together, standing_for,
                                       says_unresolved, stated_demand, states_a_move, without_attribution, without_description)

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


@pytest.mark.parametrize("sentence", [
    "President Volodymyr Zelensky arrived in Vilnius on Sunday.",  # 'press' is a verb of asking, 'President' is not
    "The deputy foreign minister, Shahin Mustafayev, led the delegation.",  # 'must' inside a name
    "Talks are expected to resume in Geneva next week.",  # a forecast, not an expectation a party states
    "More than 60,000 people have been killed, according to UN figures.",  # 'according to' is not an accord
    "The peace agreement was initialled in Washington in August.",  # the noun, not the verb 'agree'
    "Officials said the talks will continue on Sunday.",  # English 'will' is the future, not German 'will' (wants)
    "Aid agencies warn that famine conditions have spread.",
    "No date was set for the next round, one official said, asking not to be named.",  # a source's wish
    "The drafts were exchanged overnight, said a diplomat who asked not to be identified.",
])
def test_a_sentence_without_a_move_verb_is_not_offered_as_a_move(sentence):
    assert not states_a_move(sentence, "en")


@pytest.mark.parametrize("sentence,language", [
    ("The two commissions agreed to set up a joint working group.", "en"),
    ("Azerbaijan has demanded that the mission leave.", "en"),
    ("Yerevan expected Baku to sign the treaty without new preconditions.", "en"),
    ("The E3 will trigger the snapback unless Iran resumes cooperation.", "en"),
    ("Kyiv rules out any withdrawal; Moscow denies the claims.", "en"),
    ("Le FACT exige la libération de ses combattants.", "fr"),
    ("Moldau will die Freilassung der Aktivisten.", "de"),  # German 'will' = wants
    ("Les loyalistes réclamaient le maintien dans la France.", "fr"),  # a starred stem in a non-ASCII word
    ("Die Opposition verlangte Neuwahlen.", "de"),
])
def test_a_sentence_with_a_move_verb_is_offered(sentence, language):
    assert states_a_move(sentence, language)


def test_a_word_that_is_a_move_verb_in_one_language_only_counts_in_that_language():
    assert states_a_move("Chisinau will neue Gespräche.", "de") and not states_a_move("Chisinau will hold talks.", "en")


def test_a_demand_stated_in_so_many_words_is_read_with_its_whole_verb():
    said = stated_demand("По словам Умерова, Украина требует безусловного прекращения огня на 30 дней.", FORMS, "ru")
    assert (said.by, said.text) == ("Ukraine", "безусловного прекращения огня на 30 дней")
    said = stated_demand("Hamas demands that Israel open the crossings, a spokesman said.", FORMS, "en")
    assert (said.by, said.to) == ("Hamas", "Israel")


@pytest.mark.parametrize("sentence", [
    "China does not want a trade war with the United States.",  # a negated verb
    "Talks went on in Doha, and the disarmament of Hamas, which Israel demands, stalled.",  # no opening noun phrase
    "Israel rejects any role for Hamas after the war.",  # another kind of move
    "Ukraine must leave the region, Peskov said.",  # who asks is not named before the verb
])
def test_a_sentence_that_states_no_demand_plainly_gives_none(sentence):
    assert stated_demand(sentence, FORMS, "en") is None


def test_an_obligation_a_party_states_is_its_demand_of_the_party_obliged():
    forms = party_forms(["Israel", "Hamas", "Ukraine", "Russia"], [("Yahya Kazman", "Israel"), ("Dmitry Peskov", "Russia")], {})
    said = stated_demand("The delegation, led by Yahya Kazman, said Hamas must first release the hostages, whose fate "
                         "is unknown.", forms, "en")
    assert (said.by, said.to, said.text) == ("Israel", "Hamas", "Hamas must first release the hostages")
    said = stated_demand("Peskov told reporters that Ukraine must leave the Donbas.", forms, "en")
    assert (said.by, said.to, said.text) == ("Russia", "Ukraine", "Ukraine must leave the Donbas")
    assert stated_demand("Ukraine must leave the Donbas, Peskov told reporters.", forms, "en") is None, \
        "who speaks after the obligation is not read"


def test_a_demand_after_another_move_of_the_same_party_is_read_without_its_describing_clause():
    said = stated_demand("Hamas rejects an extension and demands that Israel begin talks on the second phase, which "
                         "is supposed to end the war.", FORMS, "en")
    assert (said.by, said.to, said.text) == ("Hamas", "Israel", "Israel begin talks on the second phase")
    assert stated_demand("Hamas rejects an extension, and Israel demands a truce.", FORMS, "en") is None, \
        "another party speaks in between: not Hamas's demand"


@pytest.mark.parametrize("sentence,found", [
    ("The two commissions agreed to set up a joint working group.", ["agreement"]),
    ("Russia rejects the plan and demands that Ukraine withdraw.", ["rejection", "demand"]),
    ("Kyiv said Russia must withdraw first.", ["demand"]),  # an obligation is asked of someone
    ("The army would not return to the table until the RSF withdraws.", ["rejection", "demand"]),  # a condition
    ("The delegation refused, and talks ended on Friday.", ["rejection"]),
    ("Talks ended on Friday.", []),
    # a refused acceptance is a refusal; a failure to agree is no move of one side (written for this test)
    ("Lisbon officials did not accept either request.", ["rejection", "demand"]),
    ("Madrid has not accepted that proposal.", ["rejection", "proposal"]),
    ("The two sides did not agree on a date.", ["agreement"]),
    # a refusal said with no verb of refusing, and 'declined to' (not a source that declined to comment)
    # (written for this test)
    ("For Lisbon, both points are a non-starter.", ["rejection"]),
    ("A customs border, Madrid said, is out of the question.", ["rejection"]),
    ("The Spanish delegation declined to discuss fishing rights.", ["rejection"]),
    ("Sovereignty over the islands is not up for discussion, the minister added.", ["rejection"]),
    ("A Portuguese spokesman declined to comment on the draft.", []),
])
def test_the_kinds_of_move_a_sentence_makes_are_read_from_its_verbs(sentence, found):
    assert kinds(sentence, "en") == found


@pytest.mark.parametrize("sentence", [
    "La presencia de tropas extranjeras no está a discusión, añadió el ministro.",
    "La soberanía no se negocia, dijo el canciller.",
    "Madrid ha descartado un referéndum sobre la cuestión.",
])
def test_refusals_in_spanish_without_a_verb_of_refusing_are_read(sentence):
    assert kinds(sentence, "es") == ["rejection"]


def test_an_adverb_before_the_preposition_of_asked_for_is_no_part_of_the_demand():
    # written for this test: 'is asking instead for X and for Y' asks two things
    text = moves.demanded("instead for the fighting to stop along the front and for observers to be deployed", FORMS)
    assert text == "the fighting to stop along the front and for observers to be deployed"
    assert moves.listed(text, FORMS) == ["the fighting to stop along the front", "observers to be deployed"]
    assert moves.demanded("again for talks", FORMS) == "talks"


def test_a_refusal_until_something_is_done_is_a_demand_of_it():
    forms = party_forms(["Sudanese army", "Rapid Support Forces"], [], {"RSF": "Rapid Support Forces"})
    said = stated_demand("The Sudanese army will not return to the table until the RSF withdraws from civilian homes, "
                         "which it seized in April.", forms, "en")
    assert (said.by, said.to, said.text) == ("Sudanese army", "Rapid Support Forces", "the RSF withdraws from civilian homes")
    assert stated_demand("The Sudanese army will not return to the table.", forms, "en") is None


@pytest.mark.parametrize("sentence,sides", [
    ("Russia and Ukraine held a new round of talks in Istanbul on Monday.", ("Russia", "Ukraine")),
    ("The talks between Hamas and Israel resumed in Doha.", ("Hamas", "Israel")),
    ("China and the United States agreed to extend the tariff truce.", ("China", "United States")),
    ("Colombia and the ELN have signed a ceasefire.", ("Colombia", "ELN")),
    ("China and the United States mediated the talks.", None),  # joined, then a third party's verb
    ("Russia, Ukraine and the United States held talks in Abu Dhabi.", None),  # the last two of a list
    ("Russia and Ukraine exchanged fire overnight.", None),  # no event of the talks in the sentence
    ("The first trilateral talks involving Ukraine, the US, and Russia took place in Abu Dhabi.",
     ("Ukraine", "United States", "Russia")),  # every party of a list after a word of taking part
    ("Talks between Israel, Hamas and the United States, mediated by Colombia, resumed.", None),  # a mediator follows
    ("Russia-Ukraine talks resumed in Istanbul on Monday.", ("Russia", "Ukraine")),  # a compound before the event
    ("The Israel–Hamas ceasefire talks are due to resume.", ("Israel", "Hamas")),
    ("The Israel-Hamas war goes on while talks stall.", None),
])
def test_two_parties_named_together_as_the_sides_of_an_event_are_read_as_the_sides(sentence, sides):
    assert sides_named_together(sentence, FORMS, "en") == sides


def test_an_opening_pronoun_that_makes_a_move_stands_for_the_party_opening_the_sentence_before():
    forms = party_forms(["Sudanese army", "Rapid Support Forces"], [("Abdel Fattah al-Burhan", "Sudanese army")], {})
    before = "The army's leader, General Abdel Fattah al-Burhan, said the army would not accept a truce."
    assert standing_for("He demanded that the RSF withdraw from El Fasher.", before, forms) == \
        "Sudanese army demanded that the RSF withdraw from El Fasher."
    said = "He said Belgrade wants to implement the agreement."  # the pronoun speaks, another subject makes the move
    assert standing_for(said, before, forms) == said
    assert standing_for("He demanded a truce.", "Heavy rain fell on Khartoum.", forms) == "He demanded a truce."
    assert standing_for("He has also demanded that the RSF withdraw.", before, forms) == \
        "Sudanese army has also demanded that the RSF withdraw.", "an auxiliary and an adverb before the verb"


def test_the_words_before_a_group_noun_name_the_party_alone_and_in_the_plural():
    forms = party_forms(["Houthi movement", "Yemen", "Turkish Cypriot side"], [("Yahya Kazman", "Yemen")], {})
    assert forms["Houthis"] == forms["Houthi"] == "Houthi movement"
    assert forms["Turkish Cypriots"] == "Turkish Cypriot side"
    said = stated_demand("The delegation, led by Yahya Kazman, said the Houthis must first release Mohammed Qahtan.",
                         forms, "en")
    assert (said.by, said.to) == ("Yemen", "Houthi movement")


def test_each_side_of_a_contrast_states_its_own_demand_and_a_demand_ends_before_an_attribution():
    forms = party_forms(["Armenia", "Azerbaijan", "Ukraine", "Russia"], [], {})
    sentence = ("Armenia insists that the route remain under Armenian customs control, while Baku wants unimpeded transit "
                "for its goods.")
    said = [stated_demand(c, forms, "en") for c in clauses(sentence)]
    assert [(s.by, s.text) for s in said] == [("Armenia", "the route remain under Armenian customs control"),
                                              ("Azerbaijan", "unimpeded transit for its goods")]
    assert without_description("any ceasefire to be monitored by observers, the source said, while Moscow insists") == \
        "any ceasefire to be monitored by observers"
    assert without_description("a truce; talks on the rest later") == "a truce"


@pytest.mark.parametrize("text,kept", [
    ("a border commission with equal seats, its foreign minister, Lina Haddad, said.", "a border commission with equal seats"),
    ("a border commission with equal seats, Lina Haddad, the foreign minister, told reporters",
     "a border commission with equal seats"),
    # a list of what is asked before a plain attribution keeps every item
    ("a commission, a new court, a fund, the minister said", "a commission, a new court, a fund"),
    ("the release of Omar Salim, the group's commander, held since 2019", "the release of Omar Salim, the group's commander, held since 2019"),
])
def test_an_attribution_whose_speaker_is_a_title_and_a_name_between_commas_ends_a_demand(text, kept):
    assert without_description(text) == kept


def test_an_opening_attribution_is_not_the_subject_and_a_capital_names_its_country():
    forms = party_forms(["Serbia", "Kosovo", "European Union"], [], {})
    assert forms["Belgrade"] == "Serbia" and forms["Pristina"] == "Kosovo"
    sentence = without_attribution("According to a Serbian government source, Belgrade also asked the EU to ensure the "
                                   "withdrawal of the special police.")
    said = stated_demand(sentence, forms, "en")
    assert (said.by, said.to) == ("Serbia", "European Union")


def test_a_party_that_wants_to_act_itself_states_an_intention_not_a_demand():
    forms = party_forms(["Serbia", "Kosovo"], [], {})
    assert stated_demand("Belgrade wants to implement the technical parts of the agreement.", forms, "en") is None
    assert stated_demand("Belgrade wants Kosovo to implement the agreement.", forms, "en").to == "Kosovo"


@pytest.mark.parametrize("sentence,text", [
    ("M23 spokesman Lawrence Kanyuka told the AFP news agency that the movement wants the government to release its "
     "members.", "the government to release its members"),
    ("A M23 negotiator said it would not sign the lists until the government freed the prisoners.",
     "the government freed the prisoners"),
])
def test_a_spokesman_s_own_side_named_by_a_pronoun_or_a_common_noun_is_the_speaker_s_party(sentence, text):
    forms = party_forms(["M23", "Democratic Republic of Congo"], [("Lawrence Kanyuka", "M23")], {})
    said = stated_demand(sentence, forms, "en")
    assert (said.by, said.text) == ("M23", text)


def test_the_side_a_spokesman_names_by_a_common_noun_is_not_his_own():
    forms = party_forms(["M23", "Democratic Republic of Congo"], [("Patrick Muyaya", "Democratic Republic of Congo")], {})
    assert stated_demand("Patrick Muyaya said the rebels want a share of power.", forms, "en") is None


@pytest.mark.parametrize("sentence,party", [
    ("Le gouvernement tchadien refuse toute amnistie.", "Chad"),
    ("El gobierno colombiano exige que el ELN cumpla los acuerdos.", "Colombia"),
    ("The Sudanese government wants the RSF out of the cities.", "Sudan"),
    ("The government of Chad said so.", "Chad"),
])
def test_a_state_s_government_named_by_its_adjective_or_its_name_is_a_mention_of_it(sentence, party):
    forms = party_forms(["Chad", "Colombia", "Sudan", "ELN"], [], {})
    assert [p for _, _, p in mentions(sentence, forms)][:1] == [party]


def test_the_noun_phrase_a_relative_clause_says_a_party_demands_is_its_demand():
    forms = party_forms(["Russia", "Ukraine"], [], {})
    said = stated_demand("Ukraine's withdrawal from Donbas, which Moscow demands before any ceasefire, was not "
                         "discussed.", forms, "en")
    assert (said.by, said.text) == ("Russia", "Ukraine's withdrawal from Donbas")


@pytest.mark.parametrize("sentence,by,to", [
    ("\"Russia must withdraw its troops from Ukrainian land first,\" Kyiv's chief negotiator Rustem Umerov said.",
     "Ukraine", "Russia"),
    ("\"The occupation must open the crossings,\" Hamas spokesman Hazem Qassem said in a statement.", "Hamas", None),
])
def test_an_obligation_quoted_before_the_party_that_speaks_is_its_demand(sentence, by, to):
    forms = party_forms(["Russia", "Ukraine", "Hamas", "Israel"], [("Rustem Umerov", "Ukraine"), ("Hazem Qassem", "Hamas")],
                        {})
    said = stated_demand(sentence, forms, "en")
    assert (said.by, said.to) == (by, to)


@pytest.mark.parametrize("sentence", [
    "\"If they go ahead, they must accept the consequences,\" Iran's envoy Kazem Gharibabadi told state television.",
    "\"We must be ready for a compromise,\" Ukraine's chief negotiator Rustem Umerov said.",
])
def test_a_quoted_warning_or_a_speaker_s_own_duty_is_not_a_demand(sentence):
    forms = party_forms(["Iran", "Ukraine"], [("Kazem Gharibabadi", "Iran"), ("Rustem Umerov", "Ukraine")], {})
    assert stated_demand(sentence, forms, "en") is None


@pytest.mark.parametrize("text,parts", [
    ("Ukraine withdraw its troops from the four regions, as well as renounce NATO membership",
     ["Ukraine withdraw its troops from the four regions", "Ukraine renounce NATO membership"]),  # its subject too
    ("Украина вывела войска из четырёх областей, а также отказалась от вступления в НАТО",
     ["Украина вывела войска из четырёх областей", "Украина отказалась от вступления в НАТО"]),
    ("中方进一步开放市场，并减少对美国的贸易顺差", ["中方进一步开放市场", "减少对美国的贸易顺差"]),
    ("the release of prisoners, as well as Russia's return of deported children",  # a party opens the second part
     ["the release of prisoners", "Russia's return of deported children"]),
    ("the release of prisoners as well as peace", ["the release of prisoners as well as peace"]),  # one word: no demand
    ("the route remain under Armenian sovereignty and customs control",  # a plain 'and' joins the parts of one demand
     ["the route remain under Armenian sovereignty and customs control"]),
    # 'as well as' without a comma between two bare nouns one verb takes: one demand
    ("the truce to protect hospitals and schools as well as water stations and bakeries",
     ["the truce to protect hospitals and schools as well as water stations and bakeries"]),
    ("Ukraine pull back its artillery as well as the air defence units",  # a determiner: two things asked
     ["Ukraine pull back its artillery", "the air defence units"]),
])
def test_a_word_that_adds_a_demand_to_another_lists_two(text, parts):
    assert listed(text, FORMS) == parts


@pytest.mark.parametrize("sentence,by,to,text", [
    ("Zelenskiy has consistently said that Ukraine's territorial integrity must be respected in any peace deal.",
     "Ukraine", None, "Ukraine's territorial integrity must be respected in any peace deal"),  # a transliteration
    ("Russia believes that security guarantees should be signed last, stating, \"nothing else works\".",
     "Russia", None, "security guarantees should be signed last"),  # a position; the participle after it is not
    ("Peskov said that Ukraine's troops must leave the region.", "Russia", "Ukraine", "Ukraine's troops must leave the region"),
])
def test_an_obligation_on_a_thing_reported_after_its_party_is_its_demand(sentence, by, to, text):
    move = stated_demand(sentence, FORMS)
    assert move is not None and (move.by, move.to, move.text) == (by, to, text)


@pytest.mark.parametrize("sentence", [
    "Zelensky stressed that all sides must be ready for compromise.",  # a general appeal
    "Zelensky said that we must not give up our land.",  # the speaker's own duty
    "Zelensky said that the talks should not be rushed.",  # negated
    "The talks must be respected, analysts said.",  # no party speaks
])
def test_an_appeal_an_own_duty_or_an_unattributed_obligation_is_no_demand(sentence):
    assert stated_demand(sentence, FORMS) is None


def test_a_pronoun_that_speaks_stands_for_the_party_that_opens_the_sentence_before():
    before = "Zelenskyy acknowledged fundamental differences between the positions of Ukraine and Russia."
    assert standing_for("He emphasized that Ukraine's sovereignty must be respected.", before, FORMS) \
        == "Ukraine emphasized that Ukraine's sovereignty must be respected."


@pytest.mark.parametrize("sentence,first,second", [
    ("Kyiv wants observers to monitor the ceasefire, while Moscow insists that the parties monitor it.",
     ("Ukraine", "observers to monitor the ceasefire"), ("Russia", "the parties monitor it")),
    ("美方要求中方放宽稀土出口管制，中方则要求美方取消对中国芯片企业的出口限制。",  # the subject before '则' opens a clause
     ("United States", "中方放宽稀土出口管制"), ("China", "美方取消对中国芯片企业的出口限制")),
])
def test_each_side_of_a_contrast_holds_its_own_demand(sentence, first, second):
    whole, *rest = clauses(sentence)
    said = [stated_demand(c, FORMS) for c in (whole, *rest)]
    assert [(m.by, m.text) for m in said if m] == [first, second]


@pytest.mark.parametrize("sentence,views", [
    ("Hamas and Israel agreed on a second exchange, but they remain divided on the order of releases: Israel wants "
     "the soldiers freed first, while Hamas insists that the women be released first.",
     [("Israel", "the soldiers freed first"), ("Hamas", "the women be released first")]),
    # the clause before the colon holds a move itself: the colon opens what is asked, no view on an open question
    ("Kyiv agreed to talk, but it demands two things: a ceasefire and the return of children.", []),
])
def test_views_after_a_colon_that_ends_a_clause_saying_a_question_is_open(sentence, views):
    said = [stated_demand(c, FORMS) for c in clauses(sentence)[1:]]
    assert [(m.by, m.text) for m in said if m] == views


def test_a_name_between_commas_after_an_opening_title_is_the_subject():
    forms = party_forms(["Colombia", "ELN"], [("Pablo Beltrán", "ELN"), ("Vera Grabe", "Colombia")], {"ELN": "ELN"})
    said = stated_demand("El jefe negociador del ELN, Pablo Beltrán, exigió que el Gobierno cumpla los acuerdos.",
                         forms, "es")
    assert (said.by, said.text) == ("ELN", "el Gobierno cumpla los acuerdos")
    said = stated_demand("La jefa de la delegación del Gobierno, Vera Grabe, dijo que el cese al fuego debe ser la "
                         "prioridad.", forms, "es")
    assert (said.by, said.text) == ("Colombia", "el cese al fuego debe ser la prioridad")
    late = "After three long days of talks in the capital, Pablo Beltrán demanded that the accords be honoured."
    assert parse(late, forms, "es").by is None, "a name late in the sentence, not in an apposition, is not its subject"


@pytest.mark.parametrize("text,kept", [
    ("any ceasefire to be monitored by observers, while Moscow insists on its own monitors", "any ceasefire to be monitored by observers"),
    ("中方放宽稀土出口管制，中方则要求美方取消出口限制", "中方放宽稀土出口管制"),
    ("the route remain under Armenian sovereignty and customs control", "the route remain under Armenian sovereignty and customs control"),
])
def test_a_demand_ends_before_another_party_s_clause(text, kept):
    assert before_contrast(text) == kept


@pytest.mark.parametrize("issue,left", [
    ("une nouvelle session", set()), ("the next round of talks", set()), ("the peace process", set()),
    ("the Ohrid agreement", {"ohrid"}), ("the new border regime", {"borde", "regim"}),
])
def test_the_words_that_name_the_talks_themselves_leave_the_question_if_any(issue, left):
    from summarizer.assemble.moves import without_process_words
    from summarizer.evidence import content_words
    assert content_words(without_process_words(issue)) == left


@pytest.mark.parametrize("what,by,to", [
    ("Russia, for its part, insists that Ukraine withdraw its troops", "Russia", "Ukraine"),
    ("Kiev, in turn, demands that Moscow return the children", "Ukraine", "Russia"),
    ("Hamas, according to a source close to the talks and familiar with the drafts, wants Israel out", None, None),
])
def test_a_short_aside_between_a_subject_and_its_verb_does_not_part_them(what, by, to):
    move = parse(what, FORMS)
    assert (move.by, move.to) == (by, to)


def test_a_country_is_named_by_its_name_in_the_article_s_language():
    forms = party_forms(["Chad", "FACT"], [], {})
    assert [p for _, _, p in mentions("Der Tschad verlangt, dass die FACT die Waffen niederlegt", forms)] == ["Chad", "FACT"]
    assert stated_demand("Le Tchad, de son côté, exige que le FACT dépose les armes.", forms, "fr").by == "Chad"


def test_an_attribution_that_names_a_party_gives_it_the_demand_the_rest_states_without_an_asking_party():
    from summarizer.assemble.moves import attributed_demand
    said = attributed_demand("According to Hamas officials, any deal requires Israel to withdraw from the Rafah "
                             "crossing.", FORMS)
    assert (said.by, said.to, said.text) == ("Hamas", "Israel", "Israel to withdraw from the Rafah crossing")
    said = attributed_demand("According to the Chinese side, the United States must lift the tariffs.", FORMS)
    assert (said.by, said.to) == ("China", "United States")
    assert attributed_demand("According to Kyiv, Russia demands the whole region.", FORMS) is None  # Russia's own
    assert attributed_demand("According to a diplomat, the deal requires Israel to withdraw.", FORMS) is None


def test_an_over_long_demand_loses_the_clause_that_describes_one_of_its_nouns_with_a_party_as_subject():
    from summarizer.assemble.moves import within
    long = "Israel to release the prisoners held in its jails since the war began and the bodies that Hamas says it holds"
    assert within(long, 12, FORMS) == "Israel to release the prisoners held in its jails since the war began and the bodies"
    assert within(long, 30, FORMS) == long  # within the limit: unchanged
    assert within("Ukraine to guarantee that the ceasefire holds along the whole front line for thirty days", 8, FORMS) \
        == "Ukraine to guarantee that the ceasefire holds along the whole front line for thirty days"  # no party after


@pytest.mark.parametrize("text,kept", [
    ("les rebelles demandent la libération des prisonniers", "la libération des prisonniers"),
    ("the government wants the militias disbanded by March", "the militias disbanded by March"),
    ("the government said the rebels must leave", "the government said the rebels must leave"),  # not its own move
    ("Hamas demands a full withdrawal", "Hamas demands a full withdrawal"),  # a party by name: read elsewhere
])
def test_a_demand_written_with_a_side_s_common_noun_as_subject_keeps_only_what_is_demanded(text, kept):
    from summarizer.assemble.moves import without_side_subject
    assert without_side_subject(text) == kept


@pytest.mark.parametrize("before,other", [
    ("The ceasefire collapsed after rebels launched an offensive on", True),
    ("Talks were suspended after the air strikes of", True),
    ("After the shelling stopped the talks resumed on", False),  # an event of the talks after it is dated
    ("Bayramov told a news conference in Baku on", True),
    ("The two delegations met in Doha on", False),
    ("The talks began a year after the fall of the old regime in", True),  # a change of power
    ("Talks stalled after clashes in the north on", True),
    ("After the coup the junta and the rebels signed the accord in", False),
])
def test_a_date_just_after_an_act_of_war_or_a_press_conference_dates_that_not_the_talks(before, other):
    from summarizer.assemble.moves import dates_another_event
    assert dates_another_event(before) is other


def test_two_duties_of_one_thing_joined_by_and_a_pronoun_are_two_demands():
    assert listed("the buffer zone must be monitored by neutral observers, and it should be demilitarised within a "
                  "year", FORMS) == ["the buffer zone must be monitored by neutral observers",
                                     "the buffer zone should be demilitarised within a year"]
    # a party alone as subject: 'they' may stand for what it must do, not for it; the text stays whole
    assert listed("Israel must open the crossings, and they should stay open", FORMS) == [
        "Israel must open the crossings, and they should stay open"]
    assert listed("the talks must resume, and they said so twice", FORMS) == ["the talks must resume, and they said so twice"]


def test_a_demand_after_a_rejection_of_the_demand_named_as_a_noun_is_still_read():
    said = stated_demand("Kiev has rejected the demand and called on Moscow to agree to a truce along the front.", FORMS)
    assert (said.by, said.to, said.text) == ("Ukraine", "Russia", "Moscow to agree to a truce along the front")


def test_a_second_reported_clause_opened_by_and_that_is_read_on_its_own():
    parts = clauses('Peskov said the meeting had been "useful" and that Moscow expected Kiev to withdraw its troops.')
    assert parts[1:] == ["Moscow expected Kiev to withdraw its troops."]
    said = stated_demand(parts[1], FORMS)
    assert (said.by, said.to) == ("Russia", "Ukraine")


@pytest.mark.parametrize("text,negated", [
    ("Serbia and Kosovo fail to agree on the licence plates", True),
    ("The two sides did not agree on a date", True),
    ("The two sides agreed to exchange prisoners", False),
    ("They failed to agree on the map but agreed to meet again", False),  # one agreement stands
])
def test_an_agreement_every_verb_of_which_is_negated_is_none(text, negated):
    from summarizer.assemble.moves import not_agreed
    assert not_agreed(text) is negated


def test_what_a_speaker_s_side_wants_in_its_own_voice_inside_a_quote_is_its_party_s_demand():
    from summarizer.assemble.moves import quoted_own_demand
    said = quoted_own_demand('"We will not sign. We demand that Israel open the crossings," a Hamas official said.',
                             "", FORMS)
    assert (said.by, said.to, said.text) == ("Hamas", "Israel", "Israel open the crossings")
    # the end of a quote opened in the sentence before, its speaker a pronoun for the party that opens that sentence
    said = quoted_own_demand('We want the sanctions lifted first," he said.', '"China has been patient.', FORMS)
    assert (said.by, said.text) == ("China", "the sanctions lifted first")
    assert quoted_own_demand('"We want peace," a resident said.', "", FORMS) is None  # no party speaks


# written for this test: demands stated in other words than a verb of asking
@pytest.mark.parametrize("sentence,expected", [
    ("Serbia says it will not sign the statute unless Kosovo dissolves its special police units.",
     ("Serbia", "Kosovo", "Kosovo dissolves its special police units")),
    ("Belgrade has made clear it wants the return of its police to the north.",
     ("Serbia", None, "the return of its police to the north")),
    ("Pristina is asking Belgrade for the return of the archives.", ("Kosovo", "Serbia", "the return of the archives")),
    ("Serbia's position is that Kosovo must form the association before any other step.",
     ("Serbia", "Kosovo", "Kosovo must form the association before any other step")),
    ("For Belgrade, the return of Serbian police to the north is non-negotiable.",
     ("Serbia", None, "the return of Serbian police to the north")),
    ("The withdrawal of the special police units is a red line for Belgrade, officials said.",
     ("Serbia", None, "The withdrawal of the special police units")),
])
def test_a_demand_said_as_a_condition_a_position_or_a_red_line_is_read(sentence, expected):
    forms = party_forms(["Serbia", "Kosovo"], [], {})
    said = stated_demand(sentence, forms, "en")
    assert (said.by, said.to, said.text) == expected
    assert moves.states_a_move(sentence, "en")


@pytest.mark.parametrize("sentence", [
    "Serbia's position is that the talks were useful.",  # a view, no duty on anyone
    "For Belgrade, the meeting was a success.",
    "The red line on the map marks the old border between Serbia and Kosovo.",
])
def test_a_position_with_no_duty_and_a_red_line_on_a_map_are_no_demand(sentence):
    forms = party_forms(["Serbia", "Kosovo"], [], {})
    assert stated_demand(sentence, forms, "en") is None


@pytest.mark.parametrize("sentence", ["The rebels deny sheltering the fighters.",
                                      "Officials accused the army of shelling the town, a charge it denies."])
def test_denying_a_charge_is_no_move(sentence):
    assert not moves.states_a_move(sentence, "en")


@pytest.mark.parametrize("sentence", ["Ethiopia asked for a fair deal on access.",
                                      "Ethiopia is asking for a fair deal on access."])
def test_what_is_asked_for_is_written_without_for(sentence):
    forms = party_forms(["Ethiopia", "Eritrea"], [], {})
    assert stated_demand(sentence, forms, "en").text == "a fair deal on access"


def test_a_duty_a_quoted_speaker_lays_on_another_party_is_the_speaker_s_party_s_demand():
    # written for this test: the speaker a pronoun for the party that opens the sentence before
    from summarizer.assemble.moves import quoted_own_demand
    forms = party_forms(["Serbia", "Kosovo"], [], {})
    before = "The Serbian delegation expects flexibility, its head told reporters on Monday."
    said = quoted_own_demand('"Our position is known. Pristina must dissolve its special police units in the north, '
                             'this is our condition," he said.', before, forms)
    assert (said.by, said.to) == ("Serbia", "Kosovo")
    assert said.text.startswith("Pristina must dissolve its special police units")
    # the words after the speaker's verb and a comma name no speaker ('..., referring to the Kosovo police')
    said = quoted_own_demand('"They must dissolve the units," he told a local channel, referring to the Kosovo police.',
                             before, forms)
    assert said is None  # 'they' names no party; the party after 'referring to' is not the speaker
    said = quoted_own_demand('"Belgrade must stop the raids," he told a local channel, referring to the Serbian army.',
                             "Kosovo's prime minister spoke on Monday.", forms)
    assert (said.by, said.to) == ("Kosovo", "Serbia")
    # the speaker named before the verb, not a party named after it ('outside the Serbian embassy')
    said = quoted_own_demand('"Belgrade must stop the raids," Kosovo\'s minister told reporters outside the Serbian '
                             'embassy.', "", forms)
    assert (said.by, said.to) == ("Kosovo", "Serbia")


def test_a_word_of_asking_followed_by_a_clause_of_time_is_a_noun_not_a_demand():
    forms = party_forms(["Armenia's government", "Azerbaijan"], [], {})
    assert stated_demand("Armenia's rival camps exchange demands as Brussels talks open", forms, "en") is None
    said = stated_demand("Azerbaijan demands, as a condition, that Armenia amend its constitution.", forms, "en")
    assert said is not None and said.by == "Azerbaijan"


def test_a_possessive_before_a_group_noun_does_not_name_the_group():
    forms = party_forms(["Libya's army", "Tripoli government"], [], {})
    assert "Libya's" not in forms
    assert forms.get("army") == "Libya's army"


def test_a_demand_of_both_sides_is_addressed_to_no_one_party():
    forms = party_forms(["Thailand", "Cambodia", "Malaysia"], [], {})
    said = parse("Malaysia urged both sides to respect the truce line", forms, "en")
    assert (said.by, said.to, said.mode) == ("Malaysia", "", "demand")
    assert parse("Malaysia urged Cambodia to respect the truce line", forms, "en").to == "Cambodia"


def test_a_trailing_attribution_of_several_words_is_not_part_of_the_demand():
    assert without_description("Hezbollah disarmed south of the Litani, Lebanese Prime Minister Nawaf Salam's "
                               "office said on Monday") == "Hezbollah disarmed south of the Litani"
    assert without_description("observers on the line, which both capitals said they could accept") == \
        "observers on the line"


def test_a_move_whose_object_stands_before_a_relative_clause_takes_that_object():
    from summarizer.assemble.moves import antecedent, lacks_object
    assert lacks_object("President Ruto has rejected")
    assert not lacks_object("President Ruto has rejected the plan")
    sentence = "The opposition wants a share of the cabinet posts, which President Ruto has rejected."
    assert antecedent(sentence) == "a share of the cabinet posts"
    assert antecedent("President Ruto has rejected the plan.") == ""


def test_a_past_verb_of_asking_after_and_has_the_speaker_for_subject():
    forms = party_forms(["Serbia", "Kosovo"], [("Aleksandar Vucic", "Serbia")], {})
    said = stated_demand("President Aleksandar Vucic said Belgrade would not recognise the border and urged Pristina "
                         "to form the association of Serb municipalities.", forms, "en")
    assert (said.by, said.to, said.text) == ("Serbia", "Kosovo", "Pristina to form the association of Serb municipalities")
    assert stated_demand("President Aleksandar Vucic said the border and demands of the EU were discussed.",
                         forms, "en") is None, "not a verb in the past: a noun, or a verb of the reported clause"


def test_a_proposal_rejection_or_agreement_stated_with_a_party_for_subject_is_read_whole():
    from summarizer.assemble.moves import stated_move
    forms = party_forms(["Ethiopia", "Egypt", "Sudan"], [("Abiy Ahmed", "Ethiopia")], {})
    said = stated_move("Prime Minister Abiy Ahmed said on Monday that Ethiopia would not stop filling the dam.", forms, "en")
    assert (said.by, said.mode, said.text) == ("Ethiopia", "rejection", "Ethiopia would not stop filling the dam")
    said = stated_move("Egypt has proposed joint monitoring of the reservoir, while Sudan wants data.", forms, "en")
    assert (said.by, said.mode, said.text) == ("Egypt", "proposal", "Egypt has proposed joint monitoring of the reservoir")
    assert stated_move("Sudan: a water-sharing proposal nobody took up", forms, "en") is None, "a noun, after a label"
    assert stated_move("Egypt and Ethiopia failed to agree on the filling schedule.", forms, "en") is None
    assert stated_move("Egypt did not propose anything new.", forms, "en") is None, "a negated offer is none"


def test_a_trailing_according_to_is_not_part_of_the_text():
    assert without_description("the release of all detainees before any exchange, according to the group's "
                               "spokesman") == "the release of all detainees before any exchange"


@pytest.mark.parametrize("sentence,text", [
    ("Eritrea would only return to the talks if Ethiopia withdrew from Badme.", "Ethiopia withdrew from Badme"),
    ("Eritrea will sign only if Ethiopia recognises the border ruling, officials said.",
     "Ethiopia recognises the border ruling"),
    ("Eritrean envoy Osman Saleh said his country would only negotiate if Addis Ababa first withdrew its troops.",
     "Addis Ababa first withdrew its troops"),
    ("Eritrea says it will consider the border plan only if Ethiopia withdraws from Badme.",
     "Ethiopia withdraws from Badme"),
])
def test_a_condition_one_party_sets_is_its_demand_of_the_party_it_names(sentence, text):
    forms = party_forms(["Eritrea", "Ethiopia"], [("Osman Saleh", "Eritrea")], {})
    said = stated_demand(sentence, forms, "en")
    assert (said.by, said.to, said.text) == ("Eritrea", "Ethiopia", text)


def test_a_condition_that_names_no_other_party_is_no_demand():
    forms = party_forms(["Eritrea", "Ethiopia"], [], {})
    assert stated_demand("Eritrea would only talk if the weather allowed.", forms, "en") is None


def test_a_describing_clause_is_cut_with_its_preposition():
    from summarizer.assemble.moves import within
    forms = party_forms(["Israel", "Syria", "United States"], [], {})
    text = "a phased plan for the south of the country under which Israel would pull back as Syria deploys police"
    assert within(text, 10, forms) == "a phased plan for the south of the country"


def test_a_demanded_clause_ends_where_another_party_opens_a_clause_of_its_own():
    forms = {"Äthiopien": "Ethiopia", "Ägypten": "Egypt", "Ukraine": "Ukraine", "Russia": "Russia"}
    assert moves.before_other_subject("eine garantierte Mindestmenge an Wasser in Dürrejahren, Äthiopien lehnt feste "
                                      "Mengen ab", forms) == "eine garantierte Mindestmenge an Wasser in Dürrejahren"
    # a short head when the other party's verb is a move ('Russia wants a ceiling, Ukraine refuses any limit'), but
    # not when it is any other verb
    assert moves.before_other_subject("a ceiling, Ukraine refuses any limit", forms) == "a ceiling"
    assert moves.before_other_subject("a ceiling, Ukraine says", forms) == "a ceiling, Ukraine says"
    # a list of places after a comma is not a clause
    assert moves.before_other_subject("Ukraine withdraw from Donetsk, Luhansk and Zaporizhzhia", forms) == \
        "Ukraine withdraw from Donetsk, Luhansk and Zaporizhzhia"


@pytest.mark.parametrize("text,kept", [
    ("Algeria to take part as a full party rather than as an observer, a demand Algiers has rejected for years",
     "Algeria to take part as a full party rather than as an observer"),
    ("Pakistan to reopen the Torkham and Chaman border crossings, closed since the clashes of October",
     "Pakistan to reopen the Torkham and Chaman border crossings"),
    ("Kabul take verifiable action against the TTP, which it blames for attacks inside Pakistan",
     "Kabul take verifiable action against the TTP"),
    ("Russia lift the blockade of the ports, Ukraine's foreign minister said", "Russia lift the blockade of the ports"),
    ("Israel halt strikes on Gaza", "Israel halt strikes on Gaza"),
])
def test_what_describes_a_demanded_clause_is_not_demanded(text, kept):
    assert moves.demanded(text) == kept


def test_a_second_verb_of_another_kind_of_move_is_not_demanded():
    assert listed("both sides to keep talking and proposed an economic zone along the border", {}) == [
        "both sides to keep talking"]


@pytest.mark.parametrize("sentence", [
    "Ein für Anfang Februar geplantes Ministertreffen in Addis Abeba wurde verschoben.",  # a compound's last word
    "Die nächste Verhandlungsrunde soll im März stattfinden.",
    "Las delegaciones concluyeron este viernes el séptimo ciclo de conversaciones de paz.",
    "El cese al fuego bilateral, pactado en junio de 2023, expiró el pasado 3 de agosto.",
    "Sechs Stunden haben die Delegationen am Dienstag in Wien verhandelt.",  # the verb, not only its noun
    "Last Thursday the two foreign ministers sat at the same table in Vienna.",
])
def test_words_of_negotiation_events_are_found_in_german_compounds_and_in_spanish(sentence):
    assert moves.about_an_event(sentence)


@pytest.mark.parametrize("sentence,unresolved", [
    ("Las partes no han resuelto la cuestión de la participación de la sociedad civil.", True),
    ("Umerov says the sides have not agreed on who would monitor an energy truce.", True),
    ("Two questions remain open.", True),
    ("The sides agreed on who would monitor the truce.", False),
    ("Also on the table: the sharing of the river's water.", True),
    ("The gap between the two offers is as wide as in March.", True),
    ("Über die Renten wurde gesprochen, ohne Ergebnis.", True),
    ("The ministers ended a day of talks without a breakthrough on fishing rights.", True),
    ("Tampoco hubo acuerdo sobre las tarifas del gas.", True),
    ("The talks ended with a joint statement but no movement on the status of the port.", True),
    ("The sides discussed the pensions and settled the matter.", False),
    ("The fate of the dam also divides the two sides.", True),
    ("Sharing the river's water has divided both sides for a decade.", True),
])
def test_words_saying_a_question_is_open(sentence, unresolved):
    assert moves.says_unresolved(sentence) == unresolved


def test_the_addressee_that_opens_a_demanded_clause_is_not_part_of_it():
    forms = {"ELN": "ELN", "Äthiopien": "Ethiopia"}
    assert moves.demanded("al ELN el fin inmediato de los secuestros", forms) == "el fin inmediato de los secuestros"
    assert moves.demanded("von Äthiopien ein rechtlich verbindliches Abkommen", forms) == "ein rechtlich verbindliches Abkommen"
    assert moves.demanded("a Ukraine that stays neutral", {"Ukraine": "Ukraine"}) == "a Ukraine that stays neutral"


@pytest.mark.parametrize("sentence,holder,to", [
    ("President Volodymyr Zelensky said in his morning address that Ukraine calls on Russia to release all civilians.",
     "Ukraine", "Russia"),
    ("Prime minister Albin Kurti told reporters on Thursday that Serbia demands the association first.", "Serbia", None),
])
def test_a_reported_clause_opening_with_a_party_holds_that_party_s_move(sentence, holder, to):
    forms = party_forms(["Ukraine", "Russia", "Serbia", "Kosovo"], [("Volodymyr Zelensky", "Ukraine"),
                                                                   ("Albin Kurti", "Kosovo")], {})
    said = stated_demand(sentence, forms, "en")
    assert (said.by, said.to) == (holder, to)


def test_a_verb_of_asking_joined_by_and_to_a_first_predicate_has_the_same_subject():
    forms = party_forms(["Egypt", "Ethiopia"], [], {})
    said = stated_demand("Äthiopien sei nur zu unverbindlichen Leitlinien bereit und verlange, dass Ägypten die "
                         "Nutzung des Nilwassers anerkenne, sagte er.", forms, "de")
    assert (said.by, said.to) == ("Ethiopia", "Egypt")
    # not across a comma that opens another clause
    said = stated_demand("Ethiopia is ready for talks, and officials in Cairo demand a binding deal.", forms, "en")
    assert said is None or said.by != "Ethiopia"


@pytest.mark.parametrize("sentence,by,to,text", [
    # an adverb between the verb of asking and the word that opens the demanded clause
    ("Colombia exige también que el ELN libere a los rehenes.", "Colombia", "ELN", "el ELN libere a los rehenes"),
    ("Israel also demanded that Hamas return the bodies.", "Israel", "Hamas", "Hamas return the bodies"),
    ("Ukraine pressed Russia to free the civilians it holds.", "Ukraine", "Russia", "Russia to free the civilians it holds"),
    # a verb of asking before 'that' after a verb of speaking: the reported clause opens before 'that'
    ("Dmitry Peskov says the government demands that Ukraine hand over the plant.", "Russia", "Ukraine",
     "Ukraine hand over the plant"),
])
def test_what_stands_between_the_verb_of_asking_and_the_demanded_clause(sentence, by, to, text):
    said = stated_demand(sentence, FORMS, "es" if "exige" in sentence else "en")
    assert (said.by, said.to, said.text) == (by, to, text)


def test_a_state_noun_after_a_group_speaker_is_not_the_group_s_own_side():
    forms = party_forms(["Colombia", "ELN"], [("Pablo Beltrán", "ELN")], {"ELN": "ELN"})
    forms["the government"] = "Colombia"  # a state against an armed group: the government is the state
    said = stated_demand("ELN negotiator Pablo Beltrán says the government is insisting that the rebels free every "
                         "hostage.", forms, "en")
    assert said.by == "Colombia"


def test_a_second_phrase_that_opens_with_a_preposition_is_no_second_demand():
    text = "Ukraine withdraw its troops from the city and from the villages around it"
    assert listed(text, FORMS) == [text]
    assert listed("Ukraine withdraw its troops from the city and halt its shelling", FORMS) == [
        "Ukraine withdraw its troops from the city", "Ukraine halt its shelling"]
    assert listed("Ukraine pull back its troops from the border and hand over the town of Soledar", FORMS) == [
        "Ukraine pull back its troops from the border", "Ukraine hand over the town of Soledar"], "a verb and its particle"
    assert listed("Ukraine withdraw its troops and the fighters out of the city", FORMS) == [
        "Ukraine withdraw its troops and the fighters out of the city"]


def test_a_second_predicate_of_the_one_who_asks_is_no_part_of_the_demand():
    said = stated_demand("Officials said Washington wants Russia to free the prisoners before the summit and has set "
                         "1 May as the deadline for a deal.", FORMS, "en")
    assert (said.by, said.to, said.text) == ("United States", "Russia", "Russia to free the prisoners before the summit")
    again = stated_demand("Russia demands that Ukraine withdraw from the city and has asked the army to leave.", FORMS,
                          "en")
    assert listed(again.text, FORMS) == ["Ukraine withdraw from the city", "the army to leave"], "asking again is kept"


def test_a_describing_clause_before_a_second_demanded_verb_is_left_out_and_the_second_kept():
    said = stated_demand("Israel called on Hamas to free the soldier Avi Cohen, who was taken in 2023, and to return "
                         "the bodies it holds.", FORMS, "en")
    assert listed(said.text, FORMS) == ["Hamas to free the soldier Avi Cohen", "Hamas to return the bodies it holds"]


@pytest.mark.parametrize("sentence,to,text", [
    # an adverb and a comma before 'dass'
    ("Die Ukraine verlangte ihrerseits, dass Russland die Gefangenen freilässt.", "Russia",
     "Russland die Gefangenen freilässt"),
    # a verb split around whom it asks, and a second clause of the speaker's own after ', und'
    ("Peskow rief beide Seiten auf, die Waffenruhe einzuhalten, und kündigte neue Gespräche an.", "",
     "die Waffenruhe einzuhalten"),
])
def test_german_demands_read_past_an_adverb_or_a_split_verb(sentence, to, text):
    forms = party_forms(["Russia", "Ukraine"], [("Dmitri Peskow", "Russia")], {})
    said = stated_demand(sentence, forms, "de")
    assert (said.to, said.text) == (to, text)


@pytest.mark.parametrize("text,party,to,demanded", [
    # the second 'that' clause keeps the verb of the first: asked by the same party
    ("Kiev demanded that Moscow return the deported children and that the prisoners be exchanged all for all.",
     "Ukraine", None, "the prisoners be exchanged all for all"),
    # reported speech with a past modal of obligation ('had to')
    ("A Kremlin aide told reporters that the talks had been useful and that Kiev had to withdraw from the region.",
     "Russia", "Ukraine", "Kiev had to withdraw from the region"),
])
def test_a_clause_after_and_that_keeps_the_verb_that_opens_the_sentence(text, party, to, demanded):
    said = stated_demand(clauses(text)[-1], FORMS)
    assert (said.by, said.to, said.text.rstrip(".")) == (party, to, demanded)


@pytest.mark.parametrize("text,language,second", [
    ("Le Hamas exige qu'Israël libère les prisonniers et que l'armée quitte le corridor.", "fr",
     ("Hamas", "l'armée quitte le corridor")),
    ("El ELN exige que el Gobierno cumpla los acuerdos y que Colombia libere a sus presos.", "es",
     ("ELN", "Colombia libere a sus presos")),
    ("Die Ukraine fordert, dass Russland die Kinder zurückgibt und dass die Gefangenen freikommen.", "de",
     ("Ukraine", "die Gefangenen freikommen")),
])
def test_a_second_that_clause_in_another_language_keeps_the_verb_that_opens_the_sentence(text, language, second):
    forms = party_forms(["Hamas", "Israel", "ELN", "Colombia", "Ukraine", "Russia"], [], {"ELN": "ELN"})
    parts = clauses(text)
    assert len(parts) == 2
    said = stated_demand(parts[-1], forms, language)
    assert (said.by, said.text.rstrip(".")) == second


@pytest.mark.parametrize("text,event", [
    ("About 85 percent of the population has been displaced since October 2023, according to UN figures.", False),
    ("Los desplazados superan los 7.000 desde enero, de acuerdo con cifras oficiales.", False),
    ("The accord was signed in Doha on Monday, according to the ministry.", True),
    ("Les deux ministres ont convenu de réunir le mécanisme de vérification à Goma le 6 octobre.", True),
])
def test_the_words_that_attribute_a_sentence_name_no_event(text, event):
    from summarizer.assemble.moves import about_an_event
    assert about_an_event(text) is event


def test_a_party_after_a_long_speaker_and_said_opens_the_reported_demand():
    forms = party_forms(["Moldova", "Transnistria"], [], {})
    said = stated_demand("The region's negotiator, Vitaly Ignatiev, said Tiraspol also wanted guarantees for its "
                         "banks.", forms)
    assert (said.by, said.text) == ("Transnistria", "guarantees for its banks")
    # not a modal after the speaker: the speaker's side asks it of the party named ('... said the Houthis must ...')
    assert parse("The delegation, led by a deputy minister, said Tiraspol must first open the bridge.", forms).by \
        != "Transnistria"


@pytest.mark.parametrize("text,parts", [
    # a second thing asked for after ', and called for' stands alone, without the first clause's subject
    ("Moscow lift the duties on grain, and called for the resumption of gas supplies",
     ["Moscow lift the duties on grain", "the resumption of gas supplies"]),
    # the verb's preposition repeated: a second thing asked for ('called for X and for Y')
    ("the return of the displaced to their homes and for monitors on the ground",
     ["the return of the displaced to their homes", "monitors on the ground"]),
    ("a truce for Kharkiv and for Sumy", ["a truce for Kharkiv and for Sumy"]),  # one truce for two places
])
def test_things_asked_for_one_after_another_are_each_a_demand(text, parts):
    assert listed(text, FORMS) == parts


@pytest.mark.parametrize("text,kept", [
    ("Moscow, which Kiev considers a party to the conflict, make the same commitment",
     "Moscow make the same commitment"),
    ("le désarmement du Front (FLA), un groupe armé qu'il juge dangereux, avant tout retrait",
     "le désarmement du Front (FLA) avant tout retrait"),
])
def test_a_describing_clause_after_the_name_that_opens_a_demand_is_left_out(text, kept):
    from summarizer.assemble.moves import demanded
    assert demanded(text, FORMS) == kept


def test_a_demand_reported_after_said_and_a_time_phrase_is_the_named_party_s():
    forms = {"India": "India", "Pakistan": "Pakistan", "Islamabad": "Pakistan"}
    for said in ("said on Monday that", "said in a statement that", "said that"):
        move = stated_demand(f"Its foreign ministry {said} Islamabad demands that India resume sharing flood data.",
                             forms, "en")
        assert (move.by, move.to) == ("Pakistan", "India"), said
    assert stated_demand("Its foreign ministry said the talks on Monday were useful.", forms, "en") is None


@pytest.mark.parametrize("sentence", ["Guarantees are close but not done", "The two sides remain divided over the "
                                      "border.", "Talks on the port reached an impasse.",
                                      "The status of the port is the most contentious question.",
                                      "Le statut du port reste le point litigieux."])
def test_more_words_say_a_question_is_open(sentence):
    assert says_unresolved(sentence)


def test_two_parties_that_only_welcome_the_talks_are_not_its_sides():
    forms = party_forms(["United States", "African Union", "Ethiopia", "Eritrea"], [], {})
    assert sides_named_together("The United States and the African Union welcomed the talks.", forms, "en") is None
    assert sides_named_together("Ethiopia and Eritrea held talks in Jeddah.", forms, "en") == ("Ethiopia", "Eritrea")


IT_FORMS = party_forms(["Iran", "United States"], [("Abbas Araghchi", "Iran")], {})


@pytest.mark.parametrize("what,by,to,mode", [
    ("Washington chiede che l'Iran rinunci all'arricchimento", "United States", "Iran", "demand"),
    ("Araghchi pretende la revoca delle sanzioni", "Iran", None, "demand"),
    ("Gli Stati Uniti hanno proposto un consorzio regionale", "United States", None, "proposal"),
    ("L'Iran ha respinto la proposta", "Iran", None, "rejection"),
])
def test_an_italian_move_is_read_like_any_other(what, by, to, mode):
    move = parse(what, IT_FORMS, "it")
    assert (move.by, move.to, move.mode) == (by, to, mode)
    assert states_a_move(what, "it")


PT_FORMS = party_forms(["Angola", "Zambia"], [("João Lourenço", "Angola")], {})


@pytest.mark.parametrize("what,by,to,mode", [
    ("Angola exige que a Zâmbia retire as tropas da fronteira", "Angola", "Zambia", "demand"),
    ("Lourenço pediu que a Zâmbia reabra a fronteira", "Angola", "Zambia", "demand"),
    ("A Zâmbia propôs uma comissão conjunta", "Zambia", None, "proposal"),
    ("Angola rejeitou a proposta", "Angola", None, "rejection"),
])
def test_a_portuguese_move_is_read_like_any_other(what, by, to, mode):
    move = parse(what, PT_FORMS, "pt")
    assert (move.by, move.to, move.mode) == (by, to, mode)
    assert states_a_move(what, "pt")


def test_a_portuguese_speaker_s_reported_demand_and_a_government_named_by_its_noun():
    forms = party_forms(["Governo angolano", "UNITA"], [("Ana Silva", "Governo angolano"), ("Adalberto Costa", "UNITA")], {})
    assert forms["Governo"] == "Governo angolano", "a government named noun first goes by its noun"
    forms["executivo"] = "Governo angolano"
    said = stated_demand("A ministra da Justiça, Ana Silva, disse que o executivo exige que a UNITA entregue as armas.",
                         forms, "pt")
    assert (said.by, said.to, said.text) == ("Governo angolano", "UNITA", "a UNITA entregue as armas")
    own = stated_demand("Costa reiterou que o partido exige a libertação dos detidos.", forms, "pt")
    assert (own.by, own.text) == ("UNITA", "a libertação dos detidos"), "'o partido' is the speaker's own side"


def test_portuguese_words_of_open_questions_events_and_roles():
    assert says_unresolved("A demarcação da fronteira e o estatuto do enclave continuam por resolver.")
    assert moves.about_an_event("As delegações reuniram-se em Luanda para a terceira ronda de negociações.")
    assert moves.roles_named("O diálogo, mediado pela SADC, terminou.")[0][0] == "mediator"


def test_a_demanded_clause_after_a_pronoun_the_verb_governs_starts_after_that_pronoun():
    said = stated_demand("Украина настаивает на том, чтобы Россия вернула всех депортированных детей.", FORMS, "ru")
    assert said is not None and (said.by, said.to) == ("Ukraine", "Russia")
    assert said.text == "Россия вернула всех депортированных детей"


@pytest.mark.parametrize("sentence", [
    "The two sides still disagree on the order of the withdrawals.",
    "The delegations differ over who would police the buffer zone.",
])
def test_a_sentence_saying_the_sides_disagree_says_a_question_is_open(sentence):
    assert says_unresolved(sentence)


def test_a_group_named_by_a_plural_noun_is_named_by_its_last_adjective_in_the_plural_too():
    forms = party_forms(["Government of Mali", "northern separatist movements"], [], {})
    assert forms["separatists"] == "northern separatist movements"
    said = stated_demand("The separatists reject the new constitution and want a federal state.", forms, "en")
    assert (said.by, said.text) == ("northern separatist movements", "a federal state")


def test_a_move_the_article_only_imagines_is_no_move():
    scenario = ("If the vote fails, the north might demand a new referendum, and the capital could insist on "
                "international mediation.")
    assert moves.hypothetical(scenario, "en")
    assert stated_demand("If the vote fails, Ukraine might demand a new referendum.", FORMS, "en") is None
    assert not moves.hypothetical("Russia could demand more, but it insists on a withdrawal.", "en")
    assert stated_demand("Russia insists on a withdrawal.", FORMS, "en").by == "Russia"


def test_a_word_of_asking_after_a_determiner_is_a_noun_not_the_verb():
    assert parse("Ukrainian officials call the demand an attempt to interfere in the election", FORMS, "en").mode is None
    assert parse("Israel rejected the offer and demands that Hamas disarm", FORMS, "en").mode == "rejection"


def test_an_acronym_whose_long_name_holds_a_party_s_name_is_that_party():
    forms = party_forms(["Bougainville", "Papua New Guinea"], [], {"ABG": "Autonomous Bougainville Government"})
    assert forms["ABG"] == "Bougainville"
    assert stated_demand("The ABG wants full ownership of the mine.", forms, "en").by == "Bougainville"


def test_a_place_named_in_the_demanded_clause_is_not_who_is_asked():
    forms = party_forms(["M23", "Democratic Republic of the Congo", "Rwanda"], [], {})
    said = stated_demand("M23 wants refugees in Rwanda to be able to return home safely.", forms, "en")
    assert (said.by, said.to) == ("M23", None)
    assert stated_demand("M23 wants Rwanda to take back its refugees.", forms, "en").to == "Rwanda"


def test_a_demand_of_two_parties_joined_by_and_is_asked_of_no_one_party():
    forms = party_forms(["Quad", "Sudanese Armed Forces", "Rapid Support Forces"], [], {"SAF": "Sudanese Armed Forces",
                                                                                         "RSF": "Rapid Support Forces"})
    said = stated_demand("The Quad called on the Sudanese Armed Forces (SAF) and the RSF to agree to a truce, to be "
                         "followed by talks on a transition.", forms, "en")
    assert (said.by, said.to) == ("Quad", "")
    assert moves.demanded(said.text, forms).endswith("to agree to a truce")


def test_a_second_verb_of_asking_after_and_opens_a_second_demand():
    forms = party_forms(["M23", "Congo"], [], {})
    text = stated_demand("The M23 wants the government to release its fighters from prison, and asks that the state "
                         "recognise its local administrations.", forms, "en").text
    assert listed(text, forms) == ["the government to release its fighters from prison",
                                   "the state recognise its local administrations"]


def test_it_stands_for_the_party_that_opens_the_sentence_before_not_one_named_after_its_verb():
    forms = party_forms(["Quad", "Sudan"], [], {})
    assert standing_for("It also demanded that both parties open the roads.", "The Quad called on Sudan to agree.",
                        forms) == "Quad also demanded that both parties open the roads."
    unknown = party_forms(["Sudan"], [], {})
    assert standing_for("It also demanded that both parties open the roads.",
                        "In the statement, the group called on Sudan to agree.", unknown).startswith("It ")


def test_parties_joined_before_the_verb_each_hold_the_demand():
    forms = party_forms(["Netherlands", "Austria", "Sweden", "Poland"], [], {})
    sentence = "The Netherlands, Sweden and Austria want the budget capped at one per cent."
    said = stated_demand(sentence, forms, "en")
    assert said.by == "Austria" and moves.joint_holders(sentence, said, forms) == ["Sweden", "Netherlands"]
    alone = "Poland, after a long debate, and Austria want the budget capped."
    assert moves.joint_holders(alone, stated_demand(alone, forms, "en"), forms) == []


@pytest.mark.parametrize("sentence,language,text", [
    ("Le Hamas demande pour sa part le retrait des troupes israéliennes.", "fr", "le retrait des troupes israéliennes"),
    ("Kyiv wants, for its part, a full exchange of prisoners.", "en", "a full exchange of prisoners"),
    ("El ELN exige por su parte la liberación de sus presos.", "es", "la liberación de sus presos"),
])
def test_an_aside_between_the_verb_of_asking_and_what_is_asked_is_no_part_of_the_demand(sentence, language, text):
    said = stated_demand(sentence, FORMS, language)
    assert said.text == text


@pytest.mark.parametrize("text,parts", [
    ("une amnistie générale pour ses combattants et la libération de ses cadres",
     ["une amnistie générale pour ses combattants", "la libération de ses cadres"]),
    ("la reapertura de la frontera y el retorno de los desplazados",
     ["la reapertura de la frontera", "el retorno de los desplazados"]),
    ("la frontière entre le Tchad et le Soudan oriental", ["la frontière entre le Tchad et le Soudan oriental"]),
    ("die türkischen Truppen und die syrischen Kämpfer Westlibyen verlassen",  # German: one clause, its verb last
     ["die türkischen Truppen und die syrischen Kämpfer Westlibyen verlassen"]),
])
def test_two_things_asked_for_joined_by_and_each_with_its_article_are_two_demands(text, parts):
    assert listed(text, {}) == parts


def test_expecting_something_of_a_party_is_asking_it_but_an_expected_event_is_not():
    assert moves.states_a_move("Der Vermittler sagte, er erwarte von beiden Regierungen einen Zeitplan.", "de")
    assert not moves.states_a_move("Das nächste Treffen wird im Juni erwartet.", "de")


def test_an_aside_that_only_measures_a_noun_is_not_demanded_and_what_is_left_counts_as_copied():
    from summarizer.assemble.checks import limit_for
    from summarizer import thresholds
    sentence = ("Serbia demands that Kosovo remove its police from the villages it still patrols, roughly a third of "
                "the district, before any vote on the statute.")
    clause = without_description(parse(sentence, party_forms(["Serbia", "Kosovo"], [], {}), "en").text)
    assert clause == "Kosovo remove its police from the villages it still patrols before any vote on the statute"
    assert limit_for(clause, sentence, "demand") == thresholds.MAX_CLAUSE_WORDS["demand"], "the article's words"
    assert without_description("la libération de tous les détenus, environ 300 personnes, avant le vote") == \
        "la libération de tous les détenus avant le vote"
    assert without_description("Israel pull back some 3 kilometres, as agreed") == \
        "Israel pull back some 3 kilometres, as agreed", "a measure that is what is asked, not an aside, stays"


def test_pushing_for_something_asks_for_it():
    assert kinds("Russia has pushed for a lower cap on the army.", "en") == ["demand"]
    assert parse("Hamas is pushing for a full withdrawal", FORMS, "en").mode == "demand"


def test_a_second_verb_of_asking_after_and_is_its_own_demand_of_the_same_subject():
    # written for this test: two demands of one party, the second verb's subject left out
    sentence = ("Serbia insists that Kosovo set up the association of Serb municipalities within a year, and wants "
                "the return of its police to the northern crossings.")
    forms = party_forms(["Serbia", "Kosovo"], [], {})
    first = moves.stated_demand(sentence, forms, "en")
    assert (first.by, first.to) == ("Serbia", "Kosovo")
    assert first.text == "Kosovo set up the association of Serb municipalities within a year"
    assert clauses(sentence)[1:] == ["Serbia wants the return of its police to the northern crossings."]
    assert moves.asked_again(clauses(sentence)[1], sentence)
    # an aside after the subject does not hide it; a long subject with a clause of its own is no subject
    aside = "The rebels, for their part, demand an amnesty, and want seats in parliament."
    assert clauses(aside)[1:] == ["The rebels want seats in parliament."]
    other = "Talks collapsed after the army, which had been shelling the town, demanded a surrender, and wanted more."
    assert len(clauses(other)) == 1


def test_a_participle_aside_inside_a_demanded_clause_goes_alone():
    # written for this test
    forms = party_forms(["Armenia", "Azerbaijan"], [], {})
    assert moves.demanded("the villages, held by Azerbaijani troops since 2021, returned to Armenian control", forms) \
        == "the villages returned to Armenian control"
    # at the end of the clause, the aside still goes with all that follows it
    assert moves.demanded("the return of the villages, occupied by Azerbaijani troops since 2021", forms) == \
        "the return of the villages"


def test_whom_and_where_a_speaker_said_it_before_that_do_not_hide_the_reported_demand():
    # written for this test
    forms = party_forms(["Kosovo", "Serbia", "European Union"], [("Albin Kurti", "Kosovo"), ("Antonio Costa", "European Union")],
                         {})
    said = moves.stated_demand("Prime Minister Albin Kurti said in a televised address that the border crossings must "
                               "be reopened before any new round.", forms, "en")
    assert said.by == "Kosovo" and said.text.startswith("the border crossings must be reopened")
    told = moves.stated_demand("The European Union's spokesman told reporters in Brussels on Monday that Council President Antonio Costa "
                               "wanted both sides to sign the energy deal.", forms, "en")
    assert told is not None and (told.by, told.to) == ("European Union", "")
    assert told.text == "both sides to sign the energy deal"


def test_an_italian_addressee_before_what_is_asked_is_not_part_of_it():
    # written for this test
    forms = party_forms(["Stati Uniti", "Serbia"], [], {})
    assert moves.demanded("agli Stati Uniti di garantire il confine", forms) == "di garantire il confine"
    assert moves.demanded("alla Serbia il ritiro delle truppe", forms) == "il ritiro delle truppe"


def test_a_clause_describing_the_party_that_opens_a_sentence_is_read_past():
    forms = party_forms(["Sudan", "Ethiopia", "Egypt"], [], {})
    sentence = ("Sudan, whose Roseires dam sits downstream, asked Ethiopia to share daily data on filling and releases, "
                "a demand Egyptian officials backed.")
    said = stated_demand(sentence, forms, "en")
    assert (said.by, said.to) == ("Sudan", "Ethiopia") and said.text.startswith("Ethiopia to share daily data")
    assert sentence[said.verb_at:].startswith("asked"), "offsets stay those of the sentence as written"
    # a sentence that opens with a describing clause and states no demand after it still states none
    assert stated_demand("Sudan, whose dam sits downstream, met Ethiopia on Friday.", forms, "en") is None


def test_a_condition_in_a_reported_clause_belongs_to_its_subject_not_to_the_party_named_last():
    forms = party_forms(["Eritrea", "Ethiopia", "Sudan"], [("Osman Saleh", "Eritrea")], {})
    said = stated_demand("Separately, Osman Saleh said on Monday that Eritrea remained open to direct talks with Sudan, "
                         "but only if Addis Ababa first withdrew its troops from Badme.", forms, "en")
    assert (said.by, said.to, said.text) == ("Eritrea", "Ethiopia", "Addis Ababa first withdrew its troops from Badme")


def test_a_verb_of_asking_inside_a_condition_is_no_demand_of_its_subject():
    forms = party_forms(["Eritrea", "Ethiopia"], [], {})
    assert stated_demand("If Ethiopia wants peace, it must first leave Badme.", forms, "en") is None
    assert stated_demand("Ethiopia wants peace and Eritrea's exit from Badme.", forms, "en").by == "Ethiopia"


def test_wanting_to_be_consulted_asks_something_of_others():
    forms = party_forms(["Eritrea", "Ethiopia", "Sudan"], [], {})
    said = stated_demand("Sudan wants to be consulted before any deal on the border is made.", forms, "en")
    assert (said.by, said.text) == ("Sudan", "to be consulted before any deal on the border is made")
    assert stated_demand("Sudan wants to host the next round.", forms, "en") is None, "its own intention"


def test_a_party_named_as_the_place_of_what_is_asked_is_not_asked():
    forms = party_forms(["Denmark", "Greenland", "United States"], [], {})
    said = stated_demand("The United States wants a larger military presence on Greenland.", forms, "en")
    assert (said.by, said.to) == ("United States", None)
    said = stated_demand("Die USA fordern, ihre Militärpräsenz auf Grönland deutlich auszubauen.", forms, "de")
    assert said.by == "United States" and said.to is None


def test_a_quantity_aside_before_an_attribution_leaves_the_attribution_out():
    assert without_description("access to the sites and an account of the stock, about 440 kg before the strikes, "
                               "according to the agency's last report") == "access to the sites and an account of the stock"


@pytest.mark.parametrize("sentence,expected", [
    ("Belgrade's key demand is that Pristina form the association first.", ("Serbia", "Kosovo", "Pristina form the association first")),
    ("Serbia's main condition is the return of Serbian police to the north.", ("Serbia", None, "the return of Serbian police to the north")),
    ("Kosovo rejected Belgrade's demand that it form the association first.", ("Serbia", "Kosovo", "it form the association first")),
    ("Serbia reiterated its demand for an association of Serb municipalities.", ("Serbia", None, "an association of Serb municipalities")),
    ("Kosovo's demand for mutual recognition was rejected by Serbia.", ("Kosovo", None, "mutual recognition")),
])
def test_a_demand_named_as_a_partys_noun_is_that_partys(sentence, expected):
    forms = party_forms(["Serbia", "Kosovo"], [], {})
    said = stated_demand(sentence, forms, "en")
    assert (said.by, said.to, said.text) == expected


# written for this test: a demand made a condition of something else
@pytest.mark.parametrize("sentence,expected", [
    ("Belgrade has made the dissolution of the Kosovo police units in the north a precondition for any new agreement.",
     ("Serbia", None, "the dissolution of the Kosovo police units in the north")),  # (asked of the other side later)
    ("Serbia has also made recognition of the church's property a condition for further talks.",
     ("Serbia", None, "recognition of the church's property")),
    ("Kosovo conditioned the next round on the return of the stolen archives.",
     ("Kosovo", None, "the return of the stolen archives")),
    ("Pristina conditions any deal on Serbia's recognition of its independence.",
     ("Kosovo", "Serbia", "Serbia's recognition of its independence")),
])
def test_a_demand_made_a_condition_of_something_else_is_the_subject_s(sentence, expected):
    forms = party_forms(["Serbia", "Kosovo"], [], {})
    said = stated_demand(sentence, forms, "en")
    assert (said.by, said.to, said.text) == expected
    # the sentence is offered to the model as one that may hold a move (not for 'conditions' in the present tense,
    # which is the noun as often as the verb: code reads it where another word offers the sentence)
    assert moves.states_a_move(sentence, "en") or " conditions " in sentence


@pytest.mark.parametrize("sentence", [
    "The conditions for a lasting agreement between Serbia and Kosovo are not yet in place.",
    "Kosovo made progress on the conditions for visa liberalisation.",
])
def test_conditions_that_nobody_sets_are_no_demand(sentence):
    forms = party_forms(["Serbia", "Kosovo"], [], {})
    assert stated_demand(sentence, forms, "en") is None


def test_the_talks_where_a_demand_is_made_and_its_purpose_are_not_demanded():
    assert moves.demanded("a timetable at Istanbul talks", FORMS) == "a timetable"
    assert moves.demanded("a seat at the Istanbul talks", FORMS) == "a seat at the Istanbul talks", \
        "a place at the talks is what is asked for"
    assert moves.demanded("Israel to reopen the crossings, so that aid trucks no longer wait for weeks", FORMS) == \
        "Israel to reopen the crossings"


def test_a_second_passive_of_one_subject_is_a_second_demand_with_that_subject():
    assert listed("guarantees that prisoners would be given an amnesty and be allowed to return to their villages",
                  FORMS) == ["guarantees that prisoners would be given an amnesty",
                             "prisoners be allowed to return to their villages"]


def test_a_second_verb_of_asking_after_a_verb_of_another_kind_keeps_the_subject():
    sentence = ("For its part, the Russian delegation raised the pace of the exchanges, and asked the Ukrainian "
                "side to release more prisoners each month.")
    found = [stated_demand(c, FORMS, "en") for c in clauses(sentence)]
    assert [(s.by, s.to, s.text) for s in found if s] == [
        ("Russia", "Ukraine", "the Ukrainian side to release more prisoners each month")]
    assert clauses("Russia raised the question, and asked about the schedule.") == [
        "Russia raised the question, and asked about the schedule."], "asking about is no demand"


def test_a_thing_said_to_be_indispensable_for_another_step_is_demanded_also_after_a_pronoun():
    said = stated_demand("The Russian delegation stressed that the lifting of sanctions is indispensable for any "
                         "settlement.", FORMS, "en")
    assert (said.by, said.text) == ("Russia", "the lifting of sanctions")
    assert standing_for("It stressed that the lifting of sanctions is a prerequisite for any settlement.",
                        "The Russian delegation met the envoys.", FORMS).startswith("Russia stressed")
    assert stated_demand("Ukraine said that funding is essential for the reconstruction.", FORMS, "en") is None


def test_a_party_s_possessive_and_a_title_before_a_person_open_the_sentence():
    forms = party_forms(["European Union", "United States"], [("Kaja Kallas", "European Union")], {"EU": "European Union"})
    said = stated_demand("In Brussels, the EU's foreign policy chief Kaja Kallas called on the United States to include "
                         "Europeans in any talks.", forms, "en")
    assert (said.by, said.to, said.text) == ("European Union", "United States",
                                             "the United States to include Europeans in any talks")


def test_a_speaker_s_own_condition_after_until_and_an_indefinite_pronoun_name_no_demand():
    assert stated_demand("Ukraine will not talk about lines on a map until we know who stands behind us.", FORMS,
                         "en") is None
    said = stated_demand("Ukraine will not talk about lines on a map until Russia withdraws its troops.", FORMS, "en")
    assert (said.by, said.text) == ("Ukraine", "Russia withdraws its troops")
    assert not moves.names_something("something it can announce this week")
    assert moves.indefinite("anything that ends the war") and not moves.indefinite("some guarantees")


def test_both_delegations_are_both_sides():
    said = stated_demand("The United States is pressing both delegations to agree a truce on energy strikes.", FORMS,
                         "en")
    assert (said.by, said.to) == ("United States", "")
    assert moves.of_both_sides("the two delegations to meet again")


@pytest.mark.parametrize("sentence, by, text", [
    ("A ceasefire along the current front line is unacceptable for the Kremlin, Peskov said.", "Russia",
     "A ceasefire along the current front line"),
    ("He also stressed that any peacekeeping contingents from European countries were unacceptable for Russia.",
     "Russia", "any peacekeeping contingents from European countries"),
    ("Kyiv wants guarantees, while Russia calls a ceasefire on the current line unacceptable.", "Russia",
     "a ceasefire on the current line"),
])
def test_a_thing_called_unacceptable_to_a_party_is_that_party_s_rejection(sentence, by, text):
    said = moves.unacceptable(sentence, FORMS)
    assert (said.by, said.mode, said.text) == (by, "rejection", text)


def test_unacceptable_without_a_party_or_of_a_pronoun_is_no_rejection():
    assert moves.unacceptable("According to the President, this is unacceptable for Ukraine.", FORMS) is None
    assert moves.unacceptable("The delay is unacceptable, observers said.", FORMS) is None


def test_a_second_that_clause_opened_by_a_pronoun_is_asked_of_the_first_clause_s_subject():
    sentence = ("The Ukrainian delegation requested that the Russian Federation hand over the children taken in 2022, "
                "and that it cease all strikes on ports.")
    assert clauses(sentence)[1] == "The Ukrainian delegation requested that the Russian Federation cease all strikes on ports."


def test_a_clause_that_only_says_where_a_long_demand_s_noun_is_gives_way():
    text = "Israel hand over the persons suspected of taking part in the attack of May 2015 who are present on its territory"
    assert moves.within(text, 18, FORMS) == "Israel hand over the persons suspected of taking part in the attack of May 2015"


def test_each_side_s_demand_in_a_with_phrase():
    found = moves.with_demanding("The talks ended on Saturday, with Russia demanding a withdrawal from the whole region "
                                 "and Ukraine insisting that Russia first accept a ceasefire.", FORMS)
    assert [(m.by, m.to, m.text) for m in found] == [
        ("Russia", None, "a withdrawal from the whole region"), ("Ukraine", "Russia", "Russia first accept a ceasefire")]
    assert moves.with_demanding("The talks ended with Russia leaving the room.", FORMS) == []


def test_when_the_talks_happen_is_not_demanded():
    assert moves.demanded("bigger water releases as Ankara talks end", FORMS) == "bigger water releases"


def test_a_second_verb_of_asking_after_a_quoted_demand_is_a_demand_of_the_reported_subject():
    # written for this test: the first demand is quoted, the second follows the closing quote with no comma
    sentence = ('A spokesman said in Caracas that Colombia had "urged the ELN to free its hostages" and had again '
                'asked the ELN to leave the border towns, which it has held since 2023.')
    second = clauses(sentence)[1:]
    assert second == ["Colombia had again asked the ELN to leave the border towns, which it has held since 2023."]
    said = stated_demand(second[0], FORMS)
    assert (said.by, said.to, said.text) == ("Colombia", "ELN", "the ELN to leave the border towns")
    # a present form after 'and' with no comma is no second verb ('... and demands of Russia')
    assert len(clauses('Hamas "rejected the plan" and demands of Israel were not discussed.')) == 1


def test_a_move_named_by_a_noun_after_a_verb_that_renews_it_is_that_party_s_move():
    said = stated_demand("Hamas also repeated its call for the crossings to be opened before any exchange.", FORMS)
    assert (said.by, said.text) == ("Hamas", "the crossings to be opened before any exchange")
    assert stated_demand("Ukrainian officials call the demand an attempt to stall.", FORMS) is None


def test_neither_nor_before_an_acceptance_is_a_refusal():
    assert kinds("Neither Israel nor Hamas has accepted the plan.") == ["rejection"]
    assert parse("Neither Israel nor Hamas has accepted the plan.", FORMS).mode == "rejection"
    assert kinds("Both Israel and Hamas have accepted the plan.") == ["agreement"]


def test_a_noun_of_asking_after_that_asks_nothing():
    assert moves.asked_in("Israel did not object to that request, an official said.") == (-1, "")
    assert moves.asked_in("Israel said that the group was ready, and it called on Hamas to free the hostages.")[1] == \
        "Hamas to free the hostages"


@pytest.mark.parametrize("sentence,text", [
    ("Moscow, represented by a deputy chief of the General Staff, has made the release of its pilots a condition of "
     "any exchange.", "the release of its pilots"),
    ("Ukraine, represented by its defence minister, has made a full ceasefire at sea a precondition for further talks.",
     "a full ceasefire at sea"),
])
def test_a_delegation_named_with_who_leads_it_still_makes_a_demand_a_condition(sentence, text):
    move = stated_demand(sentence, FORMS, "en")
    assert move is not None and move.text == text and move.by in ("Russia", "Ukraine")


@pytest.mark.parametrize("text,kept", [
    # a clause that comments on the demand
    ("la reapertura del paso fronterizo, algo que Caracas ha rechazado", "la reapertura del paso fronterizo"),
    ("an amnesty for the fighters, something Kyiv calls unacceptable", "an amnesty for the fighters"),
    ("le retrait des troupes, ce que Paris exclut", "le retrait des troupes"),
    # what someone said next
    ("Belgrade to lift the ban on imports and said Serbia expected an answer by May", "Belgrade to lift the ban on imports"),
    ("the border should stay open to trucks only, and a Kenyan official in Nairobi called the list a provocation",
     "the border should stay open to trucks only"),
    # a relative word left alone before an attribution
    ("la entrega de los rehenes que, según la Cruz Roja, siguen en la selva", "la entrega de los rehenes"),
    ("the return of the boats which, according to the coast guard, are held in Mombasa", "the return of the boats"),
])
def test_what_follows_a_demand_and_is_not_asked_is_no_part_of_it(text, kept):
    assert without_description(text) == kept


@pytest.mark.parametrize("text,kept", [
    ("al movimiento que entregue las armas en seis meses", "entregue las armas en seis meses"),
    ("aux rebelles qu'ils quittent la ville", "ils quittent la ville"),
    ("al ELN el fin de los secuestros", "el fin de los secuestros"),  # a party's name: as before
    ("al ELN que entregue a los rehenes", "entregue a los rehenes"),  # and the word that opens what is asked
])
def test_an_addressee_named_by_a_common_noun_is_no_part_of_what_is_demanded(text, kept):
    assert moves.demanded(text, FORMS) == kept


def test_a_reported_clause_opened_by_a_pronoun_is_the_move_of_the_party_that_spoke():
    forms = {"Serbia": "Serbia", "Belgrade": "Serbia", "Kosovo": "Kosovo", "Pristina": "Kosovo"}
    said = moves.stated_move("Belgrade has said it will not accept a customs border in the north, arguing that it "
                             "would cut the Serbs off.", forms, "en")
    assert (said.by, said.mode, said.text) == ("Serbia", "rejection", "will not accept a customs border in the north")
    # two parties speak: the pronoun stands for neither
    assert moves.stated_move("Belgrade and Pristina said they would not accept a customs border.", forms, "en") is None
    # the pronoun names no move: nothing
    assert moves.stated_move("Belgrade has said it was a trap.", forms, "en") is None


def test_a_dispute_denied_leaves_no_question_open():
    assert not says_unresolved("The Kremlin did not dispute his account of the meeting.")
    assert not says_unresolved("The line itself is not seriously disputed by either side.")
    assert says_unresolved("The two sides still dispute where the line should run.")


def test_french_sessions_and_negotiators_speak_of_an_event_of_the_talks():
    assert moves.about_an_event("Comme lors des deux premières séances, le 31 janvier, les délégués ont parlé.")
    assert moves.about_an_event("Les négociateurs se sont vus le 6 février dans la capitale omanaise.")


def test_what_a_party_insists_is_or_stays_so_is_a_claim_not_a_demand():
    forms = {"Russia": "Russia", "Moscow": "Russia", "Ukraine": "Ukraine", "Kyiv": "Ukraine"}
    assert stated_demand("Moscow insists it will stay under Russian management.", forms, "en") is None
    assert stated_demand("Moscow insists they would remain Russian territory.", forms, "en") is None
    said = stated_demand("Moscow insists that Kyiv withdraw its troops from the plant.", forms, "en")
    assert (said.by, said.mode) == ("Russia", "demand")


def test_a_pronoun_after_a_sentence_that_opens_with_a_quote_stands_for_its_speaker():
    forms = {"Georgia": "Georgia", "Tbilisi": "Georgia", "Russia": "Russia", "Zurabishvili": "Georgia"}
    before = '"We will not trade our territory for a piece of paper," Zurabishvili told reporters after the round.'
    assert standing_for("She also asked Russia to withdraw its troops from the two regions.", before, forms) == \
        "Georgia also asked Russia to withdraw its troops from the two regions."


@pytest.mark.parametrize("sentence", [
    "Eritrea rejects the plan and is calling for the border to be marked by the commission.",
    "President Isaias said in a speech that Eritrea would not give up land it holds, and he is calling for the border "
    "to be marked by the commission.",
])
def test_a_demand_after_a_refusal_by_the_same_subject_is_its_demand(sentence):
    forms = party_forms(["Eritrea", "Ethiopia"], [], {})
    said = stated_demand(sentence, forms, "en")
    assert (said.by, said.text) == ("Eritrea", "the border to be marked by the commission")
    assert sentence[said.verb_at:].startswith("calling for")


def test_a_demand_after_a_refusal_by_another_subject_is_not_the_first_subjects():
    forms = party_forms(["Eritrea", "Ethiopia"], [], {})
    said = stated_demand("Eritrea rejects the plan, and Ethiopia is calling for the border to be marked.", forms, "en")
    assert said is None or said.by != "Eritrea"


def test_a_refusal_until_something_is_done_in_a_reported_clause_is_a_demand_of_that_thing():
    forms = party_forms(["Eritrea", "Ethiopia"], [("Osman Saleh", "Eritrea")], {})
    said = stated_demand("A senior official said on Monday that Eritrea would not discuss the port until Ethiopian "
                         "troops leave Badme first.", forms, "en")
    assert (said.by, said.text) == ("Eritrea", "Ethiopian troops leave Badme first")


def test_a_clause_a_person_opens_after_and_is_not_part_of_what_is_asked():
    assert without_description("the Turkish advisers leave Tripoli first, and he called on the government to disband "
                               "the militias") == "the Turkish advisers leave Tripoli first"
    assert without_description("Israel withdraw its troops, and they must also free the prisoners") == \
        "Israel withdraw its troops, and they must also free the prisoners", "what they must do is asked too"


def test_a_german_noun_of_asking_is_no_verb_and_wanting_to_know_nothing_of_it_refuses():
    forms = party_forms(["Greece", "Turkey", "Cyprus"], [], {})
    assert stated_demand("Griechenland unterstützt die Forderung Nikosias nach Rückgabe der Häuser.", forms, "de") \
        is None, "'die Forderung' is a noun: Greece supports a demand, it makes none here"
    assert stated_demand("Die Türkei will davon nichts wissen.", forms, "de") is None
    from summarizer.assemble.moves import stated_move
    assert stated_move("Die Türkei will davon nichts wissen.", forms, "de").mode == "rejection"
    assert stated_demand("Die Türkei fordert den Abzug der Beobachter.", forms, "de").text == "den Abzug der Beobachter"


@pytest.mark.parametrize("sentence,by,text", [
    ("Ausserdem fordert Nikosia den Abzug der türkischen Soldaten.", "Cyprus", "den Abzug der türkischen Soldaten"),
    ("Am Montag verlangte Moskau erneut, dass die Ukraine ihre Truppen abzieht.", "Russia",
     "die Ukraine ihre Truppen abzieht"),
])
def test_a_german_verb_of_asking_before_its_subject_after_an_adverbial_is_that_subjects_demand(sentence, by, text):
    forms = party_forms(["Cyprus", "Turkey", "Russia", "Ukraine"], [], {})
    said = stated_demand(sentence, forms, "de")
    assert (said.by, said.text) == (by, text)


def test_a_german_sentence_that_opens_with_the_verb_or_a_clause_is_not_read_as_inverted():
    forms = party_forms(["Cyprus", "Turkey", "Russia", "Ukraine"], [], {})
    assert stated_demand("Wie die Ukraine berichtet, fordert Moskau nichts.", forms, "de") is None or \
        stated_demand("Wie die Ukraine berichtet, fordert Moskau nichts.", forms, "de").by != "Ukraine"
    assert stated_demand("Nach Angaben von Diplomaten in Genf verlangte am Abend Russland mehr.", forms, "de") is None
