"""English attribution rules on the dependency parse of en_core_web_sm (stage `quotes`).

The shared indirect-speech pass of `extract/quotes.py` finds "X said (that) …" and
"…, X said." through a cue verb's clausal complement.  English news reports much
more than that; these rules add, each on the parse alone (no list of names):

- incises: "In a merger, he said, the brand would survive." and "As the Times
  noted, Clinton raised …": the cue hangs off the reported clause (parataxis, or
  an "as" clause), so the content is that clause minus the incise;
- objects and prepositional objects of verbs of stance and speech: "Lawmakers
  endorsed making it harder …", "She called for increased regulation …",
  "accusing his followers of sexism" (the second complement belongs to the content);
- passives with their agent: "This proposal was rejected by 64 percent of voters";
- nouns of speech and stance with their owner: "Obama's criticism of the bill",
  "his promise to build a wall", "the senator's claim that …".

- stance adjectives with a clause: "Officials were adamant that …";
- present participles modifying their source: "a super PAC supporting Mrs. Clinton's candidacy";
- "according to X" on the side where its clause is, and "Name: clause" headlines.

`trim_content` cuts what the reporter adds after a reported clause (", where he
trailed …", ", pointing to …", "and highlighted …" sharing the reporting verb's subject).
`genders_from_pronouns` gives names the gender of the he/she that takes them up, so
that pronoun speakers resolve to a person of the right gender.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from spacy.tokens import Span, Token

from recoupe.lang.en.speech import BODY_NOUNS, CUE_VERBS, INTENT_VERBS, MEDIA_NOUNS, PERSON_ROLES, SPEECH_NOUNS
from recoupe.nlp.spans import dateline_ranges, doc_heads, doc_tokens, span_tokens

# verbs whose direct object is what the source says, wants, thinks or takes a stand on
# ("endorsed Trump", "denounced the deal", "feared the re-emergence of …")
OBJECT_VERBS = {
    "endorse", "support", "oppose", "back", "favor", "favour", "reject", "accept", "approve", "welcome",
    "accuse", "blame", "credit", "criticize", "criticise", "assail", "slam", "blast", "denounce",
    "condemn", "decry", "rebuke", "deride", "mock", "ridicule", "dismiss", "praise", "laud", "applaud",
    "hail", "tout", "champion", "defend", "promote", "describe", "portray", "depict", "characterize",
    "label", "brand", "call", "consider", "cite", "mention", "note",
    "discuss", "address", "announce", "unveil", "propose", "suggest", "recommend",
    "demand", "request", "seek", "want", "fear", "hope", "expect", "predict", "promise", "pledge", "vow",
    "threaten", "question", "doubt", "dispute", "deny", "acknowledge", "admit", "concede", "confirm",
    "reveal", "disclose", "report", "claim", "allege", "argue", "insist", "repeat", "reiterate", "echo",
    "recall", "explain", "outline", "detail", "list", "identify", "declare",
    "recognize", "recognise", "like", "love", "hate", "dislike", "admire", "respect",
    "trust", "distrust", "believe", "prefer", "retweet", "say",
    "find", "estimate", "rank", "rate", "emphasize", "emphasise", "stress",
    "highlight", "underscore", "bemoan", "lament", "regret", "relish", "celebrate", "downplay", "expose",
    "express", "voice", "signal",
}
# not here on purpose: "tell", "ask", "urge", "quote" (their object is the addressee or the one
# quoted: "told a news conference"), "write", "tweet", "post" (their object is the thing written:
# "wrote a children's book"), "raise", "attack", "name", "appoint", "show", "see" (their object is
# as often a thing done as a thing said: "raised $3 million", "attacked a compound")
# verbs of evidence whose object is a finding when a document, a poll or a record shows it
# ("New Hampshire polls have shown Cruz and Rubio in a jumble", "ledgers showing he was paid")
EVIDENCE_VERBS = {"show", "indicate", "reveal", "suggest", "find", "confirm"}
EVIDENCE_SUBJECTS = {
    "poll", "survey", "study", "report", "data", "record", "document", "video", "analysis", "figure",
    "estimate", "count", "search", "review", "audit", "memo", "email", "e-mail", "letter", "ledger", "filing",
    "transcript", "tally", "census", "test", "research", "investigation", "evidence", "footage", "recording",
    "photo", "image", "map", "chart", "statistic", "result", "number", "exit", "file", "log", "book",
    "average", "projection", "tracker", "graphic",
}
# pieces of evidence that give a figure or a standing "in" them ("Trump leads by 57 percent to 33
# percent in the 50-state poll", "In this poll, Trump rose 1 point"): the poll is the source
POLL_NOUNS = {"poll", "survey", "average", "tracker", "tally", "projection", "forecast", "census"}
# someone's mind, "in" which a clause holds ("in his view", "in the eyes of many voters")
VIEW_NOUNS = {"view", "opinion", "words", "estimation", "judgment", "judgement", "mind", "eyes", "eye",
              "assessment", "telling", "account"}
# counts and reckonings "by" which a figure holds ("by the AP's tally", "by some estimates")
RECKONING_NOUNS = {"tally", "count", "estimate", "measure", "reckoning", "account", "calculation",
                   "projection", "standard", "metric"}
# ... of which an unnamed one is still a source ("by one estimate"; not "by most measures")
COUNT_NOUNS = {"tally", "count", "estimate", "calculation", "projection"}
# verbs whose "in the poll" is where something is done, not what the poll finds ("took part in
# the survey", "the question was included in the poll")
POLL_ACTIONS = {"participate", "take", "include", "ask", "question", "interview", "respond", "answer",
                "conduct", "publish", "release", "use", "appear", "list", "mention", "feature", "weight",
                "sample", "poll", "survey", "cite", "invest", "see", "read", "find", "report"}
# prepositions that complete what a piece of evidence shows ("shown X in a jumble for second place")
EVIDENCE_COMPLEMENT = {"in", "as", "at", "with", "for", "behind", "ahead", "among", "on", "by"}
# verbs whose object is a content only with its "as" complement ("sees the deal as a threat")
AS_VERBS = {"see", "view", "regard", "perceive", "treat", "paint", "cast"}
# verb + preposition whose object is the content ("called for", "talked about", "railed against")
PREPOSITION_VERBS = {
    "call": {"for"}, "ask": {"for", "about"}, "argue": {"for", "against", "about"}, "push": {"for"},
    "press": {"for"}, "lobby": {"for", "against"}, "vote": {"for", "against"}, "campaign": {"for", "against"},
    "speak": {"about", "of", "against"}, "talk": {"about", "of"}, "complain": {"about", "of"},
    "warn": {"about", "of", "against"}, "comment": {"on", "about"}, "focus": {"on"}, "agree": {"with", "on"},
    "disagree": {"with", "on", "about"}, "refer": {"to"}, "point": {"to"}, "object": {"to"},
    "respond": {"to"}, "reply": {"to"}, "react": {"to"}, "rail": {"against"}, "lash": {"at", "out"},
    "hope": {"for"}, "wish": {"for"}, "worry": {"about"}, "care": {"about"}, "think": {"about", "of"},
    "write": {"about", "of"}, "tweet": {"about"}, "boast": {"about", "of"}, "brag": {"about"},
    "joke": {"about"}, "testify": {"about", "on"}, "rant": {"about", "against"}, "fight": {"for", "against"},
    "advocate": {"for"}, "allude": {"to"}, "insist": {"on"}, "elaborate": {"on"}, "weigh": {"in"},
    "sound": {"off"}, "apologize": {"for"}, "apologise": {"for"}, "praise": {"for"}, "criticize": {"for"},
}
# prepositions that carry the second half of a content after the object
# ("accused X of Y", "described X as Y", "blamed X for Y")
SECOND_COMPLEMENT = {"of", "for", "as", "like", "including"}
# verbs of estimation whose figure comes with "at" ("estimates his fortune at $42 billion")
ESTIMATE_VERBS = {"estimate", "put", "peg", "rank", "rate", "value", "place"}

# adjectives of certainty and stance that report their subject's mind when they take a clause
# ("People briefed on it were adamant that …", "She is sure that …", "He was eager to …")
STANCE_ADJECTIVES = {
    "adamant", "sure", "certain", "confident", "convinced", "clear", "aware", "hopeful", "optimistic",
    "pessimistic", "skeptical", "sceptical", "worried", "concerned", "afraid", "fearful", "eager",
    "anxious", "determined", "insistent", "unsure", "uncertain", "doubtful", "careful", "quick", "keen",
    "happy", "glad", "proud", "sorry", "upset", "angry", "furious", "frustrated", "disappointed",
}

# nouns of speech and stance whose owner is the source ("his promise to build a wall",
# "Obama's criticism of the bill", "the senator's claim that …")
NOUN_CUES = {
    "claim", "assertion", "statement", "remark", "comment", "criticism", "support", "opposition",
    "endorsement", "promise", "pledge", "vow", "call", "plan", "proposal", "view", "belief", "hope",
    "fear", "warning", "accusation", "allegation", "suggestion", "insistence", "argument", "complaint",
    "concern", "praise", "attack", "demand", "decision", "denial", "admission", "announcement", "threat",
    "prediction", "description", "characterization", "defense", "defence", "rejection", "refusal",
    "charge", "contention", "suspicion", "worry", "wish", "desire", "intention", "goal", "vision",
    "position", "stance", "opinion", "idea", "insinuation", "boast", "question", "answer", "response",
    "reply", "reaction", "tweet", "testimony", "explanation", "account", "version", "message",
}
# documents whose "that" clause is what they report ("a New York Times report that Trump had a
# net loss"), named by their owner or by the name before them (a compound: "a Pentagon memo that …")
DOCUMENT_CUES = {"report", "memo", "study", "analysis", "survey", "poll", "investigation", "document",
                 "letter", "filing", "email", "e-mail", "story", "article", "editorial", "ad", "advertisement"}
# the noun's complement that holds the content
NOUN_CONTENT_PREPS = {"of", "for", "on", "against", "about", "to", "that", "with"}

_E_FINAL_CUES = {w for w in OBJECT_VERBS | INTENT_VERBS | set(PREPOSITION_VERBS) if w.endswith("e")}

# subjects that are not sources: expletives and demonstratives standing for a thing
NOT_A_SOURCE = {"it", "there", "this", "that", "these", "those", "which", "what"}
_DASH_WORDS = {"--", "—", "–", "―"}      # ("―", the horizontal bar, is some outlets' dash)
_DASHES = _DASH_WORDS | {"-", ";"}
_NONRESTRICTIVE = {"where", "which", "while", "whereas", "although", "though", "who", "whom", "whose", "when"}
_CLOSING_QUOTES = {'"', "”", "’", "''"}


@dataclass
class Attribution:
    """A cue, the tokens of what is reported, and the tokens naming the source (empty:
    the source is the cue's subject, found by the caller through the parse)."""
    cue: Token
    content: list[Token]
    source: list[Token]
    prefer_first: bool = False
    firm: bool = False          # the trained tagger does not redraw these bounds
    subject_of: Token | None = None     # the verb whose subject is the source, when not the cue's own


# people that a participle after them describes as its source ("the candidates debating whether …")
_PEOPLE_NOUNS = {"people", "candidate", "voter", "donor", "supporter", "critic", "member", "leader", "lawmaker",
                 "activist", "resident", "official", "worker", "american", "conservative", "liberal", "expert"}


def _may_be_a_source(noun: Token) -> bool:
    """A name, a body, a medium, a role or people: a noun that can say or back something."""
    word = lemma(noun)
    return noun.pos_ == "PROPN" or noun.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") \
        or word in BODY_NOUNS | MEDIA_NOUNS | PERSON_ROLES | _PEOPLE_NOUNS


def clause_of_participle(participle: Token) -> Token | None:
    """The verb a participle goes on with when the parse hangs it on a preposition's object ("Trump was
    heard on a microphone telling Christie …", "spent the run-up to the caucuses portraying Sanders as …"):
    not the microphone, not the caucuses, but the clause's verb, whose subject is the source; None when
    the participle modifies a noun that can be its source ("a super PAC supporting Mrs. Clinton")."""
    noun = participle.head
    if noun.dep_ != "pobj" or _may_be_a_source(noun):
        return None     # ("gave $3 million to a group backing Mike Huckabee": the group backs him)
    verb = noun
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    return verb if verb.pos_ in ("VERB", "AUX") else None


def lemma(t: Token) -> str:
    """The token's lemma, mended where en_core_web_sm drops a verb's final e ("hoped" -> "hop")."""
    base = (t.lemma_ or t.text).lower()
    low = t.lower_
    if low.startswith(base + "e") and (base + "e") in _E_FINAL_CUES:
        return base + "e"
    return base


def _subtree(t: Token) -> list[Token]:
    return sorted(t.subtree, key=lambda x: x.i)


def _has_subject(t: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in t.children)


def _own_subject(t: Token) -> Token | None:
    return next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _is_source_word(t: Token | None) -> bool:
    """A subject that can be a source: not an expletive or a demonstrative standing for a thing."""
    return t is not None and t.lower_ not in NOT_A_SOURCE


def trim_content(tokens: list[Token], cue: Token | None = None) -> list[Token]:
    """The reported clause without what the reporter appends to it: a non-restrictive clause
    after a comma or dash (", where he trailed …", "— while his supporters …"), a participle
    after a comma (", pointing to …", "rejected the notion that …, saying …", which the parse
    may hang on the object), or a verb coordinated with the report itself
    ("she said Trump was ignorant and criticized him", "officials believe X and have been calling
    for Y": a subjectless verb coordinated with the reported clause in the reporting verb's own
    form is the reporter's narration going on; the cut costs little when it is wrong)."""
    tokens = _without_apposition(_without_reason(_without_anonymity(_without_dateline(tokens))))
    if len(tokens) < 4:
        return tokens
    inside = {x.i for x in tokens}
    heads = doc_heads(tokens[0].doc)
    roots = {x.i for x in tokens if heads[x.i] not in inside or heads[x.i] == x.i}
    tokens = _without_other_report(tokens, inside, roots)
    if cue is not None:
        tokens = _without_occasion(_without_cues_conjunct(tokens, cue), cue)
    words = 0
    for k, t in enumerate(tokens):
        if words >= 3:
            prev = tokens[k - 1]
            # (a comma inside closing quote marks breaks too: '“about right,” though voters …')
            after_break = prev.text == "," or prev.text in _DASHES or \
                (prev.text in _CLOSING_QUOTES and k >= 2 and tokens[k - 2].text == ",")
            if prev.text == "," and _trailing_incise_words(tokens[k:]):
                return tokens[:k - 1]       # ("… wanes over time, top U.S. health officials announced Wednesday")
            if after_break and (t.lower_ in _NONRESTRICTIVE or (t.lower_ == "as" and t.dep_ == "mark")) \
                    and not _verbless_aside(tokens, k) and not _enclosed_aside(tokens, k):
                return tokens[:k - 1]       # (", as rival Bernie Sanders continues to …")
            if after_break and t.tag_ == "VBG" and t.dep_ in ("advcl", "conj", "xcomp", "acl") and not _has_subject(t) \
                    and not _gerund_list_item(t, inside):
                return tokens[:k - 1]
            if t.text in _DASHES and k + 1 < len(tokens) and tokens[k + 1].lower_ in _NONRESTRICTIVE:
                return tokens[:k]
            if cue is not None and _narrators_going_on(t, cue, inside, roots):
                # (from the conjunct's first word: "but | did not suggest")
                return _cut_before(tokens, min(x.i for x in t.subtree), min_words=1)
        if not t.is_punct:
            words += 1
    return tokens


def _narrators_going_on(verb: Token, cue: Token, inside: set[int], roots: set[int]) -> bool:
    """A verb of the content that is the reporter telling what the source did next: one with no subject
    coordinated with the content's main verb in the cue's own form ("she said Trump was ignorant | and
    criticized him"), or a speech verb going on from deep in the content (`_sources_next_report`)."""
    return verb.dep_ == "conj" and verb.pos_ == "VERB" and not _has_subject(verb) \
        and _completed_before(verb.head, verb) and (verb.tag_ == cue.tag_ and _coordinated_with_root(verb.head, roots)
             or _sources_next_report(verb, cue, inside, roots))


def _sources_next_report(verb: Token, cue: Token, inside: set[int], roots: set[int]) -> bool:
    """"said the warning showed he did not know what he was talking about, | and accused Downing Street of
    …", "said he would offer a prayer for the nominee | but did not suggest it would be Trump": a speech
    verb with no subject, in the cue's tense, coordinated with a verb deep in the content or in another
    tense, is the source's next act as the reporter tells it (one in the content verb's tense may be the
    content's subject acting: "said the agency reported the figures and warned of delays")."""
    tense = _tense(verb)
    return lemma(verb) in CUE_VERBS and verb.head.i in inside and tense != "" and tense == _tense(cue) \
        and (verb.head.i not in roots or _tense(verb.head) != tense)


def reporter_going_on(verb: Token) -> Token | None:
    """The cue whose source goes on acting in `verb`, which `trim_content` cuts from that cue's content
    (`_narrators_going_on`: "Farage said the warning showed the President did not know …, and accused
    Downing Street of …" is Farage's accusation, not the President's), or None."""
    if verb.dep_ != "conj" or verb.pos_ != "VERB" or _has_subject(verb):
        return None
    # (the outermost such cue: "said the report showed the mayor did not understand …, and accused …")
    found, clause = None, verb.head
    while clause.head != clause:
        if clause.dep_ == "ccomp" and lemma(clause.head) in CUE_VERBS and _narrators_going_on(
                verb, clause.head, {x.i for x in clause.subtree}, {clause.i}):
            found = clause.head
        clause = clause.head
    return found


def _enclosed_aside(tokens: list[Token], k: int) -> bool:
    """"to form a joint task force, which would include the military, to crack down on hackers": a
    clause at k that closes on a comma before what is reported goes on is an aside inside it, not the
    reporter's clause after it."""
    clause = tokens[k].head
    in_clause = {y.i for y in clause.subtree}
    last = max(in_clause)
    if clause.i < tokens[k].i or last >= tokens[-1].i or tokens[0].doc[last + 1].text != ",":
        return False
    after = [x.i for x in tokens if x.i > tokens[k].i and x.i not in in_clause and not x.is_punct]
    # (all the content's words after the aside come after its closing comma, two at least)
    return all(i > last for i in after) and sum(i > last + 1 for i in after) >= 2


def _without_cues_conjunct(tokens: list[Token], cue: Token) -> list[Token]:
    """The content without a predicate coordinated with its own cue ("is promising lower taxes | but he
    has also intensified the warnings", "is telling the military is depleted | and says he will …"): the
    reporter goes on telling what the source did, which the cue does not report.  (An infinitive the
    parse coordinated with the cue, "touted her proposals to invest …, expand …", is the content's:
    `complete_list`.)"""
    start = tokens[0].i
    cut = min((min(x.i for x in c.subtree) for c in cue.children if _narrators_next_clause(c, start)), default=None)
    if cut is None or cut <= start:
        return tokens
    return _cut_before(tokens, cut, min_words=2)


def _cut_before(tokens: list[Token], cut: int, min_words: int) -> list[Token]:
    """The content's words before word `cut`, without the comma or "and" that led to what is cut; the
    content unchanged when fewer than `min_words` words would stay."""
    kept = [x for x in tokens if x.i < cut]
    while kept and (kept[-1].is_punct or kept[-1].dep_ == "cc"):
        kept.pop()
    return kept if sum(not x.is_punct for x in kept) >= min_words else tokens


# where and when someone spoke: "in a statement on Thursday", "during a campaign stop", "Wednesday on The
# Laura Ingraham Show", "when he ran for the White House"
_OCCASION_PREPOSITIONS = {"in", "on", "at", "during", "before", "after", "while", "through", "via"}
_OCCASION_NOUNS = SPEECH_NOUNS | {"stop", "rally", "event", "hearing", "appearance", "show", "program", "broadcast",
                                  "conference", "briefing", "call", "op-ed", "video", "podcast", "visit", "debate",
                                  "campaign", "meeting", "press", "radio", "television", "tv", "weekend"}
_OCCASION_MARKS = {"when", "while", "after", "before", "so", "until"}


def _is_occasion(c: Token) -> bool:
    """A dependent of the cue that says when or where the source spoke, not what it said."""
    if c.dep_ in ("npadvmod", "advmod"):
        return c.ent_type_ in ("DATE", "TIME")
    if c.dep_ == "prep" and c.lower_ in _OCCASION_PREPOSITIONS:
        obj = next((x for x in c.children if x.dep_ == "pobj"), None)
        return obj is not None and (obj.ent_type_ in ("DATE", "TIME") or obj.lower_ in _OCCASION_NOUNS)
    if c.dep_ == "advcl":
        return any(x.dep_ in ("mark", "advmod") and x.lower_ in _OCCASION_MARKS and x.i < c.i for x in c.children)
    return False


def _without_occasion(tokens: list[Token], cue: Token) -> list[Token]:
    """The content without the words, at either end, that tell when or where its cue was said ("called
    for more school investment | in a statement on Thursday", "told | this weekend | he would …"): the
    parse hangs them on the cue, the reader wants what was said."""
    if not tokens:
        return tokens
    inside = {x.i for x in tokens}
    # (only the cue's own dependents: an occasion noun that is what was reported, "described the meeting as
    # a disaster", is its object, no occasion)
    occasions = [c for c in cue.children if c.i in inside and _is_occasion(c)]
    if not occasions:
        return tokens
    drop = {x.i for c in occasions for x in c.subtree}
    kept = list(tokens)
    while kept and (kept[-1].i in drop or kept[-1].is_punct):
        kept.pop()
    while kept and (kept[0].i in drop or kept[0].is_punct):
        kept.pop(0)
    return kept if sum(not x.is_punct for x in kept) >= 2 else tokens


def _narrators_next_clause(c: Token, start: int) -> bool:
    """A predicate coordinated with the cue, after the content's start, that says something new: a clause
    with its own subject or a second speech verb (not "wants to release his taxes | but can't", the
    same stance going on, nor "the legacy of racism, and how the fight …", a list item the parse hung
    on the cue)."""
    return c.dep_ == "conj" and c.i > start and c.pos_ in ("VERB", "AUX") and c.tag_ != "VB" \
        and (_has_subject(c) or lemma(c) in CUE_VERBS) \
        and not any(x.dep_ == "mark" or x.tag_ in ("WRB", "WDT", "WP") for x in c.children if x.i < c.i)


def _trailing_incise_words(rest: list[Token]) -> bool:
    """Whether the words after a comma that end a content are the narrator's own incise, a subject and
    a speech verb ("…, top health officials announced Wednesday", "…, said John Smith"): they say who
    reported the sentence, never part of what one of its cues reports."""
    words = [x for x in rest if not x.is_punct]
    verbs = [k for k, x in enumerate(words) if x.pos_ in ("VERB", "AUX")]
    if not words or words[0].pos_ in ("CCONJ", "SCONJ") or not verbs or lemma(words[verbs[-1]]) not in CUE_VERBS or words[verbs[-1]].tag_ not in ("VBD", "VBZ", "VBP"):
        return False
    v = verbs[-1]
    before, after = words[:v], words[v + 1:]
    if any(x.pos_ == "VERB" for x in before) or any(x.pos_ in ("VERB", "AUX", "SCONJ") or x.lower_ == "that" for x in after):
        return False
    named = [x for x in before if x.pos_ in ("NOUN", "PROPN", "PRON") and x.dep_.startswith("nsubj")]
    if named:           # "…, officials said Wednesday": a subject, its verb, at most a time
        return len(before) <= 7 and len(after) <= 3
    # "…, said John Smith": the verb first, its subject after it
    return not before and 1 <= len(after) <= 6 and any(x.pos_ in ("PROPN", "NOUN") for x in after)


def _coordinated_with_root(verb: Token, roots: set[int]) -> bool:
    """A root of the content, or a verb coordinated with one ("he'd sit Putin down and tell him …")."""
    while verb.i not in roots and verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head
    return verb.i in roots


# clauses that, after the reported clause, tell of something else the reporter saw fit to add
_OTHER_CLAUSES = {"advcl", "conj"}


def _without_other_report(tokens: list[Token], inside: set[int], roots: set[int]) -> list[Token]:
    """The reported clause without a second report after it, by someone else: "they were worried about the
    economy, | and more than 4 in 10 said …", "he's tough enough | after a woman told him …".  A clause
    coordinated with the content's main verb, or hung on it in another tense (the occasion the reporter
    tells of), whose own verb reports with a subject of its own, is that other source's report, found on
    its own; one in the content's tense is part of what is reported ("he was riding the fence until Haley
    said she backed Rubio"), and so is a report inside the reported clause itself ("said officials believe …")
    and a second "that" clause."""
    cut = None
    for x in tokens:
        if x.dep_ in _OTHER_CLAUSES and x.head.i in inside and _coordinated_with_root(x.head, roots) \
                and x.i > x.head.i and x.pos_ == "VERB" and lemma(x) in CUE_VERBS \
                and _is_source_word(_own_subject(x)) and _reports_something(x) \
                and (x.dep_ == "conj" or _tense(x) != _tense(x.head)) and not _second_that_clause(x):
            first = min(y.i for y in x.subtree)
            cut = first if cut is None else min(cut, first)
    if cut is None:
        return tokens
    # (three words at least stay: the report is what comes before the other one)
    return _cut_before(tokens, cut, min_words=3)


def _second_that_clause(verb: Token) -> bool:
    """"said the videos were "inconclusive" | and that the footage … did not show whether …": a clause
    coordinated with "that" is a second thing the source said, whatever verb it has."""
    return verb.dep_ == "conj" and any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)


