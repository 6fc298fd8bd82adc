"""French word lists for unnamed national bodies as speakers (stage `quotes`).

« le gouvernement indien a critiqué », « la présidence turque a annoncé », « La Hongrie
déclare », « Moscou a dénoncé »: the speaker is a state body that the text describes
instead of naming.  Its canonical name is the common English form, so that one body is
one identity across articles and languages (« le gouvernement indien », "the Indian
government" -> Government of India).
"""

# nationality adjective (every inflection) -> (country, English adjective); countries are spelt
# as in data/aliases.tsv so that « la Hongrie » and « le gouvernement hongrois » meet
_NATIONALITIES = {
    "américain": ("United States", "US"), "étasunien": ("United States", "US"),
    "britannique": ("United Kingdom", "British"), "anglais": ("United Kingdom", "British"),
    "russe": ("Russia", "Russian"), "ukrainien": ("Ukraine", "Ukrainian"), "allemand": ("Germany", "German"),
    "français": ("France", "French"), "italien": ("Italy", "Italian"), "espagnol": ("Spain", "Spanish"),
    "portugais": ("Portugal", "Portuguese"), "polonais": ("Poland", "Polish"), "hongrois": ("Hungary", "Hungarian"),
    "roumain": ("Romania", "Romanian"), "tchèque": ("Czech Republic", "Czech"), "slovaque": ("Slovakia", "Slovak"),
    "autrichien": ("Austria", "Austrian"), "suisse": ("Switzerland", "Swiss"), "belge": ("Belgium", "Belgian"),
    "néerlandais": ("Netherlands", "Dutch"), "suédois": ("Sweden", "Swedish"), "finlandais": ("Finland", "Finnish"),
    "norvégien": ("Norway", "Norwegian"), "danois": ("Denmark", "Danish"), "estonien": ("Estonia", "Estonian"),
    "letton": ("Latvia", "Latvian"), "lituanien": ("Lithuania", "Lithuanian"), "biélorusse": ("Belarus", "Belarusian"),
    "moldave": ("Moldova", "Moldovan"), "grec": ("Greece", "Greek"), "turc": ("Turkey", "Turkish"),
    "serbe": ("Serbia", "Serbian"), "géorgien": ("Georgia", "Georgian"), "arménien": ("Armenia", "Armenian"),
    "azerbaïdjanais": ("Azerbaijan", "Azerbaijani"), "irlandais": ("Ireland", "Irish"),
    "chinois": ("China", "Chinese"), "japonais": ("Japan", "Japanese"), "indien": ("India", "Indian"),
    "pakistanais": ("Pakistan", "Pakistani"), "iranien": ("Iran", "Iranian"), "israélien": ("Israel", "Israeli"),
    "palestinien": ("Palestine", "Palestinian"), "syrien": ("Syria", "Syrian"), "irakien": ("Iraq", "Iraqi"),
    "libanais": ("Lebanon", "Lebanese"), "égyptien": ("Egypt", "Egyptian"), "saoudien": ("Saudi Arabia", "Saudi"),
    "qatari": ("Qatar", "Qatari"), "algérien": ("Algeria", "Algerian"), "marocain": ("Morocco", "Moroccan"),
    "tunisien": ("Tunisia", "Tunisian"), "malien": ("Mali", "Malian"), "nigérian": ("Nigeria", "Nigerian"),
    "sud-africain": ("South Africa", "South African"), "canadien": ("Canada", "Canadian"),
    "mexicain": ("Mexico", "Mexican"), "brésilien": ("Brazil", "Brazilian"), "argentin": ("Argentina", "Argentine"),
    "vénézuélien": ("Venezuela", "Venezuelan"), "australien": ("Australia", "Australian"),
    "nord-coréen": ("North Korea", "North Korean"), "sud-coréen": ("South Korea", "South Korean"),
    "taïwanais": ("Taiwan", "Taiwanese"), "afghan": ("Afghanistan", "Afghan"), "kazakh": ("Kazakhstan", "Kazakh"),
    "croate": ("Croatia", "Croatian"), "slovène": ("Slovenia", "Slovenian"), "bulgare": ("Bulgaria", "Bulgarian"),
    "albanais": ("Albania", "Albanian"), "bosniaque": ("Bosnia and Herzegovina", "Bosnian"),
    "macédonien": ("North Macedonia", "Macedonian"), "monténégrin": ("Montenegro", "Montenegrin"),
    "kosovar": ("Kosovo", "Kosovar"), "chypriote": ("Cyprus", "Cypriot"), "islandais": ("Iceland", "Icelandic"),
    "luxembourgeois": ("Luxembourg", "Luxembourgish"), "jordanien": ("Jordan", "Jordanian"),
    "libyen": ("Libya", "Libyan"), "soudanais": ("Sudan", "Sudanese"), "éthiopien": ("Ethiopia", "Ethiopian"),
    "sénégalais": ("Senegal", "Senegalese"), "ivoirien": ("Ivory Coast", "Ivorian"), "kényan": ("Kenya", "Kenyan"),
    "vietnamien": ("Vietnam", "Vietnamese"), "indonésien": ("Indonesia", "Indonesian"),
    "thaïlandais": ("Thailand", "Thai"), "philippin": ("Philippines", "Philippine"), "cubain": ("Cuba", "Cuban"),
    "colombien": ("Colombia", "Colombian"), "chilien": ("Chile", "Chilean"), "péruvien": ("Peru", "Peruvian"),
    "yéménite": ("Yemen", "Yemeni"), "émirati": ("United Arab Emirates", "Emirati"),
    "néo-zélandais": ("New Zealand", "New Zealand"),
}


