"""French word lists for the `numbers` stage.

Formats: thousands grouped by a space, a no-break space, a narrow no-break
space or a dot (« 150 000 », « 150.000 »); decimal comma (« 2,5 »).
"""

# A thousands separator followed by exactly three digits.
THOUSANDS_SEPARATORS = " \u00a0\u202f."
DECIMAL_MARK = ","

# Number words.  « un », « une » are left out on purpose: they are mostly
# articles; they only count before a scale word (« un million »).
UNITS = {
    "zéro": 0, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13,
    "quatorze": 14, "quinze": 15, "seize": 16, "dix-sept": 17, "dix-huit": 18,
    "dix-neuf": 19, "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40,
    "cinquante": 50, "soixante": 60, "soixante-dix": 70, "septante": 70,
    "quatre-vingt": 80, "quatre-vingts": 80, "huitante": 80, "octante": 80,
    "quatre-vingt-dix": 90, "nonante": 90,
}
ONE_WORDS = {"un": 1, "une": 1}
HUNDRED_WORDS = {"cent": 100, "cents": 100}
THOUSAND_WORDS = {"mille": 1000}
# words that can only be read as numbers when spaCy tags them NUM
AMBIGUOUS_WORDS = {"neuf"}          # « un bâtiment neuf »

# Scale words after a numeral: « 2,5 milliards », « 3 millions », « 10 000 milliers »
SCALES = {
    "million": 1e6, "millions": 1e6, "milliard": 1e9, "milliards": 1e9,
    "billion": 1e12, "billions": 1e12, "mille": 1e3, "md": 1e9, "mds": 1e9,
    "mrd": 1e9, "mrds": 1e9,
}

# Approximate amounts written as nouns: « des dizaines de soldats ».
# Value = the lower bound the word guarantees (« des dizaines » >= 10,
# « une vingtaine » ~ 20), always flagged approximate.
COLLECTIVES = {
    "dizaine": 10, "dizaines": 10, "douzaine": 12, "douzaines": 12,
    "quinzaine": 15, "vingtaine": 20, "trentaine": 30, "quarantaine": 40,
    "cinquantaine": 50, "soixantaine": 60, "centaine": 100, "centaines": 100,
    "millier": 1000, "milliers": 1000, "million": 1e6, "millions": 1e6,
    "milliard": 1e9, "milliards": 1e9,
}
# determiners that introduce a collective (« des dizaines », « une centaine »,
# « plusieurs milliers », « quelques centaines »)
COLLECTIVE_DETERMINERS = ("des", "une", "un", "plusieurs", "quelques", "de", "les", "par")

# Modifiers before a number that make it approximate (or a bound).
APPROX_BEFORE = (
    "environ", "près de", "près d'", "quelque", "plus de", "plus d'", "moins de",
    "moins d'", "au moins", "au plus", "jusqu'à", "presque", "quasiment", "presqu'",
    "approximativement", "autour de", "autour d'", "pas moins de", "pas moins d'",
    "au-delà de", "au-delà d'", "un peu plus de", "un peu moins de", "plus ou moins",
    "de l'ordre de", "de l'ordre d'", "entre", "quelque", "grosso modo", "pratiquement",
    "estimé à", "estimés à", "estimées à", "estimée à", "près", "a peu près", "à peu près",
    "approchant", "avoisinant", "au bas mot", "supérieur à", "inférieur à", "supérieure à",
    "inférieure à", "dépassé", "dépasse", "dépassant", "franchi", "franchit",
)
APPROX_AFTER = ("environ", "au moins", "et plus", "ou plus", "à peu près")

# Words before a number that make it a name or a reference, not a quantity.
REFERENCE_WORDS = {
    "article", "articles", "art", "alinéa", "alinéas", "paragraphe", "paragraphes",
    "chapitre", "chapitres", "page", "pages", "p", "pp", "n", "no", "n°", "numéro",
    "numéros", "résolution", "section", "clause", "annexe", "tome", "volume", "vol",
    "épisode", "saison", "version", "ligne", "route", "autoroute", "rue", "avenue",
    "boulevard", "bd", "tél", "tel", "téléphone", "fax", "bp", "cedex", "code",
    "loi", "décret", "règlement", "amendement", "point", "étape", "acte", "livre",
    "verset", "psaume", "figure", "fig", "tableau", "groupe", "classe", "niveau",
    "catégorie", "porte", "salle", "bâtiment", "terminal", "vol", "canal", "chaîne",
    "gate", "lot", "dossier", "référence", "réf", "ref", "matricule", "id", "numero",
    "arrondissement", "bataillon", "brigade", "régiment", "division", "escadron",
    "partie", "scène", "zone", "secteur", "quai", "voie", "piste", "couloir", "hangar",
    "bloc", "site", "indice", "note", "question", "critère",
}