def _tense(verb: Token) -> str:
    """A clause's tense, from its verb or its auxiliary ("he's tough" present, "a woman told him" past)."""
    for t in [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]:
        if t.tag_ in ("VBD",):
            return "past"
        if t.tag_ in ("VBZ", "VBP", "MD"):
            return "present"
    return ""


def _reports_something(verb: Token) -> bool:
    """A speech verb with what it reports: a clause ("told him she worries …"), or an object where its
    object is what is said ("reported high lead levels"; not "authorities responded to …")."""
    return any(c.dep_ == "ccomp" or c.dep_ == "dobj" and lemma(verb) in OBJECT_VERBS for c in verb.children)


# words that open the reporter's account of why or when, after a noun phrase ("called for a ban …
# following the shooting", "distanced himself from Bush because …", "… in order to show …")
_REASON_OPENERS = {"because", "although", "though", "despite", "amid", "following"}


def _without_reason(tokens: list[Token]) -> list[Token]:
    """What is reported is a noun phrase (no finite verb in it): a reason or an occasion after it is
    the reporter's, never part of it."""
    for k in range(len(tokens)):
        if tokens[k].tag_ in _FINITE or tokens[k].tag_ in ("VB", "MD") or tokens[k].pos_ == "AUX":
            return tokens       # a clause ("he'll back Trump because …", "to stop the bleeding following …")
        low = tokens[k].lower_
        nxt = tokens[k + 1].lower_ if k + 1 < len(tokens) else ""
        if k < 2 or nxt == ",":
            continue            # (", though, …": an adverb)
        if low in _REASON_OPENERS or (low == "even" and nxt in ("though", "if")) \
                or (low == "in" and nxt == "order"):
            cut = k - 1 if tokens[k - 1].text == "," or tokens[k - 1].text in _DASH_WORDS else k
            return tokens[:cut]
    return tokens


