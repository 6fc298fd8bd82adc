"""English nationality adjectives, for descriptions of people ("the Taiwanese president" is not "Chinese
President Xi Jinping").  English speakers named as state bodies are left to the entity tagger: the body
tables stay empty here (see lang/fr/bodies.py for what they hold)."""
from recoupe.lang.fr.bodies import _NATIONALITIES

# ("US" is the country's name as much as its adjective: "The US has condemned …" names a state)
NATIONALITIES = {adj.lower(): (country, adj) for country, adj in _NATIONALITIES.values() if adj != "US"}
NATIONALITIES["american"] = ("United States", "US")
COUNTRIES: set[str] = set()
CAPITALS: dict[str, str] = {}
BODIES: dict[str, str] = {}
BODY_QUALIFIERS: dict[str, dict[str, str]] = {}
GOVERNMENT = "Government of {country}"
WITH_ARTICLE: set[str] = set()
# seats of power, by their folded name, and the country they stand for ("the occupant of the White House")
SEATS_OF_POWER = {"white house": "United States", "kremlin": "Russia", "downing street": "United Kingdom",
                  "elysee": "France", "elysee palace": "France"}
