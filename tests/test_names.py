"""Canonical names of parties, people and places (pure unit tests)."""

import pytest

from summarizer import names


@pytest.mark.parametrize("written,canonical", [
    ("U.S.", "United States"), ("the Kremlin", "Russia"), ("Russland", "Russia"), ("Россия", "Russia"),
    ("美方", "United States"), ("Türkiye", "Turkey"), ("Gobierno de Colombia", "Colombia"),
    ("Colombian government", "Colombia"), ("the Sudanese government", "Sudan"), ("Estados Unidos", "United States"),
    ("Plataforma Unitaria", "Plataforma Unitaria"), ("Hamas", "Hamas"), ("M23 rebel group", "M23"),
    ("Houthi movement", "Houthi movement"), ("Malacañang", "Philippines"),
])
def test_party_names_fold_to_one_spelling(written, canonical):
    assert names.party(written) == canonical


def test_acronyms_the_article_defines_are_spelled_out():
    text = "Talks between the army and the Rapid Support Forces (RSF) were postponed."
    acronyms = names.acronyms(text)
    assert acronyms == {"RSF": "Rapid Support Forces"}
    assert names.party("RSF", acronyms) == "Rapid Support Forces"


@pytest.mark.parametrize("written,city,country", [
    ("Vilnius, Lithuania", "Vilnius", "Lithuania"), ("Kiev", "Kyiv", "Ukraine"), ("the Kremlin", "Moscow", "Russia"),
    ("the Omani Embassy in Rome", "Rome", "Italy"), ("Seri Perdana", "Putrajaya", "Malaysia"),
    ("Lancaster House", "London", "United Kingdom"), ("Женева", "Geneva", "Switzerland"),
])
def test_venues_are_cities_and_buildings_map_to_their_city(written, city, country):
    script = "CYRILLIC" if written == "Женева" else "LATIN"
    place = names.place(written, script, article="talks in the city")
    assert place is not None and (place.name, place.country) == (city, country)


@pytest.mark.parametrize("written", ["Lithuania", "UAE", "Florida", "Europe", "Donbas", "the Presidential Palace",
                                     "Sichuan province", "Kachin State", "Zaporizhzhia oblast",
                                     "Kizlar presidential complex", "Arbil government compound",
                                     "MONUSCO", "UNIFIL"])  # an organisation's acronym, no city
def test_countries_regions_and_unplaced_buildings_are_not_venues(written):
    assert names.place(written, "LATIN", article="Talks in the Presidential Palace") is None


def test_a_city_is_found_in_a_country_the_article_names_by_its_people_s_adjective():
    place = names.place("Hasakah", "LATIN", article="The next round of the Syrian talks is due in Hasakah.")
    assert place is not None and (place.name, place.country) == ("Hasakah", "Syria"), "GeoNames' Al-Hasakah"
    assert names.place("Hasakah", "LATIN", article="The next round is due in Hasakah.").country == "", \
        "not guessed where the article names no country"


def test_a_small_town_keeps_its_name_and_an_unnamed_country_is_not_guessed():
    place = names.place("Gali", "LATIN", article="Meetings of the mechanism in Ergneti and Gali continue.")
    assert place is not None and place.name == "Gali" and place.country == "", "not Galle in Sri Lanka"
    moscow = names.place("Moscow", "LATIN", article="Talks with the United States in Moscow.")
    assert moscow is not None and moscow.country == "Russia", "not Moscow, Idaho"


@pytest.mark.parametrize("a,b,same", [
    ("Zelensky", "Volodymyr Zelensky", True), ("V. Zelensky", "Volodymyr Zelensky", True),
    ("Roman Umerov", "Rustem Umerov", False), ("Donald Trump", "Melania Trump", False),
    ("Lopez Garcia", "Maria Lopez Garcia", True), ("Ana Lopez Garcia", "Maria Lopez Garcia", False),
])
def test_one_person_under_two_spellings(a, b, same):
    assert names.same_person(names.person(a), names.person(b)) is same


