"""Every tuned number of the pipeline, in one place, each with the reason it has its value."""

# Locating a quote the model paraphrased (grounding.locate): below this partial-ratio the text is not the quote.
QUOTE_FUZZY_MIN = 90.0

# A place GeoNames knows under a name but with fewer people than this is only taken as that city when the name is
# the city's own (not one of its alternate names): 'Gali' is not Galle, Sri Lanka.
CITY_POPULATION = 50_000  # an exact-name GeoNames match smaller than this is not trusted without the article naming its country

# Two demands of one party are one demand when their texts share this much (rapidfuzz token_set_ratio): the model
# repeats a demand in other words, or two chunks of a long article find the same one.
SAME_DEMAND = 80

# Two open issues are one issue above this token_set_ratio of their texts.
SAME_ISSUE = 85

# Across articles, two dated events of the same month are one event above this token_set_ratio of their
# descriptions; demands of one party merge above SAME_DEMAND_ACROSS.
SAME_EVENT_ACROSS = 70
SAME_DEMAND_ACROSS = 75

# The model writes short texts and is told the limit; a longer text is not a short paraphrase but a copied
# passage, and is dropped (never cut).
MAX_WORDS = {"demand": 18, "issue": 10}
# a clause code copies verbatim from the article's sentence may be longer than what the model is told to write, up
# to this: under the 25 words past which the scorers call a text pasted ("Pakistan demanded that India restore the
# full flow of the Chenab river and share hydrological data every day during the monsoon season": 19)
MAX_CLAUSE_WORDS = {"demand": 24, "issue": 20}

# A sentence the model cites for a demand or issue supports it when it shares at least this many content words
# with the claim; otherwise the best sentence of the article is searched, and must share SUPPORT_SEARCH_MIN.
SUPPORT_CITED_MIN = 2
SUPPORT_SEARCH_MIN = 2
# a sentence that shares this many more content words with the claim than the cited one is the one meant
SUPPORT_BETTER_BY = 2

# A person's name the article does not hold but that is this alike (rapidfuzz ratio) to a name it does hold is that
# name misspelt by the model ('Olfusegun Obasanjo': 97 to 'Olusegun Obasanjo'; two people sharing a first name,
# 'Yemane Gebreab' and 'Yemane Gebremeskel', are 69 apart)
SAME_NAME_SPELLING = 90

# Date expressions offered to the model per chunk (the first ones of the chunk): keeps prompts short.
MAX_DATE_MENTIONS = 40

# A city known only by an alternate name (not its own) and in no country the article names is taken only when it
# is this large: 'La Habana' is Havana, but 'Gali' is not Galle in Sri Lanka.
WELL_KNOWN_CITY = 1_000_000
SAME_NAME_RATIO = 5  # a city this many times bigger than a namesake in a country the article names is the one meant

# A demand text without "X demands that ..." that covers at least this share of its sentence, this similar to it,
# is the sentence pasted ("That will never happen," Vucic said.), not a demand stated
PASTED_SHARE = 0.7
PASTED_SIMILARITY = 90