def _without_apposition(tokens: list[Token]) -> list[Token]:
    """What is reported without the reporter's gloss on its last noun: "he did not support Mr. Trump, | the
    presumed Putin favorite", "spent in partnership with NATO, | the existing military alliance …", "as being
    in the “suburbs of St. Petersburg” | — a metaphor for …"."""
    if len(tokens) < 5:
        return tokens
    first_i, last_i = tokens[0].i, tokens[-1].i
    for t in tokens[3:]:
        if t.dep_ != "appos" or t.pos_ in ("PROPN", "PRON") or not first_i <= t.head.i <= last_i:
            continue
        first = t.left_edge.i
        if t.head.i < first - 1 and first - 1 > first_i and _sets_off(t.doc[first - 1]) \
                and t.right_edge.i >= last_i and not _ends_a_list(t):
            return _cut_before(tokens, first - 1, min_words=3)
    return tokens


def _sets_off(t: Token) -> bool:
    """A comma or a dash (a hyphen between spaces is one) before an apposition."""
    return t.text == "," or t.text in _DASH_WORDS or (
        t.text == "-" and bool(t.whitespace_) and t.i > 0 and bool(t.doc[t.i - 1].whitespace_))


def _ends_a_list(t: Token) -> bool:
    """"a “loser,” a “liar” and a “whiner”", "on Israel, the Iranian nuclear deal and the possibility …":
    the parse's apposition with a conjunct that is a phrase of its own (a determiner, a preposition) is a
    list."""
    return any(c.dep_ == "conj" and (c.pos_ == "ADP" or any(d.dep_ in ("det", "poss") for d in c.children))
               for c in t.children)