def test_person_names_drop_honorifics_and_fold_transliterations():
    assert names.person("Mr Volodymyr Zelenskyy") == "Volodymyr Zelensky"
    assert names.split_title("President Volodymyr Zelensky") == ("Volodymyr Zelensky", "President")
    assert names.person_like("Ersin Tatar") and not names.person_like("Rapid Support Forces")


@pytest.mark.parametrize("name,person", [
    ("Sergey Lavrov", True), ("Vladimir Putin", True), ("Hun Manet", True), ("Mohammed bin Salman Al Saud", True),
    ("Northern Limit Line", False), ("Newsdesk Editor", False), ("Wire Doha", False), ("Le Tchad", False),
    ("Trump Route", False), ("Rapid Support Forces", False)])
def test_a_person_name_holds_no_institution_place_or_country(name, person):
    assert names.names_a_person(name) is person


def test_a_title_and_a_name_given_as_a_party_is_a_person():
    assert names.person_in("UN special envoy Hans Grundberg") == "Hans Grundberg"
    assert names.person_in("United Nations Security Council") is None


@pytest.mark.parametrize("name,state,capital", [
    ("Serbia", True, "Belgrade"),
    ("Democratic Republic of Congo", True, "Kinshasa"),  # GeoNames spells it 'of the Congo'
    ("Kosovo", True, "Pristina"),  # not in ISO 3166
    ("M23", False, None),
    ("Sudan army", False, None),
    ("Washington", False, None),  # a capital is not a state
])
def test_a_state_and_its_capital_are_known_however_the_standards_spell_it(name, state, capital):
    assert (names.is_state(name), names.capital(name)) == (state, capital)


@pytest.mark.parametrize("word,country", [
    ("Greek", "Greece"), ("Turkish", "Turkey"), ("Cypriot", "Cyprus"), ("Somali", "Somalia"),  # irregular: the table
    ("Colombian", "Colombia"), ("Sudanese", "Sudan"), ("Israeli", "Israel"),  # regular endings
    ("Congolese", "Democratic Republic of Congo"),  # shared: the more populous country
    ("Mohammed", None), ("Hun", None),  # names, not demonyms
])
def test_a_demonym_names_its_country(word, country):
    assert names.from_demonym(word) == country


@pytest.mark.parametrize("name,state", [
    ("N'Djamena", "Chad"), ("Belgrade", "Serbia"),  # a current state, not 'Serbia and Montenegro'
    ("Kingston", "Jamaica"),  # two states' capitals share the name: the more populous
    ("Geneva", None), ("Istanbul", None),  # cities that are no state's seat
])
def test_a_capital_names_the_state_it_is_the_seat_of(name, state):
    assert names.state_of_capital(name) == state


def test_a_person_after_an_acronym_and_a_title_is_offered_as_a_name():
    from summarizer import candidates
    assert candidates.people("He met US President Donald Trump and UN envoy Staffan de Mistura on Friday.") == \
        ["Donald Trump", "Staffan de Mistura"]


@pytest.mark.parametrize("city,country", [("Geneva", "Switzerland"), ("Athens", "Greece"), ("Moscow", "Russia")])
def test_a_city_far_bigger_than_its_namesake_in_a_country_the_article_names_is_the_one_meant(city, country):
    from summarizer import names
    article = f"Envoys of the United States and Ukraine met in {city} on Monday."
    assert names.place(city, "LATIN", article).country == country


def test_a_minister_named_by_portfolio_is_offered_and_a_feast_is_not():
    from summarizer import candidates
    text = ("Eritrea's Information Minister Yemane Gebremeskel said talks resume after Eid al-Fitr. Interior Secretary "
            "Maria Santos agreed before Christmas Eve.")
    assert candidates.people(text) == ["Yemane Gebremeskel", "Maria Santos"]
    assert names.split_title("Information Minister Yemane Gebremeskel") == ("Yemane Gebremeskel", "Information Minister")
    assert names.split_title("Elena Minister Ruiz") == ("Elena Minister Ruiz", ""), "a portfolio opens a title only"
    assert candidates.people("The Minister of Natural Resources, Ana Petrova, and the Secretary of Home Affairs, Omar "
                             "Haddad, met.") == ["Ana Petrova", "Omar Haddad"], "a portfolio after 'Minister of' is no name"