def _inflections(word: str) -> set[str]:
    """Masculine, feminine and plural forms of a regular nationality adjective."""
    forms = {word}
    if word.endswith(("ien", "éen")):
        forms |= {word + "ne", word + "s", word + "nes"}
    elif word.endswith("e"):
        forms |= {word + "s"}
    elif word.endswith("s"):
        forms |= {word + "e", word + "es"}
    elif word == "grec":
        forms |= {"grecque", "grecs", "grecques"}
    elif word == "turc":
        forms |= {"turque", "turcs", "turques"}
    elif word == "letton":
        forms |= {"lettone", "lettons", "lettones"}
    else:
        forms |= {word + "e", word + "s", word + "es"}
    return forms


NATIONALITIES = {form: value for word, value in _NATIONALITIES.items() for form in _inflections(word)}
COUNTRIES = {country for country, _adj in _NATIONALITIES.values()}

# a capital speaking is its government (« Moscou a dénoncé », « selon Pékin »)
CAPITALS = {
    "Moscou": "Russia", "Kiev": "Ukraine", "Kyiv": "Ukraine", "Washington": "United States", "Pékin": "China",
    "Paris": "France", "Londres": "United Kingdom", "Berlin": "Germany", "Ankara": "Turkey", "Téhéran": "Iran",
    "Varsovie": "Poland", "Budapest": "Hungary", "Tokyo": "Japan", "Séoul": "South Korea",
    "Pyongyang": "North Korea", "Rome": "Italy", "Madrid": "Spain", "Taipei": "Taiwan", "Minsk": "Belarus",
    "Damas": "Syria", "Riyad": "Saudi Arabia", "New Delhi": "India", "Ottawa": "Canada", "Stockholm": "Sweden",
    "Helsinki": "Finland", "Vilnius": "Lithuania", "Riga": "Latvia", "Tallinn": "Estonia", "Bucarest": "Romania",
    "Prague": "Czech Republic", "Belgrade": "Serbia", "Tbilissi": "Georgia", "Erevan": "Armenia",
    "Bakou": "Azerbaijan", "Le Caire": "Egypt", "Alger": "Algeria", "Rabat": "Morocco", "Bamako": "Mali",
    "Kaboul": "Afghanistan", "Bagdad": "Iraq", "Beyrouth": "Lebanon", "Doha": "Qatar", "Canberra": "Australia",
}

# state bodies, by head noun -> English name; "{adj}" is the English adjective, "{country}" the country.
# A qualifier in the phrase picks a more precise body (« le ministère russe de la Défense »).  One body has
# one name: « l'armée russe » and « les forces armées russes » are the Russian Armed Forces, « les autorités
# saoudiennes » and « le gouvernement saoudien » the Government of Saudi Arabia.
BODIES = {
    "gouvernement": "Government of {country}", "exécutif": "Government of {country}",
    "présidence": "{adj} Presidency", "armée": "{adj} Armed Forces", "marine": "{adj} Navy",
    "diplomatie": "{adj} Foreign Ministry", "parlement": "{adj} Parliament", "police": "{adj} police",
    "justice": "{adj} judiciary", "état-major": "{adj} General Staff", "autorités": "Government of {country}",
    "télévision": "{adj} television", "médias": "{adj} media", "presse": "{adj} press",
    "ministère": "{adj} ministry", "forces": "{adj} forces",
    "partie": "Government of {country}",      # « la partie russe a déclaré »: the Russian side in talks
    "administration": "Government of {country}",
}
# governments named after their leader (« le gouvernement Meloni », « l'administration Biden »)
NAMED_AFTER_LEADER = {"gouvernement", "administration"}
BODY_QUALIFIERS = {
    "ministère": {"affaires étrangères": "{adj} Foreign Ministry", "défense": "{adj} Defence Ministry",
                  "intérieur": "{adj} Interior Ministry", "santé": "{adj} Health Ministry",
                  "économie": "{adj} Economy Ministry", "finances": "{adj} Finance Ministry",
                  "immigration": "{adj} Immigration Ministry", "justice": "{adj} Justice Ministry",
                  "agriculture": "{adj} Agriculture Ministry", "éducation": "{adj} Education Ministry",
                  "énergie": "{adj} Energy Ministry", "travail": "{adj} Labour Ministry",
                  "transports": "{adj} Transport Ministry"},
    "télévision": {"d'état": "{adj} state television", "publique": "{adj} state television",
                   "officielle": "{adj} state television"},
    "médias": {"d'état": "{adj} state media", "officiels": "{adj} state media", "publics": "{adj} state media"},
    "forces": {"armées": "{adj} Armed Forces"},
    "responsable": {"militaire": "{adj} Armed Forces"},
}
# unnamed officials who speak for a body of their country (« une diplomate américaine assure »)
UNNAMED_OFFICIALS = {"diplomate": "{adj} Foreign Ministry", "responsable": "Government of {country}",
                     "officiel": "Government of {country}", "officier": "{adj} Armed Forces"}
# bodies whose own English name is not the pattern's (« la diplomatie américaine »)
OWN_NAMES = {"US Foreign Ministry": "U.S. Department of State"}
# the form a country takes as a speaker (« La Hongrie déclare » -> Government of Hungary)
GOVERNMENT = "Government of {country}"
# countries whose English name takes "the" (Government of the United States)
WITH_ARTICLE = {"United States", "United Kingdom", "Netherlands", "Czech Republic", "Philippines",
                "United Arab Emirates"}
# seats of power, by their folded name, and the country they stand for (« le locataire de l'Élysée »)
SEATS_OF_POWER = {"elysee": "France", "matignon": "France", "maison blanche": "United States",
                  "kremlin": "Russia", "downing street": "United Kingdom", "quai d orsay": "France"}