# Adjectives that sit between a number and the noun it counts
# (« 150 000 nouvelles recrues »); the counted noun is the next word.
PRENOMINAL_ADJECTIVES = {
    "nouveau", "nouveaux", "nouvel", "nouvelle", "nouvelles", "autre", "autres",
    "premier", "premiers", "première", "premières", "dernier", "derniers", "dernière",
    "dernières", "petit", "petits", "petite", "petites", "grand", "grands", "grande",
    "grandes", "jeune", "jeunes", "vieux", "vieil", "vieille", "vieilles", "bon", "bons",
    "bonne", "bonnes", "mauvais", "mauvaise", "mauvaises", "gros", "grosse", "grosses",
    "longues", "longs", "longue", "long", "courtes", "courts", "brèves", "seuls", "seules",
    "seul", "seule", "anciens", "anciennes", "ancien", "ancienne", "ex", "hauts", "haut",
    "hautes", "haute", "simples", "véritables", "vrais", "vraies", "pleins", "pleines",
    "pleine", "plein", "malheureux", "pauvres", "différents", "différentes", "divers",
    "diverses", "prochains", "prochaines", "précédents", "précédentes", "éventuels",
    "éventuelles", "supposés", "présumés", "présumées", "soi-disant", "courageux",
    "demi", "bonnes", "belles", "beaux", "très", "plus", "moins", "bien",
}
# words between the number and the counted noun that are skipped (« 2 milliards d'euros »)
LINK_WORDS = {"de", "d", "d'", "d’"}

# Units written after a number (possibly glued: « 50km », « 10% »).
GLUED_UNITS = ("%", "km", "kg", "km²", "m²", "mm", "cm", "ha", "kt", "mt", "gw", "mw", "kw",
               "€", "$", "£")
SYMBOL_UNITS = {"%": "%", "°C": "°C", "°F": "°F", "€": "euros", "$": "dollars", "£": "livres", "¥": "yens",
                "pour cent": "%", "pourcent": "%", "pour cents": "%", "points": "points"}

# Times of day (« à 14 heures », « 14h30 ») are not quantities.
TIME_PREPOSITIONS = {"à", "vers", "dès", "avant", "après", "jusqu'à", "depuis"}
HOUR_WORDS = {"h", "hr"}   # « heures » is a time only after « à », « vers »…

# Units and counted nouns accepted whatever spaCy tags them (the small model
# reads « 1 dollar » as a verb).
MEASURE_WORDS = {
    "dollar", "dollars", "euro", "euros", "livre", "livres", "franc", "francs", "yen", "yens",
    "yuan", "yuans", "rouble", "roubles", "hryvnia", "hryvnias", "centime", "centimes",
    "an", "ans", "année", "années", "mois", "semaine", "semaines", "jour", "jours", "heure",
    "heures", "minute", "minutes", "seconde", "secondes", "siècle", "siècles",
    "kilomètre", "kilomètres", "km", "mètre", "mètres", "m", "cm", "mm", "kilo", "kilos",
    "kilogramme", "kilogrammes", "kg", "gramme", "grammes", "tonne", "tonnes", "litre",
    "litres", "baril", "barils", "hectare", "hectares", "degré", "degrés", "mégawatts",
    "gigawatts", "personne", "personnes", "habitant", "habitants", "soldat", "soldats",
    "mort", "morts", "blessé", "blessés", "victime", "victimes", "fois", "pays", "points",
}

# Fractions: the number divides (« les deux tiers » = 0.667).
FRACTIONS = {"tiers": 3, "quart": 4, "quarts": 4, "cinquième": 5, "cinquièmes": 5, "dixième": 10,
             "dixièmes": 10, "centième": 100, "centièmes": 100}