def test_a_person_after_a_possessive_and_a_title_is_offered_and_a_possessive_place_is_not():
    from summarizer import candidates
    assert candidates.people("Armenia's Deputy Prime Minister Mher Grigoryan met villagers in Armenia's Tavush "
                             "province.") == ["Mher Grigoryan"]


def test_an_acronym_used_without_a_definition_is_spelled_by_the_one_phrase_whose_initials_it_is():
    text = ("Ethiopia and the Tigray People's Liberation Front met in Pretoria. TPLF negotiators said the talks were "
            "useful. THE TALKS resumed; the African Union mediated. AU envoy Olusegun Obasanjo spoke. At The Hague ...")
    acronyms = names.acronyms(text)
    assert acronyms["TPLF"] == "Tigray People's Liberation Front"
    assert acronyms["AU"] == "African Union"
    assert "AT" not in acronyms and "THE" not in acronyms, "a capitalised sentence opening spells nothing"
    assert names.party("Ethiopia's rebel Tigray People's Liberation Front", acronyms) == \
        "Tigray People's Liberation Front", "a described name that ends with the spelled one is that name"
    assert names.party("TPLF", acronyms) == "Tigray People's Liberation Front"


def test_an_acronym_two_phrases_could_spell_is_left_alone():
    text = "The Free Army and the Fourth Artillery both fought. FA units withdrew."
    assert "FA" not in names.acronyms(text)


@pytest.mark.parametrize("written,canonical", [
    ("Hamas delegation", "Hamas"), ("Taliban side", "Taliban"), ("UN-backed government of Libya", "Libya"),
    ("internationally recognised government of Yemen", "Yemen"), ("the government delegation", "the government delegation"),
])
def test_a_group_s_delegation_and_a_described_government_are_the_party(written, canonical):
    assert names.party(written) == canonical


@pytest.mark.parametrize("written,canonical", [
    ("Vertreter der Republik Moldau", "Moldova"), ("Delegation of Ukraine", "Ukraine"), ("délégation du Mali", "Mali"),
    ("representatives of Hamas", "Hamas"), ("Officials", "Officials"),
])
def test_those_who_speak_for_a_party_are_not_part_of_its_name(written, canonical):
    assert names.party(written) == canonical


def test_a_big_city_that_also_names_its_region_is_the_city_a_small_one_is_not():
    assert names.place("Wien") == names.Place("Wien", "Austria")
    assert names.place("Florida") is None, "a town called Florida is not the US state"


def test_a_party_named_with_its_acronym_in_brackets_is_the_name_alone():
    assert names.party("Ejército de Liberación Nacional (ELN)") == "Ejército de Liberación Nacional"
    assert names.party("(ELN)") == "(ELN)"  # nothing before the brackets: left as written


def test_a_title_before_a_name_may_be_a_compound_or_open_with_a_country():
    assert names.split_title("Bewässerungsminister Omar Bashir Mohamed Manis") == ("Omar Bashir Mohamed Manis", "Bewässerungsminister")
    assert names.split_title("Ägyptens Außenminister Badr Abdelatty") == ("Badr Abdelatty", "Ägyptens Außenminister")
    assert names.split_title("Saudi Foreign Minister Prince Faisal bin Farhan")[0] == "Faisal bin Farhan"
    assert names.split_title("Armenian Cypriots") == ("Armenian Cypriots", "")  # a people, not a title
    assert names.split_title("Jordan Bardella") == ("Jordan Bardella", "")  # a country's name is a first name here


def test_the_names_offered_in_a_german_article_are_people_not_nouns_titles_or_months():
    from summarizer import candidates
    text = ("Ein für Anfang Februar geplantes Treffen am Blauen Nil wurde verschoben. Ägyptens Außenminister Badr "
            "Abdelatty sprach mit dem Wasserminister Tesfaye Bekele. Beide Seiten schwiegen. Der Sudan, vertreten "
            "durch Bewässerungsminister Omar Bashir Mohamed Manis, rief zur Ruhe auf. Prime Minister Benjamin "
            "Netanyahu's office said so. Saudi Foreign Minister Prince Faisal bin Farhan hosted them. By Staff Reporter")
    assert candidates.people(text) == ["Badr Abdelatty", "Tesfaye Bekele", "Omar Bashir Mohamed Manis",
                                       "Benjamin Netanyahu", "Faisal bin Farhan"]


