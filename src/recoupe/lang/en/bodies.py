"""English nationality adjectives, for descriptions of people ("the Taiwanese president" is not "Chinese
President Xi Jinping"), and the state bodies a nationality describes ("the Israeli military" -> Israeli
Armed Forces), named as the French tables name them (see lang/fr/bodies.py)."""
from recoupe.lang.fr.bodies import _NATIONALITIES

# ("US" is the country's name as much as its adjective: "The US has condemned …" names a state)
NATIONALITIES = {adj.lower(): (country, adj) for country, adj in _NATIONALITIES.values() if adj != "US"}
NATIONALITIES["american"] = ("United States", "US")
COUNTRIES: set[str] = set()
CAPITALS: dict[str, str] = {}
# the nationality comes before the body's noun
NATIONALITY_BEFORE = True
# nationalities written like the country's name, only in capitals ("the US military")
CASED_NATIONALITIES = {"US": ("United States", "US"), "U.S.": ("United States", "US")}
BODIES = {
    "military": "{adj} Armed Forces", "army": "{adj} Armed Forces", "forces": "{adj} Armed Forces",
    "government": "Government of {country}", "authorities": "Government of {country}",
    "presidency": "{adj} Presidency", "ministry": "{adj} ministry", "police": "{adj} police",
    "media": "{adj} media", "television": "{adj} television",
    "administration": "Government of {country}",
}
# governments named after their leader ("the Biden administration", "the Meloni government")
NAMED_AFTER_LEADER = {"government", "administration"}
# qualifiers before the noun that pick a more precise body ("the Russian foreign ministry")
BODY_QUALIFIERS = {
    "ministry": {"foreign": "{adj} Foreign Ministry", "defense": "{adj} Defence Ministry",
                 "defence": "{adj} Defence Ministry", "interior": "{adj} Interior Ministry",
                 "health": "{adj} Health Ministry", "finance": "{adj} Finance Ministry",
                 "justice": "{adj} Justice Ministry"},
    "media": {"state": "{adj} state media"},
    "television": {"state": "{adj} state television"},
}
# bodies whose own English name is not the pattern's
OWN_NAMES = {"US Foreign Ministry": "U.S. Department of State", "US Defence Ministry": "Pentagon"}
GOVERNMENT = "Government of {country}"
WITH_ARTICLE = {"United States", "United Kingdom", "Netherlands", "Czech Republic", "Philippines",
                "United Arab Emirates"}
# seats of power, by their folded name, and the country they stand for ("the occupant of the White House")
SEATS_OF_POWER = {"white house": "United States", "kremlin": "Russia", "downing street": "United Kingdom",
                  "elysee": "France", "elysee palace": "France"}
# words that make a name an organisation's ("International Monetary Fund", "Association of Flight
# Attendants"): what "it" may stand for when the tagger's label is all we have ("Keith Lamont Scott",
# tagged ORG, is a man)
ORGANISATION_WORDS = {
    "fund", "association", "council", "bureau", "agency", "department", "ministry", "commission", "committee",
    "party", "bank", "university", "institute", "court", "company", "corporation", "corp", "inc", "group",
    "foundation", "organization", "organisation", "union", "service", "office", "house", "administration",
    "board", "authority", "network", "center", "centre", "campaign", "army", "navy", "police", "senate",
    "congress", "parliament", "assembly", "government", "reserve", "federation", "alliance", "coalition",
    "league", "society", "trust", "times", "post", "news", "journal", "press", "club", "school", "college",
}