def _verbless_aside(tokens: list[Token], k: int) -> bool:
    """", although brief, ": words at k that close on a comma within three words, with no verb, are an
    aside inside what is reported, not the reporter's clause after it."""
    for t in tokens[k + 1:k + 5]:
        if t.text == ",":
            return True
        if t.pos_ in ("VERB", "AUX"):
            return False
    return False


def _without_anonymity(tokens: list[Token]) -> list[Token]:
    """"spoke about the troops only on the condition of anonymity because …": how the source
    spoke, never what it said."""
    for k in range(1, len(tokens) - 2):
        if tokens[k].lower_ == "on" and tokens[k + 1].lower_ in ("condition", "the") and any(
                t.lower_ == "anonymity" for t in tokens[k + 1:k + 5]):
            cut = k - 1 if tokens[k - 1].lower_ in ("only", ",") else k
            return tokens[:cut] if cut > 0 else tokens
    return tokens


def _without_dateline(tokens: list[Token]) -> list[Token]:
    """"WASHINGTON -- A six-year trend …": the dateline opening the sentence is no part of what is reported."""
    ranges = dateline_ranges(tokens[0].doc) if tokens else []
    k = 0
    while k < len(tokens) and any(a <= tokens[k].idx < b for a, b in ranges):
        k += 1
    return tokens[k:] if k < len(tokens) else tokens


_FINITE = {"VBD", "VBZ", "VBP"}
_NP_INNER = {"DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON", "PART"}
_NP_LINKS = {"of", "for", "from", "at", "in", "on", "with", "and", "-", "–"}
_NP_MAX = 14


def _noun_phrase_ending_at(doc, end: int, floor: int) -> list[Token]:
    """The noun phrase that ends on word `end` (not before word `floor`), read leftwards:
    determiners, adjectives, nouns, names, and the prepositions that join them ("head of
    the Center for American Progress"); [] when it does not open a clause (it follows a
    preposition or a verb: "cast doubt on the official rate, suggested …" names no one)."""
    k = end
    while k >= floor and end - k < _NP_MAX and (doc[k].pos_ in _NP_INNER or doc[k].tag_ == "POS" or (
            doc[k].lower_ in _NP_LINKS and k < end and doc[k - 1].pos_ in _NP_INNER)):
        k -= 1
    words = list(doc[k + 1:end + 1])
    while words and (words[0].pos_ == "ADP" or words[0].lower_ in _NP_LINKS):
        words = words[1:]
    if not words or not any(w.pos_ in ("NOUN", "PROPN", "PRON", "NUM") for w in words):
        return []
    before = doc[words[0].i - 1] if words[0].i > floor else None
    if before is not None and (before.pos_ in ("ADP", "VERB", "AUX") or before.tag_ == "TO"):
        return []
    return words


def subject_in_place(cue: Token) -> list[Token]:
    """The source of a finite cue verb the parse left without a subject, read off the words
    before it: "Senator Harry Reid, the minority leader, said …", "Tanden, head of the Center
    for American Progress, recounted …", "Less than a third agreed …" (the parse hangs the
    name on something else).  The noun phrase right before the verb (past adverbs and
    auxiliaries), with the name it stands in apposition to; [] when none opens the clause."""
    if cue.tag_ not in _FINITE and not (cue.tag_ == "VBN" and any(c.dep_ == "aux" for c in cue.children)):
        return []
    doc, floor = cue.doc, cue.sent.start
    k = cue.i - 1
    while k >= floor and (doc[k].tag_ in ("RB", "MD") or (doc[k].pos_ == "AUX" and doc[k].head == cue)):
        k -= 1
    appositive = k >= floor and doc[k].text == ","
    k -= appositive
    if k < floor:
        return []
    words = _noun_phrase_ending_at(doc, k, floor)
    if not words or words[-1].lower_ in NOT_A_SOURCE or words[-1].ent_type_ in ("DATE", "TIME"):
        return []
    first = words[0].i
    if appositive and first - 2 >= floor and doc[first - 1].text == ",":
        # "Senator Harry Reid, the minority leader,": the name before the description
        name = _noun_phrase_ending_at(doc, first - 2, floor)
        if name and any(w.pos_ == "PROPN" for w in name):
            return name + [doc[first - 1]] + words
    elif appositive and (first == floor or doc[first - 1].text != ","):
        return []       # "a trio of governors, said …" with no comma opening it: not an apposition
    return words


_COMPLEMENTS = {"dobj", "ccomp", "xcomp", "prep", "attr", "acomp", "oprd", "dative"}


def _completed_before(verb: Token, conj: Token) -> bool:
    """Whether a verb has its complement before the verb coordinated with it: "Trump was
    ignorant | and criticized him" is two statements, "held and hugged grieving families" one
    (both verbs share the object that follows)."""
    return any(c.dep_ in _COMPLEMENTS and verb.i < c.i < conj.i for c in verb.children)


def _gerund_list_item(t: Token, inside: set[int]) -> bool:
    """"his platform of deporting illegal aliens, promoting trade deals …, and rejecting …": a
    gerund coordinated with a gerund of the content is the next item of a list, not the reporter's
    participle going on."""
    return t.dep_ == "conj" and t.head.tag_ == "VBG" and t.head.i in inside


_FINITE_CLAUSE = {"VBD", "VBZ", "VBP", "MD"}