@pytest.mark.parametrize("name,state", [("Tripolis", "Libya"), ("Kairo", "Egypt"), ("Havana", "Cuba"),
                                        ("Oea", None), ("Gabala", None)])
def test_another_language_s_name_of_a_capital_stands_for_its_state_but_not_an_old_name_or_a_code(name, state):
    assert names.state_of_capital(name) == state


@pytest.mark.parametrize("written,canonical", [
    ("UN-Unterstützungsmission in Libyen", "United Nations"), ("U.N. mission", "United Nations"),
    ("Qatari foreign ministry", "Qatar"), ("Sudan's transitional government", "Sudan"), ("UNIFIL", "UNIFIL"),
])
def test_a_body_of_a_state_or_of_the_un_is_that_state_or_the_un(written, canonical):
    assert names.party(written) == canonical


def test_an_adviser_or_a_german_compound_title_is_a_title():
    assert names.split_title("Adviser Ajit Doval") == ("Ajit Doval", "Adviser")
    assert names.split_title("Generalstabschef Mohammed al-Haddad") == ("Mohammed al-Haddad", "Generalstabschef")


@pytest.mark.parametrize("written,canonical", [
    ("Turkish Cypriot community", "Turkish Cypriots"),
    ("the Greek Cypriot side", "Greek Cypriots"),
    ("Greek Cypriots", "Greek Cypriots"),
    ("Saudi government", "Saudi Arabia"),  # one demonym and a group noun: the state
    ("South Sudanese", "South Sudanese"),  # 'South' is no demonym
])
def test_a_community_named_by_two_demonyms_is_a_people_of_its_own(written, canonical):
    assert names.party(written) == canonical
    assert names.is_community(canonical) == (canonical.endswith("Cypriots"))


def test_an_iso_code_as_written_is_the_acronym_of_something_else_unless_news_use_it_for_the_state():
    assert names.known_party("BRN") is None and not names.is_state("BRN") and names.capital("BRN") is None
    assert names.country("MAR") is None  # ('MAR': a movement, not Morocco)
    assert names.known_party("US") == names.known_party("USA") == "United States"
    assert names.known_party("PNG") == "Papua New Guinea" and names.known_party("UAE") == "United Arab Emirates"
    assert names.country("Brunei") == "Brunei Darussalam"


def test_kosovo_is_a_state_and_its_capital_stands_for_it():
    assert names.country("Kosovo") == "Kosovo" and names.state_of_capital("Pristina") == "Kosovo"
    assert names.split_title("Kosovos Vizepremier Besnik Bislimi") == ("Besnik Bislimi", "Kosovos Vizepremier")


def test_a_german_title_keeps_its_case_ending_and_a_compound_of_an_acronym_is_its_body():
    assert names.split_title("UN-Sonderbeauftragten Hans Grundberg") == ("Hans Grundberg", "UN-Sonderbeauftragten")
    assert names.a_title_word("Präsidenten") and names.a_title_word("Kanzlers")
    assert not names.a_title_word("Peters") and not names.a_title_word("Stevens")
    assert names.party("EU-Kommission") == "European Union" and names.party("US-Regierung") == "United States"
    assert names.party("Serbien-Kosovo") == "Serbien-Kosovo"  # two states joined: no body of one


def test_the_names_offered_leave_out_bylines_demonstratives_capitals_and_the_end_of_a_portfolio():
    from summarizer import candidates
    text = ("Von Anna Keller, Studio Wien\nDer Unterhändler forderte, dass Warschau Piotr Nowak ausliefert. Dieses "
            "Thema bleibt offen. Minister of Peace, Reconciliation and Unity Maria Santos Jr. spoke. Special Adviser "
            "on Trade and Industry Tom Reyes met Presidential Adviser Ana Cruz.")
    assert candidates.people(text, "de") == ["Anna Keller", "Piotr Nowak", "Maria Santos Jr", "Tom Reyes", "Ana Cruz"]
    assert candidates.people("Anfang Februar traf Jan Egeland die Vermittlerin Lisa Moore.", "de") == ["Jan Egeland", "Lisa Moore"]


