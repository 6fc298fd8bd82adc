"""English word lists for the `numbers` stage.

Formats: thousands grouped by a comma (« 150,000 »), decimal point (« 1.5 »).
"""

THOUSANDS_SEPARATORS = ","
DECIMAL_MARK = "."

# « one » and « a » are left out: mostly pronouns and articles; they only
# count before a scale word (« one million », « a thousand »).
UNITS = {
    "zero": 0, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
ONE_WORDS = {"one": 1, "a": 1, "an": 1}
HUNDRED_WORDS = {"hundred": 100}
THOUSAND_WORDS = {"thousand": 1000}
AMBIGUOUS_WORDS: set[str] = set()

SCALES = {
    "thousand": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9, "billions": 1e9,
    "trillion": 1e12, "trillions": 1e12, "bn": 1e9, "mn": 1e6, "mln": 1e6,
    "tn": 1e12,
}

COLLECTIVES = {
    "dozen": 12, "dozens": 12, "score": 20, "scores": 20, "hundreds": 100,
    "thousands": 1000, "tens of thousands": 10000, "hundreds of thousands": 100000,
    "millions": 1e6, "billions": 1e9,
}
COLLECTIVE_DETERMINERS = ("a", "several", "many", "some", "few", "by", "the")

APPROX_BEFORE = (
    "about", "around", "approximately", "roughly", "nearly", "almost", "some",
    "more than", "over", "at least", "up to", "less than", "fewer than", "under",
    "an estimated", "estimated", "close to", "upwards of", "as many as", "as much as",
    "as few as", "no fewer than", "no less than", "in excess of", "just over",
    "just under", "well over", "more", "below", "above", "exceeding", "exceeded",
    "surpassed", "passed", "topped", "between", "circa", "c.", "approx.", "almost",
)
APPROX_AFTER = ("or so", "or more", "odd", "plus", "or fewer", "or less")

REFERENCE_WORDS = {
    "article", "articles", "art", "section", "sections", "paragraph", "clause", "chapter",
    "page", "pages", "p", "pp", "no", "nos", "number", "resolution", "amendment",
    "annex", "volume", "vol", "episode", "season", "version", "route", "highway",
    "interstate", "street", "avenue", "suite", "room", "gate", "flight", "line",
    "platform", "phase", "stage", "step", "level", "grade", "class", "group", "figure",
    "fig", "table", "item", "bill", "act", "title", "rule", "tel", "phone", "fax",
    "box", "unit", "apt", "floor", "building", "lot", "id", "ref", "district",
    "brigade", "battalion", "regiment", "division", "squadron", "part", "scene",
    "zone", "sector", "pier", "track", "question", "criterion", "verse", "psalm",
    "proposition", "prop", "exhibit", "channel", "category", "model", "type", "term",
}

PRENOMINAL_ADJECTIVES = {
    "new", "other", "more", "additional", "extra", "further", "young", "old", "former",
    "first", "last", "small", "large", "big", "great", "major", "minor", "full",
    "long", "short", "high", "low", "top", "key", "main", "senior", "junior", "such",
    "different", "separate", "individual", "potential", "alleged", "suspected",
    "confirmed", "reported", "estimated", "registered", "previous", "next", "own",
    "ukrainian", "russian", "american", "us", "u.s.", "european", "british", "french",
    "german", "chinese", "israeli", "palestinian", "foreign", "local", "civilian",
    "military", "active", "armed", "innocent", "unarmed", "very", "so", "too",
}
LINK_WORDS = {"of"}

GLUED_UNITS = ("%", "km", "kg", "mm", "cm", "mi", "lb", "lbs", "ft", "gw", "mw", "kw",
               "bn", "m", "k", "€", "$", "£")
SYMBOL_UNITS = {"%": "%", "°C": "°C", "°F": "°F", "€": "euros", "$": "dollars", "£": "pounds", "¥": "yen",
                "percent": "%", "per cent": "%", "percentage points": "percentage points"}

TIME_PREPOSITIONS = {"at", "by", "before", "after", "until", "till", "around", "from", "since"}
HOUR_WORDS = {"am", "pm", "a.m.", "p.m.", "o'clock", "o’clock", "gmt", "utc", "et", "est",
              "edt", "pst", "pdt", "bst", "cet", "cest", "hrs", "h"}

MEASURE_WORDS = {
    "dollar", "dollars", "euro", "euros", "pound", "pounds", "yen", "yuan", "rubles",
    "roubles", "cents", "year", "years", "month", "months", "week", "weeks", "day", "days",
    "hour", "hours", "minute", "minutes", "second", "seconds", "century", "centuries",
    "mile", "miles", "kilometer", "kilometers", "kilometre", "kilometres", "km", "meter",
    "meters", "metre", "metres", "feet", "foot", "inch", "inches", "ton", "tons", "tonnes",
    "barrel", "barrels", "acre", "acres", "degree", "degrees", "people", "persons",
    "soldiers", "troops", "deaths", "dead", "victims", "times", "countries", "points",
}

FRACTIONS = {"third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5,
             "tenth": 10, "tenths": 10, "hundredth": 100, "hundredths": 100}