def complete_list(tokens: list[Token], cue: Token | None = None) -> list[Token]:
    """A content that stops inside a list runs on to the list's last item ("touted her proposals
    to invest $275 billion in infrastructure, expand Social Security benefits, and enable
    debt-free college"; "poke fellow politicians, the press and himself"): the items after the
    content's end coordinated with a word of it, up to the last one after "and"/"or".  Clauses
    with a finite verb are not list items (the reporter's narration may go on: `trim_content`)."""
    if not tokens:
        return tokens
    inside = {x.i for x in tokens}
    last = tokens[-1].i
    doc = tokens[0].doc
    sent_end = tokens[-1].sent.end
    # (the items are read off the rest of the sentence: most contents have none)
    by_head: dict[int, list[Token]] = {}
    # an infinitive the parse coordinated with the cue itself belongs to the content's infinitive
    # ("touted her proposals to invest …, expand …": "touted" cannot coordinate with "expand")
    # (so does a gerund coordinated with the cue when the content opens on a gerund: "has mentioned
    # refinancing student loans and forcing universities to …")
    infinitive = next((x for x in tokens if x.tag_ == "VB"), None)
    gerund = tokens[0] if tokens[0].tag_ == "VBG" else None
    for c in doc[last + 1:sent_end]:
        head = c.head
        if cue is not None and head == cue and c.dep_ == "conj" and c.tag_ != cue.tag_:
            if c.tag_ == "VB" and infinitive is not None:
                head = infinitive
            elif c.tag_ == "VBG" and gerund is not None:
                head = gerund
        if c.dep_ == "conj" and head.i in inside and c.tag_ not in _FINITE_CLAUSE and not _has_subject(c):
            by_head.setdefault(head.i, []).append(c)
    end = last
    for head, items in by_head.items():
        # (the "and" hangs on the first item, on the last, or on the cue the parse coordinated them with)
        if not any(c.dep_ == "cc" for it in [doc[head], *items, *(x.head for x in items)] for c in it.children):
            continue
        end = max(end, max(y.i for it in items for y in it.subtree))
    if end == last or end >= sent_end:
        return tokens
    return tokens + [doc[i] for i in range(last + 1, end + 1) if i not in inside]


def _going_on_after_incise(t: Token, cue_verbs: set[str]) -> Attribution | None:
    """"The middle fifth paid 8.9 percent, the agency said in a June report, and the bottom fifth paid
    0.8 percent": a report that goes on past the incise that names its source, in a clause of its own
    joined by "and" or "but", is the same source's.  The parse coordinates that clause with the
    incise's verb; the clause before the incise is found as the verb's complement."""
    subject = _own_subject(t)
    if (t.lemma_ or "").lower() not in cue_verbs or not _is_source_word(subject):
        return None
    going_on = next((c for c in t.children if c.dep_ == "conj" and c.i > t.i and c.tag_ in _FINITE_CLAUSE | {"VB"}
                     and _has_subject(c)), None)
    # (the clause before the incise is the verb's complement, and the verb has none after it)
    if going_on is None or not any(c.dep_ == "ccomp" and c.i < t.i for c in t.children) or any(
            c.dep_ in ("dobj", "xcomp") or c.dep_ == "ccomp" and c.i > t.i for c in t.children):
        return None
    joined = [c for c in t.children if c.dep_ == "cc" and t.i < c.i < going_on.i]
    doc = t.doc
    # the incise is short and set off by commas: ", the agency said in a June report, and"
    incise = doc[subject.left_edge.i:joined[0].i] if joined else None
    if incise is None or joined[0].lower_ not in ("and", "but") or len(incise) > 12 \
            or doc[incise.start - 1].text != "," or doc[joined[0].i - 1].text != "," \
            or any(x.pos_ in ("VERB", "AUX") and x.i != t.i and x.dep_ != "aux" for x in incise):
        return None
    content = _subtree(going_on)
    while content and content[-1].is_punct:
        content.pop()
    return Attribution(t, content, [], firm=True) if len(content) >= 3 else None


def _incise(t: Token, cue_verbs: set[str]) -> Attribution | None:
    """"In a merger, he said, the brand would survive." / "As the Times noted, Clinton raised …":
    the cue verb hangs off the reported clause and has no complement of its own."""
    if (t.lemma_ or "").lower() not in cue_verbs or not _is_source_word(_own_subject(t)):
        return None
    if any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in t.children):
        return None
    as_clause = t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in t.children)
    trailing = _trailing_incise(t)
    # the incise hangs off the clause's verb, or off the sentence's root when the parse found no verb
    if not (t.dep_ == "parataxis" or as_clause or trailing) or \
            (t.head.pos_ not in ("VERB", "AUX") and t.head.dep_ != "ROOT"):
        return None
    inner = set(x.i for x in t.subtree)
    content = [x for x in _subtree(t.head) if x.i not in inner]
    if trailing:
        # what follows the incise is the reporter's ("…, the budget office reported on Tuesday
        # -- a development that injects new questions into the race")
        first = min(inner)
        content = [x for x in content if x.i < first]
        while content and content[-1].is_punct:
            content.pop()
    # (a content on both sides of the incise is the rule's: the tagger reads one run on one side)
    around = bool(content) and content[0].i < min(inner) and content[-1].i > max(inner)
    return Attribution(t, content, [], firm=trailing or around) if content else None


_INCISE_NP_MAX = 10
# cue verbs whose inflected form is as often a plural noun ("phone calls", "the editor's notes")
_PLURAL_NOUNS_TOO = NOUN_CUES | DOCUMENT_CUES | {
    "note", "post", "point", "figure", "guess", "bet", "sense", "signal", "hint", "show", "find", "state",
    "count", "cry", "forecast", "estimate"}


def _clause_around(sent: Span, before: int, after: int | None) -> list[Token] | None:
    """What an incise read off the words leaves of its sentence: the words before word `before` and after
    word `after` (None: none after), without the closing stop, when they make a clause (three words, a
    verb); else None."""
    words = [x for x in span_tokens(sent) if x.i < before or (
        after is not None and x.i > after and not (x.is_punct and x.i == sent.end - 1))]
    return words if sum(not x.is_punct for x in words) >= 3 and any(x.pos_ in ("VERB", "AUX") for x in words) \
        else None


def _incise_by_its_words(t: Token, cue_verbs: set[str]) -> Attribution | None:
    """"Bush had to lend his campaign $400,000 last month, fundraising documents show." / "During
    the same stretch, F.A.A. records show, the Cessna has flown 216 hours" / "…, the candidate's
    former doctor maintains.": a verb of evidence or speech between commas (or a comma and the
    sentence's end), its subject right before it.  Read off the words, not the parse, which rarely
    makes a clause of them there (it reads "records show" or "doctor maintains" as nouns).  A verb
    of evidence needs a piece of evidence before it; a verb of speech an inflected form ("notes",
    not the noun "the editor's notes") that the parse gave no subject."""
    word = lemma(t)
    evidence = word in EVIDENCE_VERBS
    if evidence:
        if t.tag_ not in ("VBP", "VBZ", "VBD", "NN", "NNS"):
            return None
    elif word not in cue_verbs or t.lower_ == word or _own_subject(t) is not None or not (
            (t.pos_ == "VERB" and t.tag_ in _FINITE) or (t.pos_ == "NOUN" and word not in _PLURAL_NOUNS_TOO)):
        return None
    doc, sent = t.doc, t.sent
    after = doc[t.i + 1] if t.i + 1 < sent.end else None
    ends = after is None or after.is_sent_end or after.text in (".", "!", "?")
    if not (ends or (after is not None and after.text == ",")) or t.i == sent.start:
        return None
    last = doc[t.i - 1]
    # (the tagger may read "records" before "show" as a verb: the word is what counts)
    if lemma(last) not in EVIDENCE_SUBJECTS if evidence else last.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    k = t.i - 1
    while k > sent.start and t.i - k < _INCISE_NP_MAX and doc[k - 1].text != "," and \
            (doc[k - 1].pos_ in _NP_INNER or doc[k - 1].tag_ in ("POS", "VBG", "VBN") or doc[k - 1].lower_ in _NP_LINKS):
        k -= 1
    if k <= sent.start or doc[k - 1].text != ",":
        return None
    source = list(doc[k:t.i])
    content = _clause_around(sent, k - 1, None if ends else t.i + 1)
    return Attribution(t, content, source, prefer_first=True, firm=True) if content else None


def _as_incise_by_its_words(t: Token, cue_verbs: set[str]) -> Attribution | None:
    """"Hawaii, as one of Mr. Obama's climate advisers pointed out, normally does not get back-to-back
    hurricanes": an "as" incise between commas inside the reported clause, read off the words (the parse
    often makes its verb the sentence's root).  The clause around it is the content, the words between
    "as" and the verb the source."""
    if lemma(t) not in cue_verbs or t.tag_ not in ("VBD", "VBZ", "VBP", "VBN"):
        return None
    doc, sent = t.doc, t.sent
    k = t.i - 1
    while k > sent.start and t.i - k <= _INCISE_NP_MAX and doc[k].lower_ != "as" and not doc[k].is_punct:
        k -= 1
    if doc[k].lower_ != "as" or k <= sent.start or doc[k - 1].text != "," or k + 1 >= t.i:
        return None
    close = t.i + 1
    while close < sent.end and (doc[close].dep_ == "prt" or doc[close].tag_ == "RB") and close - t.i <= 2:
        close += 1
    if close >= sent.end or doc[close].text != ",":
        return None
    source = [x for x in doc[k + 1:t.i] if x.pos_ != "AUX"]
    if not any(x.pos_ in ("NOUN", "PROPN", "PRON") for x in source):
        return None
    content = _clause_around(sent, k - 1, close)
    return Attribution(t, content, source, prefer_first=True, firm=True) if content else None