def test_a_name_after_a_portfolio_or_an_honorific_is_offered_and_a_room_is_not():
    from summarizer import candidates
    text = ("Secretary of the Army Dana Whitfield joined Secretary of State Mark Rubin. The minister thanked His "
            "Highness Sheikh Hamad bin Khalid Al Mansouri.\nBriefing Room | Statements")
    assert candidates.people(text) == ["Dana Whitfield", "Mark Rubin", "Hamad bin Khalid Al Mansouri"]
    assert candidates.people("The Minister of Natural Resources said so.") == [], "a portfolio alone is no name"


def test_polish_names_are_offered_without_the_genitive_before_them_and_institutions_are_not():
    from summarizer import candidates
    text = ("Delegacje Ukrainy i Rosji spotkały się. Sekretarz Rady Bezpieczeństwa Narodowego i Obrony Ukrainy Rustem "
            "Umerow powiedział, że Moskwa czeka. Wysłannik prezydenta Donalda Trumpa Steve Witkoff oraz rzecznik "
            "Kremla Dmitrij Pieskow byli obecni. Według Umerowa Rosja nie ustąpi.")
    assert candidates.people(text, "pl") == ["Rustem Umerow", "Steve Witkoff", "Dmitrij Pieskow"]
    assert names.party("Stanów Zjednoczonych") == "United States" and names.party("Rosji") == "Russia"


def test_a_name_after_the_nouns_of_an_office_is_offered_and_labels_and_places_are_not():
    from summarizer import candidates
    text = ("Chief of the General Staff Andrii Hnatov and Commissioner for Human Rights Dmytro Lubinets reported. "
            "What Kosovo wants: recognition. Troops entered Gaza City. The Association of Serb-majority Municipalities "
            "and Republika Srpska were named.")
    assert candidates.people(text) == ["Andrii Hnatov", "Dmytro Lubinets"]


def test_an_aide_s_name_is_offered_without_the_word_aide():
    from summarizer import candidates
    assert candidates.people("Russian Presidential Aide Yuri Ushakov said the talks were useful.") == ["Yuri Ushakov"]


@pytest.mark.parametrize("written,canonical", [
    ("Royal Norwegian Government", "Norway"), ("the Royal Thai Government", "Thailand"),
    ("Norwegian government", "Norway"), ("Royal Norwegian", "Royal Norwegian"),
])
def test_a_government_named_by_its_demonym_after_a_royal_style_is_the_state(written, canonical):
    assert names.party(written) == canonical


def test_a_name_that_opens_with_initials_is_a_candidate_but_not_a_title_a_state_or_a_byline():
    # written for this test
    from summarizer import candidates
    text = ("By Maria T. Lopez\nThe talks were led by A.K. Mishra and general secretary Th. Muivah, with convener N. "
            "Kitovi Zhimomi and George W. Bush's envoy; Dr. Kenny Anthony, N. Korea and U.S. officials and Arunachal "
            "Pradesh were named too.")
    assert candidates.people(text) == ["A.K. Mishra", "Th. Muivah", "N. Kitovi Zhimomi", "George W. Bush",
                                       "Kenny Anthony"]
    assert candidates.people("Le ministre a répondu à M. Araghchi mardi.", "fr") == []


def test_a_name_no_city_bears_written_after_the_as_a_noun_is_a_building_not_a_venue():
    # written for this test
    article = "The envoys met on Monday at the Valdoria, and later in Geneva. The Margara crossing reopened."
    assert names.place("Valdoria", "LATIN", article) is None
    assert names.place("Valdoria", "LATIN", "The envoys met in Valdoria.") is not None, \
        "an unknown name without 'the' may be a small town"
    margara = names.place("Margara", "LATIN", article)
    assert margara is not None and margara.name == "Margara", "'the Margara crossing' names a place"
