"""French word lists and phrase patterns for the `dates` stage.

Patterns are regular-expression templates; `recoupe.extract.dates` fills the
placeholders ({WEEKDAY}, {MONTH}, {DAY}, {YEAR}, {NUM}, {UNIT}, {SP}, {AP})
and compiles them once.  Matching is case-insensitive for French.
"""

CASE_SENSITIVE = False

# Words just before a phrase that make it generic (« chaque mois de mai »,
# « les défis de demain »): the phrase is kept, unresolved.
GENERIC_BEFORE = r"(?:chaque|tous{SP}les|toutes{SP}les|les{SP}(?:[\w-]+{SP}){1,3}de)"

MONTHS = {
    "janvier": 1, "janv.": 1, "février": 2, "fevrier": 2, "févr.": 2, "fév.": 2,
    "mars": 3, "avril": 4, "avr.": 4, "mai": 5, "juin": 6, "juillet": 7, "juil.": 7,
    "août": 8, "aout": 8, "septembre": 9, "sept.": 9, "octobre": 10, "oct.": 10,
    "novembre": 11, "nov.": 11, "décembre": 12, "decembre": 12, "déc.": 12,
}
SEASONS = {"printemps": "spring", "été": "summer", "automne": "autumn", "hiver": "winter"}
WEEKDAYS = {"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4,
            "samedi": 5, "dimanche": 6}
# day of month: « 1er », « 17 », « premier »
DAY = r"(?:1er|premier|[12][0-9]|3[01]|0?[1-9])"

# number words usable in « il y a deux ans » (digits are always accepted)
NUMBER_WORDS = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
    "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12,
    "quinze": 15, "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50,
    "cent": 100,
}
# units of « il y a N … », mapped to the granularity of the result
UNITS = {
    "jour": "day", "jours": "day", "semaine": "week", "semaines": "week",
    "mois": "month", "an": "year", "ans": "year", "année": "year", "années": "year",
    "heure": "hour", "heures": "hour", "minute": "hour", "minutes": "hour",
    "décennie": "decade", "décennies": "decade",
}

# Absolute and anchored forms.  kind -> list of templates.
#   date:    weekday? day month year?       -> YYYY-MM-DD
#   monthyear: month year                   -> YYYY-MM
#   month:   month with a cue (« en février ») -> YYYY-MM (nearest past month)
#   year:    year with a cue (« en 2014 »)   -> YYYY
#   weekday: a weekday alone, optionally « dernier »/« prochain »
#   ago:     « il y a N unités »            -> base minus N units (dateparser)
#   ahead:   « dans N unités »
PATTERNS = {
    "date": [
        # a range of days: « du 23 au 24 juillet » (resolved to its first day)
        r"(?:(?:du|les|entre{SP}le){SP})?(?P<day>{DAY}){SP}(?:au|et|-|–){SP}(?:le{SP})?(?P<day_end>{DAY}){SP}(?P<month>{MONTH})(?:{SP}(?P<year>{YEAR}))?",
        r"(?:(?:le|ce|du|au){SP})?(?:(?P<weekday>{WEEKDAY}){SP})?(?P<day>{DAY}){SP}(?P<month>{MONTH})(?:{SP}(?P<year>{YEAR})|{SP}(?P<rel>dernier|prochain))?",
    ],
    "monthyear": [
        r"(?:(?:en|depuis|dès|jusqu{AP}en|avant|après|à partir de|mi-|fin|début|courant)(?:{SP})?)?(?P<month>{MONTH}){SP}(?P<year>{YEAR})",
        r"(?:(?:au|le|du|dès le|depuis le|jusqu{AP}au){SP})?(?:début|fin|milieu|mois){SP}(?:du{SP}mois{SP})?(?:de{SP}|d{AP})(?P<month>{MONTH}){SP}(?P<year>{YEAR})",
    ],
    "month": [
        r"(?:(?:au|le|du|dès le|depuis le|jusqu{AP}au){SP})?(?:début|fin|milieu|mois){SP}(?:du{SP}mois{SP})?(?:de{SP}|d{AP})(?P<month>{MONTH})(?:{SP}(?P<rel>de{SP}cette{SP}année|dernier|prochain))?",
        r"(?:en|depuis|dès|jusqu{AP}en|courant|fin|début|mi-|d{AP}ici{SP}(?:à|fin|début)(?:{SP})?|à partir de)(?:{SP})?(?P<month>{MONTH})(?:{SP}(?P<rel>dernier|prochain))?",
        r"(?:le|ce|au|du){SP}mois{SP}(?:de{SP}|d{AP})(?P<month>{MONTH})(?:{SP}(?P<rel>dernier|prochain))?",
    ],
    "year": [
        r"(?:en|depuis|dès|jusqu{AP}en|avant|après|courant|fin|début|mi-|d{AP}ici{SP}(?:à{SP}|fin{SP}|début{SP})?|à partir de|l{AP}année|l{AP}an|année)(?:{SP})?(?P<year>{YEAR})",
    ],
    # seasons, reported at year granularity: « au printemps 2022 », « l'été dernier », « cet automne »
    "season": [
        r"(?:(?:au|en|cet|ce|l{AP}|à{SP}l{AP}|depuis{SP}l{AP}|dès{SP}l{AP}|fin{SP}de{SP}l{AP}|début{SP}de{SP}l{AP})(?:{SP})?)(?P<season>printemps|été|automne|hiver)(?:{SP}(?P<year>{YEAR})|{SP}(?P<rel>dernier|prochain))?",
    ],
    "weekday": [
        r"(?:(?P<pre>ce|le|dès|depuis|jusqu{AP}à){SP})?(?P<weekday>{WEEKDAY})(?:{SP}(?P<rel>dernier|passé|prochain|soir|matin|après-midi))?",
    ],
    "ago": [
        r"il{SP}y{SP}a{SP}(?:(?:environ|près{SP}de|plus{SP}de|moins{SP}de|presque){SP})?(?P<num>{NUM}){SP}(?P<unit>{UNIT})",
    ],
    "ahead": [
        r"dans{SP}(?P<num>{NUM}){SP}(?P<unit>{UNIT})(?!{SP}(?:de|d{AP}|du|des))",
    ],
}