_AS_REPORTED_PREPOSITIONS = {"by", "in", "on"}


def _as_reported_by(t: Token, cue_verbs: set[str]) -> Attribution | None:
    """"As reported by the Courier, the mayor never signed the contract", "The dam, as noted in the
    council's report, was never inspected": a passive "as" incise names its source after "by" or "in"; the
    clause around it is the content (not the clause's subject as the source: the parse hangs the incise
    on the main verb)."""
    doc, sent = t.doc, t.sent
    if t.tag_ != "VBN" or not (lemma(t) in cue_verbs or lemma(t) in EVIDENCE_VERBS) or t.i - 1 < sent.start \
            or doc[t.i - 1].lower_ != "as":
        return None
    opening = t.i - 1
    if opening > sent.start and doc[opening - 1].text != ",":
        return None
    phrase = next((c for c in t.children if c.dep_ in ("agent", "prep") and c.lower_ in _AS_REPORTED_PREPOSITIONS
                   and c.i > t.i), None)
    pobj = next((c for c in phrase.children if c.dep_ == "pobj"), None) if phrase is not None else None
    if pobj is None:
        return None
    close = max(x.i for x in t.subtree) + 1
    ends = close >= sent.end or doc[close].text in (".", "!", "?")
    if not ends and doc[close].text != ",":
        return None
    content = _clause_around(sent, opening - 1, None if ends else close)
    return Attribution(t, content, sorted(pobj.subtree, key=lambda x: x.i), prefer_first=True, firm=True) \
        if content else None


def _capitalised_name_word(t: Token) -> bool:
    """A word of a name, which the tagger may read as a noun when it misreads the verb after it."""
    return t.pos_ == "PROPN" or t.pos_ == "NOUN" and t.is_title


def _verb_tagged_noun_before_that(t: Token, cue_verbs: set[str]) -> Attribution | None:
    """"But Trump claims that he should be the exception", "Trump charges that countries … donated": a
    speech verb the tagger read as a plural noun, right after a name or a pronoun and right before "that"
    opening a clause (the parse then makes "Trump claims" a compound, or "Trump" the root).  Read off the
    words: the name is the source, the clause after "that" the content.  Not "the Trump claims that were
    …" (a determiner, a possessive, a preposition before the name; a verb right after "that")."""
    doc, sent = t.doc, t.sent
    if t.tag_ != "NNS" or lemma(t) not in cue_verbs or t.lower_ == lemma(t) or t.i < sent.start + 1 \
            or t.i + 3 >= sent.end or doc[t.i + 1].lower_ != "that" or doc[t.i + 2].pos_ in ("VERB", "AUX") \
            or any(c.dep_ in ("det", "poss") for c in t.children):
        return None
    first = t.i - 1
    if not (doc[first].pos_ == "PRON" and doc[first].lower_ in ("he", "she", "they", "it")):
        if not _capitalised_name_word(doc[first]):
            return None
        while first > sent.start and _capitalised_name_word(doc[first - 1]):
            first -= 1
        if t.i - first > 4:
            return None
    if first > sent.start and not (doc[first - 1].pos_ in ("CCONJ", "ADV") or doc[first - 1].is_punct):
        return None
    content = _clause_around(sent, sent.start, t.i + 1)
    return Attribution(t, content, list(doc[first:t.i]), prefer_first=True) if content else None


def _phrase_source(t: Token) -> list[Token]:
    """The source a prepositional phrase gives the clause it hangs on: a poll ("in the latest
    poll"), someone's view ("in his view", "in the eyes of many voters") or reckoning ("by the
    Associated Press's tally", "by some estimates"); [] for any other phrase."""
    if t.dep_ != "prep" or t.lower_ not in ("in", "by"):
        return []
    noun = next((c for c in t.children if c.dep_ == "pobj"), None)
    if noun is None:
        return []
    word = lemma(noun)
    if t.lower_ == "in" and word in POLL_NOUNS:
        return _without_clauses(noun)
    # whose: "his view", or "the eyes of many voters"
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if owner is None and of is not None:
        owner = next((c for c in of.children if c.dep_ == "pobj"), None)
    if t.lower_ == "in" and word in VIEW_NOUNS and owner is not None:
        return [x for x in _subtree(owner) if x.dep_ != "case"]
    if t.lower_ == "by" and word in RECKONING_NOUNS:
        if owner is not None:
            return [x for x in _subtree(noun) if x.i < noun.i and x.dep_ != "case"]    # "the AP's tally"
        if word in COUNT_NOUNS and any(c.dep_ in ("det", "nummod", "amod") and c.lower_ in
                                       ("some", "most", "many", "one", "any", "all") for c in noun.children):
            return _without_clauses(noun)                            # "by some estimates"
    return []


def _source_phrase(t: Token) -> Attribution | None:
    """"Trump leads by 57 percent to 33 percent in the 50-state poll", "In this poll, Trump rose 1
    point", "In their view, Democrats could pick off Arizona", "By the AP's tally, he has 739
    delegates": the clause the phrase hangs on (by its verb, or by the verb's object: "has had a big
    lead in the latest polls") is what the poll, the viewer or the counter gives."""
    source = _phrase_source(t)
    if not source:
        return None
    verb = t.head
    if verb.pos_ in ("NOUN", "PROPN") and verb.dep_ in ("dobj", "attr"):
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or not _is_source_word(_own_subject(verb)) or \
            lemma(verb) in _ALL_CUES or lemma(verb) in POLL_ACTIONS:
        return None
    phrase = {x.i for x in t.subtree}
    content = [x for x in _subtree(verb) if x.i not in phrase]
    while content and (content[0].is_punct or content[0].dep_ in ("mark", "cc") or content[0].tag_ in ("WRB", "WDT")):
        content = content[1:]
    while content and content[-1].is_punct:
        content.pop()
    if sum(not x.is_punct for x in content) < 3:
        return None
    return Attribution(t, content, source, prefer_first=True)


def _trailing_incise(t: Token) -> bool:
    """"A six-year trend of deficits will end this year, the budget office reported on Tuesday" /
    "Americans oppose cutting off the funds, a new poll finds, …": the parse hangs the incise
    after a comma on the reported clause's verb as an adverbial clause or a coordinated verb,
    with no "and" or subordinator to join them, the reporting clause's subject before its verb."""
    head = t.head
    if head.i >= t.i or t.dep_ not in ("advcl", "conj") or head.pos_ not in ("VERB", "AUX"):
        return False
    subj = _own_subject(t)
    if subj is None or subj.i > t.i or subj.dep_ != "nsubj":
        return False
    first = min(x.i for x in t.subtree)
    if first == 0 or not (t.doc[first - 1].text == "," or t.doc[first - 1].text in _DASH_WORDS):
        return False
    return not any((c.dep_ in ("mark", "cc") or c.tag_ == "WRB") and c.i < t.i for c in t.children) and \
        not any(c.dep_ == "cc" and head.i < c.i < t.i for c in head.children)


def _complements(t: Token, prepositions: set[str]) -> list[Token]:
    """The object of a verb and what completes it ("accused X of Y", "called X Y", "described
    the dinner as Washington celebrating itself": "as" may head a clause of its own)."""
    obj = [c for c in t.children if c.dep_ in ("dobj", "oprd") and c.i > t.i]
    if not obj:
        return []
    heads = obj + [c for c in t.children if c.i > obj[0].i and
                   ((c.dep_ == "prep" and c.lower_ in prepositions) or c.dep_ == "oprd" or
                    (c.dep_ == "advcl" and "as" in prepositions and
                     any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children)))]
    toks = sorted({x for h in heads for x in h.subtree}, key=lambda x: x.i)
    return toks


def _object_content(t: Token) -> list[Token]:
    """What a verb's object reports, by the kind of verb ("polls have shown X in a jumble",
    "sees the deal as a threat", "accused X of Y")."""
    lemma_ = lemma(t)
    subj = _own_subject(t)
    if lemma_ in EVIDENCE_VERBS and subj is not None and lemma(subj) in EVIDENCE_SUBJECTS:
        content = _complements(t, EVIDENCE_COMPLEMENT)
        if content:
            return content
    if (t.lemma_ or "").lower() != lemma_:
        # "Rubio hoped to emerge …", "had hoped that …": the shared pass missed it under the mangled lemma
        content = next((_subtree(c) for c in t.children if c.dep_ in ("xcomp", "ccomp") and c.i > t.i), [])
        if content:
            return content[1:] if content[0].lower_ == "that" else content
    if lemma_ in AS_VERBS:
        content = _complements(t, {"as"})
        return content if any(x.lower_ == "as" and x.head == t for x in content) else []
    if lemma_ in OBJECT_VERBS:
        # "endorsed making it harder …": else a gerund clause object
        return _complements(t, SECOND_COMPLEMENT | ({"at"} if lemma_ in ESTIMATE_VERBS else set())) or \
            next((_subtree(c) for c in t.children if c.dep_ == "xcomp" and c.tag_ == "VBG" and c.i > t.i), [])
    return []


