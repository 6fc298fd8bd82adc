"""French word lists for the framing stage (tone and stance markers).

Each list holds regular-expression fragments matched case-insensitively on
word boundaries; a trailing `\\w*` covers inflections.  Lists are kept
precise rather than long: a marker is shown to a fact-checker as evidence, so
a false hit costs more than a miss.
"""

# Loaded or emotional words: judgement packed into the wording itself.
LOADED = [
    r"désastr\w*", r"catastroph\w*", r"scandal\w*", r"honte\w*", r"honteu\w*", r"ignoble\w*",
    r"abject\w*", r"odieu\w*", r"infâme\w*", r"immonde\w*", r"atroc\w*", r"horribl\w*",
    r"effroyabl\w*", r"terrifi\w*", r"effray\w*", r"barbar\w*", r"massacr\w*", r"carnage\w*",
    r"boucherie\w*", r"génocid\w*", r"dictat(?:ure|eur|eurs|oriale?s?)", r"tyran\w*",
    r"fanatique\w*", r"extrémis\w*", r"fascis\w*", r"nazi\w*", r"complot\w*", r"propagand\w*",
    r"mensong\w*", r"menteu\w*", r"traître\w*", r"trahi\w*", r"corrompu\w*", r"corruption",
    r"clique", r"délir\w*", r"absurd\w*", r"ridicul\w*", r"grotesqu\w*", r"pathétique\w*",
    r"lamentabl\w*", r"minable\w*", r"stupid\w*", r"débile\w*", r"idiot\w*", r"imbécil\w*",
    r"fou", r"folle", r"folie\w*", r"hystéri\w*", r"psychos\w*", r"apocalyp\w*", r"chaos",
    r"chaotique\w*", r"fiasco\w*", r"naufrag\w*", r"humili\w*", r"escroc\w*", r"escroquerie\w*",
    r"arnaqu\w*", r"imposture\w*", r"imposteur\w*", r"manipul\w*", r"mascarade\w*",
    r"diktat\w*", r"marionnette\w*", r"laquais", r"vassa\w*", r"va-t-en-guerre", r"bellicis\w*",
    r"russophob\w*", r"islamophob\w*", r"collabo\w*", r"mondialis\w*", r"oligarqu\w*",
    r"désespér\w*", r"sinistre\w*", r"funeste\w*", r"provocat\w*", r"incendiaire\w*",
    r"sournois\w*", r"cyni\w*", r"hypocri\w*", r"arrogan\w*", r"inadmissibl\w*",
    r"inacceptabl\w*", r"intolérabl\w*", r"révoltant\w*", r"choquant\w*", r"effarant\w*",
    r"stupéfiant\w*", r"sidérant\w*", r"aberran\w*", r"démen\w*", r"insens\w*", r"ahurissant\w*",
    r"prétendu\w*", r"soi-disant", r"pseudo-\w+", r"saccag\w*", r"pillag\w*",
    r"ruin\w*", r"fléau\w*", r"cauchemar\w*", r"tragique\w*", r"tragédie\w*", r"sacrifi\w*",
    r"spectre", r"brutal\w*", r"sanglant\w*", r"terroris\w*", r"voyou\w*",
    r"gangster\w*", r"mafi\w*", r"racaille\w*", r"sectaire\w*", r"gourou\w*", r"endoctrin\w*",
    r"mépris\w*", r"haine\w*", r"haineu\w*", r"rage", r"furie\w*", r"furieu\w*",
]

# Intensifiers: degree words that amplify a claim.
INTENSIFIERS = [
    r"très", r"extrêmement", r"vraiment", r"totalement", r"complètement", r"absolument",
    r"profondément", r"terriblement", r"incroyabl\w*", r"particulièrement", r"hautement",
    r"parfaitement", r"colossa\w*", r"énorme\w*", r"gigantesque\w*", r"massi(?:f|ve|fs|ves)",
    r"sans précédent", r"rien de moins", r"tout à fait", r"littéralement", r"tellement",
    r"carrément", r"spectaculair\w*", r"radicalement", r"considérablement", r"immense\w*",
    r"gravissime\w*", r"extraordinair\w*", r"de plus en plus", r"au plus haut point",
    r"à outrance", r"jamais vu\w*", r"en masse", r"incessant\w*", r"sans cesse", r"constamment",
]