# Fixed relative phrases: regex -> (granularity, offset).  « week » results
# are reported at month granularity when the whole week lies in one month.
RELATIVE = {
    r"avant-hier": ("day", -2),
    r"hier(?:{SP}(?:soir|matin|après-midi|midi))?": ("day", -1),
    r"après-demain": ("day", 2),
    r"demain(?:{SP}(?:soir|matin|après-midi|midi))?": ("day", 1),
    r"(?:ce|cet){SP}(?:matin|après-midi|soir|midi)": ("day", 0),
    r"cette{SP}nuit": ("day", 0),
    r"(?:cette{SP}semaine|(?:en|au){SP}(?:début|fin){SP}de{SP}(?:cette{SP})?semaine|ce{SP}week-end)": ("week", 0),
    r"(?:la{SP}semaine{SP}(?:dernière|passée)|le{SP}week-end{SP}(?:dernier|passé))": ("week", -1),
    r"(?:la{SP}semaine{SP}prochaine|le{SP}week-end{SP}prochain)": ("week", 1),
    r"(?:ce{SP}mois-ci|ce{SP}mois|(?:en|au){SP}(?:début|fin){SP}de{SP}(?:ce{SP})?mois|(?:au{SP})?début{SP}du{SP}mois|(?:à{SP}la{SP})?fin{SP}du{SP}mois)": ("month", 0),
    r"le{SP}mois{SP}(?:dernier|passé|précédent)": ("month", -1),
    r"le{SP}mois{SP}prochain": ("month", 1),
    r"(?:cette{SP}année|l{AP}année{SP}en{SP}cours|(?:en|au){SP}(?:début|fin){SP}d{AP}(?:cette{SP})?année)": ("year", 0),
    r"(?:l{AP}année{SP}(?:dernière|passée|précédente)|l{AP}an{SP}(?:dernier|passé))": ("year", -1),
    r"(?:l{AP}année{SP}prochaine|l{AP}an{SP}prochain)": ("year", 1),
}

# Time expressions that name no fixed date: kept with resolved = null.
VAGUE = [
    r"aujourd{AP}hui",
    r"(?:quelques|plusieurs){SP}(?:heures|jours|semaines|mois|années){SP}(?:auparavant|plus{SP}tôt|plus{SP}tard|avant|après)",
    r"(?:d{AP}ici|dans){SP}(?:les){SP}(?:jours|semaines|mois|années){SP}(?:qui{SP}viennent|à{SP}venir|prochains|prochaines)",
    r"il{SP}y{SP}a{SP}(?:quelques|plusieurs){SP}(?:heures|jours|semaines|mois|années|ans)",
    r"(?:ces|les){SP}(?:derniers|dernières){SP}(?:jours|semaines|mois|années)",
    # decades: « les années 1970 », « années 80 »
    r"(?:(?:les|des|aux|dans{SP}les|depuis{SP}les|fin{SP}des|début{SP}des){SP})?années{SP}(?:19|20)?\d0(?!\d)",
    r"la{SP}veille", r"le{SP}lendemain", r"l{AP}avant-veille", r"le{SP}surlendemain",
]

# Lemmas that make a present-tense clause look forward, so that its weekday or
# date is the next one, not the last: « sont attendues samedi », « la réunion
# est prévue mardi », « il doit / va se rendre jeudi à Kiev ».
PROSPECTIVE = {"attendre", "prévoir", "programmer", "devoir", "aller", "compter", "apprêter",
               "envisager"}