def _prepositional_content(t: Token) -> list[Token]:
    """"She called for increased regulation", "refers to those islands as Chinese bases"."""
    lemma_ = lemma(t)
    if lemma_ not in PREPOSITION_VERBS:
        return []
    for p in (c for c in t.children if c.dep_ in ("prep", "prt") and c.lower_ in PREPOSITION_VERBS[lemma_]
              and c.i > t.i):
        objs = [c for c in p.children if c.dep_ in ("pobj", "pcomp")] or \
            [c for c in t.children if c.dep_ == "prep" and c.i > p.i and p.dep_ == "prt"]
        if objs:
            objs += [c for c in t.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > p.i]
            return sorted({x for o in objs for x in o.subtree}, key=lambda x: x.i)
    return []


def _verb_content(t: Token) -> Attribution | None:
    """A verb of stance or speech with what its object or prepositional object reports; its
    subject (found by the caller) is the source.  Passives go through `_passive_with_agent`."""
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in t.children):
        return None
    content = _object_content(t) or _prepositional_content(t)
    return Attribution(t, content, []) if content else None


def _participle(t: Token) -> Attribution | None:
    """"a super PAC supporting Mrs. Clinton's candidacy", "ledgers showing he was paid": a present
    participle of stance or evidence modifying the noun that is its source."""
    if t.dep_ != "acl" or t.tag_ != "VBG" or t.head.pos_ not in ("NOUN", "PROPN"):
        return None
    lemma_ = lemma(t)
    if lemma_ in EVIDENCE_VERBS and lemma(t.head) not in EVIDENCE_SUBJECTS:
        return None
    if lemma_ not in OBJECT_VERBS and lemma_ not in EVIDENCE_VERBS:
        return None
    comp = next((c for c in t.children if c.dep_ == "ccomp" and c.i > t.i), None)
    content = _subtree(comp) if comp is not None else _complements(t, SECOND_COMPLEMENT)
    if content and content[0].lower_ == "that":
        content = content[1:]
    if not content:
        return None
    clause = clause_of_participle(t)
    if clause is not None:
        return Attribution(t, content, [], subject_of=clause)
    source = [x for x in _subtree(t.head) if x.i < t.i]
    return Attribution(t, content, source, prefer_first=True)