# Hedges: the writer signals uncertainty.
HEDGES = [
    r"peut-être", r"probablement", r"vraisemblablement", r"apparemment", r"possiblement",
    r"éventuel\w*", r"semble\w*", r"semblai\w*", r"sembler\w*", r"paraît\w*", r"il se peut",
    r"pourrai(?:t|ent)", r"serai(?:t|ent)", r"aurai(?:t|ent)", r"supposé\w*", r"présumé\w*",
    r"a priori", r"plutôt", r"sans doute", r"il est possible", r"il n['’]est pas exclu",
    r"dans une certaine mesure", r"en quelque sorte", r"plus ou moins",
]

# Certainty markers: the writer asserts without room for doubt.
CERTAINTY = [
    r"certainement", r"évidemment", r"bien sûr", r"clairement", r"il est clair",
    r"il est évident", r"indéniabl\w*", r"incontestabl\w*", r"sans aucun doute",
    r"il ne fait aucun doute", r"forcément", r"nécessairement", r"inévitabl\w*",
    r"assurément", r"manifestement", r"de toute évidence", r"en réalité", r"la vérité est",
    r"il est donc clair", r"à coup sûr", r"immanquablement", r"indubitablement",
    r"nul ne peut nier", r"personne ne peut nier", r"il faut bien",
    r"bel et bien", r"sans conteste", r"aucun doute",
]

# First-person editorialising: the writer's own voice (outside quotes).
FIRST_PERSON = [
    r"je\s+(?:ne\s+)?(?:pense|crois|trouve|suis|reste|dois|dirais|dirai|considère|estime|"
    r"juge|regrette|déplore|souhaite|espère|encourage|crains|doute|sais|vois|constate|"
    r"remarque|note|rappelle|préfère|veux|voudrais|me\s+demande|ne\s+peux|peux|affirme|"
    r"n['’]ai|n['’]en|ai\s+\w+)",
    r"j['’](?:ai\s+\w+|avoue|estime|espère|encourage|observe|imagine|admets|en\s+suis|y\s+vois)",
    r"à mon (?:avis|sens)", r"selon moi", r"pour ma part", r"personnellement",
    r"en tant qu['’e]\s*(?:[\w'’-]+\s+){0,14}?[\w'’-]+(?=,)",
    r"mon (?:intérêt|avis|opinion|point de vue|sentiment)", r"il me semble",
    r"nous devons", r"n['’]oublions pas", r"rappelons", r"souvenons-nous",
]

# Personal pronouns counted (outside quotes) as rates for the genre model: a
# reporter rarely says "I" or addresses the reader; a columnist and a satirist do.
PRONOUNS_FIRST_SINGULAR = [r"je", r"j['’]\w+", r"moi", r"mon", r"ma", r"mes"]
PRONOUNS_FIRST_PLURAL = [r"nous", r"notre", r"nos"]
# (not « ton »: « hausser le ton » is a reporter's phrase)
PRONOUNS_SECOND = [r"vous", r"votre", r"vos", r"tu", r"toi", r"tes"]

# Attribution cues: a sentence holding one of them names a source.
ATTRIBUTION = [
    r"selon", r"d['’]après", r"a (?:déclaré|dit|affirmé|indiqué|précisé|annoncé|expliqué|"
    r"assuré|souligné|ajouté|estimé|rapporté|confirmé|averti|prévenu|révélé|écrit|reconnu|"
    r"admis|jugé|répondu|martelé|dénoncé|insisté|rappelé|fait savoir)",
    r"ont (?:déclaré|dit|affirmé|indiqué|précisé|annoncé|expliqué|assuré|souligné|rapporté|"
    r"confirmé|averti|révélé|écrit|reconnu|admis)",
    r"(?:déclare|dit|affirme|indique|précise|annonce|explique|assure|souligne|ajoute|estime|"
    r"rapporte|confirme|avertit|prévient|révèle|écrit|reconnaît|admet|cite|juge|note)(?:nt)?",
    r"a-t-(?:il|elle) (?:déclaré|dit|ajouté|affirmé|indiqué|précisé|expliqué|souligné)",
    r"(?:déclar|affirm|indiqu|précis|annon|expliqu|soulign|ajout|rapport|confirm)\w*-t-(?:il|elle)",
    r"de source\w*", r"sources?\s*:", r"source proche", r"rapport", r"communiqué",
    r"interview", r"entretien", r"enquête", r"étude", r"sondage", r"statistique\w*",
    r"porte-parole", r"agence", r"AFP", r"Reuters", r"officiel\w*",
]

# Words that open a question asked in the writer's voice.
QUESTION_OPENERS = [r"pourquoi", r"comment", r"qui", r"que", r"qu['’]", r"quel\w*", r"est-ce",
                    r"faut-il", r"peut-on", r"doit-on", r"va-t-on", r"et si"]
