"""English word lists for the framing stage (tone and stance markers).

Same contract as `recoupe.lang.fr.framing`: regular-expression fragments,
matched case-insensitively on word boundaries.
"""

# Loaded or emotional words: judgement packed into the wording itself.
LOADED = [
    r"disastr\w*", r"catastroph\w*", r"scandal\w*", r"shame\w*", r"disgrace\w*", r"despicabl\w*",
    r"abject", r"odious", r"vile", r"heinous", r"atrocious", r"atrocit\w*", r"horribl\w*",
    r"horrific", r"terrifying", r"appalling", r"barbar\w*", r"massacre\w*", r"carnage",
    r"slaughter\w*", r"genocid\w*", r"dictator\w*", r"tyrann?\w*", r"fanatic\w*", r"extremis\w*",
    r"fascis\w*", r"nazi\w*", r"conspirac\w*", r"propagand\w*", r"lie", r"lies", r"liar\w*",
    r"lying", r"traitor\w*", r"treason\w*", r"betray\w*", r"corrupt\w*", r"cabal", r"delusion\w*",
    r"absurd\w*", r"ridiculous\w*", r"grotesque", r"pathetic", r"lament\w*able", r"stupid\w*",
    r"idiot\w*", r"imbecil\w*", r"moron\w*", r"insan\w*", r"crazy", r"madness", r"hysteri\w*",
    r"apocalyp\w*", r"chaos", r"chaotic", r"fiasco\w*", r"humiliat\w*", r"crook\w*", r"scam\w*",
    r"fraud\w*", r"sham", r"charade", r"manipulat\w*", r"puppet\w*", r"lackey\w*",
    r"warmonger\w*", r"radical\w*", r"thug\w*", r"elites?", r"globalist\w*", r"oligarch\w*",
    r"desperat\w*", r"sinister", r"provocati\w*", r"inflammatory", r"cynical\w*", r"hypocri\w*",
    r"arrogan\w*", r"outrage\w*", r"unacceptable", r"intolerable", r"shocking", r"stunning",
    r"staggering", r"so-called", r"alleged", r"nightmare\w*", r"tragic\w*", r"tragedy",
    r"brutal\w*", r"bloody", r"terroris\w*", r"mafia", r"hate\w*", r"hatred",
    r"rage", r"furious", r"slam\w*", r"blast\w*", r"destroy\w*", r"devastat\w*", r"reckless\w*",
    r"ruthless\w*", r"draconian", r"egregious", r"unhinged", r"deranged",
]

# Intensifiers: degree words that amplify a claim.
INTENSIFIERS = [
    r"very", r"extremely", r"really", r"totally", r"completely", r"absolutely", r"deeply",
    r"terribly", r"incredibl\w*", r"particularly", r"highly", r"utterly", r"colossal",
    r"enormous\w*", r"huge", r"gigantic", r"massive\w*", r"unprecedented", r"literally",
    r"so much", r"truly", r"dramatic\w*", r"radically", r"immense\w*", r"extraordinar\w*",
    r"more and more", r"relentless\w*", r"constantly",
]

# Hedges: the writer signals uncertainty.
HEDGES = [
    r"perhaps", r"maybe", r"probably", r"likely", r"apparently", r"possibly", r"presumably",
    r"seem\w*", r"appear\w*", r"might", r"may", r"could", r"would", r"suggest\w*",
    r"reportedly", r"allegedly", r"supposedly", r"somewhat", r"rather", r"it is possible",
    r"to some extent", r"sort of", r"kind of", r"more or less", r"arguably",
]

# Certainty markers: the writer asserts without room for doubt.
CERTAINTY = [
    r"certainly", r"obviously", r"of course", r"clearly", r"it is clear", r"it is obvious",
    r"undeniabl\w*", r"indisputabl\w*", r"without (?:a|any) doubt", r"no doubt",
    r"necessarily", r"inevitabl\w*", r"surely", r"evidently", r"in reality", r"the truth is",
    r"in fact", r"undoubtedly", r"definitely", r"no one can deny", r"beyond question",
    r"unquestionabl\w*", r"make no mistake",
]

# First-person editorialising: the writer's own voice (outside quotes).
FIRST_PERSON = [
    r"I\s+(?:think|believe|find|feel|am|consider|guess|suspect|hope|fear|doubt|know|see|"
    r"wonder|urge|encourage|would|must|have|'m|’m|suggest|argue|contend|regret|note)",
    r"I['’](?:m|ve|d)\b", r"in my (?:view|opinion)", r"to me", r"personally",
    r"my (?:view|opinion|sense|interest)", r"as an? (?:[\w'’-]+\s+){0,14}?[\w'’-]+(?=,\s*I\b)",
    r"we must", r"let us", r"let's", r"don['’]t forget",
]

# Personal pronouns counted (outside quotes) as rates for the genre model: a
# reporter rarely says "I" or addresses the reader; a columnist and a satirist do.
# ("us" is matched case-sensitively: "US" is the country)
PRONOUNS_FIRST_SINGULAR = [r"I", r"I['’]m", r"I['’]ve", r"I['’]d", r"me", r"my", r"myself"]
PRONOUNS_FIRST_PLURAL = [r"we", r"we['’]re", r"we['’]ve", r"(?-i:[Uu]s)", r"our", r"ourselves"]
PRONOUNS_SECOND = [r"you", r"you['’]re", r"you['’]ve", r"your", r"yourself"]

# Attribution cues: a sentence holding one of them names a source.
ATTRIBUTION = [
    r"according to", r"(?:said|says|say|told|tells|stated|states|claimed|claims|claim|"
    r"reported|reports|report|announced|announces|confirmed|confirms|added|adds|explained|"
    r"explains|noted|notes|warned|warns|wrote|writes|argued|argues|insisted|insists|"
    r"acknowledged|admitted|revealed|reveals|testified|estimated|estimates|cited|cites|"
    r"quoted|alleged|alleges|asserted|asserts)",
    r"sources?", r"spokes(?:man|woman|person)", r"statement", r"interview", r"survey", r"poll",
    r"study", r"data", r"officials?", r"documents?", r"filing", r"agency", r"AP", r"Reuters",
    r"AFP",
]

QUESTION_OPENERS = [r"why", r"how", r"who", r"what", r"which", r"is", r"are", r"does", r"do",
                    r"did", r"can", r"could", r"should", r"will", r"would", r"isn['’]t",
                    r"aren['’]t", r"doesn['’]t", r"what if"]