def _passive_with_agent(t: Token) -> Attribution | None:
    """"This proposal was rejected by 64 percent of the electorate": the agent is the source,
    the passive subject the content."""
    if lemma(t) not in OBJECT_VERBS and lemma(t) not in AS_VERBS:
        return None
    agent = next((c for c in t.children if c.dep_ == "agent"), None)
    subj = next((c for c in t.children if c.dep_ == "nsubjpass"), None)
    if agent is None or subj is None or subj.lower_ in NOT_A_SOURCE:
        return None
    pobj = next((c for c in agent.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return None
    # "was seen by some as a demotion": the "as" complement belongs to the content, wherever the
    # parse hangs it (on the verb or on the agent)
    as_heads = [c for c in list(t.children) + list(pobj.children) if c.dep_ == "prep" and c.lower_ == "as"
                and c.i > agent.i]
    as_part = {x.i for c in as_heads for x in c.subtree}
    source = [x for x in _without_clauses(pobj) if x.i not in as_part]
    content = _subtree(subj) + [t.doc[i] for i in sorted(as_part)]
    return Attribution(t, content, source, prefer_first=True)


def _adjective(t: Token) -> Attribution | None:
    """"People briefed on it were adamant that Mr. Trump's children would seek …": a stance
    adjective after a copula, its clause the content, the copula's subject the source."""
    if t.dep_ != "acomp" or (t.lemma_ or "").lower() not in STANCE_ADJECTIVES:
        return None
    # the clause hangs off the adjective or, as often in the parse, off the copula after it
    comp = next((c for c in list(t.children) + list(t.head.children)
                 if c.dep_ in ("ccomp", "xcomp") and c.i > t.i), None)
    subj = _own_subject(t.head)
    if comp is None or not _is_source_word(subj):
        return None
    content = _subtree(comp)
    if content and content[0].lower_ == "that":
        content = content[1:]
    return Attribution(t, content, _subtree(subj))


def _without_clauses(head: Token) -> list[Token]:
    """A noun phrase without its relative clauses ("a new poll that shows …" -> "a new poll")."""
    cut = {x.i for c in head.children if c.dep_ in ("relcl", "acl") and c.i > head.i for x in c.subtree}
    return [x for x in _subtree(head) if x.i not in cut]


def _according_to(t: Token) -> Attribution | None:
    """"…, according to a new poll." / "According to some on Twitter, Kelly was …" / "X, according
    to Y, did Z": the clause the phrase attaches to, on the side where the clause is."""
    if t.lower_ != "according" or t.i + 1 >= len(t.doc) or t.doc[t.i + 1].lower_ != "to":
        return None
    to = t.doc[t.i + 1]
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return None
    sent = t.sent
    phrase_end = max(x.i for x in pobj.subtree)
    before = [x for x in sent if x.i < t.i]
    while before and (before[-1].is_punct or before[-1].dep_ == "cc"):
        before.pop()
    # a clause ", but …" or "; …" before the phrase is another statement
    for k in range(len(before) - 1, 0, -1):
        if (before[k].dep_ == "cc" and before[k - 1].text == "," or before[k].text == ";") and \
                any(x.pos_ in ("VERB", "AUX") for x in before[k + 1:]):
            before = before[k + 1:]
            break
    after = [x for x in sent if x.i > phrase_end]
    while after and after[0].is_punct:
        after = after[1:]
    head = t.head
    if not any(not x.is_punct for x in before):
        content = after
    elif head.i > phrase_end and len(before) < 4:
        skip = {x.i for x in t.subtree}
        content = [x for x in _subtree(head) if x.i not in skip]
    else:
        content = before
    if not content:
        return None
    return Attribution(t, content, _without_clauses(pobj), prefer_first=True)


_COLON_HEAD_MAX = 6
# words that label a line rather than name who speaks ("Update: …", "Watch: …")
HEADLINE_LABELS = {
    # (and the fields of a form: "Name: … Age: … Job: …")
    "name", "age", "city", "job", "pay", "occupation", "location", "date", "time", "place", "title", "why", "what",
    "update", "updated", "updates", "note", "correction", "clarification", "editor", "breaking", "exclusive",
    "live", "analysis", "opinion", "editorial", "watch", "read", "related", "source", "sources", "photo",
    "video", "credit", "listen", "more", "see", "also", "transcript", "summary", "q", "a", "question",
    "answer", "warning", "disclaimer", "advertisement", "subscribe", "share", "tags", "topics", "by",
}


def _opens_the_text(sent: Span) -> bool:
    """The sentence is the article's first line, its title (nothing but spaces before it)."""
    return all(t.is_space for t in doc_tokens(sent.doc)[:sent.start])


def _headline_colon(sent: Span) -> Attribution | None:
    """"Sanders: Endorsements prove Clinton 'candidate of the establishment.'": a headline that
    gives a named speaker, a colon and what they said (the clause after the colon has a verb)."""
    colon = next((x for x in sent[:_COLON_HEAD_MAX + 1] if x.text == ":"), None)
    if colon is None or colon.i == sent.start:
        return None
    head = [x for x in sent if x.i < colon.i]
    content = [x for x in sent if x.i > colon.i]
    # (the article's title may drop the verb or read it as a name: "Poll: Wealthy Voters Abandon Republican
    # Party", "Lynch: No outside influence on FBI probe")
    if any(x.pos_ in ("VERB", "AUX") for x in head) or any(x.text == ":" for x in content) or not (
            any(x.pos_ in ("VERB", "AUX") for x in content)
            or sum(not x.is_punct for x in content) >= 3 and _opens_the_text(sent)):
        return None     # (a second colon: fields of a form, not a speaker and their words)
    # a capitalised name must say who; a label ("Update: …", "Editor's note: …") is not a speaker
    words = [x for x in head if not x.is_punct]
    if not words or not all(x.text[:1].isupper() or x.lower_ in ("'s", "’s", "of", "the", "on", "at") for x in words) \
            or any(x.lower_ in HEADLINE_LABELS for x in words):
        return None
    return Attribution(colon, content, head, prefer_first=True)


def _nominal(t: Token) -> Attribution | None:
    """"Obama's criticism of the bill", "his promise to build a wall": a noun of speech or stance
    owned by its source (a possessive), with a complement that says what."""
    document = lemma(t) in DOCUMENT_CUES
    if lemma(t) not in NOUN_CUES and not document:
        return None
    owner = next((c for c in t.children if c.dep_ == "poss"), None)
    if owner is None:
        # "calls from her primary opponents to break up the banks": the owner after "from" or "by"
        by = next((c for c in t.children if c.dep_ == "prep" and c.lower_ in ("from", "by") and c.i > t.i), None)
        owner = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
    named_by = [] if owner is not None or not document else _name_before(t)
    if owner is None and not named_by:
        return None
    taken = {x.i for x in owner.subtree} if owner is not None else set()
    if document:
        # a document reports only what its "that" clause says ("a report on the economy" is a topic),
        # which the parse may hang on the verb the document completes ("seizing upon a report that …")
        end = max(x.i for x in t.subtree)
        verb = t.head.head if t.dep_ == "pobj" else t.head
        comp = [c for c in t.children if c.i > t.i and c.i not in taken and _that_clause(c)] + \
            [c for c in verb.children if t.dep_ in ("pobj", "dobj") and c.dep_ == "ccomp" and
             min(x.i for x in c.subtree) == end + 1 and _that_clause(c)]
    else:
        comp = [c for c in t.children if c.i > t.i and c.i not in taken and (
            (c.dep_ == "prep" and c.lower_ in NOUN_CONTENT_PREPS) or
            (c.dep_ in ("acl", "ccomp", "advcl") and c.pos_ in ("VERB", "AUX")) or _that_clause(c))]
    if not comp:
        return None
    c = comp[0]
    content = _subtree(c)
    if c.dep_ == "prep":
        content = content[1:]           # "of the bill" -> "the bill"
    elif content and content[0].lower_ == "that":
        content = content[1:]
    if owner is None:
        source = named_by
    else:
        source = [x for x in (_subtree(owner) if owner.dep_ == "poss" else _without_clauses(owner))
                  if x.dep_ != "case"]
    if not content or not source:
        return None
    return Attribution(t, content, source, prefer_first=True)


def _that_clause(c: Token) -> bool:
    """A clause that says what a noun holds, "that" as its conjunction and a subject of its own
    ("the claim that Trump had a net loss"), which the parse often makes a relative clause."""
    if c.dep_ not in ("acl", "relcl", "ccomp") or c.pos_ not in ("VERB", "AUX"):
        return False
    first = min(c.subtree, key=lambda x: x.i)
    if first.lower_ != "that" or first.dep_ != "mark" or not _is_source_word(_own_subject(c)):
        return False
    # a relative clause the parse read as one ("a report that the agency obtained") lacks its
    # object: the "that" is the object; a clause of content is complete
    return c.dep_ == "ccomp" or any(x.dep_ in _COMPLETE_CLAUSE for x in c.children)


_COMPLETE_CLAUSE = {"dobj", "attr", "acomp", "ccomp", "xcomp", "oprd", "auxpass"}


def _name_before(t: Token) -> list[Token]:
    """The name that owns a document by standing before it ("a New York Times report", "a Pentagon
    memo"): the compound names of an organisation or a person; [] for a common noun ("a tax report")."""
    names = [c for c in t.children if c.dep_ == "compound" and c.i < t.i]
    if not names or not all(c.pos_ == "PROPN" and c.ent_type_ in ("ORG", "PERSON", "GPE", "NORP") for c in names):
        return []
    return sorted({x for c in names for x in c.subtree}, key=lambda x: x.i)


_PHRASE_NOUNS = POLL_NOUNS | VIEW_NOUNS | RECKONING_NOUNS
_ALL_CUES = OBJECT_VERBS | AS_VERBS | EVIDENCE_VERBS | INTENT_VERBS | set(PREPOSITION_VERBS) | NOUN_CUES \
    | DOCUMENT_CUES | STANCE_ADJECTIVES


def find_attributions(sent: Span, cue_verbs: set[str]) -> list[Attribution]:
    """The attributions of one sentence the shared clausal-complement pass does not see."""
    # clauses before objects before nouns: a wider attribution holds narrower ones ("Like his
    # comments about X, Mr. Graham said, …"), and PolNeAR-style attribution gives each word one role
    with_cue_verbs = (_incise, _incise_by_its_words, _as_incise_by_its_words, _as_reported_by,
                      _verb_tagged_noun_before_that, _going_on_after_incise)
    rules = ((_according_to, *with_cue_verbs, _source_phrase),
             (_adjective, _passive_with_agent, _participle, _verb_content),
             (_nominal,))
    out = []
    headline = _headline_colon(sent)
    if headline is not None:
        out.append(headline)
    # only words that can be cues go through the rules (the parse is slow to walk), and a phrase that
    # may give a source ("in the poll", "by the AP's tally") only through its own rule
    words = span_tokens(sent)
    phrases = {t.i for t in words if t.lower_ in ("in", "by") and t.dep_ == "prep" and any(
        c.dep_ == "pobj" and lemma(c) in _PHRASE_NOUNS for c in t.children)}
    cues = [t for t in words if (t.i in phrases or t.lower_ == "according" or (lem := lemma(t)) in _ALL_CUES
                                 or lem in cue_verbs) and not supposes(t)]
    for group in rules:
        for t in cues:
            for rule in group:
                if (rule is _source_phrase) != (t.i in phrases):
                    continue
                a = rule(t, cue_verbs) if rule in with_cue_verbs else rule(t)
                if a is not None:
                    out.append(a)
                    break
    return out


def learnt_attributions(sent: Span, quoted) -> list:
    """The attributions the trained tagger finds in one sentence (`attribution_model`), for
    the cues these rules do not know; none when the package ships no model."""
    from recoupe.lang.en import attribution_model
    model = attribution_model.active_model()
    if model is None:
        return []
    return [a for a in attribution_model.find_attributions(sent, quoted, model)
            if not _vetoed(a.cue) and not _what_the_participle_describes(a)]


def _what_the_participle_describes(a: Attribution) -> bool:
    """"an internal report seen by the Daily Courier", "The report, written by a team …": the participle
    says who saw or wrote the thing it hangs on; that thing, a noun group with no verb, is no content."""
    inside = {t.i for t in a.content}
    return a.cue.tag_ == "VBN" and a.cue.dep_ == "acl" and a.cue.head.i in inside \
        and not any(t.pos_ in ("VERB", "AUX") for t in a.content)


def supposes(t: Token) -> bool:
    """"Let's say a degree will cost $160,000": the writer supposes, nobody says."""
    return t.i >= 2 and t.doc[t.i - 2].lower_ == "let" and t.doc[t.i - 1].lower_ in ("'s", "’s", "us")


def _vetoed(cue: Token) -> bool:
    """Where these rules put a condition on a cue, the tagger does not lift it: a verb of
    evidence alone ("showed", "indicated") reports only with a document as subject ("polls
    have shown …", not "the senator showed the visitors around")."""
    if any(c.dep_ == "mark" and c.lower_ == "than" for c in cue.children) or supposes(cue):
        return True         # "sooner than expected" reports no one's expectation
    lemma_ = lemma(cue)
    if lemma_ in EVIDENCE_VERBS and lemma_ not in OBJECT_VERBS:
        subj = _own_subject(cue)
        return subj is None or lemma(subj) not in EVIDENCE_SUBJECTS
    return False


_SUBJECT_PRONOUN_GENDER = {"he": "Masc", "she": "Fem"}


def genders_from_pronouns(doc, mentions) -> dict[str, str]:
    """Person -> gender, from the pronoun that next takes up a named subject ("Clinton spoke in
    Ohio. She said …"): English names carry no gender, the pronouns that follow them do.  A vote
    counts only when no other person is named in between and the pronoun comes within the next
    sentence; a person needs more votes for one gender than for the other."""
    people = sorted((m.pos, m.end, m.canonical) for m in mentions if m.label == "PER")
    pronouns = [(t.idx, _SUBJECT_PRONOUN_GENDER[t.lower_])
                for t in doc_tokens(doc) if t.lower_ in _SUBJECT_PRONOUN_GENDER and t.dep_ in ("nsubj", "nsubjpass")]
    if not people or not pronouns:
        return {}
    sent_ends = sorted(s.end_char for s in doc.sents)
    votes: dict[str, dict[str, int]] = {}
    subjects = [m for m in mentions if m.label == "PER" and m.is_subject]
    for m in subjects:
        k = bisect_right(sent_ends, m.pos)
        limit = sent_ends[min(k + 1, len(sent_ends) - 1)]       # the end of the next sentence
        nxt_person = next((p for p, _e, c in people if p > m.pos and c != m.canonical), None)
        nxt_pronoun = next(((i, g) for i, g in pronouns if i > m.end), None)
        if nxt_pronoun is None or nxt_pronoun[0] > limit:
            continue
        if nxt_person is not None and nxt_person < nxt_pronoun[0]:
            continue
        v = votes.setdefault(m.canonical, {"Masc": 0, "Fem": 0})
        v[nxt_pronoun[1]] += 1
    return {c: max(v, key=v.get) for c, v in votes.items() if v["Masc"] != v["Fem"]}

