"""Stage `quotes`: direct and indirect quotations with their cue and speaker.

How it decides, in order:
1. `scan_quote_marks` finds every pair of quote marks (« », “ ”, ‹ ›, „ “, "…"),
   nested ones included, per paragraph.  A « glued to the previous word and
   followed by a space or punctuation closes a quote (some sites type
   `guerre« ,`); an opener never closed runs to the end of its paragraph; a
   straight " opening a paragraph may close at the end of the next line (pull quotes).
2. Speech or term?  A one-word quote is a term (scare quote); a quote right
   after a naming word (« intitulé », « thème », « journée »…) is a title; a
   two- or three-word quote is speech only when a speech cue (verb of saying,
   « selon », a colon) frames it; a longer quote is speech.
3. The cue is the nearest speech verb (or « selon X ») outside quotes in the
   quote's sentence, preferring the incise right after it.  The speaker is the
   cue's subject (inverted subjects and « -t-il » included).
4. The speaker is resolved with a small in-article mention table: names
   (from `article.entities`), descriptions seen next to names (« le ministre
   estonien de la défense, Hanno Pevkur » makes « le chef de la défense
   estonienne » Pevkur), pronouns (last compatible person by gender), media
   nouns (« le journal », « le rapport » -> the last cited source).  A speaker
   that cannot be resolved keeps `speaker_canonical = None`.
5. A quote with no cue of its own continues the previous speaker, or repeats a
   quote said elsewhere in the article (headlines, sub-headings).
6. Indirect speech: « X a déclaré que … », "X said (that) …", « selon X, … »
   with no quote marks give `kind="indirect"` with the reported clause as text.
   A language may add its own parse rules (`lang/<code>/attribution.py`) and a
   trained tagger behind them (English: `lang/en/attribution_model.py`), which
   finds the cues the rules do not know and may re-bound what the long-tail
   rules found for the same cue; its attributions keep the rules' speaker resolution.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import lru_cache

import re
import sys
import unicodedata
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Token

from recoupe.extract import article_stage
from recoupe.extract.sources import local_outlet_names, outlet_named
from recoupe.lang import lexicon
from recoupe.model import Article, Quote
from recoupe.nlp.bodies import body_named_before, government_of_place, national_body, nationalities
from recoupe.nlp.canonical import ARTICLES, country_name, fold, given_name_gender, lookup_alias, lookup_place, person_country
from recoupe.nlp.spans import NOTE_NUMBER, dateline_ranges, doc_text, doc_tokens, span_tokens

OPENERS = {"«": "»", "“": "”", "‹": "›", "„": "“"}
CLOSERS = {"»", "”", "›"}
_CLOSING_FOLLOWERS = ",.;:!?)"
_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*", re.UNICODE)     # « pro-vie » is one word
_SPEAKER_POS = {"PROPN", "NOUN", "PRON"}
_NP_POS = {"DET", "NOUN", "PROPN", "ADJ", "NUM", "X"}


# ----------------------------------------------------------------- quote marks
@dataclass
class MarkedSpan:
    """A stretch of text between quote marks: `open`/`close` are the marks' offsets
    (`close` is the paragraph end when the quote is never closed)."""
    open: int
    close: int
    depth: int = 0
    closed: bool = True


def scan_quote_marks(text: str, open_after_sentence: bool = False) -> list[MarkedSpan]:
    """Every quotation-mark pair in `text`, outer and nested, in order of opening.

    `open_after_sentence`: a quote opened at the start of a sentence and never closed runs to the
    end of its paragraph (English leaves a quote open when it goes on in the next paragraph:
    `…," said Baron. "His candidacy has defied all conventions.` then a new paragraph)."""
    spans: list[MarkedSpan] = []
    para_starts = [0] + [m.end() for m in re.finditer(r"\n", text)]
    para_bounds = [(a, (para_starts[k + 1] - 1) if k + 1 < len(para_starts) else len(text))
                   for k, a in enumerate(para_starts)]
    carried_straight: int | None = None      # a straight " opening a line, closed on a later line
    for pa, pb in para_bounds:
        stack: list[int] = []
        straight_open: int | None = None
        skip_to = pa
        for i in range(pa, pb):
            if i < skip_to:
                continue
            ch = text[i]
            prev = text[i - 1] if i > pa else " "
            nxt = text[i + 1] if i + 1 < pb else " "
            if ch == "'" and nxt == "'" and prev != "'":
                # two apostrophes typed for a double quote mark (the NYT archive: ''We will win,'' he
                # said): one straight mark whose inner side is the second apostrophe when opening,
                # the first when closing, so the quote's text excludes both
                skip_to = i + 2
                if straight_open is None:
                    straight_open = i + 1
                else:
                    spans.append(MarkedSpan(straight_open, i, len(stack)))
                    straight_open = None
                continue
            if ch in CLOSERS or (ch == "«" and stack and not prev.isspace()
                                 and (nxt.isspace() or nxt in _CLOSING_FOLLOWERS)):
                if stack and (ch != "“" or text[stack[-1]] == "„"):
                    o = stack.pop()
                    spans.append(MarkedSpan(o, i, len(stack)))
                elif ch == "“" and not stack:
                    stack.append(i)
                elif ch == "”" and straight_open is not None:
                    # mixed typography, a straight mark closed by a curly one ("We will win,” he said)
                    spans.append(MarkedSpan(straight_open, i, len(stack)))
                    straight_open = None
                elif ch == "”" and not stack and (prev.isspace() or prev in "(:" or unicodedata.category(prev) == "Cf") \
                        and nxt.isalnum():
                    stack.append(i)     # a closing mark typed to open (”We will win,” he said)
                elif ch == "»" and not stack and prev.isspace() and nxt.isspace() \
                        and text[i + 1:pb].lstrip()[:1].isalpha() and "»" in text[i + 1:pb] \
                        and not re.search("[«»]", text[pa:i]):
                    # « … la crise  » nous allons tout faire … » a-t-il déclaré »: the same, when it is the
                    # paragraph's first French mark (« « »Ce livre… » » Dr. X « »… » » is a list of blurbs)
                    stack.append(i)
            elif ch in OPENERS:
                stack.append(i)
            elif ch == '"' and straight_open is None and stack and text[stack[-1]] == "“" \
                    and not prev.isspace() and (nxt.isspace() or nxt in _CLOSING_FOLLOWERS):
                # mixed typography, a curly mark closed by a straight one (“We will win," he said)
                o = stack.pop()
                spans.append(MarkedSpan(o, i, len(stack)))
            elif ch == '"':
                if carried_straight is not None and i == _last_nonspace(text, pa, pb):
                    spans.append(MarkedSpan(carried_straight, i, 0))
                    carried_straight = None
                elif straight_open is None:
                    straight_open = i
                else:
                    spans.append(MarkedSpan(straight_open, i, len(stack)))
                    straight_open = None
        end = _last_nonspace(text, pa, pb) + 1
        for o in stack:                       # never closed: runs to the paragraph's end
            if _first_nonspace(text, pa, pb) == o or text[max(pa, o - 2):o].strip() == ":" or \
                    (open_after_sentence and text[max(pa, o - 2):o].strip()[-1:] in (".", "!", "?")):
                spans.append(MarkedSpan(o, end, 0, closed=False))
        if straight_open is not None:
            if _first_nonspace(text, pa, pb) == straight_open:
                carried_straight = straight_open
            else:
                carried_straight = None
                if open_after_sentence and text[max(pa, straight_open - 2):straight_open].strip()[-1:] in (".", "!", "?") \
                        and end > straight_open + 1:
                    # ('"…," he said. "We're apologizing for America …' then a new paragraph: straight
                    # marks too)
                    spans.append(MarkedSpan(straight_open, end, 0, closed=False))
        elif carried_straight is not None and pa > carried_straight and text[pa:pb].strip():
            # the carried quote may close only on the line right after its own
            if not any(s.open == carried_straight for s in spans) and _line_index(para_starts, pa) - \
                    _line_index(para_starts, carried_straight) > 1:
                carried_straight = None
    spans.sort(key=lambda s: s.open)
    return spans


def _line_index(starts: list[int], pos: int) -> int:
    from bisect import bisect_right
    return bisect_right(starts, pos) - 1


def _first_nonspace(text: str, a: int, b: int) -> int:
    while a < b and text[a].isspace():
        a += 1
    return a


def _last_nonspace(text: str, a: int, b: int) -> int:
    b -= 1
    while b > a and text[b].isspace():
        b -= 1
    return b


def quote_depth_map(text: str) -> list[int]:
    """Depth of quotation at each character (for sentence splitting)."""
    depth = [0] * (len(text) + 1)
    for s in scan_quote_marks(text):
        if s.closed:
            for k in range(s.open + 1, s.close):
                depth[k] += 1
    return depth


# ----------------------------------------------------------------- mentions
@dataclass
class Mention:
    """Someone the article names or describes, at a position (for pronouns and descriptions)."""
    pos: int
    canonical: str
    label: str = "PER"
    gender: str | None = None
    descriptors: set[str] = field(default_factory=set)
    is_subject: bool = False
    oblique: bool = False       # inside a complement (« de l'association Coldiretti »)
    is_speaker: bool = False
    end: int = 0
    number: str = "Sing"        # a described body (« les autorités ») can be plural
    gender_inferred: bool = False   # gender read from a pronoun we resolved, not marked in the text
    modifier: bool = False      # a name that qualifies a noun ("the Trump administration"): no antecedent
    person: bool = True         # a description headed by a person's noun, not a body's or a document's


@dataclass
class _Context:
    article: Article
    doc: Doc
    lang: str
    lex: object
    quote_ranges: list[tuple[int, int]]
    mentions: list[Mention]
    descriptors: dict[str, set[str]]       # canonical -> description words seen with the name
    genders: dict[str, str]
    sources: list[tuple[int, int, str, str]]   # (start, end, canonical, kind) of cited-source mentions
    entities: list                          # article.entities sorted by start
    sent_starts: list[int] = field(default_factory=list)
    # subject pronouns already resolved (position -> (canonical, gender) or None), for pronoun chains
    pronoun_referents: dict[int, tuple[str, str] | None] = field(default_factory=dict)
    _persons: dict | None = None            # person entities by start, built on first use
    _person_names: set[str] | None = None   # their canonical names, built on first use
    _entity_starts: list[int] | None = None  # where the entities start, built on first use
    # canonical -> the head nouns of the descriptions seen with a person's name ("Clinton campaign spokesman
    # Nick Merrill": spokesman, not campaign)
    role_heads: dict[str, set[str]] = field(default_factory=dict)
    # the speakers phrases name, kept while nothing more is learnt about who is who (see _resolve_tokens)
    speakers_resolved: dict | None = None

    def person_at(self, pos: int):
        """The person entity that starts at `pos`, if any."""
        if self._persons is None:
            self._persons = {e.start: e for e in self.entities if e.label == "PER"}
        return self._persons.get(pos)

    def entities_starting(self, a: int, b: int) -> list:
        """The entities that start between `a` and `b` (both included), by bisection: speakers are
        resolved hundreds of times per article."""
        if self._entity_starts is None:
            self._entity_starts = [e.start for e in self.entities]
        return self.entities[bisect_left(self._entity_starts, a):bisect_right(self._entity_starts, b)]

    def person_names(self) -> set[str]:
        """The canonical names of the person entities."""
        if self._person_names is None:
            self._person_names = {e.canonical or e.text for e in self.entities if e.label == "PER"}
        return self._person_names

    def sent_index(self, pos: int) -> int:
        return bisect_right(self.sent_starts, pos) - 1


def _is_medium(name: str | None) -> bool:
    """A newspaper, broadcaster, website or agency the outlet table knows by that name."""
    o = outlet_named(name) if name else None
    return o is not None and o.kind in ("newspaper", "broadcaster", "outlet", "agency")


class _RangeList(list):
    """Character ranges [a, b) that are looked up far more often than built (the quote marks of
    an article): `holds` answers by bisection over the starts, with the furthest end reached so far
    (ranges may nest or overlap).  The list is never changed once built."""

    def holds(self, pos: int) -> bool:
        index = self.__dict__.get("_index")
        if index is None:
            ordered = sorted(self)
            furthest, reach = 0, []
            for _a, b in ordered:
                furthest = max(furthest, b)
                reach.append(furthest)
            index = self.__dict__["_index"] = ([a for a, _b in ordered], reach)
        starts, reach = index
        k = bisect_right(starts, pos)
        return k > 0 and reach[k - 1] > pos      # (the range reaching furthest among those begun holds pos)


def _in_ranges(pos: int, ranges: list[tuple[int, int]]) -> bool:
    if isinstance(ranges, _RangeList):
        return ranges.holds(pos)
    return any(a <= pos < b for a, b in ranges)


_TITLE_ABBREVIATIONS = {"sen.": "senator", "gov.": "governor", "rep.": "representative", "gen.": "general",
                        "sec.": "secretary", "pres.": "president", "lt.": "lieutenant", "col.": "colonel"}


def _content_lemmas(tokens) -> set[str]:
    out = set()
    for t in tokens:
        if t.pos_ in ("NOUN", "ADJ") and len(t.text) > 2:
            out.add(_norm_word(t.lemma_ or t.text))
            out.add(_norm_word(t.text))
    return out


def _norm_word(w: str) -> str:
    w = w.lower().replace("’", "'")
    for suffix in ("iennes", "ienne", "iens"):
        if w.endswith(suffix):
            return w[: -len(suffix)] + "ien"
    return w.rstrip("s") if len(w) > 4 else w


def _gender_of(tokens, lex) -> str | None:
    fem = masc = 0
    tokens = [t for t in tokens if not t.is_punct]
    for t in tokens[:1]:
        low = t.text.lower()
        if low in lex.FEM_TITLES:
            fem += 3
        elif low in lex.MASC_TITLES:
            masc += 3
    # French uses the masculine for women too (« le Premier ministre Kaja Kallas »), so only a
    # feminine determiner with a feminine noun next to the name tells a gender (« la députée X »)
    words = sorted([t for t in tokens if t.pos_ != "ADJ"][:2], key=lambda t: t.i)
    # (a person's noun: « à la presse Paul Durand » says nothing of Paul Durand's gender)
    if len(words) == 2 and [w.pos_ for w in words] == ["DET", "NOUN"] and _person_noun(words[1], lex) and (
            all(w.morph.get("Gender") == ["Fem"] for w in words)
            # an epicene role after a feminine determiner (« la ministre », « une porte-parole »)
            or words[0].lower_ in getattr(lex, "FEM_DETERMINERS", ())):
        fem += 2
    if fem > masc:
        return "Fem"
    if masc > fem:
        return "Masc"
    return None


def _description_tokens(doc: Doc, first: int, last: int) -> tuple[list[Token], list[Token]]:
    """Tokens of the noun phrase right before a name and of an apposition right after it."""
    left = []
    i = first - 1
    if i >= 0 and doc[i].pos_ == "ADP":
        i = -1              # « la victoire d'Emmanuel Macron »: a complement, not a description
    while i >= 0 and len(left) < 10:
        t = doc[i]
        if t.is_sent_end and i != first - 1:
            break
        if t.pos_ in _NP_POS or (t.pos_ == "ADP" and t.lower_ in ("de", "d'", "d’", "du", "des", "of", "for")) \
                or t.text in ("-", "’", "'") or (t.text == "," and i == first - 1):
            left.append(t)
            i -= 1
            continue
        break
    if left and not _describes_the_name(doc, left, first, last):
        left = []           # "a fund-raiser for Mr. Trump", "a comical gesture Mrs. Clinton was making": a
        # phrase the name is a complement or a clause of, not a description of the name
    right = []
    j = last + 1
    if j < len(doc) and doc[j].text == ",":
        j += 1
        while j < len(doc) and len(right) < 20:
            t = doc[j]
            if t.text in (",", ".", ";", ":", "(", ")") or t.pos_ in ("VERB", "AUX") or t.is_sent_start:
                break
            right.append(t)
            j += 1
        # an apposition is closed by a comma (« X, la ministre de…, a dit »), else it is the sentence going on
        closed = j < len(doc) and doc[j].text in (",", ")", "(", ".", ";") or (j < len(doc) and doc[j].pos_ in ("VERB", "AUX")
                                                                 and right and right[0].pos_ == "NOUN")
        if not right or right[0].pos_ not in ("DET", "NOUN", "ADJ") or not closed:
            right = []
    return left, right


def _describes_the_name(doc: Doc, left: list[Token], first: int, last: int) -> bool:
    """The words before a name describe it unless the parse makes the name their complement ("a fund-raiser
    for Mr. Trump", « les propos de X ») or the subject of a clause hung on them ("a comical gesture Mrs.
    Clinton was making")."""
    name = range(first, last + 1)
    inside = {t.i for t in left}
    for r in (t for t in doc[first:last + 1] if t.head.i not in name):
        if r.head.i in inside and (r.dep_ == "pobj" or any(c.dep_ == "case" for c in r.children)):
            return False
        if r.dep_.startswith("nsubj") and r.head.dep_ in ("relcl", "acl", "acl:relcl") and r.head.head.i in inside:
            return False
    return True


def _is_oblique(doc: Doc, i: int) -> bool:
    """A name inside a prepositional complement: « de l'association d'agriculteurs Coldiretti »."""
    j = i - 1
    while j >= 0 and i - j < 6 and doc[j].pos_ in ("NOUN", "ADJ", "DET", "PROPN"):
        j -= 1
    return j >= 0 and j < i - 1 and doc[j].pos_ == "ADP" or (j == i - 1 and j >= 0 and doc[j].pos_ == "ADP")


def _verb_follows(doc: Doc, i: int) -> bool:
    """A name followed by its verb, after an optional apposition (« X, ancien président, se faisait… »)."""
    if i < len(doc) and doc[i].text == ",":
        j = i + 1
        while j < len(doc) and j - i < 15 and doc[j].text != "," and not doc[j].is_sent_start:
            j += 1
        i = j + 1 if j < len(doc) and doc[j].text == "," else i
    while i < len(doc) and doc[i].pos_ in ("ADV", "PART") and doc[i].lower_ not in ("que", "qu'"):
        i += 1
    return i < len(doc) and (doc[i].pos_ in ("VERB", "AUX") or doc[i].lower_ in ("se", "s'", "s’", "ne", "n'", "n’"))


def _only_dateline(subject: Token) -> bool:
    """A subject the parse found in the dateline ("OSLO -- The port authority said"), unless the
    phrase runs on past it ("ORLANDO (Reuters) - President Barack Obama met …": Obama)."""
    datelines = dateline_ranges(subject.doc)
    return _in_ranges(subject.idx, datelines) and all(_in_ranges(t.idx, datelines) for t in subject.subtree)


def _build_context(article: Article, doc: Doc, quote_ranges) -> _Context:
    lang = article.language or "fr"
    lex = lexicon(lang, "speech") or lexicon("fr", "speech")
    datelines = dateline_ranges(doc)
    ents = sorted((e for e in article.entities if not _in_ranges(e.start, datelines)), key=lambda e: e.start)
    mentions, descriptors, genders, role_heads = [], {}, {}, {}
    for e in ents:
        if e.label not in ("PER", "ORG") or _in_ranges(e.start, quote_ranges):
            continue
        span = doc.char_span(e.start, e.end, alignment_mode="expand")
        canon = e.canonical or e.text
        desc: set[str] = set()
        gender = None
        subject = False
        if span is not None:
            root = span.root
            while root.dep_ in ("flat:name", "flat", "appos", "compound") and root.head != root:
                root = root.head
            subject = root.dep_.startswith("nsubj") or (root.dep_ == "ROOT" and root.pos_ == "PROPN") \
                or _verb_follows(doc, span.end) or span[0].is_sent_start
        if e.label == "ORG":
            # an organisation is described by its own words (« l'organisation » -> l'OMS), and, where noun groups
            # end on their head, by its name's head ("the district GOP" is no district, the FBI a bureau)
            desc = {_norm_word(w) for w in re.findall(r"[^\W\d_]{3,}", e.text + " " + canon)}
            descriptors.setdefault(canon, set()).update(desc)
            role_heads.setdefault(canon, set()).update(_name_heads(e.text, lex) | _name_heads(canon, lex))
        if span is not None and e.label == "PER":
            left, right = _description_tokens(doc, span.start, span.end - 1)
            # (a title the tagger reads as part of a name describes too: "President Joe Biden", "Sen. X"; not
            # one another name qualifies: "Arizona Senate President Karen Fann" is no president)
            titles = {_TITLE_ABBREVIATIONS.get(left[0].lower_, left[0].lower_)} if left and left[0].pos_ == "PROPN" \
                and not (len(left) > 1 and left[1].pos_ in ("PROPN", "NOUN")) else set()
            desc = _content_lemmas(left) | _content_lemmas(right) | (titles & lex.PERSON_ROLES)
            role_heads.setdefault(canon, set()).update(_phrase_heads(left, lex) | _phrase_heads(right, lex)
                                                       | (titles & lex.PERSON_ROLES))
            # only the words right next to the name tell a gender (« la députée X », « X, la présidente »)
            gender = (_gender_of(left[:3], lex) if left and left[0].text != "," else None) \
                or _gender_of(right[:3], lex)
            descriptors.setdefault(canon, set()).update(desc)
            if gender and canon not in genders:
                genders[canon] = gender
        modifier = span is not None and span.root.dep_ == "compound" and span.root.head.pos_ == "NOUN" \
            and span.root.head not in span
        mentions.append(Mention(e.start, canon, e.label, gender, desc, is_subject=subject and not modifier,
                                end=e.end, oblique=span is not None and _is_oblique(doc, span.start),
                                modifier=modifier))
    mentions += _unnamed_speakers(doc, lex, ents, quote_ranges, mentions, descriptors)
    rules = lexicon(lang, "attribution")
    if rules is not None:       # a language's own clues to gender where titles are silent
        for canon, g in rules.genders_from_pronouns(doc, mentions).items():
            genders.setdefault(canon, g)
    for m in mentions:
        m.gender = m.gender or genders.get(m.canonical)
        if m.gender is None and m.label == "PER":
            # a given name nearly always worn by one gender (« Marine Le Pen », "Matteo Salvini")
            m.gender = given_name_gender(m.canonical)
            if m.gender:
                genders.setdefault(m.canonical, m.gender)
    sources = []
    for s in article.cited_sources:
        for sp in s.mentions:
            if not _in_ranges(sp.start, datelines):
                # (a document speaks for who issued it: « le rapport » is Amnesty International's words)
                sources.append((sp.start, sp.end, s.issuer or s.name, s.kind))
    sources.sort()
    sent_starts = [s.start for s in article.sentences] or [s.start_char for s in doc.sents]
    return _Context(article, doc, lang, lex, _RangeList(quote_ranges), mentions, descriptors, genders, sources, ents,
                    sorted(sent_starts), role_heads=role_heads)


def _name_heads(name: str, lex) -> set[str]:
    """The head word of a body's name in a language whose noun groups end on it: its last word before a
    complement ("Federal Bureau of Investigation": bureau; "Indiana GOP": gop); elsewhere none."""
    if not getattr(lex, "HEAD_FINAL_NOUN_GROUPS", False):
        return set()
    words = re.findall(r"[^\W\d_]+", re.split(r"\s(?:of|for|on|in|to)\s", name, maxsplit=1)[0])
    return {_norm_word(words[-1])} if words else set()


def _phrase_heads(tokens: list[Token], lex) -> set[str]:
    """The head noun of a description in a language whose noun groups end on it: the last noun of its
    first noun group ("Clinton campaign spokesman": spokesman; "the party's presumptive nominee": nominee).
    Elsewhere (« le président de la République », « chef économiste ») the parse is too loose to tell: none."""
    if not getattr(lex, "HEAD_FINAL_NOUN_GROUPS", False):
        return set()
    group = []
    for t in sorted(tokens, key=lambda t: t.i):
        if t.pos_ == "ADP" and group:
            break
        if t.pos_ == "NOUN":
            group.append(t)
    return {_norm_word(t.lemma_ or t.text) for t in group[-1:]}


def _unnamed_speakers(doc: Doc, lex, ents, quote_ranges, named=(), descriptors=None) -> list[Mention]:
    """People the text describes but does not name, as subjects (« Un porte-parole du Kremlin a
    estimé… », "a Kremlin spokesman said"): a later « a-t-il dit » may stand for them, and then
    the honest answer is no name, not the last name read before.  A definite description that
    repeats all the words a person was named with before (« La Première ministre Elisabeth Borne »,
    then « La Première ministre a annoncé ») is that person."""
    out = []
    for t in doc_tokens(doc):
        if t.pos_ != "NOUN" or t.lower_ not in lex.PERSON_ROLES or not t.dep_.startswith("nsubj") \
                or _in_ranges(t.idx, quote_ranges):
            continue
        words = list(t.subtree)
        a, b = words[0].idx, words[-1].idx + len(words[-1].text)
        if any(e.label == "PER" and a <= e.start < b for e in ents):
            continue        # « le porte-parole du Kremlin, Dmitri Peskov »: the name is the mention
        det = next((c for c in t.children if c.dep_ == "det"), None)
        gender = (det.morph.get("Gender") or [None])[0] if det is not None else None
        # an unnamed spokesperson is the voice of the body named with them (« un porte-parole du Kremlin »)
        body = ""
        if _norm_word(t.lemma_ or t.text) in getattr(lex, "SPOKESPERSON_NOUNS", ()):
            org = next((e for e in ents if e.label == "ORG" and a <= e.start < b), None)
            body = (org.canonical or org.text) if org is not None else \
                national_body(doc.lang_, [x for x in words if x.i > t.i]) or ""
        if not body and det is not None and det.lower_ in lex.DEFINITE and descriptors:
            body = _described_before(t, words, gender, named, descriptors)
        out.append(Mention(t.idx, body, "DESC", gender, is_subject=True, end=t.idx + len(t.text)))
    return out


def _described_before(noun: Token, words: list[Token], gender: str | None, named, descriptors) -> str:
    """The person last named before `noun` with every content word of its description, of its
    gender when both are known; "" when none."""
    wanted = _content_lemmas(words)     # (all of them: « le président ukrainien » is not « le président russe X »)
    if not wanted:
        return ""
    for m in sorted(named, key=lambda m: -m.pos):
        if m.label == "PER" and m.pos < noun.idx and wanted <= descriptors.get(m.canonical, set()) \
                and not (gender and m.gender and m.gender != gender):
            return m.canonical
    return ""


# ----------------------------------------------------------------- speakers
@dataclass
class _Speaker:
    surface: str | None = None
    canonical: str | None = None
    start: int | None = None
    end: int | None = None
    label: str | None = None
    state_body: bool = False     # a described or metonymic state body (« la présidence turque », « la Hongrie »)


_REFLEXIVE_NOT_SPEECH = {"résumer", "poursuivre", "continuer", "trouver", "lancer", "annoncer", "développer",
                         "avancer", "révéler", "rappeler", "demander", "montrer", "traduire", "appeler",
                         "tenir", "retrouver", "concentrer", "rapporter", "engager", "justifier", "informer"}


def _verb_forms(verbs: set[str]) -> set[str]:
    """Third-person forms of regular verbs, for cues the tagger reads as nouns (« analyse X »)."""
    out = set()
    for v in verbs:
        if v.endswith("er") and " " not in v and "'" not in v:
            st = v[:-2]
            out |= {st + "e", st + "ent", st + "é", st + "ée", st + "ait", st + "aient", st + "ant"}
        elif v.endswith("ir") and " " not in v:
            st = v[:-2]
            out |= {st + "it", st + "issent", st + "i", st + "issait", st + "issant"}
    return out


_FORMS_CACHE: dict[int, set[str]] = {}


def _cue_forms(lex) -> set[str]:
    """The regular forms of a language's cue verbs, computed once (a dict's setdefault would build
    them again on every call)."""
    forms = _FORMS_CACHE.get(id(lex))
    if forms is None:
        forms = _FORMS_CACHE[id(lex)] = _verb_forms(lex.CUE_VERBS)
    return forms


def _impersonal_in_document(t: Token) -> bool:
    """« …, est-il écrit dans le rapport »: an impersonal passive whose author is the document."""
    doc = t.doc
    before = doc[max(0, t.i - 3):t.i]
    clitic = any(x.lower_ in ("-il", "il") for x in before)
    passive = any((x.lemma_ or "").lower() == "être" for x in before)     # not « a-t-il déclaré dans une interview »
    after = [x.lower_ for x in doc[t.i + 1:t.i + 4]]
    return clitic and passive and "dans" in after


def _speech_locutions(doc: Doc) -> dict:
    """The doc's language's speech locutions (cached on the doc like its text)."""
    cached = doc.user_data.get("recoupe_locutions")
    if cached is None:
        cached = doc.user_data["recoupe_locutions"] = _locutions_with_forms(lexicon(doc.lang_, "speech"))
    return cached


_LOCUTIONS_CACHE: dict[int, dict[str, tuple[str, ...]]] = {}


def _locutions_with_forms(lex) -> dict[str, tuple[str, ...]]:
    """A language's speech locutions by their light verb's lemma and, for a regular verb, its forms too:
    the lemmatiser sometimes leaves a form as it is (« laisse entendre » -> « laisse »)."""
    table = _LOCUTIONS_CACHE.get(id(lex))
    if table is None:
        base = getattr(lex, "CUE_LOCUTIONS", {})
        table = {form: words for verb, words in base.items() for form in _verb_forms({verb})} | base
        _LOCUTIONS_CACHE[id(lex)] = table
    return table


def _in_speech_locution(t: Token, lemma: str) -> bool:
    """« a fait savoir », « l'a fait valoir », « a mis en garde »: the light verb followed by the
    locution's words, or the locution's verb after a form of the light verb (an adverb may sit
    between: « a fait aussi savoir »)."""
    locutions = _speech_locutions(t.doc)
    if not locutions:
        return False
    doc = t.doc
    if lemma in locutions:
        after = " ".join(x.lower_ for x in doc[t.i + 1:t.i + 4] if x.pos_ != "ADV")
        return any(after == words or after.startswith(words + " ") for words in locutions[lemma])
    if t.pos_ == "VERB":
        before = [x for x in doc[max(0, t.i - 3):t.i] if x.pos_ != "ADV"]
        light = (before[-1].lemma_ or "").lower() if before else ""
        return t.lower_ in locutions.get(light, ())
    return False


def _is_cue_token(t: Token, lex) -> bool:
    if t.pos_ not in ("VERB", "AUX", "NOUN", "ADJ", "PROPN"):
        return False
    lemma = (t.lemma_ or "").lower()
    if t.i > 0 and t.doc[t.i - 1].lower_ in ("se", "s'", "s’") and lemma in _REFLEXIVE_NOT_SPEECH:
        return False
    if lemma in ("citer", "cite", "quote") and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ in ("par", "by"):
        return False        # « cité par oilprice.com »: the relay, not the speaker
    if any(c.dep_ in ("aux:pass", "auxpass") for c in t.children) and not _impersonal_in_document(t) \
            and not _agent_after_quote(t):
        return False        # « serait annoncé », "was said": not a speech act of the subject (but "was
        # described as "…" by X": X's words)
    if t.pos_ == "AUX" and t.lemma_ in ("avoir", "être", "have", "be"):
        return False
    supposes = getattr(lexicon(_lang_of(t), "attribution"), "supposes", None)
    if supposes is not None and supposes(t):
        return False        # "Let's say you think …": a supposition, nobody's words
    if t.morph.get("Mood") == ["Imp"] and not t.text.endswith(("-t", "-il", "-elle")):
        return False        # « Ajoutez la fin du système à … »: an order to the reader reports no one
    low = t.lower_.replace("’", "'")
    if _verb_read_as_noun(t) and lemma in lex.CUE_VERBS:
        return True         # "Trump claims that …"
    if t.pos_ in ("NOUN", "ADJ", "PROPN"):
        # taggers sometimes miss a verb in an incise (« », analyse Orietta Cazzuli »): only right after a quote
        k = t.i - 1
        while k > 0 and (t.doc[k].pos_ == "AUX" or t.doc[k].text.startswith("-")):
            k -= 1          # « », a-t-il prévenu »
        prev = t.doc[k].text if k >= 0 else ""
        prev2 = t.doc[k - 1].text if k > 0 else ""
        nxt = t.doc[t.i + 1].lower_.replace("’", "'") if t.i + 1 < len(t.doc) else ""
        framed = nxt in ("que", "qu'", "qu", ":", "that") or (      # « Anitta Hipper affime qu'« … » »
            prev.lower() in ("le", "l'", "l’") and prev2.lower() == "comme")    # « comme le tweete X »
        if not framed and not (prev in (",", "»", "”", '"') and (prev2 in ("»", "”", '"', ",") or prev in ("»", "”", '"'))):
            return False
        forms = _cue_forms(lex)
        return low in lex.CUE_FORMS or low in forms
    if lemma in lex.CUE_VERBS or low in lex.CUE_FORMS or low in lex.CUE_VERBS:
        return True
    if _in_speech_locution(t, lemma):
        return True
    # the lemmatiser sometimes leaves a verb as it is (« indique » -> « indique »): its regular forms
    return lemma == low and t.pos_ == "VERB" and low in _cue_forms(lex)


def _verb_read_as_noun(t: Token) -> bool:
    """"But Trump claims that he should be …": a verb the tagger read as a plural noun, which the parse
    still gives a subject and a clause."""
    # (the counts of dependents on each side first: walking a word's children builds each of them)
    return t.pos_ == "NOUN" and t.n_rights > 0 and any(c.dep_ == "ccomp" for c in t.rights) \
        and any(c.dep_ == "nsubj" for c in t.children)


def _agent_after_quote(t: Token) -> bool:
    """A passive verb, then words in marks, then its agent ("was called "…" by X", « a été qualifiée de
    « … » par X »; the parse often hangs the agent on a verb inside the quote)."""
    opening = _MARK_AFTER_VERB.match(doc_text(t.doc), t.idx + len(t.text))
    return opening is not None and _AGENT_AFTER_CLOSING_MARK.match(doc_text(t.doc), opening.end()) is not None


_MARK_AFTER_VERB = re.compile(r"\s*(?:as|de|d['’]|comme)?\s*[«“\"]")
# the rest of a quote, its closing mark, then an agent: « … » par X, "…" by X
_AGENT_AFTER_CLOSING_MARK = re.compile(r"[^«»“”\"]{1,300}[»”\"]\s*,?\s*(?:by|par)\s+\S")


_ACCORDING_CACHE: dict[int, dict[str, list[list[str]]]] = {}


def _according_to(doc: Doc, i: int, lex) -> int:
    """Length in tokens of an « according to » form starting at token i, else 0."""
    forms = _ACCORDING_CACHE.get(id(lex))
    if forms is None:
        forms = {}
        for form in lex.ACCORDING_TO:
            # « d'après » is one or two tokens depending on the tokenizer
            for words in (form.replace("’", "'").split(), re.sub(r"'", "' ", form.replace("’", "'")).split()):
                forms.setdefault(words[0], []).append(words)
        _ACCORDING_CACHE[id(lex)] = forms
    cands = forms.get(doc[i].lower_.replace("’", "'"))
    if not cands:
        return 0
    if doc[i].lower_ == "per" and (i + 1 >= len(doc) or not (doc[i + 1].text[:1].isupper() or doc[i + 1].lower_ == "the")):
        return 0        # "$5 per hour", "per capita": a rate, not "per Reuters", "per the filing"
    for words in cands:
        if i + len(words) <= len(doc) and all(
                doc[i + k].lower_.replace("’", "'") == w for k, w in enumerate(words)):
            after = doc_text(doc)[doc[i + len(words) - 1].idx + len(doc[i + len(words) - 1].text):][:40].lower().lstrip()
            after = re.sub(r"^(?:son|sa|ses|leur|leurs)\s+", "", after)
            if any(after.startswith(idiom) for idiom in getattr(lex, "NOT_ACCORDING", ())):
                return 0        # « selon son bon plaisir », « selon les cas »: no one is cited
            return len(words)
    return 0


# nouns of a locution after « à » that says when, where or how something was said, never whose role it is
_CIRCUMSTANCE_NOUNS = {"cours", "moment", "issue", "occasion", "terme", "sortie", "lendemain", "veille", "début",
                       "fin", "micro", "antenne", "instar", "image", "faveur", "suite", "lors"}


def _noun_phrase_after(doc: Doc, i: int, limit: int) -> list[Token]:
    """Tokens of the noun phrase starting at token i (inverted subjects, « selon X »)."""
    out = []
    j = i
    while j < min(limit, len(doc)) and len(out) < 24:
        t = doc[j]
        if t.pos_ == "SPACE" and "\n" not in t.text:
            j += 1          # a doubled space (« a déclaré  l'ancien ministre »)
            continue
        if t.pos_ in _NP_POS or t.text in ("-", "’", "'", ".") and out and t.text != "." or \
                (t.ent_type_ and t.text[:1].isupper() and t.pos_ in ("ADJ", "X", "NOUN", "VERB")
                 and not t.is_sent_start) or \
                (t.tag_ == "POS" and out) or \
                (t.text == "." and out and len(doc[j - 1].text) == 1) or (out and t.ent_iob_ == "I") or \
                (out and out[-1].pos_ == "ADP" and t.text[:1].isupper()) or \
                (out and t.lower_ in ("un", "une") and out[-1].lower_ in ("l'", "l’")):
            # (« d'I4CE », read as an adverb; « l'un des auteurs du rapport, Vivian Depoues »)
            # (inside a name the tagger may call « Macron » an adverb, « HirTV » a verb: the entity holds it)
            out.append(t)
            j += 1
            continue
        if t.pos_ == "ADP" and t.lower_.replace("’", "'") in ("de", "d'", "du", "des", "of", "from", "à", "au", "aux") and out \
                and j + 1 < len(doc) and (doc[j + 1].pos_ in ("DET", "NOUN", "PROPN", "ADJ")
                                          or doc[j + 1].text[:1].isupper()):
            if t.lower_ in ("à", "au", "aux") and not any(x.pos_ == "NOUN" for x in out):
                break
            k = j + 1 + (doc[j + 1].pos_ == "DET" and j + 2 < len(doc))
            if t.lower_ in ("à", "au", "aux") and doc[k].lower_ in _CIRCUMSTANCE_NOUNS:
                break       # « a déclaré la cheffe de file des députés RN au cours d'une conférence de presse »
            out.append(t)
            j += 1
            continue
        if t.text == "," and out and j + 1 < len(doc) and (doc[j + 1].pos_ == "PROPN" or (
                doc[j + 1].text[:1].isupper() and j + 2 < len(doc) and doc[j + 2].text[:1].isupper())) and \
                any(x.pos_ == "NOUN" for x in out) and not any(x.text == "," for x in out) \
                and not _name_opens_clause(doc, j + 1, limit):
            out.append(t)      # « le porte-parole, Dmitri Peskov »
            j += 1
            continue
        name_at = _name_after_role_list(doc, j, limit) if t.text == "," and any(x.pos_ == "NOUN" for x in out) else None
        if name_at is not None:
            out.extend(doc[j:name_at])      # « l'ancien Secrétaire d'État aux Affaires, à l'Énergie et à
            j = name_at                     # la Stratégie industrielle Alok Sharma »: the role's list, then the name
            continue
        if t.lower_ in ("and", "et") and out and out[-1].pos_ == "PROPN" and j + 1 < min(limit, len(doc)) \
                and doc[j + 1].pos_ == "PROPN":
            out.append(t)      # "a joint statement from Sen. Ed Markey and Rep. Ro Khanna"
            j += 1
            continue
        if t.text == "(" and out and any(doc[k].text == ")" for k in range(j + 1, min(j + 5, len(doc)))):
            j = next(k for k in range(j + 1, min(j + 5, len(doc))) if doc[k].text == ")") + 1
            continue           # « le gouverneur de la région de Lougansk (est), Serguiï Gaidai »: an aside
        break
    while out and out[-1].pos_ in ("ADP", "DET") or (out and out[-1].text in (",", "-")):
        out.pop()
    return out


def _relative_disagrees(noun: Token, verb: Token) -> bool:
    """A common noun that cannot be the antecedent of a relative pronoun subject: its number is not the
    verb's (the verb or its finite auxiliary), and it is not coordinated (« le gouvernement et l'armée,
    qui ont … » agree together)."""
    finite = verb if "Fin" in verb.morph.get("VerbForm") else next(
        (c for c in verb.children if c.dep_.startswith("aux") and "Fin" in c.morph.get("VerbForm")), None)
    nn = noun.morph.get("Number")
    nv = finite.morph.get("Number") if finite is not None else []
    return noun.pos_ == "NOUN" and bool(nn and nv) and nn != nv \
        and noun.dep_ != "conj" and not any(c.dep_ == "conj" for c in noun.children)


def _disagrees_in_number(a: Token, b: Token) -> bool:
    """Two finite verbs marked for different numbers (« explique » / « accompagnent »)."""
    na, nb = a.morph.get("Number"), b.morph.get("Number")
    return bool(na and nb) and na != nb and "Fin" in a.morph.get("VerbForm") and "Fin" in b.morph.get("VerbForm")


def _is_participle(t: Token) -> bool:
    """A present participle or gerund ("saying", « affirmant », « l'appelant »)."""
    return t.tag_ == "VBG" or t.morph.get("VerbForm") == ["Part"] and t.morph.get("Tense") == ["Pres"]


def _lang_of(t: Token) -> str:
    return "fr" if t.doc.lang_ == "fr" else "en"


def _subject_disagrees(subject: Token, verb: Token) -> bool:
    """A subject borrowed from another clause whose number the cue verb contradicts (a single word
    against a finite verb marked the other way; a name is one, unless coordinated)."""
    ns, nv = subject.morph.get("Number") or (["Sing"] if subject.pos_ == "PROPN" else []), verb.morph.get("Number")
    return bool(ns and nv) and ns != nv and "Fin" in verb.morph.get("VerbForm") \
        and not any(c.dep_ == "conj" for c in subject.children) and subject.pos_ in ("PROPN", "NOUN", "PRON")


def _name_opens_clause(doc: Doc, k: int, limit: int) -> bool:
    """« Selon des sources au sein du gouvernement, Volodymyr Zelensky aurait … »: a name after the
    comma that a verb follows is the next clause's subject, not in apposition to the phrase before."""
    while k < min(limit, len(doc)) and (doc[k].pos_ == "PROPN" or doc[k].text[:1].isupper() or doc[k].text in ("-", ".")):
        k += 1
    return k < min(limit, len(doc)) and doc[k].pos_ in ("VERB", "AUX")


def _name_after_role_list(doc: Doc, comma: int, limit: int) -> int | None:
    """Where a person's name starts after a comma that goes on with a role's complements (« , à
    l'Énergie et à la Stratégie industrielle Alok Sharma »), else None."""
    k = comma + 1
    if k >= min(limit, len(doc)) or doc[k].pos_ != "ADP":
        return None
    while k < min(limit, len(doc), comma + 14):
        if doc[k].ent_type_ in ("PER", "PERSON") and doc[k].ent_iob_ == "B":
            return k if doc[k - 1].pos_ in ("NOUN", "ADJ") else None    # not « à l'issue de la réunion avec X »
        if doc[k].pos_ not in ("ADP", "DET", "NOUN", "ADJ", "CCONJ", "PROPN") and doc[k].text != ",":
            return None
        k += 1
    return None


def _according_subject(doc: Doc, i: int, limit: int, lex) -> list[Token]:
    """Who « selon » names: a noun phrase, or a stressed pronoun (« selon lui », « d'après elle »)
    that points back like a subject pronoun does."""
    if i < min(limit, len(doc)) and doc[i].lower_ in lex.PRONOUNS:
        return [doc[i]]
    return _noun_phrase_after(doc, i, limit)


def _past_source_modifier(doc: Doc, np_toks: list[Token], limit: int) -> int:
    """Where the attributed words begin after « selon X »: past what still describes X up to a
    comma (« D'après une étude de l'Ined publiée mardi, la fécondité recule », « Selon Paul
    Durand, interrogé par nos soins, la réforme… »)."""
    first = np_toks[-1].i + 1
    if first < limit and doc[first].text == "(":
        # an aside in brackets describes X too (« Selon Vitaly X (expert du Valdai Club), … »)
        close = next((j for j in range(first + 1, min(limit, first + 15)) if doc[j].text == ")"), None)
        if close is not None:
            first = close + 1
    start = first + 1 if first < limit and doc[first].text == "," else first
    comma = next((j for j in range(start, limit) if doc[j].text == ","), None)
    if comma is None or comma == start or not _opens_modifier(doc[start]):
        return first
    source = {x.i for x in np_toks}
    if all(any(a.i in source for a in doc[j].ancestors) for j in range(start, comma)):
        return comma + 1
    return first


def _relative_clause_around(doc: Doc, first: int, after: int) -> list[Token]:
    """« des fournitures qui, selon lui, sont destinées au front »: an « according to » set between
    commas inside a relative clause vouches for that clause (with the noun it describes), not for
    the whole sentence; [] when it is not so placed."""
    if first == 0 or doc[first - 1].text != "," or after >= len(doc) or "," not in (doc[after - 1].text, doc[after].text):
        return []
    verb = doc[first].head.head          # selon -> its noun -> the verb it modifies
    if verb.dep_ not in _RELATIVE_DEPS or not verb.i >= after or verb.head.i >= first:
        return []
    noun = verb.head
    left = min(x.i for x in noun.subtree)
    right = max(x.i for x in verb.subtree)
    return [x for x in doc[left:right + 1]]


def _opens_modifier(t: Token) -> bool:
    """A participle, an adjective or a preposition opens a phrase that can describe a noun."""
    return t.pos_ in ("ADJ", "ADP") or (t.pos_ == "VERB" and "Part" in t.morph.get("VerbForm"))


def _without_fronted_adverbial(toks: list[Token], head: Token, verb: Token) -> list[Token]:
    """« Dans un éditorial faisant suite à la déclaration de Trump, le New York Times », « La semaine
    dernière, le New York Times »: what stands before a comma ahead of the subject's head and opens on a
    preposition or a time is the clause's adverbial, not part of who speaks."""
    if toks and toks[0].pos_ in ("ADP", "CCONJ") and toks[0].i < verb.i:
        # a subject never opens on a preposition (or a conjunction: « … et contre tous ceux qu'ils ciblaient,
        # les archives de Snowden ont révélé »): the parse took the adverbial's noun for the head; the
        # subject is what stands between the adverbial's last comma and the verb
        doc = verb.doc
        comma = next((k for k in range(_cue_first_token(doc, verb) - 1, toks[0].i, -1) if doc[k].text == ","), None)
        rest = list(doc[comma + 1:_cue_first_token(doc, verb)]) if comma is not None else []
        if comma is None:
            # (no comma, « Si dans un éditorial publié vendredi le « Global Times » reconnaît »: the name that
            # its definite article opens last)
            before_verb = doc[toks[0].i:_cue_first_token(doc, verb)]
            article = next((t for t in reversed(before_verb) if t.pos_ == "DET" and "Def" in t.morph.get("Definite")),
                           None)
            rest = [t for t in before_verb if article is not None and t.i >= article.i]
            return rest if any(t.pos_ in ("PROPN", "X") for t in rest) else toks
        return rest if any(t.pos_ in ("NOUN", "PROPN", "X") for t in rest) else toks
    commas = [k for k, t in enumerate(toks) if t.text == "," and t.i < head.i]
    if commas and any(t.ent_type_ in ("DATE", "TIME") or t.lower_ in _TIME_WORDS for t in toks[:commas[-1]]):
        return toks[commas[-1] + 1:]
    return toks


def _where_printed(doc: Doc, start: int, end: int) -> bool:
    """An outlet after « dans » / "in" beside a subject of its own says where the words were printed,
    not who wrote them: « Elizabeth Goitein … dans The Atlantic a écrit : » is Goitein's (but « comme on
    peut le lire dans Le Monde : » has no one else to give them to)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    k = _past_articles(doc, span.start - 1)
    if k < 0 or doc[k].lower_ not in ("dans", "in"):
        return False
    sent = span.sent
    clause_end = next((t.i for t in doc[span.end:sent.end] if t.text == ":" or t.is_quote), sent.end)
    return any(t.dep_.startswith("nsubj") and t.pos_ in ("NOUN", "PROPN") and not (span.start <= t.i < span.end)
               and not _adverbial_subject(t) for t in doc[sent.start:clause_end])


def _adverbial_subject(c: Token) -> bool:
    """A subject never takes a preposition: « a de son côté exprimé » has none in the parse's nsubj (a
    longer one may hold the subject after a fronted adverbial: « Dans un éditorial …, le New York Times »),
    nor one the parse split from its article: « dans The Atlantic » hangs « dans » on « The »."""
    if any(g.dep_ == "case" for g in c.children) and len(list(c.subtree)) <= 4:
        return True
    k = _past_articles(c.doc, c.i - 1)
    return k < c.i - 1 and c.doc[k].dep_ == "case" and c.doc[k].head.i == k + 1


def _past_articles(doc: Doc, k: int) -> int:
    """The index of the first word before position k + 1 that is not an article."""
    while k >= 0 and doc[k].lower_ in ARTICLES:
        k -= 1
    return k


def _reporting_verb_of(clause: Token, before_only: bool = True) -> Token | None:
    """The cue verb (before it, unless not `before_only`) that reports a clause: its head, for a clause the
    parse makes its complement; for one it hangs on a noun by its « que » (« laisse entendre à plusieurs
    reprises que … », torn), the verb that noun depends on."""
    head = clause.head
    if clause.dep_ == "acl" and head.pos_ == "NOUN" and any(
            c.dep_ == "mark" and c.lower_.replace("’", "'") in ("que", "qu'") for c in clause.children):
        head = head.head
    elif clause.dep_ != "ccomp":
        return None
    if head.pos_ not in ("VERB", "AUX") or head == clause:
        return None
    lex = lexicon(_lang_of(clause), "speech")
    # (« laisse entendre »: the locution's infinitive, or the verb it completes)
    for candidate in (head, head.head if head.dep_ == "xcomp" else None):
        if candidate is not None and (candidate.i < clause.i or not before_only) and _is_cue_token(candidate, lex):
            return candidate
    return None


def _subject_tokens(verb: Token, quote_ranges) -> list[Token]:
    """The subject of a cue verb, climbing through auxiliaries, infinitives and coordinations."""
    v = verb
    k = verb.i - 1
    while k > 0 and (verb.doc[k].pos_ == "AUX" or verb.doc[k].dep_.startswith("aux")
                     or verb.doc[k].lemma_ in _speech_locutions(verb.doc)):     # (« l'a fait valoir »)
        k -= 1
    if k > 0 and verb.doc[k].lower_ in _OBJECT_CLITICS and verb.doc[k - 1].lower_ == "comme":
        # « Comme l'a fait valoir l'ancien député X : »: the subject comes after the verb, inverted,
        # whatever the parse made of it
        j = verb.i + 1
        while j < verb.sent.end and verb.doc[j].morph.get("VerbForm") == ["Inf"]:
            j += 1          # (« fait valoir »: the locution's verb)
        after = _noun_phrase_after(verb.doc, j, verb.sent.end)
        return [t for t in after if not _in_ranges(t.idx, quote_ranges)]
    incise_subject = _incise_subject_before_participle(verb)
    if incise_subject:
        return [t for t in incise_subject if not _in_ranges(t.idx, quote_ranges)]
    rules = lexicon(_lang_of(verb), "attribution")
    going_on = getattr(rules, "reporter_going_on", None)
    v = (going_on(verb) if going_on else None) or verb       # ("X said …, and accused Y": X accuses)
    for _ in range(6):        # (climbing: auxiliaries, coordinations, the report a participle goes on with)
        subs = [c for c in v.children if c.dep_ in ("nsubj", "nsubj:pass", "expl:subj", "nsubjpass")
                and not _in_ranges(c.idx, quote_ranges) and c.text not in ("-t", "-t-") and not _adverbial_subject(c)
                and not _only_dateline(c)
                # « et lui disent : »: a clitic right before its verb is who is spoken to, whatever the parse
                and not (c.lower_ in _DATIVE_CLITICS and c.i == k and v is verb)]
        reporting = _reporting_verb_of(v) if subs and v is not verb and _is_participle(verb) else None
        if reporting is not None:
            # "Biden said the meeting was good, saying he made no threats", « Il laisse entendre que la Chine a
            # lâché le virus, l'appelant … »: the participle goes on with the one reporting, not with the
            # subject of what they report (when the report comes first: in "X did Y, citing Z, the White
            # House said", citing is X's)
            v = reporting
            continue
        if subs:
            # prefer a proper name among several parsed subjects (« Le chef…, Charles Q. Brown a déclaré »)
            subs.sort(key=lambda c: (c.pos_ != "PROPN", abs(c.i - verb.i)))
            head = subs[0]
            if v is not verb and _subject_disagrees(head, verb):
                return []       # « Powell a commencé …, convoquent Powell … et lui disent »: not Powell's words
            if head.lower_ in ("qui", "who", "which", "that", "lequel", "laquelle", "lesquels", "lesquelles"):
                # « Bardella, qui écrivait : … » -> Bardella; « les chefs de la diplomatie du G7 (…),
                # lesquels ont estimé » -> the nearest noun before the pronoun, past a parenthesis
                doc = head.doc
                j, depth = head.i - 1, 0
                if j >= 0 and doc[j].lower_ in ("ce", "c'", "c’", "what"):
                    return []           # « Ce qui ne l'empêche pas de déclarer »: no antecedent
                if j >= 0 and doc[j].lower_ in _DEMONSTRATIVE_PRONOUNS:
                    # « ceux qui justifient … en faisant valoir »: those, no one named; but « Macron est
                    # celui qui disait » is Macron
                    subject = next((c for c in doc[j].children if c.dep_.startswith("nsubj")), None)
                    return sorted(subject.subtree, key=lambda x: x.i) if subject is not None else [doc[j]]
                sent_first = head.sent.start
                antecedent = v.head if v.dep_ in _RELATIVE_DEPS and head.lower_ not in ("who", "whom") else None
                if antecedent is not None and antecedent.pos_ in ("NOUN", "PROPN") and not _relative_disagrees(antecedent, v) \
                        and (0 < head.i - antecedent.i <= 4 or 0 < head.i - antecedent.i <= 8 and all(
                            antecedent.is_ancestor(doc[x]) or doc[x].ent_type_ in ("DATE", "TIME")
                            for x in range(antecedent.i + 1, head.i))):
                    # (farther when every word between is the noun's own, or a time: « le ministre de
                    # l'Intérieur socialiste qui déclarait », "a letter from his doctor Friday afternoon that says")
                    # « un rapport longtemps secret qui annonçait », « un chroniqueur de Mediapart qui
                    # exprime »: the noun the parse gives the clause, when close, with what follows it
                    # ("who" wants a person: the nearest name, "a conversation with Biden, who …")
                    k = _phrase_opening(doc, antecedent.i, antecedent.i, 6)
                    last = head.i - 1 - (doc[head.i - 1].text == ",")
                    return [t for t in doc[k:last + 1] if not _in_ranges(t.idx, quote_ranges)]
                while j >= sent_first and head.i - j < 40:
                    x = doc[j]
                    if x.text == ")":
                        depth += 1
                    elif x.text == "(":
                        depth -= 1
                    elif depth == 0 and x.pos_ in ("NOUN", "PROPN"):
                        if _relative_disagrees(x, v):
                            return []   # « des diplomates … sur le climat, qui ont exigé »: not « le climat »
                        k = _phrase_opening(doc, j, head.i, 40)
                        return [t for t in doc[k:j + 1] if not _in_ranges(t.idx, quote_ranges)]
                    j -= 1
                return []
            datelines = dateline_ranges(head.doc)
            toks = [t for t in head.subtree if not _in_ranges(t.idx, quote_ranges)
                    and not (datelines and _in_ranges(t.idx, datelines))
                    and not any(a.dep_ in ("acl:relcl", "acl", "relcl") and a != head for a in _ancestors_to(t, head))]
            toks = [t for t in toks if t.i < verb.i or head.i > verb.i]
            toks = _with_owner_after_title(_with_whole_name(sorted(toks, key=lambda t: t.i), verb), verb, quote_ranges)
            return _without_fronted_adverbial(toks, head, verb)
        if v.dep_ == "xcomp" and v.head != v:
            objects = [c for c in v.head.children if c.dep_ in ("obj", "iobj", "dobj") and c.i < v.i
                       and not _in_ranges(c.idx, quote_ranges)
                       and (c.pos_ == "PROPN" or c.lower_ in _OBJECT_CLITICS or c.ent_type_ in ("PER", "PERSON"))]
            # (« a eu l'honnêteté d'écrire », « a pris le temps de dire »: an abstract object controls nothing)
            if objects:
                # « l'empêche de déclarer », « a demandé au ministre de dire »: the object says it, not the subject
                obj = objects[0]
                return [] if obj.pos_ == "PRON" else sorted(
                    (t for t in obj.subtree if not _in_ranges(t.idx, quote_ranges)), key=lambda t: t.i)
        if v.dep_ == "conj" and _disagrees_in_number(v, v.head):
            # « Des témoignages … accompagnent ce dossier, comme celui de Mykola, qui habite …, et explique : »:
            # a singular verb does not share a plural verb's subject; it goes on with the relative
            # clause just before it, if one agrees
            relative = next((w for w in reversed(v.doc[v.head.i + 1:v.i]) if w.dep_ in _RELATIVE_DEPS
                             and not _disagrees_in_number(v, w)), None)
            if relative is None:
                return []
            v = relative
            continue
        if v is verb and v.dep_ == "conj" and (subject := _subject_the_parse_coordinated(v)) is not None:
            return [t for t in sorted(subject.subtree, key=lambda t: t.i) if not _in_ranges(t.idx, quote_ranges)]
        if v.dep_ == "conj" and (reporting := _reporting_verb_of(v.head)) is not None \
                and _same_finite_form(v, reporting) and not _same_finite_form(v, v.head):
            # "Kasich says he'd sit Putin down … and tells the crowd …": a verb in the reporting verb's own
            # form, coordinated with the reported clause the parse hangs it on, goes on with the reporter
            v = reporting
            continue
        # ("dep": a verb the parse could not place, "Majorities of voters going to the polls say …")
        if v.dep_ in ("xcomp", "conj", "advcl", "ccomp", "dep") and v.head != v:
            v = v.head
            continue
        if v.dep_ == "pcomp" and v.tag_ == "VBG" and v.head.dep_ == "prep":
            v = v.head.head     # "by proposing …", "after saying …": the one who does the main verb
            continue
        if v.dep_ in ("acomp", "advmod") and v.pos_ in ("ADJ", "ADV") and v.head.pos_ in ("AUX", "VERB"):
            v = v.head          # "is likely to remind …", "was back to boasting about …": the copula's subject
            continue
        if v.dep_ == "acl" and v.head.dep_ in ("obj", "dobj") and v.head.head != v.head:
            v = v.head.head     # « a eu l'honnêteté d'écrire », « a eu le courage de dire »: the one who has it
            continue
        if _main_verb_read_as_participle(v):
            # "The poll found last week that …": the parse made the noun the root and the verb its
            # participle; the noun before the verb is the subject
            return [t for t in v.head.subtree if t.i < v.i and not _in_ranges(t.idx, quote_ranges)]
        break
    return []


def _subject_the_parse_coordinated(verb: Token) -> Token | None:
    """A finite verb the parse coordinates with an earlier one with nothing to join them (no "and", no
    comma): it has misread a subordinate clause ("is assuring voters she is ready after a farmer in
    Tulsa told her …"), and the noun phrase right before the verb is its subject, not the earlier verb's
    (the phrase's top noun, under the preposition or conjunction the parse took for a preposition)."""
    doc = verb.doc
    around = list(verb.head.children) + list(verb.children)
    # (nor is it an item of a list of verbs whose last one takes the "and": "suggested …, called her
    # "third-rate" and boycotted …")
    joined = any(c.dep_ in ("cc", "punct") and c.i < verb.i and c.text not in ('"', "“", "”", "«", "»")
                 or c.dep_ == "conj" and c.i > verb.i and any(x.dep_ == "cc" for x in c.children) for c in around)
    k = verb.i - 1
    if k > 0 and doc[k].text == ",":
        if doc[k - 1].pos_ != "PROPN":
            return None     # a comma before the verb joins it, but one closing a place's apposition
        k -= 1      # (the comma closing an apposition: "a farmer in Tulsa, Oklahoma, told her")
    if joined or not _finite(verb) or k <= 0 or doc[k].pos_ not in ("NOUN", "PROPN"):
        return None
    noun = doc[k]
    while noun.dep_ in ("pobj", "appos", "compound", "conj", "nmod"):     # up to the phrase's top noun
        up = noun.head.head if noun.dep_ == "pobj" else noun.head
        if up.pos_ not in ("NOUN", "PROPN") or up == noun:
            break
        noun = up
    if noun.i > verb.i or noun.dep_ != "pobj" and noun.head == verb.head.head:
        return None         # (an argument of the clause above, not a subject)
    return noun


_RELATIVE_OPENERS = {"qui", "dont", "que", "qu'", "qu’", "lequel", "laquelle", "who", "whose", "which"}


def _incise_subject_before_participle(verb: Token) -> list[Token]:
    """A participle after an incise that closes a reported clause goes on with the incise's speaker (« Le G7
    restera uni, a déclaré ce mardi le chancelier Olaf Scholz, dont le pays préside le G7, réaffirmant que
    « … » »; "…, the minister said on Monday, adding that …"): the inverted subject after the incise's verb,
    whatever clause the parse hangs the participle on.  [] when no such incise comes right before."""
    doc = verb.doc
    if not _is_participle(verb) or verb.i < 2 or doc[verb.i - 1].text != ",":
        return []
    lex = lexicon(_lang_of(verb), "speech")
    for k in range(verb.i - 2, verb.sent.start, -1):
        c = doc[k]
        if c.text in ('"', "“", "”", "«", "»", ";", ":", ".") or _is_participle(c):
            return []
        if c.pos_ != "VERB" or not _is_cue_token(c, lex):
            continue
        first = _cue_first_token(doc, c)
        if first == 0 or doc[first - 1].text != ",":
            return []
        subject = _noun_phrase_after(doc, _past_time_adjunct(doc, c.i + 1), verb.i)
        if not subject or subject[0].pos_ not in ("DET", "PROPN"):
            return []
        # between the subject and the participle: nothing, or an aside about the subject between commas
        rest = [x for x in doc[subject[-1].i + 1:verb.i - 1]]
        if rest and not (rest[0].text == "," and len(rest) > 1 and (
                rest[1].lower_ in _RELATIVE_OPENERS or not any(x.pos_ in ("VERB", "AUX") for x in rest))):
            return []
        return subject
    return []


def _with_whole_name(toks: list[Token], verb: Token) -> list[Token]:
    """A subject that stops inside a name the tagger read whole (« Emmanuel Macron a annoncé » with
    « Macron » parsed as an adverb): the rest of the name joins it."""
    if not toks or toks[-1].i >= verb.i or not toks[-1].ent_type_:
        return toks
    doc, k = verb.doc, toks[-1].i + 1
    while k < verb.i and doc[k].ent_iob_ == "I":
        k += 1
    return toks + list(doc[toks[-1].i + 1:k])


_OWNER_MARKS = {"du", "de", "des", "d'", "d’", "of", "by", "par"}


def _with_owner_after_title(toks: list[Token], verb: Token, quote_ranges) -> list[Token]:
    """A subject that names a work and then, past its title in marks, its author (« La fameuse étude
    « Le déni des cultures » du sociologue Hugues Lagrange constatait que … »): the author's words join the
    phrase (the parse hangs them inside the title, which is left out), so the study is his, not a body's
    named sentences before."""
    if not toks or toks[-1].i >= verb.i:
        return toks
    doc = verb.doc
    j = toks[-1].i + 1
    if doc[j].text not in OPENERS and doc[j].text not in ('"', "“"):
        return toks
    while j < verb.i and (_in_ranges(doc[j].idx, quote_ranges) or doc[j].is_punct and doc[j].text not in (",", ";", ":")):
        j += 1
    owner = list(doc[j:verb.i])
    while owner and (owner[-1].pos_ in ("AUX", "ADV", "PRON") or owner[-1].is_punct):
        owner.pop()         # (« … n'a », « … a déjà »)
    if not owner or owner[0].lower_ not in _OWNER_MARKS or any(t.pos_ in ("VERB", "AUX") or t.text in (",", ";", ":")
                                                                 for t in owner):
        return toks
    return toks + owner


def _same_finite_form(a: Token, b: Token) -> bool:
    """Two finite verbs in the same tense, person and number ("says" and "tells", not "says" and "'d sit")."""
    keys = ("VerbForm", "Tense", "Person", "Number")
    return a.morph.get("VerbForm") == ["Fin"] and all(a.morph.get(k) == b.morph.get(k) for k in keys)


def _phrase_opening(doc: Doc, noun: int, anchor: int, reach: int) -> int:
    """Where the noun phrase ending on the noun at `noun` opens: back over names, adjectives and
    numbers to its determiner (not « public un rapport »), at most `reach` words before `anchor`."""
    k = noun
    while k > 0 and doc[k - 1].pos_ in ("PROPN", "DET", "ADJ", "NUM") and anchor - k < reach:
        k -= 1
        if doc[k].pos_ == "DET":
            break
    return k


def _stands_for_relative(toks: list[Token]) -> bool:
    """Whether the words are the antecedent of a relative pronoun right after them (« un journaliste qui »)."""
    doc = toks[-1].doc
    k = toks[-1].i + 1
    k += k < len(doc) and doc[k].text == ","
    return k < len(doc) and doc[k].lower_ in ("qui", "who", "which", "that", "lequel", "laquelle")


def _main_verb_read_as_participle(v: Token) -> bool:
    """English: the sentence's first verb, in the past, that the parse hung as a participle on a
    noun it made the root, and that takes a clause ("The poll found last week that …": the
    poll found, not a poll that was found)."""
    head = v.head
    return (v.dep_ == "acl" and v.tag_ in ("VBD", "VBN") and head.dep_ == "ROOT"
            and head.pos_ in ("NOUN", "PROPN") and head.i < v.i
            and any(c.dep_ == "ccomp" for c in v.children)
            and not any(t.pos_ in ("VERB", "AUX") for t in v.doc[v.sent.start:v.i]))


_DEMONSTRATIVE_PRONOUNS = {"ceux", "celui", "celle", "celles", "those"}
# object pronouns that may control an infinitive (« l'empêche de dire »); « en », « y », « se » never do
_OBJECT_CLITICS = {"le", "la", "l'", "l’", "les", "lui", "leur", "him", "her", "them"}
_DATIVE_CLITICS = {"lui", "leur"}
_GENERIC_STATE_WORDS = {"etat", "l'etat", "state", "the state", "gouvernement", "government"}
_NEGATIONS = {"ne", "n'", "n’", "pas", "jamais", "not", "n't", "never"}


def _ancestors_to(t: Token, head: Token):
    out = []
    while t != head and t.head != t:
        out.append(t)
        t = t.head
    return out


def _trim(tokens: list[Token]) -> list[Token]:
    while tokens and (tokens[0].is_punct or tokens[0].is_space or tokens[0].text in ("ℹ️", "ℹ")):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space or tokens[-1].text in ("ℹ️", "ℹ")) \
            and not (tokens[-1].text in _UNIT_SIGNS and len(tokens) > 1 and tokens[-2].like_num):
        tokens = tokens[:-1]
    return tokens


# signs that belong to the number before them (« 6,1 % »): not punctuation to trim off a span
_UNIT_SIGNS = {"%", "‰", "€", "$", "£", "°"}


def _span_text(doc: Doc, tokens: list[Token]) -> tuple[str, int, int] | None:
    tokens = _trim(tokens)
    if not tokens:
        return None
    a, b = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    surface = doc_text(doc)[a:b]
    if surface.count("(") > surface.count(")"):         # « Roger Wicker (R-Miss »: the aside's opening only
        b = a + len(surface[:surface.rfind("(")].rstrip(" ,"))
        surface = doc_text(doc)[a:b]
    closing = _closing_mark_after(doc_text(doc), surface, b)
    if closing:
        b = closing
        surface = doc_text(doc)[a:b]
    return surface, a, b


# the kinds of the outlet table that are media
_OUTLET_KINDS = {"newspaper", "agency", "broadcaster", "outlet", "social"}


def _closing_mark_after(text: str, surface: str, end: int) -> int | None:
    """Where a span that opens a pair of marks without closing it should end: past the closing mark
    that the trimming of its final punctuation left out ('called it a "disgrace."' -> 'it a "disgrace."',
    not 'it a "disgrace')."""
    unclosed = [c for o, c in OPENERS.items() if surface.count(o) > surface.count(c)]
    if surface.count('"') % 2:
        unclosed.append('"')
    for c in unclosed:
        k = text.find(c, end, end + 3)
        if k >= 0 and not text[end:k].strip(".,;:!?…"):
            return k + 1
    return None


def _beside_a_name(ctx: _Context, start: int) -> bool:
    """A phrase right after a person's name and a comma, in apposition to it (« Wang Wenbin, un porte-parole »)."""
    text = doc_text(ctx.doc)
    k = start - 1
    while k > 0 and text[k].isspace():
        k -= 1
    return text[k] == "," and any(e.label == "PER" and 0 <= k - e.end <= 1 for e in ctx.entities)


_ENTITY_MAX = 200       # characters: no entity name is longer


def _names_several(ctx: _Context, head: Token, words: list[Token]) -> bool:
    """The phrase coordinates its head's name with another name ("Britain and France", « Macron et Scholz »;
    not "Procter & Gamble", one name the conjunction is part of)."""
    def entity_at(t: Token):
        return next((e for e in ctx.entities_starting(t.idx - _ENTITY_MAX, t.idx) if t.idx < e.end), None)
    own = entity_at(head)
    if own is None:
        return False
    # (the parse may hang the second name on the first's last word: « Macron » in « Emmanuel Macron et Olaf Scholz »)
    others = [c for c in words if c.dep_ == "conj" and c.pos_ == "PROPN" and own.start <= c.head.idx < own.end
              and (e := entity_at(c)) is not None and e is not own]
    joined = [x for c in others for x in [*c.children, *c.head.children] if x.dep_ == "cc" and x in words]
    return bool(others and joined)


def _plural(t: Token) -> bool:
    """A plural noun (the "NNS" tag is English only); a singular article overrules the noun's number
    (« l'ONG », invariable, read as plural)."""
    return (t.tag_ == "NNS" or t.pos_ == "NOUN" and t.morph.get("Number") == ["Plur"]) \
        and not any(c.dep_ == "det" and c.morph.get("Number") == ["Sing"] for c in t.children)


def _resolve_tokens(ctx: _Context, tokens: list[Token], at: int, prefer_first: bool) -> _Speaker:
    """Who a phrase names, seen from position `at`.  Once the direct quotes have taught the context
    who is who, a phrase is resolved once (the rules and the tagger often ask about the same one)."""
    memo = ctx.speakers_resolved
    if memo is None:
        return _resolve_phrase(ctx, tokens, at, prefer_first)
    key = (tuple(t.i for t in tokens), at, prefer_first)
    if key not in memo:
        memo[key] = _resolve_phrase(ctx, tokens, at, prefer_first)
    return replace(memo[key])


def _resolve_phrase(ctx: _Context, tokens: list[Token], at: int, prefer_first: bool) -> _Speaker:
    tokens = _without_trailing_time(_without_leading_time(_without_leading_relative(tokens)))
    if all(t.lower_ in _CONTRACTED_PRONOUNS or t.is_punct for t in tokens):
        return _Speaker()       # ("Let's", "it's": a contraction's ending names no one)
    st = _span_text(ctx.doc, tokens)
    if not st:
        return _Speaker()
    surface, a, b = st
    sp = _Speaker(surface, None, a, b)
    words = [t for t in tokens if not t.is_punct and t.text not in ("ℹ️", "ℹ")]
    if not words:
        return sp
    if words[0].lower_ in getattr(ctx.lex, "NEGATIVE_SUBJECTS", ()) and (len(words) > 1 or words[0].pos_ == "PRON"):
        return sp               # "No one is eager to attack him", « personne ne dit que … »: no one to name
    # 0b. a role and a name in apposition the entity tagger missed (« le gouverneur …, Serguiï Gaidai »)
    appos = _name_in_apposition(ctx, tokens) or _name_in_parentheses_after(ctx, words, b)
    if appos:
        sp.canonical, sp.label = appos, "PER"
        return sp
    # 0. someone's entourage (« l'entourage du président du Palais-Bourbon »): not the person
    entourage = _entourage_of(ctx, words, a, b)
    if entourage is not None:
        sp.canonical, sp.label = entourage or None, "ORG" if entourage else None
        return sp
    # 1. a person named in the phrase, unless only as the owner of who speaks ("Mr. Khan's wife",
    # "Trump's spokesman") or as a modifier ("Clinton aides", "a stalwart Clinton ally"): tags and
    # labels of the English parse ("poss" with a "POS" marker, "compound" on an "NNP")
    # « les déclarations de Vladimir Poutine », "Trump's remarks": a noun of speech is said by its owner
    head = _phrase_head(words)
    if _names_several(ctx, head, words):
        return sp           # "Britain and France feared", « Macron et Scholz ont dit »: no one of them alone
    speech_head = head.pos_ == "NOUN" and (_norm_word(head.lemma_ or head.text) in ctx.lex.SPEECH_NOUNS
                                           or head.lower_ in ctx.lex.SPEECH_NOUNS)
    owned = set()
    for t in tokens:
        if speech_head and t.head == head:
            continue
        if t.head in tokens and t.head.pos_ == "NOUN" and (
                (t.dep_ == "poss" and any(c.tag_ == "POS" for c in t.children)) or
                (t.dep_ == "compound" and t.tag_ == "NNP") or
                # ("a Manchin aide": a surname the parse read as an adjective)
                (t.dep_ == "amod" and t.tag_ == "JJ" and ctx.person_at(t.idx) is not None and not t.head.ent_type_)):
            owned |= {x.idx for x in t.subtree}
    pers = [e for e in ctx.entities_starting(a, b + 1) if e.label == "PER" and e.end <= b + 1 and e.start not in owned]
    # a person after a preposition inside the phrase is a complement, never the one who speaks ("X, a close
    # ally of Speaker Nancy Pelosi", « le porte-parole de Vladimir Poutine », « le ministre à Jean Dupont »)
    pers = [e for e in pers if not _in_complement(ctx.doc, e, tokens)
            or speech_head and _entity_root(ctx.doc, e).head == head]
    spokesperson = _norm_word(head.lemma_ or head.text) in getattr(ctx.lex, "SPOKESPERSON_NOUNS", ())
    # ("a Gallup poll" is Gallup's; "a statement from Netanyahu's office" is no more Netanyahu's)
    bodys_document = _norm_word(head.lemma_ or head.text) in ctx.lex.DOCUMENT_NOUNS \
        and not any(e.label == "PER" and a <= e.start < b for e in ctx.entities)
    if head.lower_ in getattr(lexicon(ctx.lang, "bodies"), "NAMED_AFTER_LEADER", ()) \
            and (government := national_body(ctx.lang, words)):
        # « l'administration Biden », "the Meloni government": the state, not its leader
        sp.canonical, sp.label, sp.state_body = government, "ORG", True
        return sp
    if owned and not pers and all(t.idx in owned for t in words if t.pos_ == "PROPN") and not spokesperson \
            and not bodys_document and not national_body(ctx.lang, words):
        return sp           # "Mr. Khan's wife": better no name than the husband's (a body's spokesman is its voice;
        # "the US military" is the country's army)
    if pers:
        e = pers[0] if prefer_first else pers[-1]
        sp.canonical, sp.label = e.canonical or e.text, "PER"
        return sp
    # 2. the phrase is an outlet, a document or an organisation (« a écrit le NY Times », « l'OMS a révélé »)
    for sa, sb, name, kind in ctx.sources:
        # (or in apposition to it: « citant trois sources anonymes, le Washington Post a révélé »)
        if sa <= head.idx < sb or a <= sa and sb <= b + 1 and _appositive_to(ctx.doc, sa, sb, head):
            sp.canonical, sp.label = name, "SRC"
            return sp
    for e in ctx.entities:
        # a body, or a country speaking through its government (« La Hongrie déclare »)
        if e.label in ("ORG", "MISC", "LOC") and e.start <= head.idx < e.end:
            known = _known_surname(ctx, words, head) if e.label == "MISC" else None
            if known:           # « – Duda a indiqué » tagged MISC here, « Andrzej Duda » a person before
                sp.canonical, sp.label = known, "PER"
                return sp
            # « l'Élysée », « l'OMS »: the table's name (« la Cour des comptes » after « la Cour des comptes
            # européenne » is the body the entity stands for)
            known = (outlet_named(e.canonical) if e.canonical else None) or outlet_named(e.text)
            nationalities = getattr(lexicon(ctx.lang, "bodies"), "NATIONALITIES", {})
            if known is None and e.label in ("MISC", "LOC") and (
                    e.text.lower() in nationalities or e.text.lower() in getattr(ctx.lex, "PARTY_MEMBERS", ())):
                return sp           # « demande l'Allemand moyen », "the South Carolina Republican": no one's name
            if known is None and e.label == "MISC" and len(words) == 1 and head.pos_ == "PROPN":
                # « a déclaré Mitarachi »: one unknown name that speaks is a person the tagger did not know
                sp.canonical, sp.label = e.canonical or e.text, "PER"
                return sp
            name = known.name if known else e.canonical or e.text
            government = government_of_place(ctx.lang, e.text, name) if e.label == "LOC" else None
            # (a state body the tagger named whole, « le ministère russe de la Défense », is named as the
            # cited sources name it: Russian Defence Ministry)
            body = national_body(ctx.lang, words) if known is None and government is None else None
            sp.canonical, sp.label = government or body or name, "ORG"
            sp.state_body = government is not None or body is not None
            return sp
    # 2a. an outlet or platform the table knows, which the tagger missed and the text does not cite
    # here ("Facebook has been anxious to know …": the company speaks)
    known = outlet_named(doc_text(ctx.doc)[words[0].idx:words[-1].idx + len(words[-1])]) if words else None
    if known is not None:
        sp.canonical, sp.label = known.name, "ORG"
        return sp
    # 2b. a state body the text describes (« le gouvernement indien », « la présidence turque »)
    # (an unnamed official qualified by a nationality only: « un haut responsable militaire russe », not « un
    # responsable du ministère … », whose body the phrase names)
    body = national_body(ctx.lang, words) or (
        national_body(ctx.lang, words, "UNNAMED_OFFICIALS") if words[0].lower_ in ("un", "une", "a", "an")
        and not any(t.pos_ == "ADP" for t in words) else None)
    if body:
        sp.canonical, sp.label, sp.state_body = body, "ORG", True
        return sp
    # 2c. the same body again with no country (« a annoncé le gouvernement taïwanais », then « a indiqué
    # le gouvernement »): the last state body the text named with that noun, a few sentences back
    if len(words) >= 2 and words[0].pos_ == "DET" and words[1].pos_ == "NOUN":
        again = _state_body_again(ctx, words[1], a, words[2:])
        if again:
            sp.canonical, sp.label, sp.state_body = again, "ORG", True
            return sp
    # 3. a surname the entity tagger missed here but knows elsewhere (« a déclaré Hill »)
    known = _known_surname(ctx, words, head, owned)
    if known:
        sp.canonical, sp.label = known, "PER"
        return sp
    # 4. a pronoun
    if len(words) == 1 and words[0].lower_.lstrip("-") in ctx.lex.PRONOUNS:
        if words[0].lower_ in ("il", "it") and _impersonal(words[0], ctx.lex):
            return _Speaker()   # « Il faut rappeler que … »: an « il » that stands for no one, reports nothing
        sp.surface = words[0].text.lstrip("-")
        sp.start = words[0].idx + (len(words[0].text) - len(sp.surface))
        sp.end = words[0].idx + len(words[0].text)
        # « selon elle » with no woman named: most people quoted in the news are men, and a woman
        # is nearly always marked (« la ministre », « Mme »): an unmarked name is no antecedent here
        after_according = words[0].i > 0 and _according_to(ctx.doc, words[0].i - 1, ctx.lex) == 1
        if words[0].lower_ == "it" and not _may_stand_for_a_body(words[0]):
            return sp
        # (before the pronoun itself: "Kasich says he'd sit Putin down and tell him …" -> not Putin)
        sp.canonical, sp.label = _resolve_pronoun(ctx, words[0].lower_.lstrip("-"), min(at, words[0].idx),
                                                  marked_gender_only=after_according)
        return sp
    # 5. a description: a publication or a role
    nouns = [t for t in words if t.pos_ in ("NOUN", "PROPN", "ADJ")]
    if not nouns:
        return sp
    head_word = _norm_word(head.lemma_ or head.text)
    if (head_word in ctx.lex.MEDIA_NOUNS or head.lower_ in ctx.lex.MEDIA_NOUNS or
            head_word in ctx.lex.DOCUMENT_NOUNS or head.lower_ in ctx.lex.DOCUMENT_NOUNS) \
            and not _body_nearer_than_outlet(ctx, words, head_word, at):
        # « le média américain Bloomberg », "reports first shared by the Washington Post": the outlet
        # named in the phrase or in what hangs on its noun
        reach = max(b, max(x.idx + len(x.text) for x in head.subtree))
        # (or named before the noun, "a new Gallup poll", but not a platform: "a Facebook post" is its author's)
        named = [(sa, name) for sa, sb, name, kind in ctx.sources
                 if head.idx < sa and sb <= reach or a <= sa and sb <= head.idx and kind != "social"]
        if named:
            sp.canonical, sp.label = named[0][1], "SRC"
            return sp
        # « les estimations de la compagnie Fortune Business Insights »: the body the phrase says wrote it
        text = doc_text(ctx.doc)
        author = next((e for e in ctx.entities if e.label == "ORG" and head.idx < e.start and e.end <= b
                       and re.fullmatch(_AUTHOR_LINK, text[head.idx + len(head.text):e.start])), None)
        if author is not None:
            known = outlet_named(author.text)
            sp.canonical, sp.label = (known.name if known else author.canonical or author.text), "ORG"
            return sp
        if re.match(r"(?:\s+[\wéèêà'’-]+){0,2}?\s+(?:de|du|des|d['’]|par)\b", text[head.idx + len(head.text):b + 1]):
            return sp           # « les données du gouvernement »: an author we cannot name, not the last outlet cited
        joint = _joint_authors(ctx, words, head, at)
        if joint is not None:
            sp.canonical, sp.label = joint, "ORG"
            return sp
        # « le rapport »: the last source cited (a newspaper's report too); « le journal », "the paper":
        # the last outlet, never a document
        if head.lower_ in getattr(ctx.lex, "GENERIC_MEDIA", ()):
            return sp
        if words[0].lower_ not in ctx.lex.DEFINITE | _DEMONSTRATIVES or re.match(r"\s+(?:[A-Z0-9][\w-]*)", text[head.idx + len(head.text):]):
            return sp           # « une étude », « l'enquête BDCOM 2020 »: a document met here, not one cited before
        is_media = head_word in ctx.lex.MEDIA_NOUNS or head.lower_ in ctx.lex.MEDIA_NOUNS
        before = [s for s in ctx.sources if s[0] < at and not (is_media and s[3] == "document")]
        kinds = getattr(ctx.lex, "MEDIA_NOUN_KINDS", {}).get(head_word)
        if kinds:       # "the newspaper" is no news agency cited since, « l'agence » no newspaper (an outlet the
            # table does not know has no kind to go by)
            before = [s for s in before if s[3] in kinds or s[3] not in _OUTLET_KINDS]
        countries = _countries_of(ctx, head)
        if countries:   # « d'après le quotidien américain »: not Le Figaro, cited since
            before = [s for s in before if (o := outlet_named(s[2])) is None or country_name(o.country) in countries]
        # « poursuit la déclaration »: the document last named with that very noun, over an agency
        # cited in between (« … selon un projet de déclaration consulté par l'AFP »)
        same_noun = [s for s in before if doc_text(ctx.doc)[s[0]:s[1]].lower() == head.lower_]
        since = before[-1][1] if before else 0
        if not same_noun and re.search(rf"\b{re.escape(head.lower_)}\b", text[since:head.idx].lower()):
            # « une déclaration commune publiée … » then « poursuit la déclaration »: that document, not
            # the outlet cited before it; its joint authors when the text gives them, else no one
            earlier = next((t for t in reversed(ctx.doc[:head.i]) if t.lower_ == head.lower_), None)
            joint = _joint_authors(ctx, list(earlier.subtree), earlier, at) if earlier is not None else None
            if joint is not None:
                sp.canonical, sp.label = joint, "ORG"
            return sp
        if (same_noun or before) and not _plural(head):     # ("the polls show": polls at large)
            sp.canonical, sp.label = (same_noun or before)[-1][2], "SRC"
        return sp
    nouns = nouns[nouns.index(head):] if head in nouns else nouns
    # a plural description ("experts agree", "Chinese traders say") or a part of a group ("the vast majority
    # of Americans", « la plupart des élus ») is many people, never one of them (the "NNS" tag is English only)
    many = any(_plural(t) or _norm_word(t.lemma_ or t.text) in getattr(ctx.lex, "QUANTITY_NOUNS", ()) for t in nouns[:1])
    changers = {_norm_word(t.text) for t in words} & _ROLE_CHANGERS
    # someone introduced here ("another Republican governor", "One Clinton spokesman", « un responsable ») is
    # no one named before, and a thing's noun ("The district", "a new bloc") no person at all
    # (unless it stands beside the name: « Wang Wenbin, un porte-parole du ministère, a souligné »)
    introduced = words[0].lower_ in getattr(ctx.lex, "INDEFINITE_ARTICLES", ()) and not _beside_a_name(ctx, a)
    may_be_a_person = head.pos_ != "NOUN" or _person_noun(head, ctx.lex)
    canon, label = _resolve_description(ctx, nouns, at, changers=changers) \
        if not many and not introduced and may_be_a_person else (None, None)
    # a person's role (« la candidate du Rassemblement national ») is never the body it belongs to; nor are
    # several bodies one of them ("The national unions", "Outside groups")
    if not canon and not many and head_word not in ctx.lex.PERSON_ROLES and head.lower_ not in ctx.lex.PERSON_ROLES \
            and not _person_noun(head, ctx.lex):
        canon, label = _resolve_description(ctx, nouns, at, labels=("ORG",))
    if not canon and _points_back(words, head, ctx.lex):
        # a short definite description (« L'écologiste a estimé », « l'agriculteur ») points back like
        # a pronoun: the most salient person just before, of the description's gender when marked
        # (« la ministre »: the article marks the gender the epicene noun does not)
        g = "Fem" if words[0].morph.get("Gender") == ["Fem"] and (
            head.morph.get("Gender") == ["Fem"] or words[0].lower_ in ("la", "cette")) else None
        # (someone mentioned before the description itself: it is no antecedent of its own)
        # the salient person of the nationality the description gives, if it gives one (« le président
        # russe »: not the American quoted last); other qualifiers (« le dirigeant nationaliste ») describe
        # the salient person often enough
        canon, label = _resolve_pronoun(ctx, "elle" if g else "__definite__", min(at, a),
                                        fits=_nationality_test(ctx, head))
    elif not canon and head_word in getattr(ctx.lex, "BODY_NOUNS", ()) \
            and (named := [name for sa, sb, name, _kind in ctx.sources if head.idx < sa and sb <= b]):
        canon, label = named[0], "ORG"      # « selon la banque UBS »: the body the phrase names
    elif not canon and words[0].lower_ in ctx.lex.DEFINITE and head_word in getattr(ctx.lex, "BODY_NOUNS", ()):
        # « the company said »: the organisation most named just before, never a person named after
        here = ctx.sent_index(at)
        salience: dict[str, tuple[int, int]] = {}
        for e in ctx.entities:          # (not one named inside quoted words: « les projets de code UP »)
            if e.label == "ORG" and e.end <= at and here - ctx.sent_index(e.start) <= 4 \
                    and not _in_ranges(e.start, ctx.quote_ranges):
                # (the table's name, as the body's own quotes have it: « l'Agence internationale de l'énergie »)
                name = (o.name if (o := outlet_named(e.canonical or e.text)) else e.canonical or e.text)
                salience[name] = (salience.get(name, (0, 0))[0] + 1, e.start)
        for sa, _sb, name, _kind in ctx.sources:       # bodies the outlet table knows (Facebook, the WHO)
            if sa < at and here - ctx.sent_index(sa) <= 4:
                salience[name] = (salience.get(name, (0, 0))[0] + 1, sa)
        if getattr(ctx.lex, "BODY_IS_NOT_MEDIA", False):
            # "the administration said" after "The Washington Post reported": a newspaper is not a body
            salience = {n: v for n, v in salience.items()
                        if not ((o := outlet_named(n)) and o.kind in ("newspaper", "broadcaster", "outlet"))}
        # the body must be of the noun's kind ("the party" is no union, "the government in Beijing" no court)
        # and one body ("the national unions" are many); a person is never one
        salience = {n: v for n, v in salience.items()
                    if not many and n not in ctx.person_names() and _body_of_kind(ctx, n, head_word)}
        if salience:
            canon, label = max(salience, key=lambda n: salience[n]), "ORG"
    elif not canon and _person_noun(head, ctx.lex) and not many and introduced:
        # (« une porte-parole de la Commission … », then the name; not "some experts", "a quarter": many; not
        # "the real estate developer", someone named before)
        canon = _named_next(ctx, head, head_word, at)
        label = "PER" if canon else None
    if not canon and many and words[0].lower_ in ("les", "ces") and len(_says_who(words, head)) <= 3:
        canon, label = _same_group_before(ctx, head, at)
    if not canon and (spokesperson or many and _members_of_a_body(words, head, ctx.lex)):
        # « un porte-parole du Kremlin », "a State Department spokesman": unnamed, the voice of a body;
        # so are people speaking together for one (« les dirigeants du G7 »)
        body = _body_voiced(ctx, words, head, at, prefer_first)
        if body is not None:
            # (described like a state body: a later « a-t-il dit » is that body's voice again)
            canon, label, sp.state_body = body.canonical, body.label, True
    sp.canonical, sp.label = canon, label
    return sp


def _without_thing_speakers(ctx: _Context, quotes: list[Quote]) -> list[Quote]:
    """Quotes whose unnamed speaker is a thing (see `_can_speak`) lose it: no speaker beats a wrong
    one.  Reported speech needs someone reporting, so an indirect one goes (« le changement demande
    une chose : … » reports nothing)."""
    out = []
    for q in quotes:
        span = ctx.doc.char_span(q.speaker_start, q.speaker_end, alignment_mode="expand") \
            if q.speaker and not q.speaker_canonical and q.speaker_start is not None else None
        words = [t for t in span if not t.is_punct] if span is not None else []
        if words and not _can_speak(_phrase_head(words), ctx):
            if q.kind == "indirect":
                continue
            q.speaker = q.speaker_start = q.speaker_end = None
        out.append(q)
    return out


def _body_of_kind(ctx: _Context, name: str, noun: str) -> bool:
    """Whether a body named `name` can be the one « l'entreprise », "the agency" or « le parti » stands for:
    any body for nouns any body may be called (a company, a bank), else one whose name holds the noun or a
    word of its kind (the Federal Bureau of Investigation is an agency; a platform is no group)."""
    anything = getattr(ctx.lex, "BODY_NOUNS_FOR_ANY", ())
    if noun in anything:
        return True
    outlet = outlet_named(name)
    if outlet is not None and outlet.kind == "social":
        return False
    words = {_norm_word(w) for w in re.findall(r"[^\W\d_]+", name)}
    kinds = {_norm_word(w) for w in getattr(ctx.lex, "BODY_NOUN_KINDS", {}).get(noun, ())}
    return bool(words & ({noun} | kinds))


def _can_speak(head: Token, ctx: _Context) -> bool:
    """Whether an unnamed description can be who speaks: a person's noun (« l'agriculteur », « les
    gens »), a body, a medium or a text (« le rapport affirme », « l'article 173 dispose »), not a
    thing or an idea (« des questions », « la réponse », « ce mythe des origines ») that a loose parse
    took for the subject.  A quantity speaks through what it counts (« des milliers de personnes »)."""
    lex = ctx.lex
    if head.lower_ in getattr(lex, "DEMONSTRATIVE_SUBJECTS", ()):
        return False        # « C'est donc avouer que … »: no one
    if head.pos_ != "NOUN" or head.ent_type_ or not hasattr(lex, "SPEAKING_NOUNS"):
        return True         # (English news reports things freely: "the data showed", "the poll found")
    if _norm_word(head.lemma_ or head.text) in getattr(lex, "QUANTITY_NOUNS", ()):
        counted = next((c for c in head.children if c.pos_ in ("NOUN", "PROPN") and c.i > head.i), None)
        return counted is None or _can_speak(counted, ctx)
    known = (lex.PERSON_ROLES, getattr(lex, "PERSON_NOUNS", ()), lex.MEDIA_NOUNS, lex.DOCUMENT_NOUNS, getattr(lex, "BODY_NOUNS", ()),
             getattr(lex, "ENTOURAGE_NOUNS", ()), getattr(lex, "SPOKESPERSON_NOUNS", ()),
             lex.SPEAKING_NOUNS, getattr(lexicon(ctx.lang, "bodies"), "BODIES", ()))
    forms = {_norm_word(head.lemma_ or head.text), head.lower_}
    return any(f in k for f in forms for k in known) or any(
        f.endswith(_PERSON_SUFFIXES) and not f.endswith(_NOT_PERSON_ENDINGS) for f in forms)


def _named_next(ctx: _Context, head: Token, head_word: str, at: int) -> str | None:
    """« une porte-parole de la Commission … a annoncé … Anitta Hipper affirme … »: a role is named
    by the person first introduced as a main subject in the next sentence, unless the text gives that
    person another nationality or another role."""
    here = ctx.sent_index(at)
    seen = {m.canonical for m in ctx.mentions if m.pos < at}
    nxt = next((m for m in ctx.mentions if m.label == "PER" and m.is_subject and ctx.sent_index(m.pos) == here + 1
                and m.canonical not in seen and _main_subject(ctx, m)), None)
    if nxt is None:
        return None
    described = ctx.descriptors.get(nxt.canonical, set())
    fits = _nationality_test(ctx, head)
    if fits is not None and not fits(nxt.canonical):
        return None         # « le Premier ministre polonais … » then « Oleg Morozov, un député russe »: not him
    roles = {_norm_word(r) for r in ctx.lex.PERSON_ROLES} | _LEADING_ROLES
    if described & roles and head_word not in described and not (
            head_word in _LEADING_ROLES and described & _LEADING_ROLES):
        return None         # « une porte-parole de la Défense » then « le député Samuel Cogolati »: another
        # role (a leader is described with many words: "the head of the WHO", "director-general Tedros")
    return nxt.canonical


_JOINT_WORDS = {"commune", "communes", "conjointe", "conjointes", "joint"}


def _joint_authors(ctx: _Context, words: list[Token], head: Token, at: int) -> str | None:
    """« Les dirigeants du G7 se sont accordés sur …, selon une déclaration commune »: a joint document
    with no author named is the body whose members are the subject of the clause it reports."""
    if not any(t.lower_ in _JOINT_WORDS for t in words if t.i > head.i):
        return None
    subject = next((t for t in head.sent if t.dep_.startswith("nsubj") and t.pos_ == "NOUN"
                    and t.morph.get("Number") == ["Plur"] and not _in_ranges(t.idx, ctx.quote_ranges)), None)
    if subject is None:
        return None
    members = [x for x in subject.subtree if not x.is_punct]
    if not _members_of_a_body(members, subject, ctx.lex):
        return None
    body = _body_voiced(ctx, members, subject, subject.idx, False)
    return body.canonical if body is not None and body.canonical else None


def _same_group_before(ctx: _Context, head: Token, at: int) -> tuple[str | None, str | None]:
    """« les dirigeants du G7 se sont accordés … », then « expliquent les sept dirigeants »: people
    described again by the same plural noun, within two sentences, are the body the first description
    gave them (French, as `_members_of_a_body`)."""
    here = ctx.sent_index(at)
    lemma = head.lemma_.lower()
    for t in reversed(ctx.doc[:head.i]):
        if here - ctx.sent_index(t.idx) > 2:
            break
        if t.lemma_.lower() == lemma and t.pos_ == "NOUN" and t.morph.get("Number") == ["Plur"] \
                and not _in_ranges(t.idx, ctx.quote_ranges):
            words = [x for x in t.subtree if not x.is_punct]
            if not _members_of_a_body(words, t, ctx.lex):
                return None, None       # (« les experts » again: no one named)
            body = _body_voiced(ctx, words, t, t.idx, False)
            return (body.canonical, body.label) if body is not None and body.canonical else (None, None)
    return None, None


def _body_voiced(ctx: _Context, words: list[Token], head: Token, at: int, prefer_first: bool) -> _Speaker | None:
    """The body a spokesperson speaks for, named in the phrase (« du Kremlin », "a YouTube
    spokesperson", « du gouvernement polonais »): not "the office's", a place or a nationality
    ("an Israeli military spokesman" names no body)."""
    after = [t for t in words if t.i > head.i]
    while after and after[0].pos_ in ("ADP", "DET"):
        after = after[1:]
    complement = after or [t for t in words if t.i < head.i and t.pos_ != "DET"]
    if not complement:
        return None
    body = _resolve_tokens(ctx, complement, at, prefer_first)
    first, last = complement[0].idx, complement[-1].idx + len(complement[-1])
    named_here = outlet_named(doc_text(ctx.doc)[first:last]) is not None or (any(t.pos_ == "PROPN" for t in complement)
                  or any(e.label == "ORG" and first <= e.start < last for e in ctx.entities)) and not any(
        e.label in ("LOC", "MISC") and e.start <= first < e.end for e in ctx.entities)
    return body if body.state_body or body.label == "SRC" or body.label == "ORG" and named_here else None


def _main_subject(ctx: _Context, m: Mention) -> bool:
    """Whether a person mention is the subject of a finite verb or of a verb of speech (« Anitta
    Hipper affirme », "Judge Robert Pitman wrote"), not of a participle ("with Attorney General
    Letitia James focusing on …")."""
    span = ctx.doc.char_span(m.pos, m.end, alignment_mode="expand")
    if span is None:
        return False
    if span[0].is_sent_start:
        return True         # (« Anitta Hipper affime … », the verb misspelt and so mistagged)
    root = span.root
    while root.dep_ in ("flat:name", "flat", "appos", "compound") and root.head != root:
        root = root.head
    if root.dep_ in ("poss", "nmod:poss") or root.dep_ == "pobj" and root.head.lower_ in ("by", "par"):
        root = root.head if root.dep_ != "pobj" else root.head.head     # "Brittany Commisso's claims were …",
        # "The order by U.S. District Judge Robert Pitman is …": the owner of the subject
    verb = root.head
    # (the subject of a clause inside the sentence is no main subject: "The head of the union is worried about
    # what Donald Trump is stirring up")
    return verb != root and root.dep_.startswith("nsubj") and (
        _is_cue_token(verb, ctx.lex) or _finite(verb) and verb.dep_ == "ROOT")


def _finite(verb: Token) -> bool:
    """A verb that is finite itself or through its auxiliary (« affirme », « a critiqué »)."""
    return "Fin" in verb.morph.get("VerbForm") or any(
        c.dep_.startswith("aux") and "Fin" in c.morph.get("VerbForm") for c in verb.children)


_DEMONSTRATIVES = {"ce", "cet", "cette", "this", "that"}
# words for whoever leads a body, which texts use for one another
_LEADING_ROLES = {"head", "chief", "leader", "director", "chair", "chairman", "chairwoman", "president", "commander",
                  "general", "gen.", "gen", "boss", "chef", "directeur", "directrice", "président", "présidente",
                  "dirigeant", "dirigeante", "patron", "patronne", "général", "commandant"}
# between a document and its author: « les estimations de la compagnie X », « un rapport publié par X »
_AUTHOR_LINK = (r"(?:\s+[\wéèêà'’-]+){0,3}?\s*(?:de|du|des|d['’]|par)\s*(?:l['’]|la\s+|le\s+|les\s+)?"
                r"(?:[\wéèêàç'’-]+\s+){0,2}")


def _appositive_to(doc: Doc, start: int, end: int, head: Token) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and span.root.dep_ == "appos" and span.root.head == head


def _entity_root(doc: Doc, entity) -> Token | None:
    span = doc.char_span(entity.start, entity.end, alignment_mode="expand")
    return span.root if span is not None else None


def _in_complement(doc: Doc, entity, tokens: list[Token]) -> bool:
    """The entity hangs on a preposition inside the phrase: its root token has a case marker ("of",
    « de ») or is the object of one, itself or the first of the names it is listed with ("candidates
    like Donald Trump and Bernie Sanders")."""
    root = _entity_root(doc, entity)
    if root is None:
        return False
    while root.dep_ == "conj" and root.head in tokens and root.head.i < root.i and any(
            t.dep_ == "cc" and t.head in (root, root.head) for t in doc[root.head.i + 1:root.i]):
        root = root.head        # (joined by a conjunction: a name after a comma may be an apposition)
    return root.dep_ == "pobj" and root.head in tokens or any(c.dep_ == "case" and c in tokens for c in root.children)


def _in_complement_of(t: Token, head: Token) -> bool:
    """`t` hangs on `head` through a preposition ("allies of Trump", « le porte-parole de Poutine »), not
    one that names an author ("the opinion by Judge X", "a statement from X")."""
    while t != head and t.head != t:
        marker = t if t.dep_ == "prep" else t.head if t.dep_ == "pobj" else \
            next((c for c in t.children if c.dep_ == "case"), None)
        if marker is not None and marker.lower_ not in _AUTHOR_PREPOSITIONS:
            return True
        t = t.head
    return False


_AUTHOR_PREPOSITIONS = {"by", "from", "par"}


def _name_in_apposition(ctx: _Context, words: list[Token]) -> str | None:
    """« le gouverneur de la région, Serguiï Gaidai »: capitalised words after a comma that follows a
    person's role are that person's name, when no entity says otherwise."""
    words = [t for t in words if t.text not in ("(", ")") and not (t.is_punct and t.text != ",")]
    comma = next((k for k, t in enumerate(words) if t.text == ","), None)
    if comma is None or comma == 0:
        return None
    name = words[comma + 1:]
    role = next((t for t in words[:comma] if t.pos_ == "NOUN"), None)
    if role is None or not _person_noun(role, ctx.lex) or not 2 <= len(name) <= 4 \
            or not all(t.text[:1].isupper() and t.is_alpha for t in name):
        return None
    if any(e.label in ("ORG", "LOC") and e.start <= name[0].idx < e.end for e in ctx.entities):
        return None
    person = ctx.person_at(name[0].idx)
    return person.canonical if person is not None and person.canonical else " ".join(t.text for t in name)


def _name_in_parentheses_after(ctx: _Context, words: list[Token], end: int) -> str | None:
    """« Un éminent spécialiste des vaccins (le Dr Bossche) prévient »: the person a role is given in
    the parentheses right after it."""
    role = any(t.pos_ in ("NOUN", "ADJ") and t.idx < end and _person_noun(t, ctx.lex) for t in words)
    m = re.match(r"\s*\(([^()\n]{2,50})\)", doc_text(ctx.doc)[end:end + 60])
    if not role or m is None:
        return None
    person = next((e for e in ctx.entities if e.label == "PER" and end + m.start(1) <= e.start < end + m.end(1)), None)
    if person is not None:
        return person.canonical or person.text
    titled = _TITLED_NAME.fullmatch(m.group(1).strip())      # (« le Dr Bossche », which the tagger may not call a person)
    return titled.group(1) if titled else None


_TITLED_NAME = re.compile(r"(?:(?:le|la|l['’])\s*)?(?:Dr|Pr|Me|M\.|Mme|docteur|professeur|Docteur|Professeur)\.?\s+"
                          r"([A-ZÀ-Ý][\w'’-]+(?:\s[A-ZÀ-Ý][\w'’-]+){0,3})")


def _known_surname(ctx: _Context, words: list[Token], head: Token, owned: set[int] = frozenset()) -> str | None:
    """A person named in full elsewhere whose surname this phrase ends with (not a name
    that only owns the speaker: `owned`)."""
    propn = [t for t in words if (t.pos_ == "PROPN" or (t.text[:1].isupper() and not t.is_sent_start))
             and t.idx not in owned]
    # (a capital that only opens the sentence is no name: "Allies of former President Donald Trump said")
    if propn and (head.pos_ == "PROPN" or head.text[:1].isupper() and not head.is_sent_start) \
            and not _in_complement_of(propn[-1], head):
        last = propn[-1].text.lower()
        for m in reversed(ctx.mentions):
            if m.label == "PER" and m.canonical.lower().split()[-1:] == [last]:
                return m.canonical
        # a short name the alias table knows for a person named here ("Tedros" after "Tedros Adhanom
        # Ghebreyesus", where the tagger missed the second)
        alias = lookup_alias(propn[-1].text) if len(propn) == 1 else None
        if alias is not None and alias.label == "PER" and any(m.canonical == alias.canonical for m in ctx.mentions):
            return alias.canonical
    return None


def _entourage_of(ctx: _Context, words: list[Token], a: int, b: int) -> str | None:
    """« L'entourage du président du Palais-Bourbon », « les services du ministre de l'Intérieur »: the
    people around an office speak for its institution; around a named person, for nobody we can name
    (their words are not the person's).  None: not an entourage; "": an entourage with no name."""
    nouns = getattr(ctx.lex, "ENTOURAGE_NOUNS", ())
    head = next((t for t in words if t.pos_ in ("NOUN", "PROPN")), None)
    if head is None or head.lower_ not in nouns:
        return None
    if any(e.label == "PER" and a <= e.start < b for e in ctx.entities):
        return ""
    for e in ctx.entities:
        # (« l'entourage du chef de l'État »: "State" names no institution)
        if e.label in ("ORG", "LOC") and a <= e.start < b and e.start > head.idx \
                and fold(e.text) not in _GENERIC_STATE_WORDS:
            known = outlet_named(e.text)
            return known.name if known else e.canonical or e.text
    return ""


_CONTRACTED_PRONOUNS = {"'s", "’s"}
_RELATIVE_SUBJECT_OPENERS = {"which", "that", "whom"}


def _without_leading_relative(tokens: list[Token]) -> list[Token]:
    """"which Apple's chief executive, Tim Cook, called …", "that marketers hope": the relative pronoun the
    parse put at the head of the subject is the thing said, not who says it."""
    if len(tokens) > 1 and tokens[0].lower_ in _RELATIVE_SUBJECT_OPENERS and tokens[0].tag_ in ("WDT", "WP", "IN"):
        return tokens[1:]
    return tokens


def _without_leading_time(tokens: list[Token]) -> list[Token]:
    """« Mi-avril le gouvernement indien », « le 23 avril le président »: a time adverbial the parse
    glued before the subject."""
    def timeword(t: Token) -> bool:
        return t.lower_ in _TIME_WORDS or t.lower_.startswith("mi-") or t.lower_ in _MONTHS or t.like_num

    k = 0
    while k < len(tokens) and (timeword(tokens[k]) or tokens[k].text == "," or (
            tokens[k].pos_ == "DET" and k + 1 < len(tokens) and timeword(tokens[k + 1]))):
        k += 1
    if 0 < k < len(tokens) and (tokens[k].pos_ == "DET" or tokens[k - 1].text == ","):
        return tokens[k:]       # (after a comma the time phrase has surely ended: « La semaine dernière, »)
    return tokens


def _without_trailing_time(tokens: list[Token]) -> list[Token]:
    """« le journaliste X la semaine dernière », "Mr. Smith on Tuesday": a time the parse glued after
    the subject; not a time word the phrase needs (« the past week », "MedPage Today")."""
    def timeword(k: int) -> bool:
        t = tokens[k]
        date = t.lower_ in _MONTHS or t.like_num and k + 1 < len(tokens) and tokens[k + 1].lower_ in _MONTHS
        # (a year at the end, after a word that says when in it: « a rapporté Reuters fin 2016 »)
        year = re.fullmatch(r"(?:19|20)\d\d", t.text) is not None and k > 0 and tokens[k - 1].lower_ in _YEAR_PARTS
        return (t.lower_ in _TIME_WORDS or date or year) and not (t.ent_iob_ == "I" and t.ent_type_ not in ("DATE", "TIME"))

    k = len(tokens)
    while k > 1 and timeword(k - 1):
        k -= 1
    if k == len(tokens):
        return tokens
    removed = {t.i for t in tokens[k:]}
    while k > 1 and (tokens[k - 1].head.i in removed or tokens[k - 1].lower_ in {"on", "last", "this"} | _YEAR_PARTS
                     or tokens[k - 1].is_punct and tokens[k - 1].text == ","):
        k -= 1
        removed.add(tokens[k].i)
    kept = tokens[:k]
    if not any(not t.is_punct for t in kept) or any(t.head.i in removed for t in kept):
        return tokens
    return kept


_YEAR_PARTS = {"fin", "début", "mi", "courant", "late", "early", "mid"}
_MONTHS = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"}
_TIME_WORDS = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier", "soir", "matin",
               "midi", "après-midi", "aujourd'hui", "aujourd’hui", "semaine", "mois", "année", "veille", "lendemain",
               "week-end", "week", "month", "year", "weekend", "night", "morning", "evening", "afternoon", "last",
               "monday", "tuesday", "wednesday", "thursday",
               "friday", "saturday", "sunday", "yesterday", "today", "tonight", "dernier", "dernière"}
_PERSON_SUFFIXES = ("iste", "eur", "euse", "rice", "logue", "ien", "ienne", "ier", "ière", "aire", "ant", "ante",
                    "er", "or", "ist", "ian")
_NOT_PERSON_ENDINGS = ("ment", "ence", "ance", "tion")


def _person_noun(t: Token, lex) -> bool:
    """A noun that names a person (« l'écologiste », « l'agriculteur », « l'ex-président »), not a body
    (« la présidence »)."""
    low = re.sub(r"^ex-", "", t.lower_)
    lemma = (t.lemma_ or "").lower()
    others = getattr(lex, "PERSON_NOUNS", ())
    if low in lex.PERSON_ROLES or lemma in lex.PERSON_ROLES or low in others or lemma in others:
        return True
    return low.endswith(_PERSON_SUFFIXES) and not low.endswith(_NOT_PERSON_ENDINGS)


_GENERIC_DESCRIPTORS = {"ancien", "nouveau", "haut", "premier", "former", "new", "top", "senior", "dernier"}


# the state the story is about, in a role's complement: « l'ancien chef du pays », « le chef de l'État »,
# « le président de la République » (not « du gouvernement »: « le porte-parole du gouvernement polonais » is
# no one named before)
_OWN_STATE_WORDS = {"pays", "état", "etat", "république", "nation"}


def _says_who(words: list[Token], head: Token) -> list[Token]:
    """The words of a description that narrow down who is meant: not the person's age (« le dirigeant
    de 59 ans »), nor the state the story is about (« l'ancien chef du pays », « le chef de l'État »), nor a
    country or a seat of power, which `_nationality_test` checks (« le président de la
    Fédération de Russie », « le locataire de l'Élysée »)."""
    aside = set()
    for c in head.children:
        if c.dep_ == "nmod" and c.i > head.i and (
                any(n.dep_ == "nummod" for n in c.children) and (c.lemma_ or c.lower_) in ("an", "ans", "year")
                or c.lower_ in _OWN_STATE_WORDS and any(n.lower_ in ("du", "de") for n in c.children)):
            aside |= {t.i for t in c.subtree}
        elif c.dep_ in ("nmod", "prep") and c.i > head.i and _country_in(c) is not None:
            aside |= {t.i for t in c.subtree}
    return [t for t in words if t.i not in aside and t.lower_ not in _GENERIC_DESCRIPTORS]


def _points_back(words: list[Token], head: Token, lex) -> bool:
    """Whether a description is a short definite one of a single person's role (« L'écologiste a
    estimé », « le dirigeant de 59 ans », « l'ex-président »): it points back like a pronoun, to the
    most salient person before it.  Not a role a journalist's interlocutor holds (« le journaliste »),
    and not in English, where such descriptions introduce new people."""
    return bool(words) and len(_says_who(words, head)) <= 3 and words[0].pos_ == "DET" \
        and words[0].lower_ in lex.DEFINITE \
        and (head.pos_ == "NOUN" or _nominal_adjective(head) or head.lower_ in lex.PERSON_ROLES) \
        and head.morph.get("Number") != ["Plur"] and _person_noun(head, lex) \
        and _norm_word(head.lemma_ or head.text) not in getattr(lex, "BODY_NOUNS", ()) \
        and getattr(lex, "DEFINITE_POINTS_BACK", True) \
        and _norm_word(head.lemma_ or head.text) not in getattr(lex, "INTERLOCUTOR_ROLES", ())


def _nominal_adjective(t: Token) -> bool:
    """An adjective the tagger gave a noun's place (« a déclaré le politicien »): it has an article."""
    return t.pos_ == "ADJ" and any(c.dep_ == "det" for c in t.children)


def _phrase_head(words: list[Token]) -> Token:
    """The noun that heads a phrase: the parse's root of it when that is a noun ("the South Carolina
    Republican", "House Democrats": not the place or body that modifies it), else its first noun."""
    inside = {t.i for t in words}
    roots = [t for t in words if t.head.i not in inside or t.head.i == t.i]
    first_noun = next((t for t in words if t.pos_ in ("NOUN", "PROPN")), words[0])
    if len(roots) == 1 and (roots[0].pos_ in ("NOUN", "PROPN") or _nominal_adjective(roots[0])):
        # (a root behind a preposition after the first noun is that noun's complement the parse promoted:
        # « La star de Disney Channel a égrainé », "Channel" read as the sentence's root)
        if roots[0].i > first_noun.i and any(t.pos_ == "ADP" and first_noun.i < t.i < roots[0].i for t in words):
            return first_noun
        return roots[0]
    return first_noun


_MEDIA_KINDS = {"newspaper", "agency", "broadcaster", "outlet"}


def _body_nearer_than_outlet(ctx: _Context, words: list[Token], head_word: str, at: int) -> bool:
    """« l'agence », "the agency": a noun for a news agency and for a body alike stands for whichever the
    text named last ("…, the Social Security Administration said. …, the agency estimates" is the
    administration; after "Reuters reported", the agency is Reuters)."""
    if head_word not in getattr(ctx.lex, "BODY_NOUNS", ()) or words[0].lower_ not in ctx.lex.DEFINITE:
        return False
    outlet_at = max((s[0] for s in ctx.sources if s[0] < at and s[3] in _MEDIA_KINDS), default=-1)
    body_at = max((e.start for e in ctx.entities if e.label == "ORG" and e.end <= at
                   and not _in_ranges(e.start, ctx.quote_ranges)
                   and ((o := outlet_named(e.canonical or e.text)) is None or o.kind not in _MEDIA_KINDS)), default=-1)
    return body_at > outlet_at


def _state_body_again(ctx: _Context, noun: Token, at: int, qualifiers=()) -> str | None:
    """The canonical name of the last state body spoken of with `noun` as its head and the same
    `qualifiers` (« le ministère de la défense » after « le ministère russe de la Défense »), within
    five sentences: one that spoke, else one the text named in passing."""
    text, here = doc_text(ctx.doc), ctx.sent_index(at)
    word = noun.lower_
    wanted = {q.lower_ for q in qualifiers if q.pos_ in ("NOUN", "PROPN", "ADJ")}
    for m in reversed(ctx.mentions):
        if m.label == "DESC" and m.canonical and m.pos < at and here - ctx.sent_index(m.pos) <= 5 \
                and word in (said := re.findall(r"\w+", text[m.pos:m.end].lower())) and wanted <= set(said):
            return m.canonical
    return body_named_before(ctx.lang, noun, qualifiers, skip=lambda pos: _in_ranges(pos, ctx.quote_ranges))


def _resolve_description(ctx: _Context, nouns: list[Token], at: int,
                         labels=("PER",), changers: set[str] = frozenset()) -> tuple[str | None, str | None]:
    """A role or description (« le chef de la défense estonienne ») resolved to the named
    person or body seen with the same words: the head noun counts double, two points needed."""
    words = _content_lemmas(nouns) - _GENERIC_DESCRIPTORS
    if not words:
        return None, None
    head = _norm_word(nouns[0].lemma_ or nouns[0].text)
    head_forms = {head, _norm_word(nouns[0].text)}
    here = ctx.sent_index(at)
    nationalities = _nationality_words(ctx.lang)
    # (an English nationality comes before its noun: "the Taiwanese president")
    own_nationality = (words | {_norm_word(c.text) for c in nouns[0].children if c.dep_ == "amod"}) & nationalities
    # the gender the description marks, when its article and its noun agree on it (« le président »)
    det = nouns[0].doc[nouns[0].i - 1] if nouns[0].i > 0 else None
    marked = nouns[0].morph.get("Gender")
    gender = marked[0] if marked and det is not None and det.pos_ == "DET" and det.morph.get("Gender") == marked else None
    best, best_key, best_label = None, (0, 0.0), None
    for m in ctx.mentions:
        if m.label not in labels:
            continue
        # names before the description, or in the next sentence (« une porte-parole … Anitta Hipper affirme »),
        # never inside quoted words (« les projets de code UP », then « a déclaré le ministère »)
        if m.pos >= at and ctx.sent_index(m.pos) > here + 1 or _in_ranges(m.pos, ctx.quote_ranges):
            continue
        if m.label == "ORG" and _is_medium(m.canonical):
            continue        # a newspaper is named by its media noun, not by a word of its title (« le monde
            # global » is not Le Monde)
        desc = ctx.descriptors.get(m.canonical, set())
        if not _may_be_their_role(words | changers, head_forms, desc, ctx.role_heads.get(m.canonical)):
            continue
        theirs = desc & nationalities
        if own_nationality and theirs and not own_nationality & theirs:
            continue        # « le président chinois » is not « le président américain Joe Biden »
        if gender and ctx.genders.get(m.canonical) not in (None, gender):
            continue        # … nor « la présidente démocrate de la Chambre »
        score = len(words & desc) + (1 if head_forms & desc else 0)
        if score < 2:
            continue
        key = (score, -abs(at - m.pos) if m.pos >= at else m.pos - at)
        if key > best_key:
            best, best_key, best_label = m.canonical, key, m.label
    return (best, best_label) if best else (None, None)


# words that make a role another one ("the vice president" is not the president, « l'ancien ministre » not the
# minister in office)
_ROLE_CHANGERS = {"vice", "deputy", "former", "ex", "assistant", "acting", "associate", "adjoint", "adjointe",
                  "ancien", "ancienne", "sous", "interim", "interimaire", "intérim", "intérimaire"}


def _may_be_their_role(words: set[str], head_forms: set[str], desc: set[str], heads: set[str] | None) -> bool:
    """A description can name someone only with the words that change a role in both, and, where the heads
    of their descriptions or name are known (see `_phrase_heads`, `_name_heads`), by one of them ("The
    campaign" is not "Clinton campaign spokesman Nick Merrill", "The district" not the district GOP)."""
    if heads and not head_forms & heads:
        return False
    return not (words & _ROLE_CHANGERS) - desc


def _resolve_pronoun(ctx: _Context, pronoun: str, at: int, marked_gender_only: bool = False,
                     fits=None) -> tuple[str | None, str | None]:
    """The most salient compatible person before `at`: recent sentences first, then
    speakers of earlier quotes and grammatical subjects over names in passing; only people
    `fits` accepts, when given (a description's nationality)."""
    gender, number = ctx.lex.PRONOUNS.get(pronoun, (None, "Sing") if pronoun == "__definite__" else (None, None))
    if pronoun == "it":
        return _body_subject_before(ctx, at, pronoun)
    stand_for_bodies = getattr(ctx.lex, "PRONOUNS_STAND_FOR_BODIES", False)
    if stand_for_bodies and pronoun in ("il", "elle", "ils", "elles"):
        body = _body_subject_before(ctx, at, pronoun)
        if body[0]:
            return body
    if number == "Plur" and stand_for_bodies:
        return _plural_speaker_before(ctx, at)
    if number == "Plur" or gender == "Neut":
        return None, None
    here = ctx.sent_index(at)
    text = doc_text(ctx.doc)
    best, best_score = None, float("-inf")
    for m in ctx.mentions + _pronoun_chain(ctx, at, here):
        if m.pos >= at or m.label not in ("PER", "DESC") or m.modifier or _in_ranges(m.pos, ctx.quote_ranges):
            continue
        d = here - ctx.sent_index(m.pos)
        if d > 4:
            continue
        g = m.gender or ctx.genders.get(m.canonical)
        if gender in ("Masc", "Fem") and g and g != gender:
            continue
        if marked_gender_only and gender == "Fem" and (g != "Fem" or m.gender_inferred):
            continue
        if fits is not None and m.label == "PER" and not fits(m.canonical):
            continue
        if pronoun == "__definite__" and m.label == "DESC" and not m.person:
            continue        # « le communiqué du Château », then « Le locataire de l'Élysée »: a person, not it
        # a name glued to an opening quote mark is the subject of the quoted words, not the one reporting them
        if d == 0 and m.end and text[m.end:m.end + 3].strip()[:1] in OPENERS.keys() | {'"'}:
            continue
        score = 100 - 35 * d + (40 if m.is_speaker else 0) + (30 if m.is_subject else 0) \
            - (15 if m.oblique and not m.is_subject else 0) + m.pos * 1e-6
        if score > best_score:
            best, best_score = m, score
    if best is not None and best.label == "PER" and pronoun != "__definite__" \
            and getattr(ctx.lex, "PRONOUNS_STAND_FOR_BODIES", False) and _organisation_subject_before(ctx, best, at, here):
        return None, None       # « Amazon a choisi le pays de Boris Johnson ! Il va embaucher … »: the company
    if best is not None and best.label == "DESC" and not best.canonical and best.person and number != "Plur":
        # « le président de la République a abordé … », then « Le locataire de l'Élysée a redit » or « a-t-il
        # déclaré »: a description or a pronoun that points back to a description is who that one points back
        # to (an indefinite one, « un expert », points back to no one)
        span = ctx.doc.char_span(best.pos, best.end)
        if span is not None and span.root.dep_.startswith("nsubj"):
            earlier = _resolve_tokens(ctx, list(span.root.subtree), best.pos, prefer_first=False)
            if earlier.label == "PER" and earlier.canonical and (fits is None or fits(earlier.canonical)):
                return earlier.canonical, "PER"
    if best is None or best.label == "DESC":
        # a speaking body described before (« la présidence turque … a-t-elle poursuivi »)
        # (a body only where the language's pronouns stand for bodies: English "he" is a person, "it" the body)
        named = best is not None and best.canonical and best.number == number and pronoun != "__definite__" \
            and (best.person or getattr(ctx.lex, "PRONOUNS_STAND_FOR_BODIES", False))
        return (best.canonical, "ORG") if named else (None, None)
    return best.canonical, "PER"


def _members_of_a_body(words: list[Token], head: Token, lex) -> bool:
    """« les dirigeants du G7 », « les ministres des Affaires étrangères du G7 »: people described by
    the one body they belong to, which speaks through them (French: an English phrase coordinates too
    freely, "Republican governors and the RNC")."""
    return getattr(lex, "PRONOUNS_STAND_FOR_BODIES", False) and _person_noun(head, lex) \
        and not any(t.pos_ == "CCONJ" for t in words) \
        and any(t.lower_ in ("de", "du", "des", "d'", "d’") for t in words if t.i > head.i)


def _plural_speaker_before(ctx: _Context, at: int) -> tuple[str | None, str | None]:
    """« Les dirigeants du G7 ont déclaré … », then « ont-ils ajouté »: the body the last plural
    description that spoke, in the two sentences before, stood for; no one when it stood for none
    (« les experts »)."""
    here = ctx.sent_index(at)
    for m in sorted(ctx.mentions, key=lambda m: -m.pos):
        if m.pos >= at or m.label != "DESC" or m.number != "Plur" or _in_ranges(m.pos, ctx.quote_ranges):
            continue
        if here - ctx.sent_index(m.pos) > 2:
            break
        return (m.canonical, "ORG") if m.canonical else (None, None)
    return None, None


_FORMS_OF_BE = {"is", "was", "are", "were", "be", "been", "being", "'s", "’s"}


def _may_stand_for_a_body(pronoun: Token) -> bool:
    """English "it" as the subject of an act ("it referenced …"), not of a copula ("While it's true
    that …", "it was a mistake"), where it stands for no one."""
    verb = pronoun.head
    return pronoun.lower_ == "it" and pronoun.dep_ == "nsubj" and verb.pos_ == "VERB" \
        and verb.lower_ not in _FORMS_OF_BE and not any(c.dep_ in ("acomp", "attr") for c in verb.children)


def _body_subject_before(ctx: _Context, at: int, pronoun: str) -> tuple[str | None, str | None]:
    """The body a subject pronoun stands for: the nearest subject before it, in its sentence or the main
    clause of the one before, when that subject is a body and agrees with the pronoun (« L'armée
    israélienne a frappé Gaza. « … », a-t-elle indiqué », "Although the IMF did not single out his plan,
    it referenced …").  No one when the nearest subject is anything else: a person is left to the
    person rules ("NBC News published the video, and the family released it. It shows …")."""
    doc, here = ctx.doc, ctx.sent_index(at)
    gender, number = ctx.lex.PRONOUNS.get(pronoun, (None, None))
    cue = doc.char_span(at, min(at + 1, len(doc_text(doc))), alignment_mode="expand")
    # the pronoun after its verb (« a-t-elle poursuivi »): an incise
    inverted = cue is not None and any(x.lower_.lstrip("-").removeprefix("t-") == pronoun
                                       for x in doc[cue.start + 1:cue.start + 4])
    for t in reversed(doc[:cue.start if cue is not None else len(doc)]):
        if here - ctx.sent_index(t.idx) > 1:
            break
        if not t.dep_.startswith("nsubj") or _in_ranges(t.idx, ctx.quote_ranges):
            continue
        if t.pos_ == "PRON":
            if pronoun == "it" and t.lower_ != "it":
                return None, None       # ("He said …" nearer: a person's sentence)
            continue                    # (the same pronoun again: the chain goes back to its body)
        # a person nearer, whatever the clause (« toutefois, le général Brown a déclaré »); people speak for a
        # body only together (« les dirigeants du G7 »)
        if _person_noun(t, ctx.lex) and t.morph.get("Number") != ["Plur"] \
                or any(e.label == "PER" and e.start <= t.idx < e.end for e in ctx.entities):
            return None, None
        main = t.head.dep_ == "ROOT" or (t.head.dep_ == "conj" and t.head.head.dep_ == "ROOT")
        if ctx.sent_index(t.idx) < here and not main:
            continue        # the sentence before counts by its main subjects, not "which occurred as …"
        if ctx.sent_index(t.idx) == here and (inverted or _in_reported_clause(t)):
            continue        # (before an incise, « la Suède s'est accordée pour …, a-t-elle poursuivi », the
            # subjects are what is reported; so is the subject of a « que » clause)
        if any(_according_to(doc, min(c.subtree, key=lambda x: x.i).i, ctx.lex) for c in t.head.children):
            return None, None       # « Selon un participant, le groupe aide … »: what is reported, no actor
        if pronoun == "it":
            # (English "it" stands for a thing as often: only a name that is an organisation's speaks)
            body = next((e for e in ctx.entities if e.label == "ORG" and e.start <= t.idx < e.end), None)
            name = body.canonical or body.text if body is not None else None
            people = {m.canonical for m in ctx.mentions if m.label == "PER"}
            return (name, "ORG") if name and name not in people and _named_as_body(ctx, name) else (None, None)
        # (a French noun's gender and number say what « elle », « il », « ils » take up)
        if t.morph.get("Gender") != [gender] or t.morph.get("Number") != [number]:
            return None, None
        subject = _without_fronted_adverbial(sorted(t.subtree, key=lambda x: x.i), t, t.head)
        sp = _resolve_tokens(ctx, subject, subject[0].idx if subject else t.idx, prefer_first=True)
        return (sp.canonical, "ORG") if sp.canonical and sp.label in ("ORG", "SRC") else (None, None)
    return None, None


def _in_reported_clause(subject: Token) -> bool:
    """A subject of what a clause reports: its verb (or predicate) is a complement clause, or opens on
    « que »/"that" (« … reconnaît que les propos … sont positifs »)."""
    clause = subject.head
    return clause.dep_ == "ccomp" or any(c.dep_ == "mark" and c.lower_.replace("’", "'") in ("que", "qu'", "that")
                                         for c in clause.children)


def _named_as_body(ctx: _Context, name: str) -> bool:
    """A name that is an organisation's by itself: one the sources table knows, an acronym ("FBI"),
    or one with an organisation's word ("International Monetary Fund"); not a name the tagger
    merely labelled so ("Keith Lamont Scott")."""
    words = getattr(lexicon(ctx.lang, "bodies"), "ORGANISATION_WORDS", set())
    return outlet_named(name) is not None or (name.isupper() and len(name) >= 2) or \
        any(w.lower() in words for w in re.findall(r"\w+", name))


def _organisation_subject_before(ctx: _Context, person: Mention, at: int, here: int) -> bool:
    """An organisation is the subject of a clause in the pronoun's sentence or the one before, after the
    candidate person, or anywhere there when the person is only named in passing: the pronoun may well
    stand for the organisation, so no person is named."""
    text = doc_text(ctx.doc)
    first = ctx.sent_starts[max(0, here - 1)] if ctx.sent_starts else 0
    since = first if not (person.is_subject or person.is_speaker) else max(person.pos, first)
    for e in ctx.entities:
        if e.label == "ORG" and since <= e.start < at and not _in_ranges(e.start, ctx.quote_ranges) \
                and text[e.end:e.end + 3].strip()[:1] not in OPENERS.keys() | {'"'}:   # « Amnesty « transfère … » »
            span = ctx.doc.char_span(e.start, e.end, alignment_mode="expand")
            # a main clause's subject: « que la Bundeswehr allait devenir … » reports, « après que l'ONG
            # a reproché » sets the scene
            if span is not None and span.root.dep_.startswith("nsubj") and span.root.head.dep_ == "ROOT":
                return True
    return False


def _pronoun_chain(ctx: _Context, at: int, here: int) -> list[Mention]:
    """Earlier subject pronouns as mentions of who they stand for: « Joe Biden s'est rendu à Varsovie.
    Il a qualifié Vladimir Poutine de « boucher ». Il en a profité pour affirmer … » — the second « il »
    goes on with the first, the subject, not with the last name read (each resolved once, in order)."""
    lex = ctx.lex
    if not hasattr(lex, "SUBJECT_PRONOUNS"):
        return []
    start = ctx.sent_starts[max(0, here - 4)] if ctx.sent_starts else 0
    span = ctx.doc.char_span(start, max(start + 1, at), alignment_mode="contract")
    out = []
    for tok in span or ():
        low = tok.lower_
        if low not in lex.SUBJECT_PRONOUNS or tok.dep_ != "nsubj" or tok.idx >= at - 1 \
                or _in_ranges(tok.idx, ctx.quote_ranges) or _impersonal(tok, lex):
            continue
        if tok.idx not in ctx.pronoun_referents:
            ctx.pronoun_referents[tok.idx] = None          # guards the recursion below
            canonical, label = _resolve_pronoun(ctx, low, tok.idx)
            if canonical and label == "PER":
                ctx.pronoun_referents[tok.idx] = (canonical, lex.PRONOUNS[low][0])
        ref = ctx.pronoun_referents[tok.idx]
        if ref is not None:
            out.append(Mention(tok.idx, ref[0], "PER", ref[1], is_subject=True, end=tok.idx + len(tok.text),
                               gender_inferred=True))
    return out


# « il s'agit », « il s'avère », « il se peut », « il se trouve que », « il se passe »; but « il s'est dit
# prêt » is someone
_IMPERSONAL_REFLEXIVES = {"agir", "avérer", "pouvoir", "trouver", "passer", "produire", "écouler"}


def _impersonal(pronoun: Token, lex) -> bool:
    """« il faut », « il y a », « il est prévu de », « il s'agit », « quoi qu'il en soit »: an « il » that
    stands for no one."""
    verb = pronoun.head
    doc = pronoun.doc
    k = pronoun.i + 1
    while k < len(doc) and doc[k].lower_ in ("ne", "n'", "n’"):
        k += 1              # « il n'y a », « il n'est pas exagéré de »: the negation changes nothing
    nxt = doc[k].lower_ if k < len(doc) else ""
    after = doc[k + 1] if k + 1 < len(doc) else None
    be = after is not None and ((after.lemma_ or "").lower() == "être" or after.lower_ in ("soit", "est", "était"))
    reflexive_impersonal = nxt in ("s'", "s’", "se") and (verb.lemma_ or "").lower() in _IMPERSONAL_REFLEXIVES
    return nxt == "y" or reflexive_impersonal or (nxt == "en" and be) or (verb.lemma_ or "").lower() in getattr(lex, "IMPERSONAL_VERBS", ()) \
        or any(c.dep_ in ("aux:pass", "auxpass") for c in verb.children) \
        or (verb.pos_ in ("ADJ", "ADV") and any(c.dep_ in ("csubj", "xcomp", "ccomp") or c.dep_ == "dep"
                                       and c.morph.get("VerbForm") == ["Inf"] for c in verb.children))


# ----------------------------------------------------------------- cues
@dataclass
class _Cue:
    token: Token
    text: str
    start: int
    end: int
    kind: str          # verb | according | colon


# auxiliaries the tagger sometimes leaves untagged before a verb it does not know (« a tweeté »)
_UNTAGGED_AUXILIARIES = {"a", "ont", "avait", "avaient", "aura", "est", "sont", "était", "s'", "s’", "se"}


def _cue_text(doc: Doc, v: Token) -> tuple[str, int, int]:
    """The verb group of a cue: auxiliaries and clitics before it, « -t-il » after."""
    words = doc_tokens(doc)         # (a list: indexing a Doc builds a new Token each time)
    first = v.i
    while first - 1 >= 0 and (words[first - 1].pos_ == "AUX" or words[first - 1].dep_.startswith("aux")
                              or words[first - 1].lower_ in ("s'", "s’", "se", "t", "-t", "-t-")
                              or words[first - 1].lower_.startswith("-")
                              or words[first - 1].pos_ == "X" and words[first - 1].lower_ in _UNTAGGED_AUXILIARIES or
                              (words[first - 1].pos_ == "ADV" and first - 2 >= 0 and words[first - 2].pos_ == "AUX")) \
            and v.i - first < 6:
        first -= 1
    last = v.i
    while last + 1 < len(doc) and words[last + 1].text.startswith("-") and len(words[last + 1].text) > 1 \
            and words[last + 1].pos_ == "PRON" and last - v.i < 2:
        last += 1
    # a locution is one cue (« a fait savoir », « a mis en garde »), whichever of its words the parse heads
    locutions = _speech_locutions(doc)
    lemma_ = (v.lemma_ or "").lower()
    if lemma_ in locutions:
        locution = next((w.split() for w in locutions[lemma_]
                         if [x.lower_ for x in words[v.i + 1:v.i + 1 + len(w.split())]] == w.split()), [])
        last = max(last, v.i + len(locution))
    elif first == v.i and v.i > 0 and v.lower_ in locutions.get((words[v.i - 1].lemma_ or "").lower(), ()):
        a, b = _cue_text(doc, words[v.i - 1])[1], v.idx + len(v.text)
        return doc_text(doc)[a:b], a, b
    a, b = words[first].idx, words[last].idx + len(words[last].text)
    return doc_text(doc)[a:b], a, b


def _no_one_speaks(t: Token) -> bool:
    """A verb that reports no one's words: « c'est-à-dire », or one whose subject is a fact (« Ce qui
    explique que … », « cela montre que … ») and not a noun the parse gave it besides (« Ceci après que le
    Premier ministre a qualifié … »), unless it makes someone say it (« Ce qui fait dire à X que … »)."""
    doc = t.doc
    if t.lower_ == "dire" and "c'est-à-dire" in doc_text(doc)[max(0, t.idx - 9):t.idx + 4].replace("’", "'").lower():
        return True
    subjects = [c for c in t.children if c.dep_.startswith("nsubj")]
    fact = any(c.lower_ in _THING_PRONOUNS or c.lower_ == "qui" and c.i > 0 and doc[c.i - 1].lower_ in ("ce", "c'", "c’")
               for c in subjects)
    return fact and not any(c.pos_ in ("NOUN", "PROPN") for c in subjects) \
        and not any((x.lemma_ or "").lower() == "faire" for x in [t, *t.children])


def _quote_in_subject(t: Token, q_open: int, q_close: int) -> bool:
    """« les subventions et les « publicités COVID » ne peuvent expliquer … »: a verb after the quote whose
    subject holds it is about the quote, it does not report it.  An incise (« », a-t-il ajouté », English
    '“…,” The Hill reported') is set off by a comma, whatever the parse made its subject."""
    text = doc_text(t.doc)
    if t.idx <= q_close or "," in text[q_close:t.idx] or text[q_open:q_close].rstrip().endswith(","):
        return False
    chain = [t] + ([t.head] if t.dep_ == "xcomp" and t.head != t else [])    # (« ne peuvent expliquer »)
    return any(c.dep_.startswith("nsubj") and c.idx <= q_open < max(x.idx for x in c.subtree)
               for v in chain for c in v.children)


def _talks_of_the_quote(t: Token, q_open: int, lex) -> bool:
    """A verb of talking about something whose clause holds the quote, before it (« avait parlé d'un déplacement
    comme d'une « ligne rouge » »)."""
    if t.pos_ != "VERB" or (t.lemma_ or "").lower() not in getattr(lex, "TALK_VERBS", ()) or t.idx > q_open:
        return False
    return any(x.idx > q_open for x in t.subtree) and any(x.idx < q_open for x in t.subtree if x.i > t.i)


def _coordinated_clause_holds(ctx: _Context, cue: Token, q_open: int) -> Token | None:
    """The verb of a clause coordinated with the cue's, with a subject of its own, that holds the quote at
    q_open (« Xi avait appelé Biden à …, et un porte-parole avait parlé d'un déplacement comme d'une
    « ligne rouge » »): the quote is that clause's, never the cue's subject's; else None."""
    span = ctx.doc.char_span(q_open, q_open + 1, alignment_mode="expand")
    if span is None:
        return None
    t = span[0]
    for _ in range(12):
        if t.head == t or t == cue:
            return None
        t = t.head
        if t.dep_ == "conj" and t.head == cue and t.pos_ in ("VERB", "AUX") and any(
                c.dep_.startswith("nsubj") and not _in_ranges(c.idx, ctx.quote_ranges) for c in t.children):
            return t
    return None


def _find_cue(ctx: _Context, q_open: int, q_close: int, sent_a: int, sent_b: int) -> _Cue | None:
    doc, lex = ctx.doc, ctx.lex
    cands: list[tuple[float, _Cue]] = []
    window = doc.char_span(sent_a, max(sent_a + 1, sent_b), alignment_mode="expand") or doc
    toks = [t for t in window if sent_a <= t.idx < sent_b and not _in_ranges(t.idx, ctx.quote_ranges)]
    for t in toks:
        n = _according_to(doc, t.i, lex)
        if n and t.lower_ == "pour" and not _pour_attribution(doc, t.i):
            n = 0
        if n:
            text = doc_text(doc)[t.idx:doc[t.i + n - 1].idx + len(doc[t.i + n - 1].text)]
            dist = q_open - t.idx if t.idx < q_open else t.idx - q_close
            # « …, selon le rapport. » or « Selon X, … » attributes the whole sentence
            whole = (t.idx > q_close and doc_text(doc)[max(sent_a, t.idx - 3):t.idx].strip().endswith(",")
                     and len(doc_text(doc)[t.idx:sent_b].split()) <= 8) or t.idx <= sent_a + 1
            glued = t.idx > q_close and len(doc_text(doc)[q_close + 1:t.idx].strip(" ,")) == 0
            # « « mixité des ascendances », selon les termes de Jérôme Lê »: the wording's owner
            cands.append((0 if glued else min(dist, 5) if whole else dist + 40,
                          _Cue(t, text, t.idx, t.idx + len(text), "according")))
            continue
        if _is_cue_token(t, lex) or _unlisted_incise_verb(ctx, t, q_close) or _talks_of_the_quote(t, q_open, lex):
            if t.idx < q_open and (t.lemma_ or "").lower() in lex.INCISE_ONLY:
                continue    # « l'armée avait lancé des exercices « à tir réel » »: speech only in an incise
            text, a, b = _cue_text(doc, t)
            # (« La volonté de Trump, a soutenu Collinson, « … » »: an incise with its subject, right before
            # the quote, reports it too)
            incise_before = t.idx < q_open and doc_text(doc)[max(0, a - 3):a].strip().endswith(",") \
                and re.fullmatch(r"\s+[^,«»“”\"]{1,60},\s*", doc_text(doc)[b:q_open])
            if (t.lemma_ or "").lower() in getattr(lex, "SPEECH_WITH_CLAUSE_ONLY", ()) and not incise_before and (
                    t.idx < q_open and not re.match(r"\s*(?:que\b|qu['’]|:)", doc_text(doc)[b:q_open])
                    or t.idx > q_close and not _incise_gap(doc_text(doc)[q_close:a])
                    and not _commaless_incise(ctx, doc_text(doc)[q_close + 1:a], t)):
                continue    # « ils défendent leur propre « ordre » », « « … » est problématique car elle soutient
                # l'idée »: with a noun object these verbs do not report; after a quote only an incise does
            if t.idx > q_close and "(" in doc_text(doc)[q_close:a] and ")" not in doc_text(doc)[q_close:a]:
                continue    # « les « 15 000 massacrés » (…, et l'ONU a accusé …) »: a verb in an aside reports nothing here
            if t.idx > q_close and any(c.idx > q_close and (c.dep_ == "mark" and c.lower_ in ("si", "if")
                                                           or c.lower_ in _NEGATIONS) for c in t.children):
                continue    # « « … », si le citoyen ne réagit pas »: a condition or a denial after the quote is no incise
            if t.idx > q_close and t.morph.get("VerbForm") == ["Inf"] \
                    and re.fullmatch(r"[»”\"'\s]*(?:et|ou|and|or)\s*", doc_text(doc)[q_close:a]):
                continue    # « « … à réagir, et non à anticiper » et prévenir les risques, explique X »: the
                # quoted clause goes on, the verb reports nothing
            if _no_one_speaks(t):
                continue
            if _quote_in_subject(t, q_open, q_close):
                continue
            if t.idx < q_open and _coordinated_clause_holds(ctx, t, q_open) is not None:
                continue    # « X avait appelé …, et un porte-parole avait parlé de … comme d'une « ligne rouge » »
            if t.idx > q_close:
                gap = doc_text(doc)[q_close:a]
                # an incise right after the quote wins; French inverts its subject (« », a dit X », « », dit-il »),
                # so a clause with its subject first (« », on se disait « … » ») is a new sentence, not an incise
                inverted = _incise_gap(gap)
                dist = (t.idx - q_close) * (0.2 if len(gap) < 25 and "," in gap[:4] and inverted
                                            or _commaless_incise(ctx, gap[1:], t) else 1.0)
            else:
                dist = q_open - b
                between = doc_text(doc)[b:q_open]
                if re.search(r"\b(que|qu['’]|that)\b|:", between):
                    dist *= 0.3
            cands.append((dist, _Cue(t, text, a, b, "verb")))
    # "“…,” the minister said, according to the Courier" / « …, a déclaré X, selon le journal »:
    # the verb after the quote has its speaker; an « according to » beyond it names the relay
    verbs_after = [c.start for _, c in cands if c.kind == "verb" and c.start > q_close]
    if verbs_after:
        cands = [(d, c) for d, c in cands if not (c.kind == "according" and c.start > min(verbs_after))]
    # … and so does one after a quote that a verb's clause holds (« X a déclaré qu'une telle décision
    # « … », selon une lecture de Downing Street »), or one before that verb (« D'après un témoin, D. Trump a
    # indiqué que « … » »: Trump's words, as the witness tells them)
    holding = [c for _, c in cands if c.kind == "verb" and c.end < q_open
               and _complement_opens_between(c.token, c.end, q_open)]
    if holding:
        cands = [(d, c) for d, c in cands if not (c.kind == "according" and (c.start > q_close
                                                                             or c.end <= holding[0].start))]
    # a verb with its subject right before the quote says it (« Le ministre a déclaré « … », rapporte l'AFP »,
    # « Le rapport affirme que « … », écrit le journal », "Smith said “…,” the paper reported"): an incise
    # after it names the relay
    if any(c.kind == "verb" and c.end <= q_open and re.fullmatch(r"\s*(?::|que|qu['’]|that)?\s*", doc_text(doc)[c.end:q_open])
           and _subject_before(ctx, c.token) for _, c in cands):
        cands = [(d, c) for d, c in cands if not (c.kind == "verb" and c.start > q_close)]
    if cands:
        cands.sort(key=lambda c: c[0])
        return cands[0][1]
    # a colon before the quote: « Mykola explique : « … » », « X rassure : "…" »
    before = doc_text(doc)[sent_a:q_open].rstrip()
    if before.endswith(":"):
        colon = sent_a + len(before) - 1
        span = doc.char_span(colon, colon + 1, alignment_mode="expand")
        if span is not None:
            return _Cue(span[0], ":", colon, colon + 1, "colon")
    return None


def _subject_before(ctx: _Context, verb: Token) -> bool:
    """Whether the verb's own active subject stands before it, outside any quote."""
    return any(c.dep_ in ("nsubj", "expl:subj") and c.i < verb.i and not _in_ranges(c.idx, ctx.quote_ranges)
               for c in verb.children)


def _complement_opens_between(verb: Token, a: int, b: int) -> bool:
    """Whether a complementiser (« qu' », "that") opens the clause the quote at b sits in, between
    characters a and b (not the « que » of a relative clause: « les mesures que les forces prendraient … : »)."""
    span = verb.doc.char_span(a, b, alignment_mode="contract")
    if span is None:
        return False
    last = max((t.i for t in span if t.lower_.replace("’", "'") in ("que", "qu'", "that")), default=None)
    # the reported clause's subject alone stands between its « que » and the quote (a relative « que »
    # has its own verb there)
    return last is not None and span.end - last <= 8 and not any(
        t.pos_ in ("VERB", "AUX") for t in verb.doc[last + 1:span.end])


def _sent_start_char(ctx: _Context, pos: int) -> int:
    k = ctx.sent_index(pos)
    return ctx.sent_starts[k] if k >= 0 else 0


def _sent_of(ctx: _Context, t: Token):
    """The sentence span holding t (Token.sent re-walks the whole doc on every call)."""
    a = _sent_start_char(ctx, t.idx)
    k = ctx.sent_index(t.idx)
    b = ctx.sent_starts[k + 1] if k + 1 < len(ctx.sent_starts) else len(doc_text(ctx.doc))
    return ctx.doc.char_span(a, b, alignment_mode="expand")


def _after_closing_mark(ctx: _Context, pos: int) -> bool:
    """The verb group at `pos` opens an incise right after a quote (« « … », assure une diplomate ; « … » »):
    French inverts the subject there, so the noun phrase after the verb is its subject, whatever the parse says."""
    return re.search(r"[«»“”\"]\s*,\s*$", doc_text(ctx.doc)[max(0, pos - 6):pos]) is not None


def _inverted_subject_at(doc: Doc, j: int, ends: tuple[str, ...] = (".", "!", "?", ";"),
                         complements: bool = False) -> bool:
    """A noun phrase at token j that opens on a determiner or a name and ends the clause: the inverted
    subject of an incise (« , dit le mème. »); `complements` lets it hold « de … » (« Julien Pouget,
    chef économiste de l'Insee »)."""
    np_toks = _noun_phrase_after(doc, j, len(doc))
    end = np_toks[-1].i + 1 if np_toks else len(doc)
    return bool(np_toks) and np_toks[0].pos_ in ("DET", "PROPN") \
        and (complements or not any(x.pos_ == "ADP" for x in np_toks)) \
        and (end == len(doc) or doc[end].text in ends or doc[end].is_sent_start)


def _closing_incise(ctx: _Context, t: Token, q_close: int) -> bool:
    """« L'UE finance la « guerre non provoquée » de Poutine, dit le mème. »: a cue after a comma, later
    in the quote's sentence, whose noun phrase after it ends the sentence, is an incise: French inverts
    its subject there, whatever subject the parse found before the comma."""
    doc = ctx.doc
    first = _cue_first_token(doc, t)
    if first == 0 or doc[first - 1].text != "," or doc[first - 1].idx < q_close \
            or _sent_start_char(ctx, t.idx) > q_close:
        return False
    j = _past_time_adjunct(doc, t.i + 1)
    if _inverted_subject_at(doc, j):
        return True
    # a named subject with its apposition (« , a déclaré en mai le lieutenant-général Igor Kirillov, chef de … »)
    np_toks = _noun_phrase_after(doc, j, len(doc))
    return _inverted_subject_at(doc, j, (".", "!", "?", ";", ","), complements=True) \
        and any(x.pos_ == "PROPN" for x in np_toks)


def _past_time_adjunct(doc: Doc, j: int) -> int:
    """The first word at or after j past a short time adjunct between an incise's verb and its inverted
    subject (« a déclaré jeudi le ministre », « a déclaré en mai le lieutenant-général … »)."""
    k = j
    while k < len(doc) and k - j < 4:
        w = doc[k].lower_
        if w in _TIME_WORDS or w in _MONTHS or doc[k].pos_ == "ADV" and not doc[k].is_punct:
            k += 1
        elif w in ("en", "in") and k + 1 < len(doc) and (doc[k + 1].lower_ in _MONTHS or doc[k + 1].like_num):
            k += 1
        else:
            break
    return k


def _incise_gap(gap: str) -> bool:
    """Between a quote and its cue, only the closing mark (any mark: some sites close with «) and a comma:
    the verb comes first, as in every French incise."""
    return re.fullmatch(r"[«»“”‹›\"'’\s]*,\s*", gap) is not None



def _unlisted_incise_verb(ctx: _Context, t: Token, q_close: int) -> bool:
    """« « … », calcule Julien Pouget », « « … », sourit la ministre », « », a tweeté mardi le député X »:
    right after a quote and its comma, a verb followed by its inverted subject is an incise whatever the
    verb (writers vary them endlessly), and whatever tag the tagger gave a verb it did not know."""
    if t.idx <= q_close or t.pos_ not in ("VERB", "X", "NOUN") or not t.text.islower() \
            or not (getattr(ctx.lex, "INVERTED_INCISES", False) or (t.lemma_ or "").lower() in ctx.lex.INCISE_ONLY):
        return False        # (English inverts only a few: '"…," reads a joint statement from X')
    doc = ctx.doc
    gap = doc_text(doc)[q_close:_cue_text(doc, t)[1]]     # (the verb group takes in « a » the tagger did not know)
    # (the comma inside the marks in English: '"…," reads')
    if not _INCISE_LEAD.fullmatch(gap) or "," not in gap and doc_text(doc)[q_close - 1:q_close] != ",":
        return False
    j = t.i + 1
    while j < len(doc) and (doc[j].pos_ == "ADV" or doc[j].lower_ in _TIME_WORDS):
        j += 1
    return j - t.i <= 3 and _inverted_subject_at(doc, j, (".", "!", "?", ";", ",", "("), complements=True)


def _commaless_incise(ctx: _Context, gap: str, t: Token) -> bool:
    """« « On ne peut pas tout traiter » a justifié Emmanuel Macron. »: an incise the writer left
    without its comma, told by its inverted subject, a noun phrase that ends the sentence."""
    if not re.fullmatch(r"[«»“”‹›\"'’\s]*", gap):
        return False
    return _inverted_subject_at(ctx.doc, t.i + 1, (".", "!", "?", ";", ","))


def _subject_of_quoting_clause(ctx: _Context, pronoun: str, q_open: int, q_close: int) -> _Speaker | None:
    """« Le président les voudrait « encore plus lourdes », a-t-il dit »: the incise's pronoun stands
    for the subject of the clause the quote sits in, when that subject is a noun phrase of the
    pronoun's gender, before any person named earlier."""
    gender, number = ctx.lex.PRONOUNS.get(pronoun, (None, None))
    if number != "Sing":
        return None
    span = ctx.doc.char_span(q_open, q_close + 1, alignment_mode="expand")
    if span is None:
        return None
    h = span.root
    for _ in range(4):
        if h.pos_ in ("VERB", "AUX") and not (q_open <= h.idx <= q_close) and h.idx < q_open:
            break
        if h.head == h:
            return None
        h = h.head
    else:
        return None
    subs = [c for c in h.children if c.dep_ in ("nsubj", "nsubj:pass") and c.idx < q_open
            and not _in_ranges(c.idx, ctx.quote_ranges)]
    if not subs or subs[0].pos_ not in ("NOUN", "PROPN") or subs[0].morph.get("Number") == ["Plur"]:
        return None
    toks = sorted((x for x in subs[0].subtree if x.idx < q_open and not _in_ranges(x.idx, ctx.quote_ranges)),
                  key=lambda x: x.i)
    det = next((x for x in toks if x.pos_ == "DET"), None)
    det_gender = (det.morph.get("Gender") or [None])[0] if det is not None else None
    sp = _resolve_tokens(ctx, toks, q_open, prefer_first=False)
    g = ctx.genders.get(sp.canonical or "") or det_gender
    if not sp.canonical or sp.label != "PER" or (g and g != gender):
        return None
    return sp


def _cue_first_token(doc: Doc, t: Token) -> int:
    first = t.i
    while first > 0 and (doc[first - 1].pos_ == "AUX" or doc[first - 1].lower_ in ("s'", "s’", "se", "ne", "n'", "n’")):
        first -= 1
    return first


# words that join the nouns of one complement (« au Conseil des droits de l'Homme »)
_COMPLEMENT_LINKS = {"de", "des", "du", "d'", "d’", "of"}


def _comma_incise(doc: Doc, t: Token) -> bool:
    """« …ont franchi la ligne, a annoncé le gouvernement taïwanais »: a verb after a comma that the
    parse coordinated with the main verb, with no « et » or « mais », is an incise; its subject follows."""
    first = _cue_first_token(doc, t)
    return first > 0 and doc[first - 1].text == "," and t.dep_ == "conj" \
        and not any(c.dep_ == "cc" for c in t.children)


def _incise_between_commas(ctx: _Context, t: Token) -> bool:
    """« Une occasion manquée, observe l'Arcom, alors que … »: a verb after a comma whose noun phrase
    after it runs to the next comma or the end of the sentence is an incise; that phrase is its
    subject, whatever the parse made the noun before the comma."""
    doc = ctx.doc
    first = _cue_first_token(doc, t)
    if first == 0 or doc[first - 1].text != ",":
        return False
    # « le Sénat américain, rapporte Politico, « a accordé … » »: a name between commas right before the
    # quote (whatever tag the tagger gave it) is the incise's subject
    j = t.i + 1
    while j < min(len(doc), t.i + 6) and doc[j].text[:1].isupper() and (doc[j].ent_type_ or doc[j].pos_ == "PROPN"):
        j += 1
    if j > t.i + 1 and j + 1 < len(doc) and doc[j].text == "," and doc[j + 1].text in OPENERS:
        return True
    after = _noun_phrase_after(doc, t.i + 1, t.sent.end)
    nxt = after[-1].i + 1 if after else None
    if any(c.dep_.startswith("nsubj") and (c.pos_ in ("PRON", "PROPN") or c.ent_type_ or _person_noun(c, ctx.lex))
           for c in t.children):
        return False        # « Le ministre, lui, observe la Bourse »: a subject that may act is the subject
    return bool(after) and any(x.pos_ == "PROPN" for x in after) and (
        nxt >= t.sent.end or doc[nxt].text in (",", ".", ";", ":"))


_SUBJECT_CLITICS = {"je", "j'", "j’", "il", "elle", "on", "ils", "elles", "i", "he", "she", "they", "we"}


def _relative_antecedent_before(ctx: _Context, after: int, t: Token) -> _Speaker | None:
    doc, text = ctx.doc, doc_text(ctx.doc)
    first = _cue_first_token(doc, t)
    if first < 2 or doc[first - 1].lower_ not in ("et", "and"):
        return None
    for m in reversed(ctx.mentions):
        if m.label != "PER" or not after < m.pos < t.idx or _in_ranges(m.pos, ctx.quote_ranges):
            continue
        rel = re.match(r"\s*,\s*(?:qui|who)\b([^.;:«»]*)$", text[m.end:doc[first - 1].idx])
        if rel and "," in rel.group(1):       # the relative clause closed by a comma before « et »
            return _Speaker(text[m.pos:m.end], m.canonical, m.pos, m.end, "PER")
        return None
    return None


def _cue_before_comma(ctx: _Context, t: Token) -> Token | None:
    """The cue verb of an incise ending right before `t` (« a-t-elle poursuivi, » + t)."""
    doc = t.doc
    k = t.i - 1
    if k < 1 or doc[k].text != ",":
        return None
    k -= 1
    while k > 0 and doc[k].text.startswith("-") and doc[k].pos_ == "PRON":
        k -= 1          # « -t-elle », « -il »
    v = doc[k]
    if v.pos_ == "VERB" and v != t and _is_cue_token(v, ctx.lex) and not _in_ranges(v.idx, ctx.quote_ranges):
        return v
    return None


def _signed_line(ctx: _Context, colon: int) -> _Speaker | None:
    """« Daniel Cohn-Bendit, conseiller du président : « … » », « Bruno Le Maire, 12 juillet 2016 sur
    Public Sénat : « … » »: a line that opens on a person's name, then a description, a date or a place,
    and a colon, gives that person's words."""
    text = doc_text(ctx.doc)
    line_start = text.rfind("\n", 0, colon) + 1
    lead = len(text[line_start:colon]) - len(text[line_start:colon].lstrip(" -–—•*\t"))
    person = ctx.person_at(line_start + lead)
    if person is None or not re.fullmatch(r"\s*(?:,[^«»“”\"]*)?", text[person.end:colon]):
        return None
    if any(_is_cue_token(x, ctx.lex) for x in ctx.doc.char_span(person.end, colon, alignment_mode="expand") or []):
        return None         # « Paul Martin, qui a déclaré à Libération : »: the clause's own verb decides
    return _Speaker(text[person.start:person.end], person.canonical or person.text, person.start, person.end, "PER")



# between a closing mark and the verb of its incise: a comma, a dash, and clitic pronouns (« », lui a
# répondu X », « », – a déclaré le ministère »)
_INCISE_LEAD = re.compile(r"[«»“”‹›\"'’\s]*,?\s*(?:[–—-]\s*)?(?:(?:lui|leur|me|m['’]|te|t['’]|nous|vous|se|s['’]|y|en)\s*)*")


def _signed_line_before(ctx: _Context, q_open: int) -> _Speaker | None:
    """The signer of the line a quote sits on, when the line opens « Name, …: »."""
    text = doc_text(ctx.doc)
    colon = text.find(":", text.rfind("\n", 0, q_open) + 1, q_open)
    return _signed_line(ctx, colon) if colon >= 0 else None


def _speaker_going_on(ctx: _Context, t: Token) -> _Speaker | None:
    """« », avait déclaré John Kirby. Avant d'ajouter que « … » »: a sentence that opens on an
    infinitive with no subject of its own goes on with the speaker of the sentence before."""
    k = ctx.sent_index(t.idx)
    if k < 1 or t.morph.get("VerbForm") != ["Inf"]:
        return None
    start = ctx.sent_starts[k]
    if not _GOING_ON.match(doc_text(ctx.doc)[start:t.idx]):
        return None
    before = [m for m in ctx.mentions if m.is_speaker and m.label == "PER" and ctx.sent_starts[k - 1] <= m.pos < start]
    if not before:
        return None
    m = before[-1]
    return _Speaker(None, m.canonical, None, None, "PER")


# an infinitive clause that opens a sentence (« Avant d'ajouter », « Et de conclure », "Before adding")
_GOING_ON = re.compile(r"\s*(?:Avant d['’]|Avant de |Et d['’]|Et de |Puis d['’]|Puis de |Sans |Après avoir |"
                       r"Before |After )\S*\s*$")


def _pour_attribution(doc: Doc, i: int) -> bool:
    """« pour X, … » attributes only when X is a person or a named body followed by a comma
    (« pour Julien Bayou, … »), not « pour la première fois »."""
    j = i + 1
    seen_name = False
    while j < len(doc) and j - i < 6:
        t = doc[j]
        if t.pos_ == "PROPN":
            seen_name = True
        elif t.text == "," or t.text in ("«", "“", '"'):
            return seen_name
        elif t.pos_ not in ("DET", "NOUN", "ADJ", "PROPN"):
            return False
        j += 1
    return False


_RELATIVE_DEPS = ("acl:relcl", "relcl")
_THING_PRONOUNS = {"cela", "ceci", "ça"}     # (English "that", "which" are as often relative pronouns for people)


def _quoted_one(ctx: _Context, verb: Token) -> _Speaker | None:
    """« Philippe de Villiers cite le ministre de l'Intérieur socialiste qui … : « … » »: who a verb of
    quoting names as its object said the words, not its subject."""
    if (verb.lemma_ or verb.lower_).lower() not in getattr(ctx.lex, "QUOTING_VERBS", ()):
        return None
    obj = next((c for c in verb.children if c.dep_ in ("obj", "dobj") and c.pos_ in ("NOUN", "PROPN")
                and not _in_ranges(c.idx, ctx.quote_ranges)), None)
    if obj is None or not (_person_noun(obj, ctx.lex) or obj.ent_type_ in ("PER", "PERSON", "ORG") or
                           _norm_word(obj.lemma_ or obj.text) in ctx.lex.DOCUMENT_NOUNS):
        return None
    toks = [x for x in obj.subtree if not any(a.dep_ in _RELATIVE_DEPS for a in _ancestors_to(x, obj))
            and not x.is_punct and not _in_ranges(x.idx, ctx.quote_ranges)]
    return _resolve_tokens(ctx, toks, toks[0].idx, prefer_first=True) if toks else None


def _speaker_for_cue(ctx: _Context, cue: _Cue, q_open: int, q_close: int) -> _Speaker:
    doc = ctx.doc
    t = cue.token
    quoted = _quoted_one(ctx, t) if cue.kind == "verb" else None
    if quoted is not None:
        return quoted
    if cue.kind == "according":
        n = _according_to(doc, t.i, ctx.lex) or 1
        toks = _according_subject(doc, t.i + n, len(doc), ctx.lex)
        return _resolve_tokens(ctx, toks, cue.start, prefer_first=True)
    if cue.kind == "colon":
        # the subject of the clause before the colon
        sent = _sent_of(ctx, t)
        root = sent.root if sent is not None else None
        first = sent[0] if sent is not None else None
        n = _according_to(doc, first.i, ctx.lex) if first is not None and first.lower_ != "pour" else 0
        if n:
            # « Selon Fox News : » on its own line, then the quote
            return _resolve_tokens(ctx, _according_subject(doc, first.i + n, t.i, ctx.lex), cue.start,
                                   prefer_first=True)
        # « …, comme le titre Le Figaro : « … » »: an outlet named in the last clause before the colon
        sent_start = sent.start_char if sent is not None else 0
        clause_start = max(sent_start, doc_text(doc).rfind(",", sent_start, cue.start) + 1)
        named_source = [(sa, sb, name) for sa, sb, name, kind in ctx.sources
                        if clause_start <= sa and sb <= cue.start and kind != "document"
                        and not _where_printed(doc, sa, sb)]
        if named_source:
            sa, sb, name = named_source[-1]
            span = doc.char_span(clause_start, sa, alignment_mode="expand")
            forms = _cue_forms(ctx.lex)
            # only when the clause reports (« comme le titre X », « écrit X »): « Natacha Polony, Europe 1 : »
            # or « Juillet 2016, RTL : » name where the words were said, not who said them
            reading = getattr(ctx.lex, "READING_VERBS", ())      # « comme on peut le lire dans Le Monde : »
            if span is not None and any(x.lower_ in forms or (x.lemma_ or "").lower() in ctx.lex.CUE_VERBS
                                        or (x.lemma_ or "").lower() in reading for x in span):
                return _Speaker(doc_text(doc)[sa:sb], name, sa, sb, "SRC")
        signed = _signed_line(ctx, cue.start)
        if signed is not None:
            return signed
        # a subject in the last clause before the colon speaks, whatever its verb's tag (« …, comme nous
        # l'apprenions début juin : », the verb read as a noun), not one of an earlier clause
        last_clause = max(clause_start, doc_text(doc).rfind("–", sent_start, cue.start) + 1)
        # (not the subject of a relative clause: « il donne les chiffres qu'on n'entendrait jamais : »)
        own = [x for x in doc[sent.start:t.i] if x.dep_.startswith("nsubj") and x.idx >= last_clause
               and not _in_ranges(x.idx, ctx.quote_ranges) and not _adverbial_subject(x)
               and x.head.dep_ not in _RELATIVE_DEPS and "Rel" not in x.morph.get("PronType")] \
            if sent is not None and last_clause > sent_start else []
        if own:
            return _resolve_tokens(ctx, [x for x in own[-1].subtree if last_clause <= x.idx < cue.start
                                         and not _in_ranges(x.idx, ctx.quote_ranges)], cue.start,
                                   prefer_first=False)
        verbs = [x for x in doc[sent.start:t.i] if x.pos_ in ("VERB", "AUX")] if sent is not None else []
        for v in reversed(verbs):
            toks = _subject_tokens(v, ctx.quote_ranges) if v.dep_ not in _RELATIVE_DEPS else []
            sp = _resolve_tokens(ctx, toks, cue.start, prefer_first=False) if toks else _Speaker()
            if sp.surface:      # (an impersonal « Il faut rappeler que … » names no one: look further)
                return sp
        # no subject in the parse (« Martin Brudermüller, le patron de BASF, s'est opposé à … : », the
        # participle read as an adjective): the one person named before the clause's first verb
        first_verb = verbs[0].idx if verbs else cue.start
        named = [e for e in ctx.entities if e.label == "PER" and sent_start <= e.start < first_verb
                 and not _in_ranges(e.start, ctx.quote_ranges)]
        reporting = [v for v in verbs if _is_cue_token(v, ctx.lex)]
        if not named and reporting:
            # « Il faut rappeler que Macron, dans son adresse aux Français, annonçait : », the parse lost:
            # the one person named before the reporting verb, not in a complement
            named = [e for e in ctx.entities if e.label == "PER" and sent_start <= e.start < reporting[-1].idx
                     and not _in_ranges(e.start, ctx.quote_ranges)
                     and not ((r := _entity_root(doc, e)) is not None and _in_complement(doc, e, [r.head, *r.children]))]
        if len(named) == 1:
            e = named[0]
            return _Speaker(e.text, e.canonical or e.text, e.start, e.end, "PER")
        if root is not None and root.pos_ in ("NOUN", "PROPN"):
            sp = _resolve_tokens(ctx, [root], cue.start, prefer_first=False)
            # « le sentiment est en train de changer : « … » »: a word of the clause that names no one
            return sp if sp.canonical or root.pos_ == "PROPN" else _Speaker()
        return _Speaker()
    lemma = (t.lemma_ or "").lower()
    # « Cet impératif, énoncé par Carole X, … », "the words, spoken by X": a participle's agent says them
    agent = next((c for c in t.children if c.dep_ in ("obl:agent", "agent")), None)
    if agent is not None and t.morph.get("VerbForm") == ["Part"] and not any(
            (c.lemma_ or "").lower() in ("avoir", "have") for c in t.children):
        agent_words = agent if agent.dep_ == "obl:agent" else next((c for c in agent.children if c.dep_ == "pobj"), None)
        if agent_words is not None:
            sp = _resolve_tokens(ctx, [x for x in sorted(agent_words.subtree, key=lambda x: x.i)
                                       if x.dep_ != "case" and not _in_ranges(x.idx, ctx.quote_ranges)],
                                 cue.start, prefer_first=True)
            if sp.canonical:
                return sp
    # « Ce qui fait dire à X que … »: the one made to say it
    if t.i > 0 and (doc[t.i - 1].lemma_ or "").lower() == "faire" and t.i + 1 < len(doc) \
            and doc[t.i + 1].lower_ in ("à", "au", "aux"):
        toks = _noun_phrase_after(doc, t.i + 2, len(doc))
        sp = _resolve_tokens(ctx, toks, cue.start, prefer_first=True) if toks else _Speaker()
        if sp.canonical:
            return sp
    # « Le Times cite Evelyn Farkas : « … » »: the one quoted is the object
    if lemma in ("citer", "quote", "cite"):
        objs = [c for c in t.children if c.dep_ in ("obj", "dobj")]
        if objs:
            toks = [x for x in objs[0].subtree if not _in_ranges(x.idx, ctx.quote_ranges)]
            sp = _resolve_tokens(ctx, sorted(toks, key=lambda x: x.i)[:8], cue.start, prefer_first=True)
            if sp.canonical:
                return sp
    # « a-t-elle lancé, …, comme vous pouvez le voir, avant d'ajouter : »: the infinitive goes on with the
    # speaker of the cue before it in the sentence, whatever verb the parse hung it on
    if t.morph.get("VerbForm") == ["Inf"] and t.i > 1 and doc[t.i - 1].lower_ in ("de", "d'", "d’") \
            and doc[t.i - 2].lower_ == "avant":
        earlier = [x for x in doc[t.sent.start:t.i - 2] if x.pos_ == "VERB" and _is_cue_token(x, ctx.lex)
                   and not _in_ranges(x.idx, ctx.quote_ranges)]
        if earlier:
            return _speaker_for_cue(ctx, _Cue(earlier[-1], *_cue_text(doc, earlier[-1]), "verb"), q_open, q_close)
    # « un propos qualifié de « dangereux » par la ministre X », "described as "…" by X": a passive
    # participle's agent right after the quote is who said it
    agent = _passive_agent_after(ctx, t, q_close)
    if agent is not None:
        return agent
    # a present participle (« , ajoutant que », « défendant ») reports for the main clause's subject
    if t.morph.get("VerbForm") == ["Part"] and t.morph.get("Tense") == ["Pres"] or \
            (t.lower_.endswith("ant") and t.pos_ == "VERB" and t.i > 0 and doc[t.i - 1].text in (",", "en")):
        # « dont le Premier ministre, Boris Johnson, la qualifiant de « … » »: a name right before the
        # participle (and its object clitic) is its own subject
        # (not the object of a verb before: « Le ministre a critiqué Jean Dupont, le qualifiant de « … » »)
        # (in a sentence with no verb before the participle, « Même son de cloche chez le sénateur X,
        # accusant … », the name before it is no verb's object, whatever the parse hung it on)
        verbless = not any(x.pos_ in ("VERB", "AUX") for x in doc[t.sent.start:t.i])
        k = t.i - 1
        while k > 0 and doc[k].lower_ in _OBJECT_CLITICS:
            k -= 1
        if (k < t.i - 1 or verbless) and doc[k].text == ",":
            k -= 1
        own = next((e for e in ctx.entities if e.label == "PER" and e.end == doc[k].idx + len(doc[k].text)), None) \
            if k < t.i - 1 or doc[k].pos_ == "PROPN" else None
        root = _entity_root(doc, own) if own is not None else None
        if root is not None and (verbless or not any(x.dep_ in ("obj", "dobj", "iobj", "obl", "obl:arg", "pobj")
                                                     for x in (root, root.head))):
            return _Speaker(own.text, own.canonical or own.text, own.start, own.end, "PER")
        incise = _cue_before_comma(ctx, t)
        if incise is not None:
            # « », a-t-elle poursuivi, expliquant que … »: the participle goes on with the incise's speaker,
            # whatever clause the parse hung it on
            return _speaker_for_cue(ctx, _Cue(incise, *_cue_text(doc, incise), "verb"), q_open, q_close)
        incise_subject = _incise_subject_before_participle(t)
        if incise_subject:      # (« …, a déclaré le chancelier Olaf Scholz, réaffirmant que « … » »)
            return _resolve_tokens(ctx, incise_subject, cue.start, prefer_first=True)
        h = t.head
        for _ in range(3):
            while h.pos_ in ("VERB", "AUX") and (reporter := _reporting_verb_of(h, before_only=False)) is not None:
                h = reporter    # "He acknowledged that the situation is a crisis, calling it …": his participle
            # (« X avait martelé qu'il fallait « … », précisant : « il faut … » »: the parse may hang the
            # participle on a quoted verb, whose subject is someone's words, not the reporter's clause)
            if h.pos_ in ("VERB", "AUX") and h != t and not _in_ranges(h.idx, ctx.quote_ranges):
                if _is_cue_token(h, ctx.lex):
                    return _speaker_for_cue(ctx, _Cue(h, *_cue_text(doc, h), "verb"), q_open, q_close)
                toks = _subject_tokens(h, ctx.quote_ranges)
                if toks:
                    return _resolve_tokens(ctx, toks, cue.start, prefer_first=False)
            if h.head == h:
                break
            h = h.head
        # the parse gave the main clause no verb with a subject (« Harris a de même épinglé Trump …, se
        # plaignant …, ajoutant : », « épinglé » read as a noun): the person who is the sentence's subject
        named = _named_subjects_before(ctx, t.idx)
        if named:
            m = named[0]
            return _Speaker(doc_text(doc)[m.pos:m.end], m.canonical, m.pos, m.end, "PER")
        # the parse hung the participle on a noun (« Une chronologie dénoncée par le président ukrainien qui
        # a critiqué la décision …, déclarant qu'il n'y avait « … » »): it goes on with the nearest clause
        # before it that has a subject
        clause = next((v for v in reversed(doc[t.sent.start:t.i]) if v.pos_ == "VERB" and _finite(v)
                       and any(c.dep_.startswith("nsubj") for c in v.children)
                       and not _in_ranges(v.idx, ctx.quote_ranges)), None)
        if clause is not None and doc[t.i - 1].text == ",":
            sp = _resolve_tokens(ctx, _subject_tokens(clause, ctx.quote_ranges), cue.start, prefer_first=False)
            if sp.canonical:
                return sp
        return _Speaker()
    if _impersonal_in_document(t):
        k = next(x.i for x in doc[t.i + 1:t.i + 4] if x.lower_ == "dans")
        return _resolve_tokens(ctx, _noun_phrase_after(doc, k + 1, len(doc)), cue.start, prefer_first=True)
    # clitic subject after the verb or its auxiliary: « s'alarme-t-il », « a-t-il dit », « insiste-t-on »
    first = t.i
    while first > 0 and (doc[first - 1].text.startswith("-") or doc[first - 1].pos_ == "AUX"
                         or doc[first - 1].pos_ == "ADV" and first - 2 >= 0 and doc[first - 2].text.startswith("-")) \
            and t.i - first < 5:
        first -= 1          # « a-t-il dit », « a-t-il aussi jugé »
    for x in list(doc[first:t.i]) + list(doc[t.i + 1:t.i + 3]):
        low = x.lower_.lstrip("-")
        if x.text.startswith("-") and low in ctx.lex.PRONOUNS:
            # « Le chef de l'État ne nous a-t-il pas prévenus qu'il … « … » »: a question's clitic repeats the
            # noun subject before the verb, which is the speaker
            named = [c for c in t.children if c.dep_.startswith("nsubj") and c.pos_ in ("NOUN", "PROPN")
                     and c.i < first and (t.idx < q_open or c.idx > q_close)
                     and not _in_ranges(c.idx, ctx.quote_ranges) and not _adverbial_subject(c)]
            if named:
                return _resolve_tokens(ctx, [y for y in named[0].subtree if y.i < first], cue.start, prefer_first=False)
            if t.idx > q_close:
                own = _subject_of_quoting_clause(ctx, low, q_open, q_close)
                if own is not None:
                    own.surface, own.start, own.end = x.text.lstrip("-"), x.idx + 1, x.idx + len(x.text)
                    return own
            return _resolve_tokens(ctx, [x], cue.start, prefer_first=True)
        if x.text.startswith("-") and low in ctx.lex.INDEFINITE_PRONOUNS:
            after = _noun_phrase_after(doc, x.i + 2, len(doc)) if x.i + 1 < len(doc) and \
                doc[x.i + 1].lower_ in ("à", "au", "aux", "chez", "at", "in") else []
            sp = _resolve_tokens(ctx, after, cue.start, prefer_first=True) if after else _Speaker()
            return sp if sp.canonical else _Speaker(x.text.lstrip("-"), None, x.idx + 1, x.idx + len(x.text))
    # an inverted subject after the verb (« , explique l'hydrologue Matteo Cislaghi »); in a language
    # whose subject comes first when it can ("…," Mr. Sanders told CNN last year), a subject before the
    # verb wins and what follows is an object or a time
    subject_first = getattr(ctx.lex, "SUBJECT_BEFORE_CUE_WINS", False) and any(
        c.dep_.startswith("nsubj") and c.i < t.i and not _in_ranges(c.idx, ctx.quote_ranges) for c in t.children)
    # « », – Duda a indiqué la perspective… »: a subject of its own between the quote and the verb is no inversion
    # (not a clitic object the parse took for a subject: « », lui a répondu Joe Biden », nor the dash: « », – estime X »)
    own_subject_first = any(c.dep_.startswith("nsubj") and q_close < c.idx < t.idx and c.text[:1].isalnum() and (
        c.pos_ in ("NOUN", "PROPN") or c.text[:1].isupper() or c.lower_ in _SUBJECT_CLITICS)
        and all(x.pos_ in ("AUX", "ADV", "PRON") for x in doc[c.i + 1:_cue_first_token(doc, t)]) for c in t.children)
    # only words of an incise stand between a quote and its inverted subject's verb (« », a dit X »,
    # « » a dit X »); « le « … » et accuse l'administration » coordinates a verb whose object follows
    right_after = t.idx > q_close and _INCISE_LEAD.fullmatch(doc_text(doc)[q_close:cue.start])
    after_time = _past_time_adjunct(doc, t.i + 1)       # (« a déclaré jeudi le ministre »)
    if after_time < len(doc) and doc[after_time].pos_ == "ADP":
        after_time = _past_medium(ctx, after_time + 1) or after_time    # (« a déclaré sur BFM TV le président »)
    if not subject_first and ((right_after and not own_subject_first) or (
            after_time < len(doc) and (doc[after_time].pos_ in ("DET", "PROPN")
                                       or doc[after_time].ent_type_ and doc[after_time].text[:1].isupper())
            and (not _subject_tokens(t, ctx.quote_ranges) or _after_closing_mark(ctx, cue.start)
                 or _comma_incise(doc, t) or _incise_between_commas(ctx, t)
                 or _closing_incise(ctx, t, q_close)))):
        j = t.i + 1
        # skip a short adverbial (« a insisté en Bavière le chef de l'État … », « a indiqué lundi dans un
        # communiqué le Commandement … »)
        for _ in range(3):
            while j < len(doc) and (doc[j].pos_ in ("ADV",) or doc[j].lower_ in _TIME_WORDS
                                    or doc[j].dep_ == "advmod" and doc[j].lower_ == "un"):
                j += 1      # « lundi », « un peu plus tôt »
            if j < len(doc) and (doc[j].lower_ in ("dans", "lors", "en", "à", "au", "sur", "devant", "in", "on", "at", "during")
                                 or doc[j].lower_ in ("de", "d'", "d’") and doc[j - 1].lower_ == "auprès") \
                    and any(x.pos_ in ("DET", "PROPN") for x in doc[j + 2:j + 6]):
                after_medium = _past_medium(ctx, j + 1)
                if after_medium is not None:
                    j = after_medium
                    continue
                k = j + 1
                seen_noun = False
                # (« au Conseil des droits de l'Homme l'ambassadeur … »: « de » links the complement's nouns)
                while k < len(doc) and k - j < 10 and (doc[k].pos_ in ("DET", "NOUN", "PROPN", "ADJ")
                                                       or doc[k].lower_ in _COMPLEMENT_LINKS and seen_noun):
                    linked = doc[k - 1].lower_ in _COMPLEMENT_LINKS
                    if seen_noun and ctx.person_at(doc[k].idx) is not None:
                        break   # « a déclaré à l'AP Natalia Gebert »: a person's name after the complement
                    if seen_noun and doc[k].lower_ not in _COMPLEMENT_LINKS and not linked and (
                            doc[k].pos_ == "DET" or doc[k].pos_ == "PROPN" and doc[k - 1].pos_ == "NOUN"
                            and doc[k - 1].lower_ not in ctx.lex.MEDIA_NOUNS):
                        break   # « dans la semaine John Kirby »: a name right after the complement's noun
                        # (« sur sa chaîne Telegram le gouverneur »: the medium's own name is the complement's)
                    seen_noun = seen_noun or doc[k].pos_ in ("NOUN", "PROPN")
                    k += 1
                if seen_noun and k < len(doc) and (doc[k].pos_ in ("DET", "PROPN") or ctx.person_at(doc[k].idx)):
                    j = k       # (a name the tagger took for a noun: « à la presse Piotr Müller »)
                    continue
            break
        toks = _noun_phrase_after(doc, j, len(doc))
        toks = [x for x in toks if not _in_ranges(x.idx, ctx.quote_ranges)]
        if toks and toks[0].lower_ not in ("que", "qu'", "qu’", "that") and not (
                len(toks) == 1 and toks[0].pos_ == "ADJ" and not toks[0].ent_type_):
            sp = _resolve_tokens(ctx, toks, cue.start, prefer_first=True)
            if sp.surface:
                return sp
        if right_after:
            # '"…," said Indeed Hiring Lab director of research Nick Bunker': a title the parse tore apart;
            # the person named before the clause ends is the inverted subject
            named = _person_ending_title(ctx, t)
            if named is not None:
                return named
    toks = _subject_tokens(t, ctx.quote_ranges)
    if toks:
        sp = _resolve_tokens(ctx, toks, cue.start, prefer_first=False)
        own_subject = any(c.dep_.startswith("nsubj") for c in t.children)
        if sp.canonical and (own_subject or toks[-1].i > t.i):
            return sp
        if sp.canonical:
            # the subject was borrowed from a governing clause: a named subject between it and the
            # cue is closer (« …ont évoqué…, et Margarita Simonyan, journaliste…, a déclaré »)
            closer = [m for m in ctx.mentions if m.label == "PER" and m.is_subject and not m.is_speaker
                      and toks[-1].idx < m.pos < t.idx and not _in_ranges(m.pos, ctx.quote_ranges)]
            if closer:
                m = closer[-1]
                return _Speaker(doc_text(ctx.doc)[m.pos:m.end], m.canonical, m.pos, m.end, "PER")
            return sp
        # the parse may pick an apposition as subject (« Margarita Simonyan, journaliste…, a déclaré »):
        # the named subject right before the verb in the same sentence
        # (a name inside the subject the resolver found no speaker in is its modifier: "a Biden administration
        # official said" is no one we can name)
        named = [m for m in _named_subjects_before(ctx, t.idx) if not m.is_speaker
                 and not (sp.start is not None and sp.start <= m.pos < (sp.end or 0))
                 # (a subject that a relative pronoun stands for is no apposition: « affirme X au
                 # journaliste de TF1 qui … lui fait remarquer » is the journalist)
                 and not (_stands_for_relative(toks) and m.end < toks[0].idx
                          and not re.fullmatch(r"[\s,]*", doc_text(ctx.doc)[m.end:toks[0].idx]))]
        first_word = sp.surface.split()[:1] if sp.surface else []
        if first_word and first_word[0].lower().replace("’", "'") in getattr(ctx.lex, "FIRST_PERSON", ()):
            return sp           # « je cite mes mots »: the author, whom no one in the text names
        if named and sp.surface and not any(w.lower() in ctx.lex.PRONOUNS for w in sp.surface.split()[:1]):
            m = named[-1]
            return _Speaker(doc_text(ctx.doc)[m.pos:m.end], m.canonical, m.pos, m.end, "PER")
        if not own_subject and toks[-1].i < t.i:
            # « des témoignages accompagnent le dossier, comme celui de Mykola, qui habite …, et explique : »:
            # the parse coordinated the cue with the main verb; a person whose relative clause (« , qui … »)
            # runs up to « et » right before the cue is its subject
            antecedent = _relative_antecedent_before(ctx, toks[-1].idx, t)
            if antecedent is not None:
                return antecedent
        return sp
    antecedent = _relative_antecedent_before(ctx, _sent_start_char(ctx, t.idx) - 1, t)
    if antecedent is not None:
        return antecedent
    going_on = _speaker_going_on(ctx, t)
    if going_on is not None:
        return going_on
    named = [m for m in ctx.mentions if m.label in ("PER", "ORG") and (m.is_subject or 0 <= t.idx - m.end <= 2)
             and not m.is_speaker
             and _sent_start_char(ctx, t.idx) <= m.pos < t.idx and not _in_ranges(m.pos, ctx.quote_ranges)]
    if named and not (named[-1].label == "PER" and t.morph.get("Number") == ["Plur"] and "Fin" in t.morph.get("VerbForm")):
        # (one person is no subject of « disent »)
        m = named[-1]
        return _Speaker(doc_text(ctx.doc)[m.pos:m.end], m.canonical, m.pos, m.end, m.label)
    return _Speaker()


# ----------------------------------------------------------------- speech or term
def _word_count(text: str) -> int:
    return len(_WORD.findall(text))


def _title_cased(inner: str) -> bool:
    """A few words each capitalised (« Le Grand Jury », "Make America Great Again"): the name of a programme,
    a slogan or a body; speech is written in sentence case.  Shouted capitals are not title case."""
    words = re.findall(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", inner)
    long = [w for w in words if len(w) > 3]
    return len(words) <= 6 and len(long) >= 2 and not inner.isupper() and all(w[0].isupper() for w in long)


_SMALL_TITLE_WORDS = {"the", "a", "of", "for", "and", "&", "in", "on", "to", "with", "le", "la", "les", "de", "du", "des"}


def _programme_named(text: str, q_open: int, inner: str) -> bool:
    """A short title in capitals after an outlet's possessive, "on" or "told" ("said on CNN's "New Day."",
    'appeared on "60 Minutes"', 'told "Fox & Friends"'): a programme, not speech."""
    words = re.findall(r"[\w&’'-]+", inner)
    if not words or len(words) > 6 or not re.search(r"(?:['’]s|\bon|\bsur|\btold|\bto)\s*$", text[max(0, q_open - 6):q_open]):
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _SMALL_TITLE_WORDS for w in words)


def _continues_titles(text: str, title_close: int | None, q_open: int) -> bool:
    """« « Qu'est-ce qu'un homme ? » « Survivre au transhumanisme » ou encore « … » »: a quote right after
    a title, with only a comma or a conjunction between, is the next item of the same list."""
    return title_close is not None and title_close < q_open and \
        re.fullmatch(r"[\s,;]*(?:(?:et|ou|ou encore|ni|and|or)\s*)?", text[title_close + 1:q_open]) is not None


def _colon_ending_line_before(ctx: _Context, line_start: int) -> "_Cue | None":
    """The colon that ends the line before line_start (blank lines skipped), as a cue."""
    text = doc_text(ctx.doc)
    before = text[:line_start].rstrip()
    if not before.endswith(":"):
        return None
    colon = len(before) - 1
    span = ctx.doc.char_span(colon, colon + 1, alignment_mode="expand")
    return _Cue(span[0], ":", colon, colon + 1, "colon") if span is not None else None


def _titles_announced(ctx: _Context, cue: "_Cue", sent_a: int) -> bool:
    """A colon after a verbless phrase about names (« Parmi les sujets au programme en 2018 : ») announces
    titles, not someone's words (« Mykola explique : », « Rachida Dati, députée : » have a verb or a person)."""
    span = ctx.doc.char_span(sent_a, cue.start, alignment_mode="expand")
    if span is None or any(t.pos_ in ("VERB", "AUX") for t in span):
        return False
    if any(e.label == "PER" and sent_a <= e.start < cue.start for e in ctx.entities):
        return False
    return any(t.lower_ in ctx.lex.TITLE_WORDS for t in span if t.pos_ == "NOUN")


def _after_determiner(ctx: _Context, q_open: int) -> bool:
    pattern = getattr(ctx.lex, "DETERMINER_BEFORE_MARK", None)
    return bool(pattern) and re.search(pattern, doc_text(ctx.doc)[max(0, q_open - 40):q_open], re.IGNORECASE) is not None


# « se dit « … » », « s'est également dite « … » »: claiming, not naming (« Jean, dit « le Grand » »)
# « j'ai dit : "…" », « avait-il dit « … » »: the verb of saying after an auxiliary or before a colon, not
# « dit » naming something (« le projet dit « X » »)
_SAID_NOT_NAMED = re.compile(r"(?:\b(?:ai|as|a|avons|avez|ont|avait|avais|avaient|aurait|-t-il|-t-elle|-il|-elle)"
                             r"(?:\s+[\w’']+){0,2}?\s+dite?s?\s*:?\s*$|\bdite?s?\s*:\s*$)", re.IGNORECASE)
_REFLEXIVE_SAYING = re.compile(r"\b(?:se|s['’](?:est|était|étaient|sont|étai)\w*|me\s+suis|nous\s+sommes)"
                               r"(?:\s+[\w’']+){0,3}?\s+dite?s?\s*$", re.IGNORECASE)     # (« s'est de son côté dite »)


def _is_title(ctx: _Context, q_open: int, inner: str, q_close: int) -> bool:
    before = doc_text(ctx.doc)[max(0, q_open - 40):q_open]
    before = re.split(r"[.!?;»”\n]", before)[-1]       # naming words belong to the quote's own clause
    words = re.findall(r"[^\W\d_]+", before.lower())[-3:]
    if words[-2:-1] in (["même"], ["same"]):
        words = []          # « patron des magasins du même nom : « … » »: the idiom names no title
    if words and words[-1] in ctx.lex.TITLE_WORDS and not _REFLEXIVE_SAYING.search(before) \
            and not _SAID_NOT_NAMED.search(before) \
            and not _AGENT_AFTER_CLOSING_MARK.match(doc_text(ctx.doc), q_open + 1) \
            and (words[-1] in getattr(ctx.lex, "NAMING_WORDS", ())
                 or not _sentence_after_colon(ctx.doc, before, q_open, inner)):
        return True         # (« qualifié de « … » par X », "called "…" by X": X's words, not a name)
    by_author = getattr(ctx.lex, "WORK_BY_AUTHOR", None)
    if by_author and re.search(by_author, before):
        return True
    after = doc_text(ctx.doc)[q_close + 1:q_close + 3]
    if by_author and before.rstrip().endswith(",") and after.lstrip().startswith(",") \
            and re.search(by_author, before.rstrip()[:-1] + " "):
        return True         # « Le rapport de Navdanya, « … », détaille »: the work's title, between commas
    if len(words) >= 2 and words[-2] in ctx.lex.TITLE_WORDS \
            and words[-1] in ("le", "la", "les", "du", "de", "d", "des", "pour", "the", "of", "a", "l"):
        # (« une diplomatie dite d'« ambiguïté stratégique » »)
        return True
    first = re.findall(r"[^\W\d_]+", inner.lower())[:2]
    if first and (first[0] in ctx.lex.TITLE_WORDS or (len(first) > 1 and first[0] in ("la", "le", "les", "the") and first[1] in ctx.lex.TITLE_WORDS)):
        # « la troisième journée pour la vie » is a name; « journée » as the head of a sentence is rare,
        # and a main verb makes it one (« Le plan de relance justifie les dépenses »; « Le plan qui
        # sauva la France » is still a name)
        return _word_count(inner) <= 8 and not inner.rstrip().endswith((".", "!")) \
            and not _has_main_verb(ctx.doc, q_open + 1, q_open + 1 + len(inner))
    return False


def _sentence_of_its_own(text: str, q_open: int, inner: str) -> bool:
    """Words in marks that make a whole sentence, opening after another one and closing on its own
    full stop ('“Here comes Big Daddy,” she said. “The Donald. Big Daddy.”'): someone's short reply,
    never a term, which sits inside a sentence."""
    before = text[:q_open].rstrip()
    return inner.rstrip().endswith((".", "!", "?", "…")) and (before.endswith((".", "!", "?", "…"))
                                                              or before[-2:-1] in (".", "!", "?", "…"))


def _sentence_after_colon(doc: Doc, before: str, q_open: int, inner: str) -> bool:
    """« appelant Poutine à publier toute information sur le sujet : « Elle a donné … » »: after a colon,
    a sentence of six words or more with a finite verb is someone's words, though a topic noun ends the
    clause that announces it."""
    span = doc.char_span(q_open + 1, q_open + 1 + len(inner), alignment_mode="contract")
    return before.rstrip().endswith(":") and _word_count(inner) >= 6 and span is not None \
        and any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in span)


def _has_verb(doc: Doc, a: int, b: int) -> bool:
    span = doc.char_span(a, b, alignment_mode="contract")
    return span is None or any(t.pos_ in ("VERB", "AUX") for t in span)


def _has_main_verb(doc: Doc, a: int, b: int) -> bool:
    span = doc.char_span(a, b, alignment_mode="contract")
    return span is not None and any(
        t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") and t.dep_ not in _RELATIVE_DEPS
        and not (t.pos_ == "AUX" and t.head in span) for t in span)


# ----------------------------------------------------------------- stage
@article_stage("quotes", order=30)
def extract_quotes(article: Article, doc: Doc) -> None:
    try:
        article.quotes = find_quotes(article, doc)
    except Exception as error:      # hostile text must never stop the pipeline, nor hide that it failed
        print(f"recoupe: quotes of {article.id} not extracted ({type(error).__name__}: {error})", file=sys.stderr)
        article.quotes = []


def _inside_marks(text: str, open_at: int, close_at: int) -> tuple[int, int]:
    """The bounds of the words between two quote marks, without the spaces next to the marks."""
    a, b = open_at + 1, close_at
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def find_quotes(article: Article, doc: Doc) -> list[Quote]:
    text = article.text
    speech = lexicon(article.language or "fr", "speech")
    marks = [m for m in scan_quote_marks(text, getattr(speech, "QUOTE_OPEN_ACROSS_PARAGRAPHS", False))
             if m.close > m.open + 1]
    # a name in marks (« «MBS» souligne ») is a nickname, no one's words: it may be a subject
    names = {(e.start, e.end) for e in article.entities if e.label in ("PER", "ORG")}
    all_ranges = _RangeList((m.open, m.close + 1) for m in marks if _inside_marks(text, m.open, m.close) not in names)
    ctx = _build_context(article, doc, all_ranges)
    sentences = [(s.start, s.end) for s in article.sentences] or [(s.start_char, s.end_char) for s in doc.sents]
    quotes: list[Quote] = []
    pending: list[bool] = []
    speech_ranges: list[tuple[int, int]] = []
    title_close: int | None = None       # the closing mark of the last title, for lists of titles
    for m in marks:
        # a nested quote's cue and speaker are words of the quote around it (« … Comme l'a expliqué X : « … » »)
        ctx.quote_ranges = all_ranges if m.depth == 0 else _RangeList(
            r for r in all_ranges if not (r[0] < m.open and m.close < r[1] - 1))
        a, b = _inside_marks(text, m.open, m.close)
        inner = text[a:b]
        # a pull quote signed on its last line: « "…\n    Dmitri Medvedev, ancien président." »
        byline = None
        if "\n" in inner:
            head, _, tail = inner.rpartition("\n")
            tail_s = tail.strip()
            tail_at = a + inner.rfind(tail_s)
            pers = [p for p in (ctx.person_at(tail_at),) if p is not None]
            if pers and "," in tail_s:
                byline = pers[0]
                b = a + len(head.rstrip())
                inner = text[a:b]
        n_words = _word_count(inner)
        if n_words == 0:
            continue
        if byline is None and m.depth == 0:
            byline = _signature_after(ctx, m.close + 1, m.open)
        if m.depth > 0:
            outer = next((o for o in marks if o.open < m.open and o.close > m.close and o.depth == m.depth - 1), None)
            sent_a, sent_b = (outer.open + 1, outer.close) if outer else _sentence_around(sentences, m.open, m.close)
        else:
            sent_a, sent_b = _sentence_around(sentences, m.open, m.close)
            if re.search(r"[?!….]\s*$", inner):
                sent_b = max(sent_b, _incise_after_exclamation(ctx, sentences, m.close,
                                                               full_stop=inner.rstrip().endswith(".")))
        if n_words == 1 or _is_title(ctx, m.open, inner, m.close) or _continues_titles(text, title_close, m.open):
            title_close = m.close if n_words > 1 else title_close
            continue
        cue = _find_cue(ctx, m.open, m.close, sent_a, sent_b)
        if cue is not None and cue.kind == "colon" and _titles_announced(ctx, cue, sent_a):
            title_close = m.close
            continue        # « Parmi les sujets au programme : « … » « … » »: names of talks, not speech
        if m.depth > 0 and (cue is None or cue.start > m.open and not _incise_gap(text[m.close:cue.start])):
            continue        # a nested quote is speech only when the outer text reports it (« affirmant que «…» »)
        para_start = text.rfind("\n", 0, m.open) + 1
        para_end = text.find("\n", m.close)
        para_end = len(text) if para_end < 0 else para_end
        alone = text[para_start:m.open].strip(" -–—\t") == "" and text[m.close + 1:para_end].strip(" -–—.\t") == ""
        if cue is None and alone and m.depth == 0:
            # a quote on its own line after a line that ends with a colon: « Martin Brudermüller, le patron
            # de BASF, s'est opposé à un embargo : » then « « Cesser nos importations… » »
            cue = _colon_ending_line_before(ctx, para_start)
            if cue is not None and _titles_announced(ctx, cue, _sent_start_char(ctx, cue.start)):
                title_close = m.close
                continue
        if NOTE_NUMBER.fullmatch(text[para_start:m.open]):
            title_close = m.close
            continue        # « (1) « 26e Rapport sur l'état du mal-logement », Fondation … »: a reference in a note
        own_sentence = _sentence_of_its_own(text, m.open, inner)
        if cue is None and n_words <= 3 and not alone and not own_sentence:
            continue        # a short phrase in marks with nothing reporting it: a term
        if not alone and _programme_named(text, m.open, inner):
            continue        # 'said on CNN's "New Day."' (the quote after it is no title for that)
        if not alone and _title_cased(inner) and not own_sentence:
            title_close = m.close
            continue        # « Invitée dans « Le Grand Jury » », « Make America Great Again »: a name, not speech
        if cue is None and not alone and _after_determiner(ctx, m.open):
            continue        # « son propre « ordre international fondé sur des règles » », « la « révision
            # des lois » »: marks inside a noun phrase, with nothing reporting them, name a term or a title
        speaker = _Speaker()
        needs_fallback = False
        owner = _speech_noun_owner_before(ctx, m.open) if byline is None and m.depth == 0 else None
        # « a indiqué que "Macron is a nice guy" ("Macron est un chic type") »: a translation in brackets right
        # after a quote is the same words, the same speaker's
        translated = quotes[-1] if quotes and m.depth == 0 and re.fullmatch(r"[»”\"'’\s]*\(\s*", text[quotes[-1].end:m.open]) \
            and text[m.close + 1:m.close + 4].lstrip().startswith(")") else None
        if translated is not None:
            speaker = _Speaker(translated.speaker, translated.speaker_canonical, translated.speaker_start,
                               translated.speaker_end)
        elif byline is not None:
            speaker = _Speaker(byline.text, byline.canonical or byline.text, byline.start, byline.end, "PER")
        elif owner is not None:
            speaker, cue = owner
        elif cue is not None:
            speaker = _named_in_apposition_before(ctx, _speaker_for_cue(ctx, cue, m.open, m.close))
            # (inside a quote, a pronoun's antecedent is among the quote's own words, which the context leaves
            # out: no name rather than someone named outside it)
            if m.depth > 0 and (not speaker.canonical or (speaker.surface or "").lower() in ctx.lex.PRONOUNS):
                speaker = _Speaker(speaker.surface, None, speaker.start, speaker.end)
                # (« J'ai vu … et j'ai dit : "C'est du génie" », a déclaré Trump: « je » is who speaks around it)
                outer = next((o for o in reversed(quotes) if o.start <= a and b <= o.end and o.kind == "direct"), None)
                if outer is not None and (speaker.surface or "").lower().replace("’", "'") \
                        in getattr(ctx.lex, "FIRST_PERSON_SINGULAR", ()):
                    speaker.canonical = outer.speaker_canonical
            needs_fallback = m.depth == 0 and cue.kind == "colon" and speaker.label not in ("PER", "SRC")
            if m.depth == 0 and not speaker.canonical and quotes:
                speaker = _description_going_on(ctx, speaker, cue, quotes[-1]) or speaker
        elif m.depth == 0 and (signed := _signed_line_before(ctx, m.open)) is not None:
            # « François Pinault, juin 2018, Le Monde : le président « ne comprend pas » »
            speaker = signed
        elif m.depth == 0:
            if not alone:
                # words woven into a sentence about someone (« Canegrati vit « au jour le jour » »)
                speaker = _governing_subject(ctx, m.open, m.close)
            needs_fallback = not speaker.canonical
        q = Quote(text=inner, start=a, end=b, speaker=speaker.surface, speaker_canonical=speaker.canonical,
                  cue=translated.cue if translated is not None else cue.text if cue else None, kind="direct",
                  speaker_start=speaker.start, speaker_end=speaker.end)
        quotes.append(q)
        pending.append("alone" if needs_fallback and alone else needs_fallback)
        speech_ranges.append((m.open, m.close + 1))
        body_described = speaker.label in ("ORG", "SRC") and not _is_medium(q.speaker_canonical) \
            and getattr(ctx.lex, "PRONOUNS_STAND_FOR_BODIES", False)
        if (not q.speaker_canonical or speaker.state_body or body_described) and speaker.surface \
                and speaker.start is not None and m.depth == 0:
            # a description that speaks (« la présidence turque a annoncé », « la Hongrie déclare », « a
            # indiqué le Commandement Est ») is the one a following « a-t-elle poursuivi », « Il n'a pas
            # précisé » points to: its name if it has one, else no name, which is better than the wrong one
            sp_span = doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
            if sp_span is not None and sp_span[0].pos_ == "DET" and (len(sp_span) <= 6 or body_described):
                g = (sp_span[0].morph.get("Gender") or [None])[0]
                n = "Plur" if sp_span[0].morph.get("Number") == ["Plur"] else "Sing"
                head = _phrase_head([t for t in sp_span if not t.is_punct] or list(sp_span))
                ctx.mentions.append(Mention(speaker.start, q.speaker_canonical or "", "DESC", g, is_speaker=True,
                                            end=speaker.end, number=n, person=_person_noun(head, ctx.lex)))
        if q.speaker_canonical and speaker.label == "PER":
            ctx.mentions.append(Mention(speaker.start if speaker.start is not None else (cue.start if cue else a),
                                        q.speaker_canonical, "PER", ctx.genders.get(q.speaker_canonical),
                                        is_speaker=True, end=speaker.end or 0))
    ctx.quote_ranges = all_ranges
    # quotes with no cue of their own: a repeat of a quote said elsewhere (headlines,
    # sub-headings), else the previous speaker goes on
    for q in _transcript_turns(ctx, speech_ranges):
        quotes.append(q)
        pending.append(False)
    ctx.speakers_resolved = {}      # (from here on the context no longer changes)
    indirect = _indirect_quotes(ctx, speech_ranges)
    ctx.speakers_resolved = None
    needs_of = {id(q): n for q, n in zip(quotes, pending)}
    direct = list(quotes)
    reported = [(q.start, q.end) for q in indirect]
    quotes = sorted(quotes + indirect, key=lambda q: q.start)
    # two rounds: quotes inside a paragraph first (the previous speaker, or a person reporting in
    # between, goes on), then quotes standing alone (headlines, sub-headings), which mostly repeat
    # a quote said elsewhere
    terms: set[int] = set()
    for round_ in ("inline", "alone"):
        previous: Quote | None = None
        for q in quotes:
            needs = needs_of.get(id(q), False)
            if needs and (needs == "alone") == (round_ == "alone"):
                echo = _echo_of(q.text, [x for x in direct if x is not q and needs_of.get(id(x)) != "alone"])
                if echo is not None and (needs == "alone" or q.cue is None and _opens_its_line(text, q.start)):
                    # (a quote opening its paragraph with no cue and repeating words said elsewhere is a
                    # pull quote run in: « "Jamais nous montrer faibles face à Poutine." Reste que … », the
                    # president's words further on, not the previous speaker's)
                    _repeat_speaker(q, echo, their_words=needs == "alone")
                elif needs == "alone" and _word_count(q.text) <= 3 \
                        and not q.text.rstrip().endswith((".", "…", "!", "?", ",")):
                    terms.add(id(q))    # « Ligne rouge », « Ambiguïté stratégique » as a sub-heading: a term
                    # nobody is quoted saying (no quote repeats it), not the previous speaker's words
                elif previous is not None and (
                        q.cue is None and text.count("\n", previous.end, q.start) <= (3 if needs == "alone" else 1)
                        # « Ce n'est pas tout : « … » »: a colon after a clause that names no one goes on
                        # with the speaker of its paragraph
                        or q.cue == ":" and q.speaker is None and "\n" not in text[previous.end:q.start]):
                    # a person reporting in between (« X ajoute un changement culturel. … « … » ») takes over
                    # after reported speech, the person reporting in its sentence counts too (« M. Poutine a
                    # évoqué … après que la France a déclaré qu'elle … » then « … » is Poutine's)
                    since = _sent_start_char(ctx, previous.start) if previous.kind == "indirect" else previous.end
                    between = _reporter_between(ctx, since, q.start, reported)
                    own = _named_sentence_subject(ctx, q.start) if needs != "alone" and q.cue is None else None
                    heading = _heads_the_next_speaker(text, quotes, previous, q) if needs == "alone" else None
                    if heading is not None:
                        q.speaker_canonical = heading
                    elif own is None or own.canonical == (between or previous.speaker_canonical):
                        # (a document that showed figures says nothing more: "The jobs report shows …")
                        q.speaker_canonical = between or (None if _shown_by_a_document(ctx, previous)
                                                          else previous.speaker_canonical)
                        if between is None and previous.kind == "direct" and not previous.speaker_canonical \
                                and previous.speaker and needs != "alone":
                            # ("“I am not shy,” I said. “I have not been reluctant …”", « », a dit un témoin.
                            # « … »): the one who goes on is still unnamed, but it is the same one
                            q.speaker, q.speaker_start, q.speaker_end = \
                                previous.speaker, previous.speaker_start, previous.speaker_end
                    # else words woven into a sentence about someone else (« Le président russe songeait à
                    # créer « … » » after Kissinger's quote): not the previous speaker's
                elif echo is not None:
                    _repeat_speaker(q, echo)
                if needs is True and q.cue is None and not q.speaker_canonical and not q.speaker \
                        and getattr(ctx.lex, "WOVEN_PHRASES_ARE_TERMS", False) and _word_count(q.text) <= 7 \
                        and not q.text.rstrip().endswith((".", "!", "?", "…")) and not _has_verb(ctx.doc, q.start, q.end):
                    terms.add(id(q))    # « la « démocratie post-Maïdan » », « l'« arme de choix » de Washington »:
                    # a noun phrase woven into a sentence that nothing reports and no one is found to have said
            if q.speaker is None and q.speaker_canonical:
                q.speaker, q.speaker_start, q.speaker_end = q.speaker_canonical, None, None
            previous = q
    quotes = [q for q in quotes if id(q) not in terms]
    # a quote still without a speaker that repeats one whose speaker the rounds found after it (« "Je le
    # respecte. Je suis lucide." Emmanuel Macron a livré son ressenti … », the full quote further on)
    for q in quotes:
        if needs_of.get(id(q)) and not q.speaker_canonical and q.kind == "direct" \
                and (echo := _echo_of(q.text, [x for x in direct if x is not q])) is not None:
            _repeat_speaker(q, echo)
    _inherit_reporter(ctx, quotes)
    quotes = _without_thing_speakers(ctx, quotes)
    as_written = local_outlet_names(article)     # a local outlet speaks under the name its citations have
    for q in quotes:
        if q.speaker_canonical in as_written:
            if q.speaker == q.speaker_canonical:
                q.speaker = as_written[q.speaker_canonical]
            q.speaker_canonical = as_written[q.speaker_canonical]
    # the upstream source a quote is relayed through: « a déclaré Simonyan selon le Daily Beast »
    source_names = {name for _, _, name, _ in ctx.sources}
    for q in quotes:
        sa, sb = _sentence_around(sentences, q.start, q.end)
        via = [name for a, b, name, kind in ctx.sources
               if sa <= a < sb and not (q.start <= a < q.end) and kind != "social" and name != q.speaker_canonical]
        if q.speaker_canonical in source_names:
            via.insert(0, q.speaker_canonical)
        q.sources = list(dict.fromkeys(via))
    quotes = [part for q in quotes for part in _split_at_inner_incise(ctx, q)]
    return [q for q in quotes if text[q.start:q.end] == q.text]


# what follows a quote that signs it: « … » (Michel Chossudovsky), « … »\n— George Orwell
# (a no-break space may stand for the space; "―", the horizontal bar, signs quotes as the dashes do)
_SIGNATURE_LEAD = re.compile(r"[^\S\n]*(?:\([^\S\n]*|\n?[^\S\n]*[—–―][^\S\n]*)")


def _named_in_apposition_before(ctx: _Context, sp: _Speaker) -> _Speaker:
    """A description the text names just before it, with a comma between (« Martin Brudermüller, le patron
    de BASF, s'est opposé … : »): the parse made the description the subject; the person is who speaks."""
    if sp.canonical or sp.start is None or not sp.surface or sp.surface.split()[0].lower() not in ctx.lex.DEFINITE:
        return sp
    text = doc_text(ctx.doc)
    person = next((e for e in ctx.entities if e.label == "PER" and 0 < sp.start - e.end <= 3
                   and re.fullmatch(r"\s*,\s*", text[e.end:sp.start])), None)
    return _Speaker(person.text, person.canonical or person.text, person.start, person.end, "PER") if person else sp


def _heads_the_next_speaker(text: str, quotes: list[Quote], previous: Quote, q: Quote) -> str | None:
    """A short quote on a line of its own that narration separates from the previous quote is a sub-heading,
    which announces the section below it: the speaker of the next quote, within two paragraphs, when
    that is someone else (« Jamais nous montrer faibles » above Macron's answer, not the ambassador's
    words before).  Right after the previous quote, it goes on with it (a quote in several paragraphs)."""
    if re.fullmatch(r"[\s»”\"’'.,;:!?…]*", text[previous.end:q.start]) or _word_count(q.text) > 15:
        return None     # (a long quote on its own line is a block quoted from what precedes it)
    later = [x for x in quotes if x.start > q.end and x.speaker_canonical and x.kind == "direct"]
    if not later or text.count("\n", q.end, later[0].start) > 2:
        return None
    return later[0].speaker_canonical if later[0].speaker_canonical != previous.speaker_canonical else None


def _signature_after(ctx: _Context, after: int, opened: int) -> Mention | None:
    """The person who signs a quote right after its closing mark, in brackets or after a dash (an
    epigraph), with at most a date or a description after the name: no sentence reports these words.
    A quote that opens its paragraph may be signed by the bare name ending it (« « … » Laurence Haïm. »)."""
    text = doc_text(ctx.doc)
    lead = _SIGNATURE_LEAD.match(text, after)
    if lead is None or lead.end() == after:
        bare = re.match(r"[ \t]+", text[after:])
        person = ctx.person_at(after + bare.end()) if bare else None
        para_start = text.rfind("\n", 0, opened) + 1
        if person is not None and not text[para_start:opened].strip() \
                and re.match(r"[ \t]*\.?[ \t]*(?:\n|$)", text[person.end:]):
            return person
        return None
    person = ctx.person_at(lead.end())
    if person is None:
        return None
    bracket = "(" in lead.group(0)
    rest = re.match(r"[^()\n]{0,60}?\)" if bracket else r"[^\n]{0,60}?(?:\n|$)", text[person.end:])
    if rest is None or not re.fullmatch(r"\s*(?:,[^«»“”\"]*)?\)?\.?\s*", rest.group(0)):
        return None
    return person


def _split_at_inner_incise(ctx: _Context, q: Quote) -> list[Quote]:
    """« Le barrage a tenu, a-t-elle précisé, mais pas le déversoir »: one pair of marks around
    two quotes and their cue.  The words are the speaker's, the incise is not: two quotes, one speaker."""
    pattern = getattr(ctx.lex, "INCISE_INSIDE", None)
    if q.kind != "direct" or not pattern:
        return [q]
    cues = _cue_forms(ctx.lex) | set(ctx.lex.CUE_FORMS)
    incise_verbs = set(ctx.lex.CUE_VERBS) | set(getattr(ctx.lex, "INCISE_ONLY", ()))
    text = doc_text(ctx.doc)
    for m in re.finditer(pattern, q.text):
        word = (m.group("participle") or m.group("verb") or "").lower()
        token = ctx.doc.char_span(q.start + m.start("participle" if m.group("participle") else "verb"),
                                  q.start + m.end("participle" if m.group("participle") else "verb"),
                                  alignment_mode="expand")
        lemma = token[0].lemma_.lower() if token is not None and len(token) else ""
        if word not in cues and lemma not in incise_verbs:
            continue
        head_start, head_end = q.start, q.start + m.start()
        tail_start, tail_end = q.start + m.end(), q.end
        if _word_count(text[head_start:head_end]) < 2 or _word_count(text[tail_start:tail_end]) < 2:
            continue
        cue = text[q.start + m.start():q.start + m.end()].strip(" ,")
        if not q.speaker_canonical:            # the incise's own pronoun names the speaker
            pron = re.search(r"-(?:t-)?(il|elle|ils|elles|on)\b", cue)
            if pron:
                found, _label = _resolve_pronoun(ctx, pron.group(1), q.start)
                if found:
                    q.speaker = q.speaker or pron.group(1)
                    q.speaker_canonical = found
        head = Quote(text=text[head_start:head_end], start=head_start, end=head_end, speaker=q.speaker,
                     speaker_canonical=q.speaker_canonical, cue=cue, kind="direct", speaker_start=q.speaker_start,
                     speaker_end=q.speaker_end, sources=list(q.sources))
        tail = Quote(text=text[tail_start:tail_end], start=tail_start, end=tail_end, speaker=q.speaker,
                     speaker_canonical=q.speaker_canonical, cue=cue, kind="direct", speaker_start=q.speaker_start,
                     speaker_end=q.speaker_end, sources=list(q.sources))
        return [head, *_split_at_inner_incise(ctx, tail)]
    return [q]


# (a paragraph of a transcript may open with a quote mark that nothing closes: '"PENCE: Well, …')
_TURN = re.compile(r"^[ \t]*[\"“«]?[ \t]*([A-ZÀ-Ý][A-ZÀ-Ý.'’ -]{1,30}[A-ZÀ-Ý]|[A-ZÀ-Ý][\w'’-]+(?: [A-ZÀ-Ý][\w'’-]+){0,2})[ \t]*:[ \t]+(\S[^\n]{15,})$",
                   re.MULTILINE)


def _transcript_turns(ctx: _Context, speech_ranges) -> list[Quote]:
    """Interview transcripts: « PENCE: Well, look… », « Mykola : … » (a name, a colon, the words)."""
    text = doc_text(ctx.doc)
    out = []
    turns = list(_TURN.finditer(text))
    # a name in capitals opens a turn only in a transcript, where several do, and never a place's name
    # (« CASTELBRUNE : le barrage était fissuré ! » is a dateline and a headline)
    caps_turns = sum(1 for m in turns if m.group(1).strip().isupper())
    for m in turns:
        name, said = m.group(1).strip(), m.group(2).rstrip()
        a, b = m.start(2), m.start(2) + len(said)
        covered = sum(max(0, min(b, y) - max(a, x)) for x, y in speech_ranges)
        if any(x <= a < y for x, y in speech_ranges) or covered > 0.5 * (b - a):
            continue        # (the turn is inside a quote; a title or a quote inside the turn is part of it)
        caps = name.isupper() and len(name) > 2 and caps_turns >= 2 and lookup_place(name) is None
        ent = ctx.person_at(m.start(1))
        if not caps and ent is None:
            continue
        if not caps and len(turns) == 1 and " " not in name and text.count(name) == 1:
            continue        # « Préambule : Je ne suis ni … »: a one-word label named nowhere else heads a section
        canon = ent.canonical if ent is not None else None
        if canon is None:
            low = name.lower().split()[-1]
            canon = next((x.canonical for x in reversed(ctx.mentions)
                          if x.label == "PER" and x.canonical.lower().split()[-1:] == [low]), None)
        out.append(Quote(text=text[a:b], start=a, end=b, speaker=name, speaker_canonical=canon, cue=":",
                         kind="direct", speaker_start=m.start(1), speaker_end=m.start(1) + len(name)))
        speech_ranges.append((a, b))
    return out


# verbs that say the speaker goes on (« a ajouté », « a poursuivi », « a précisé », "added"): their
# subject is the one who spoke just before (not « a répondu », « a rétorqué »: someone else)
_GOING_ON_VERBS = {"ajouter", "poursuivre", "continuer", "renchérir", "compléter", "enchaîner", "conclure",
                   "préciser", "add", "continue"}


def _description_going_on(ctx: _Context, speaker: _Speaker, cue: _Cue, previous: Quote) -> _Speaker | None:
    """« « … », a-t-elle déclaré. « … », a ajouté la présidente du Rassemblement national »: a description
    that goes on speaking right after a named person, of the same gender and with no one else named
    between, is that person; the description is remembered as theirs (a later « selon la présidente du
    Rassemblement national » resolves too)."""
    if (cue.token.lemma_ or "").lower() not in _GOING_ON_VERBS or speaker.start is None or not previous.speaker_canonical \
            or previous.end > cue.start or cue.start - previous.end > 400:
        return None
    doc = ctx.doc
    span = doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
    if span is None or span[0].pos_ != "DET" or span[0].morph.get("Definite") != ["Def"] \
            or any(t.pos_ == "PROPN" for t in span) or span[0].morph.get("Number") == ["Plur"]:
        return None
    canon = previous.speaker_canonical
    if not any(m.canonical == canon and m.label == "PER" for m in ctx.mentions):
        return None
    gender = (span[0].morph.get("Gender") or [None])[0]
    known = ctx.genders.get(canon)
    if gender and known and gender != known:
        return None
    if any(m.label == "PER" and m.canonical != canon and previous.end < m.pos < cue.start for m in ctx.mentions):
        return None
    ctx.descriptors.setdefault(canon, set()).update(_content_lemmas(span))
    ctx.role_heads.setdefault(canon, set()).update(_phrase_heads(list(span), ctx.lex))
    return _Speaker(speaker.surface, canon, speaker.start, speaker.end, "PER")


def _sentence_around(sentences, a: int, b: int) -> tuple[int, int]:
    """The sentences the span a..b touches (a quote that is its own sentence is one of them); with no
    sentence there, 200 characters on each side."""
    touched = [(s, e) for s, e in sentences if s <= a < e or s < b <= e]
    if not touched:
        return max(0, a - 200), b + 200
    return min([a] + [s for s, _ in touched]), max([b] + [e for _, e in touched])


def _named_subjects_before(ctx: _Context, pos: int) -> list[Mention]:
    """Persons named as subjects, not in a complement, earlier in the sentence of `pos` and outside quotes."""
    return [m for m in ctx.mentions if m.label == "PER" and m.is_subject and not m.oblique
            and _sent_start_char(ctx, pos) <= m.pos < pos and not _in_ranges(m.pos, ctx.quote_ranges)]


def _passive_agent_after(ctx: _Context, t: Token, q_close: int) -> _Speaker | None:
    """The agent (« par X », "by X") right after a quote that a past participle with no auxiliary
    « avoir » or "have" introduces (« qualifié de « … » par la ministre Agnès Pannier-Runacher »)."""
    passive = any(c.dep_ in ("aux:pass", "auxpass") for c in t.children)     # (« a été qualifiée de »)
    if t.idx > q_close or t.morph.get("VerbForm") != ["Part"] or t.morph.get("Tense") != ["Past"] \
            and t.tag_ != "VBN" or not passive and any((c.lemma_ or "").lower() in ("avoir", "have") for c in t.children):
        return None
    doc, text = ctx.doc, doc_text(ctx.doc)
    m = re.match(r"[»”\"’'\s]*,?\s*(?:par|by)\s+", text[q_close + 1:q_close + 40])
    if m is None:
        return None
    first = doc.char_span(q_close + 1 + m.end(), q_close + 2 + m.end(), alignment_mode="expand")
    toks = _noun_phrase_after(doc, first[0].i, len(doc)) if first is not None else []
    sp = _resolve_tokens(ctx, toks, t.idx, prefer_first=False) if toks else _Speaker()
    return sp if sp.surface else None


def _past_medium(ctx: _Context, k: int) -> int | None:
    """Where an inverted subject starts past the medium the words were said to or on, a cited source
    named from token k whatever the tagger made of its words (« sur BFM TV le président du Modem »,
    « auprès de l'AFP Victor … »); None when no cited source is named there or no subject follows."""
    doc = ctx.doc
    k += k < len(doc) and doc[k].pos_ == "DET"
    end = next((b for a, b, _name, _kind in ctx.sources if k < len(doc) and a == doc[k].idx), None)
    if end is None:
        return None
    while k < len(doc) and doc[k].idx < end:
        k += 1
    return k if k < len(doc) and (doc[k].pos_ in ("DET", "PROPN") or ctx.person_at(doc[k].idx)) else None


def _person_ending_title(ctx: _Context, t: Token) -> _Speaker | None:
    """The first person named after the verb `t`, before the clause ends, past words that can make a title
    (capitalised words, nouns, « of », « de »)."""
    doc = ctx.doc
    for x in doc[t.i + 1:t.i + 14]:
        person = ctx.person_at(x.idx)
        if person is not None:
            return _Speaker(person.text, person.canonical or person.text, person.start, person.end, "PER")
        if x.is_punct or x.is_sent_start or not (x.text[:1].isupper() or x.pos_ in ("NOUN", "ADJ", "DET")
                                                 or x.lower_ in _COMPLEMENT_LINKS):
            return None
    return None


def _incise_after_exclamation(ctx: _Context, sentences, close: int, full_stop: bool = False) -> int:
    """'"Why are you so confident?" Kaitlan Collins asked Biden': a question or an exclamation closing the
    quote ends the sentence for the splitter, but an incise that opens the next one on the same line (a
    noun phrase, then a cue verb among its first words) still reports it.  After a full stop ('"… office
    atmosphere." Politico reported, citing …') only a verb with no object at all does.  The end of that
    sentence, or 0."""
    nxt = next(((s, e) for s, e in sentences if s > close), None)
    text = doc_text(ctx.doc)
    if nxt is None or "\n" in text[close:nxt[0]]:
        return 0
    span = ctx.doc.char_span(nxt[0], nxt[1], alignment_mode="expand")
    for t in list(span or ())[:14]:
        if t.pos_ == "VERB":
            # ("The minister said the plan had failed": a verb with its own reported clause reports that)
            own_clause = any(c.dep_ in ("ccomp", "xcomp") or full_stop and c.dep_ in ("dobj", "obj", "iobj", "dative")
                             for c in t.children)
            return nxt[1] if _is_cue_token(t, ctx.lex) and not own_clause else 0
        if t.pos_ not in ("PROPN", "NOUN", "DET", "ADJ", "PRON", "PUNCT", "PART", "AUX", "ADV"):
            return 0
    return 0


def _shown_by_a_document(ctx: _Context, q: Quote) -> bool:
    """Reported speech whose source is a document (« le rapport montre que … », "the jobs report shows")."""
    if q.kind != "indirect" or q.speaker_start is None or q.speaker_end is None:
        return False
    span = ctx.doc.char_span(q.speaker_start, q.speaker_end, alignment_mode="expand")
    return span is not None and _norm_word(span.root.lemma_ or span.root.text) in ctx.lex.DOCUMENT_NOUNS


def _reporter_between(ctx: _Context, a: int, b: int, reported=()) -> str | None:
    """The last one named who is the subject of a speech verb between two offsets, a person or a cited
    source (« comme le révèle Reuters », not "the report shows"), outside quotes and outside what is
    reported (« X discussed the changes that will come when she assumes her role »: not « she »)."""
    found = None
    window = ctx.doc.char_span(a, max(a + 1, b), alignment_mode="expand") or ctx.doc
    for t in window:
        if t.idx < a or t.idx >= b or _in_ranges(t.idx, ctx.quote_ranges) or _in_ranges(t.idx, reported):
            continue
        if t.pos_ == "VERB" and _is_cue_token(t, ctx.lex):
            subs = [c for c in t.children if c.dep_.startswith("nsubj")]
            if subs:
                sp = _resolve_tokens(ctx, sorted(subs[0].subtree, key=lambda x: x.i), t.idx, prefer_first=False)
                # (an outlet that reports, not a document that shows: its figures are no one's words)
                if sp.canonical and (sp.label == "PER" or sp.label == "SRC" and (
                        subs[0].lemma_ or "").lower() not in getattr(ctx.lex, "DOCUMENT_NOUNS", ())):
                    found = sp.canonical
    return found


def _inherit_reporter(ctx: _Context, quotes: list[Quote]) -> None:
    """Words in marks inside reported speech whose own cue names no one (« Becerra said it was
    "absolutely the government's business" to know », « as authorities responded to an "active bomb
    threat investigation", the Capitol Police wrote »): the one reporting the whole clause said them.
    A person reporting inside it (« … the spokesman told reporters "…" ») keeps them, named or not."""
    reports = [o for o in quotes if o.kind == "indirect" and o.speaker_canonical]
    for q in quotes:
        if q.kind != "direct" or q.speaker_canonical:
            continue
        outer = next((o for o in reports if o.start <= q.start and q.end <= o.end + 1), None)
        if outer is None:
            continue
        if q.speaker_start is not None and q.speaker_end is not None:
            span = ctx.doc.char_span(q.speaker_start, q.speaker_end, alignment_mode="expand")
            if span is not None and (_person_noun(span.root, ctx.lex) or any(
                    e.label == "PER" and q.speaker_start <= e.start < q.speaker_end for e in ctx.entities)):
                continue
        q.speaker, q.speaker_canonical, q.cue = outer.speaker, outer.speaker_canonical, outer.cue
        q.speaker_start, q.speaker_end = outer.speaker_start, outer.speaker_end


# people named by no role (« les deux hommes sont convenus de « … » »)
_PEOPLE_NOUNS = {"homme", "hommes", "femme", "femmes", "gens", "man", "men", "woman", "women", "people"}


_SPEECH_NOUN_OWNER = re.compile(r"(?P<noun>[^\W\d_]+)\s+(?:de|du|des|d['’]|of)\s*"
                                r"(?P<owner>(?:l['’]|la |le |les |un |une |the )?[^:«»“”\"\-–—,.;!?()]{1,60}?)"
                                r"\s*[:\-–—]\s*$")


def _speech_noun_owner_before(ctx: _Context, q_open: int) -> tuple[_Speaker, _Cue] | None:
    """« À la question d'un journaliste : « … » », « Réponse de l'ambassadeur X : « … » »: a noun of
    speech and its owner right before the quote say whose words they are, whatever verb comes later
    (« …, il a répondu »)."""
    text = doc_text(ctx.doc)
    # (the line before may end on it: « Ensuite, il y a cette déclaration d'Al Jazeera : » then the quote)
    m = _SPEECH_NOUN_OWNER.search(text, max(0, q_open - 120), q_open)
    if m is None or _norm_word(m.group("noun")) not in ctx.lex.SPEECH_NOUNS:
        return _speech_noun_owner_in_parse(ctx, q_open)
    span = ctx.doc.char_span(m.start("owner"), m.end("owner"), alignment_mode="contract")
    noun = ctx.doc.char_span(m.start("noun"), m.end("noun"), alignment_mode="expand")
    if span is None or noun is None or not any(t.pos_ in ("NOUN", "PROPN") for t in span):
        return None
    sp = _resolve_tokens(ctx, list(span), m.start("owner"), prefer_first=False)
    if not sp.surface:
        return None
    if sp.label is None and _person_noun(_phrase_head([t for t in span if not t.is_punct]), ctx.lex):
        sp.label = "PER"        # an unnamed person (« un journaliste »): no one else's words either
    return sp, _Cue(noun[0], m.group("noun"), m.start("noun"), m.end("noun"), "noun")


def _speech_noun_owner_in_parse(ctx: _Context, q_open: int) -> tuple[_Speaker, _Cue] | None:
    """The same, read off the parse when words follow the owner before the colon (« en mettant à exécution
    les paroles de Poutine lors de son discours au SPIEF la semaine dernière : « … » »): the last noun of
    speech of the clause before the colon with a named owner in its « de » complement, unless a verb of
    speech governs it (« a répondu aux critiques de X : » is the one answering)."""
    text = doc_text(ctx.doc)
    colon = text[:q_open].rstrip()
    if not colon.endswith(":"):
        return None
    span = ctx.doc.char_span(max(0, len(colon) - 200), len(colon), alignment_mode="expand")
    if span is None:
        return None
    sent = span[-1].sent
    for noun in reversed([t for t in span if t.sent == sent and t.pos_ == "NOUN"]):
        if _norm_word(noun.lemma_ or noun.text) not in ctx.lex.SPEECH_NOUNS:
            continue
        if noun.head.pos_ == "VERB" and _is_cue_token(noun.head, ctx.lex):
            return None
        owner = next((c for c in noun.children if c.dep_ in ("nmod", "prep") and c.i > noun.i
                      and any(x.dep_ == "case" and x.lower_ in ("de", "du", "des", "d'", "d’") or x.lower_ == "of"
                              for x in (c, *c.children))), None)
        if owner is None:
            if any(c.morph.get("Poss") == ["Yes"] or c.dep_ == "poss" for c in noun.children):
                continue    # « lors de son discours »: its owner is named earlier in the clause
            return None
        words = [x for x in owner.subtree if x.dep_ != "case" and x.lower_ != "of"
                 and not any(a.dep_ in ("nmod", "acl", "obl", "prep") and a != owner for a in _ancestors_to(x, owner))]
        sp = _resolve_tokens(ctx, sorted(words, key=lambda x: x.i), words[0].idx if words else noun.idx, prefer_first=True)
        if not sp.canonical:
            return None
        return sp, _Cue(noun, noun.text, noun.idx, noun.idx + len(noun.text), "noun")
    return None


def _named_sentence_subject(ctx: _Context, pos: int) -> _Speaker | None:
    """The main subject of the sentence holding `pos` when it names a person or a body (not a
    pronoun, not a thing) who acts (« Son fils a été placé sous sanction pour « … » » is no one's
    words), resolved as far as the text allows."""
    span = ctx.doc.char_span(pos, pos + 1, alignment_mode="expand")
    if span is None:
        return None
    root = span[0].sent.root
    if any(x.dep_ in ("aux:pass", "auxpass") for x in root.children):
        return None
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "csubj") and not _in_ranges(c.idx, ctx.quote_ranges)]
    if not subjects:
        return None
    toks = sorted(subjects[0].subtree, key=lambda x: x.i)
    head = _phrase_head([x for x in toks if not x.is_punct] or toks)
    acting_nouns = getattr(ctx.lex, "BODY_NOUNS", set()) | getattr(ctx.lex, "ENTOURAGE_NOUNS", set()) | _PEOPLE_NOUNS
    if head.pos_ == "PRON" or not (_person_noun(head, ctx.lex) or head.lower_ in acting_nouns or any(
            e.label in ("PER", "ORG") and e.start <= head.idx < e.end for e in ctx.entities)):
        return None         # (« L'équipe Biden veut « … » »: a body acts too)
    sp = _resolve_tokens(ctx, toks, pos, prefer_first=False)
    if not sp.canonical and _person_noun(head, ctx.lex) and not _nationality_of(ctx, head):
        return None         # « le chef de l'État français compte « … » »: may well be the one quoted before
    return sp


@lru_cache(maxsize=8)
def _nationality_words(lang: str) -> frozenset[str]:
    """A language's nationality adjectives, in the normalised form of descriptions' words."""
    return frozenset(_norm_word(w) for w in nationalities(lang))


def _nationality_of(ctx: _Context, head: Token) -> set[str]:
    """The nationality a description gives its head noun (« le président russe » -> {russe})."""
    nationalities = getattr(lexicon(ctx.lang, "bodies"), "NATIONALITIES", {})
    return {_norm_word(t.text) for t in _adjectives_of(head) if t.lower_ in nationalities}


def _adjectives_of(head: Token) -> list[Token]:
    """The adjectives of a noun, with one the tagger read as a name right after it (« le président kazakh »)."""
    return [t for t in head.children if t.dep_ == "amod" or t.i == head.i + 1 and t.dep_ in ("nmod", "appos", "flat")
            and not any(c.dep_ == "case" for c in t.children)]


def _countries_of(ctx: _Context, head: Token) -> set[str]:
    """The countries a description gives its head noun: by a nationality (« le Premier ministre
    britannique ») or by a country in its complement (« le président de la Fédération de Russie »)."""
    nationalities = getattr(lexicon(ctx.lang, "bodies"), "NATIONALITIES", {})
    countries = {nationalities[t.lower_][0] for t in _adjectives_of(head) if t.lower_ in nationalities}
    return countries | {country for c in head.children if c.dep_ in ("nmod", "prep") and c.i > head.i
                        if (country := _country_in(c)) is not None}


def _country_in(complement: Token) -> str | None:
    """The country a complement names (« de la Fédération de Russie », "of Russia"), if that is all it names."""
    words = list(complement.subtree)
    first = next((k for k, w in enumerate(words) if w.text[:1].isupper()), None)
    if first is None:
        return None
    name = doc_text(complement.doc)[words[first].idx:words[-1].idx + len(words[-1].text)]
    alias = lookup_alias(name)
    if alias is not None and alias.label == "LOC":
        return alias.canonical
    # a seat of power stands for its country (« le locataire de l'Élysée »)
    seats = getattr(lexicon(_lang_of(complement), "bodies"), "SEATS_OF_POWER", {})
    return seats.get(fold(name))


def _nationality_test(ctx: _Context, head: Token):
    """None when a description of `head` gives no nationality; else a test of whether a person may be
    the one it means: the text described them with that nationality, or the alias table knows them of
    that country.  (« le président russe » is not the American quoted last, whom the text never called
    Russian.)"""
    nationality, countries = _nationality_of(ctx, head), _countries_of(ctx, head)
    if not nationality and not countries:
        return None
    return lambda name: bool(nationality & ctx.descriptors.get(name, set())) or person_country(name) in countries


def _governing_subject(ctx: _Context, q_open: int, q_close: int) -> _Speaker:
    """The person subject of the verb whose clause holds the quote, if any."""
    span = ctx.doc.char_span(q_open, q_close + 1, alignment_mode="expand")
    if span is None:
        return _Speaker()
    h = span.root
    for _ in range(4):
        # (« Le chef de l'État a « salué les efforts … » »: the quote opens on a verb of saying, its subject is
        # outside; « M. Macron « se présente comme le chevalier blanc » » is words about him, not his)
        outside_subject = h.pos_ == "VERB" and _is_cue_token(h, ctx.lex) \
            and any(c.dep_.startswith("nsubj") and c.idx < q_open for c in h.children)
        if h.pos_ in ("VERB", "AUX") and (not (q_open <= h.idx <= q_close) or outside_subject):
            toks = _subject_tokens(h, ctx.quote_ranges)
            if toks:
                sp = _resolve_tokens(ctx, toks, q_open, prefer_first=False)
                # the subject itself names the person ("Communication issues …, including her chief of
                # staff Tina Flournoy, have contributed to a "…"" are no one's words)
                head = _phrase_head([x for x in toks if not x.is_punct] or toks)
                headed = head.pos_ == "PRON" or _person_noun(head, ctx.lex) or any(
                    e.label == "PER" and e.start <= head.idx < e.end for e in ctx.entities)
                # a body named as the subject (« l'Union européenne finance « des initiatives … » »): its wording
                body = sp.label in ("ORG", "SRC") and sp.canonical and (sp.state_body or any(
                    e.label == "ORG" and e.start <= head.idx < e.end for e in ctx.entities))
                return sp if sp.label == "PER" and headed or body else _Speaker()
            break
        if h.head == h:
            break
        if h.dep_ in ("acl", "acl:relcl", "relcl", "ccomp") and h.head.pos_ in ("NOUN", "PROPN") \
                and not (q_open <= h.head.idx <= q_close):
            break       # "an alert from a researcher that "…"", « une loi qui « … » »: the noun's words, not the subject's
        h = h.head
    return _Speaker()


def _opens_its_line(text: str, start: int) -> bool:
    """Nothing but blanks and opening marks before a quote on its line."""
    line = text[text.rfind("\n", 0, start) + 1:start]
    return not line.strip(" \t«“\"‘'\u00a0")


def _repeat_speaker(q: Quote, echo: Quote, their_words: bool = True) -> None:
    """A quote that repeats another is its speaker's (its own words for them kept, if the text gave any;
    else the other's, unless not `their_words`: the speaker is then named by their name)."""
    q.speaker_canonical, q.speaker = echo.speaker_canonical, q.speaker or (echo.speaker if their_words else None)


def _echo_of(text: str, quotes: list[Quote], exclude_positions=()) -> Quote | None:
    """A quote elsewhere in the article with (nearly) the same words and a known speaker."""
    from rapidfuzz.fuzz import ratio     # (difflib's ratio, in C: this runs for every quote alone)
    norm = _norm_quote(text)
    if len(norm) < 8:
        return None
    best, best_r = None, 0.0
    for q in quotes:
        if not q.speaker_canonical or q.kind != "direct":
            continue
        other = _norm_quote(q.text)
        if norm in other or other in norm and len(other) > 0.6 * len(norm) or _shortened_from(norm, other):
            r = 1.0
        else:
            r = ratio(norm, other, score_cutoff=75) / 100
        if r > best_r:
            best, best_r = q, r
    return best if best_r >= 0.75 else None


def _shortened_from(short: str, long: str, max_gap: int = 3) -> bool:
    """« Rôle dans l'atteinte de l'intégrité territoriale » as a sub-heading of « un rôle dans l'atteinte ou la
    menace de l'intégrité territoriale, … »: four words or more of a quote, in its order, a few words
    left out here and there."""
    words, others = short.split(), long.split()
    if len(words) < 4 or len(others) <= len(words):
        return False
    k = next((i for i, w in enumerate(others) if w == words[0]), None)
    if k is None:
        return False
    for w in words[1:]:
        nxt = next((i for i in range(k + 1, min(len(others), k + 2 + max_gap)) if others[i] == w), None)
        if nxt is None:
            return False
        k = nxt
    return True


def _norm_quote(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()


# ----------------------------------------------------------------- indirect speech
_URGE_VERBS = {"urge", "ask", "call", "vow", "promise", "pledge", "threaten", "demand", "tell", "warn", "plan", "want"}


def _text_pos(t: Token) -> int:
    return t.idx


def _indirect_quotes(ctx: _Context, speech_ranges) -> list[Quote]:
    """« X a déclaré que … », "X said (that) …", "…, X said.", « selon X, … » outside quote marks."""
    doc, lex = ctx.doc, ctx.lex
    out: list[Quote] = []
    src_lex = lexicon(ctx.lang, "sources")
    rules = lexicon(ctx.lang, "attribution")      # a language's own parse rules, if it has some
    links = [(m.start(), doc_text(doc).find("\n", m.start()) % (len(doc_text(doc)) + 1))
             for m in re.finditer(src_lex.RELATED_LINK, doc_text(doc), flags=re.MULTILINE)] if src_lex else []
    by_rule_cue: dict[int, int | None] = {}     # quote -> where its cue starts, for a language's own rules
    firm_cues: set[int] = set()                  # ... and the cues whose bounds the tagger keeps
    clauses_of_cues: dict[int, tuple[int, int]] = {}   # ... and the reported clauses the parse gave a cue

    def in_quote_marks(pos: int) -> bool:
        return _in_ranges(pos, ctx.quote_ranges)

    for sent in doc.sents:
        if _in_ranges(sent.start_char, links):
            continue        # « A lire : … » links to another article
        quoted = sum(max(0, min(b, sent.end_char) - max(a, sent.start_char)) for a, b in speech_ranges)
        if quoted > 0.5 * (sent.end_char - sent.start_char) and rules is None:
            continue        # the sentence is mostly a direct quote: that is the evidence
        # (a language with its own rules keeps such sentences, "He said Sanders has been "a vital
        # part of my caucus," and …": `_without_repeats` drops what only repeats the quote)
        found = False
        for t in span_tokens(sent):
            intent = t.pos_ == "VERB" and (t.lemma_ or "").lower() in getattr(lex, "INTENT_VERBS", ())
            if not (t.pos_ == "VERB" or _verb_read_as_noun(t)) or not (intent or _is_cue_token(t, lex)):
                continue
            # the clause nearest the cue ("A say X; B say Y": the first clause is A's report, not B's)
            # (a locution's light verb reports through its words' clause too: « ont laissé entendre que … »,
            # whatever later clause the parse hangs on « laissé »)
            clauses = [c for c in t.children if c.dep_ == "ccomp"] + [
                c for x in t.children if x.dep_ == "xcomp" and _in_speech_locution(x, (x.lemma_ or "").lower())
                for c in x.children if c.dep_ == "ccomp"]
            comp = sorted(clauses, key=lambda c: abs(c.i - t.i)) or \
                [c for c in t.children if c.dep_ == "xcomp" and c.i > t.i and c.pos_ in ("VERB", "AUX")
                 and (intent or t.lemma_ in _URGE_VERBS)] or \
                [c for c in t.children if c.dep_ in ("dobj", "obj") and c.i > t.i
                 and (t.lemma_ or "").lower() in getattr(lex, "OBJECT_CONTENT_VERBS", ())]   # "cited X"
            reported = _trailing_incise(t, lex) if not comp else None
            trailing = reported is not None
            if trailing:
                # « La croissance a ralenti au deuxième trimestre, a indiqué vendredi l'Insee. »: the parse hangs
                # the incise on the clause it reports; the clause is the content, the subject after is the source
                comp = [reported]
            if not comp:
                continue
            c = comp[0]
            if any(q.start <= _text_pos(c) < q.end for q in out):
                continue
            toks = sorted(c.subtree, key=lambda x: x.i)
            toks = [x for x in toks if (x.i > t.i) == (c.i > t.i)]
            if trailing:
                comma = _cue_first_token(doc, t) - 1
                toks = [x for x in toks if x.i < comma]      # (not « , a indiqué »)
            if toks and toks[0].lower_.replace("’", "'") in lex.COMPLEMENTISERS | {"qu'"}:
                toks = toks[1:]
            if toks and toks[0].pos_ in ("AUX", "VERB") and "Fin" in toks[0].morph.get("VerbForm") \
                    and not any(x.dep_.startswith("nsubj") for x in c.children):
                continue    # a finite verb with no subject opens no reported clause: the parse hung a second
                # sentence on the cue (« X avait promis de …, Marine Le Pen avait promis de … »)
            if rules is not None:
                toks = rules.trim_content(toks, t)
            st = _span_text(doc, toks)
            if not st or _word_count(st[0]) < 3:
                continue
            speaker_toks = _subject_tokens(t, ctx.quote_ranges)
            if trailing and (not speaker_toks or any(x.i < t.i for x in speaker_toks)):
                # (not the subject the parse gives a verb it coordinates: who speaks follows, read as
                # its object, with the name in apposition: « …, confirme le conseiller régional, Matteo Marnati »)
                speaker_toks = _noun_phrase_after(doc, t.i + 1, sent.end)
                named = [x.i for c in t.children if c.dep_ == "obj" and c.i > t.i
                         for x in c.subtree if x.ent_type_ in ("PER", "PERSON")]
                if speaker_toks and named and max(named) > speaker_toks[-1].i:
                    speaker_toks = list(doc[speaker_toks[0].i:max(named) + 1])
            if not speaker_toks and rules is not None and c.i > t.i:
                speaker_toks = rules.subject_in_place(t)     # "Senator Reid, the minority leader, said …"
            if not speaker_toks and c.i < t.i:
                # "…, said John Smith" / « …, a précisé le ministre »
                speaker_toks = _noun_phrase_after(doc, t.i + 1, sent.end)
            if not speaker_toks or len(speaker_toks) == 1 and speaker_toks[0].lower_ in ("il", "it") \
                    and _impersonal(speaker_toks[0], lex):
                continue        # « Il est aisé de faire remarquer que … »: no one reports
            cue_text, ca, cb = _cue_text(doc, t)
            sp = _resolve_tokens(ctx, speaker_toks, ca, prefer_first=c.i < t.i)
            if not sp.surface:
                continue
            out.append(Quote(text=st[0], start=st[1], end=st[2], speaker=sp.surface,
                             speaker_canonical=sp.canonical, cue=cue_text, kind="indirect",
                             speaker_start=sp.start, speaker_end=sp.end))
            if rules is not None:
                by_rule_cue[id(out[-1])] = ca
                clauses_of_cues[ca] = (out[-1].start, out[-1].end)
            found = True
        if rules is not None:
            for att in rules.find_attributions(sent, lex.CUE_VERBS):
                found_here = _attribution_quotes(ctx, att, rules, out)
                out.extend(found_here)
                cue_at = _cue_text(doc, att.cue)[1]
                by_rule_cue.update({id(q): cue_at for q in found_here})
                if getattr(att, "firm", False) and found_here:
                    firm_cues.add(cue_at)
            # then a language's trained tagger, for the cues the rules do not know, and for the
            # bounds of what the rules found ("likes your candidate to be a mix of …": the object
            # rule stops at "your candidate"): the same cue, the tagger's content, the rules' source
            # a word inside quote marks or inside what someone is reported to say is no cue
            said_here = [(q.start, q.end) for q in out if q.end > sent.start_char]

            def taken(pos: int, _spans=said_here) -> bool:
                return in_quote_marks(pos) or _in_ranges(pos, _spans)

            for att in getattr(rules, "learnt_attributions", lambda *_: ())(sent, taken):
                if any(q.start <= att.cue.idx < q.end for q in out):
                    continue        # (a noun cue's verb, "took a shot at")
                if _narrators_incise(att.cue, out) and not (att.content and _incise_right_after(
                        att.content[-1].idx + len(att.content[-1]), att.cue)):
                    continue        # (unless the tagger gives it the clause before it, as the narrator means)
                cue_at = _cue_text(doc, att.cue)[1]
                if cue_at in firm_cues:
                    continue
                kept = [q for q in out if by_rule_cue.get(id(q)) != cue_at]
                learnt = _attribution_quotes(ctx, att, rules, kept)
                if learnt:
                    learnt = _snapped_to_phrase(learnt, clauses_of_cues.get(cue_at), doc_text(doc))
                if learnt:
                    out[:] = kept + learnt
                    by_rule_cue.update({id(q): None for q in learnt})
        if found:
            continue
        # « Selon X, … » / "…, according to X."
        for t in span_tokens(sent):
            n = _according_to(doc, t.i, lex)
            if not n or t.lower_ == "pour" or t.lower_ == "per":
                continue
            np_toks = _according_subject(doc, t.i + n, sent.end, lex)
            if not np_toks:
                break
            after_start = _past_source_modifier(doc, np_toks, sent.end)
            before = [x for x in sent if x.i < t.i]
            after = [x for x in sent if x.i >= after_start]
            body = _relative_clause_around(doc, t.i, after_start) or (after if len(after) > len(before) else before)
            st = _span_text(doc, body)
            if not st or _word_count(st[0]) < 4:
                break
            sp = _resolve_tokens(ctx, np_toks, t.idx, prefer_first=True)
            cue_end = doc[t.i + n - 1]
            out.append(Quote(text=st[0], start=st[1], end=st[2], speaker=sp.surface,
                             speaker_canonical=sp.canonical, cue=doc_text(doc)[t.idx:cue_end.idx + len(cue_end.text)],
                             kind="indirect", speaker_start=sp.start, speaker_end=sp.end))
            break
    return _without_repeats(out, speech_ranges, doc_text(doc))


_PREPOSITIONS_OF_PLACE = {"in", "on", "at", "from", "dans", "sur", "à", "au"}


_PHRASE_BREAK = re.compile(r",\s|\s(?:--|—|–)\s")


def _snapped_to_phrase(learnt: list[Quote], clause: tuple[int, int] | None, text: str) -> list[Quote]:
    """The tagger's content, when it stops between two words inside the clause the parse gave the same
    cue, with no comma or dash in it, goes on to the next one or to the clause's end ("announced it will
    have 18 fact-checkers working | during the debate").  A run past a comma is the tagger's own reading
    of the report's bounds (where it ends there is a guess either way: "the Hyde Amendment, a
    longstanding federal | provision that …")."""
    if clause is None or len(learnt) != 1:
        return learnt
    q = learnt[0]
    if not (clause[0] <= q.start and q.end < clause[1]) or not text[q.end:q.end + 2].strip()[:1].isalnum():
        return learnt
    if _PHRASE_BREAK.search(text, q.start, q.end):
        return learnt
    later = _PHRASE_BREAK.search(text, q.end, clause[1])
    end = later.start() if later else clause[1]
    return [replace(q, end=end, text=text[q.start:end])]


def _trailing_incise(t: Token, lex) -> Token | None:
    """A cue after a comma that ends its sentence with its own subject after it: the clause before it that it
    reports, which the parse makes the cue's head (« …, a indiqué ce vendredi l'Insee. »), or, the incise
    read as the main clause, its dependent (« La demande va baisser, a indiqué l'Agence … »); else None."""
    first = _cue_first_token(t.doc, t)
    if first == 0 or t.doc[first - 1].text != ",":
        return None
    subject = any(c.dep_.startswith("nsubj") and c.i > t.i for c in t.children)
    # an indefinite subject, « …, a déclaré un membre du groupe », is read as the object, and its verb
    # as a second verb of the clause: one who can speak, after the cue, is its subject
    speaker_nouns = lex.PERSON_ROLES | lex.SPOKESPERSON_NOUNS | lex.BODY_NOUNS | lex.MEDIA_NOUNS
    speaker_as_object = any(c.dep_ == "obj" and c.i > t.i and (c.pos_ == "PROPN" or c.lower_ in speaker_nouns)
                            for c in t.children)
    if t.dep_ == "parataxis" and (subject or speaker_as_object) or t.dep_ == "conj" and speaker_as_object:
        reported = t.head if t.head.i < t.i else None
    elif t.dep_ == "ROOT" and speaker_as_object:
        reported = next((c for c in t.children if c.dep_ in ("advcl", "ccomp") and c.i < t.i
                         and c.pos_ in ("VERB", "AUX") and any(x.dep_.startswith("nsubj") for x in c.children)), None)
    else:
        reported = None
    if reported is None or any(x.text in ("«", "»", "“", "”", '"') for x in t.doc[reported.i:t.i]):
        return None
    return reported


def _without_repeats(found: list[Quote], speech_ranges, text: str) -> list[Quote]:
    """Indirect quotes that say again what a direct quote or an earlier indirect quote already
    holds (the words of a quote read again as a clause, two rules finding one clause) are dropped."""
    kept: list[Quote] = []
    for q in found:
        size = max(1, q.end - q.start)
        quoted = sum(max(0, min(b, q.end) - max(a, q.start)) for a, b in speech_ranges)
        if quoted > 0.75 * size and not _words_before_quote(q, speech_ranges, text):
            continue        # (a reported clause around a partial quote, 'said the "stakes are too high" for him', stays)
        if any(a < q.start < b < q.end and "," in (text[b:b + 2].lstrip()[:1], text[b - 2:b - 1])
               for a, b in speech_ranges):         # (the comma inside the marks in English: '"…," according to')
            continue        # a clause opening inside a direct quote and running on past a comma after it
            # (« crient que « la police tue », qui défilent … »): the quote is the evidence, the rest
            # narration ('said "de 10 à 20 » ogives' goes on with the quote's own clause and stays)
        if any(max(0, min(k.end, q.end) - max(k.start, q.start)) > 0.5 * size for k in kept):
            continue
        if q.text.split(" ", 1)[0].lower() in _PREPOSITIONS_OF_PLACE and any(
                k.speaker_start is not None and k.speaker_start <= q.start and q.end <= k.speaker_end for k in found):
            continue        # "according to a report in the Washington Post": where the source is, not what it said
        kept.append(q)
    return kept


def _words_before_quote(q: Quote, speech_ranges, text: str) -> bool:
    """Whether a content that holds a quote opens on words of its own before it: the quote is then part of
    the clause ('said there remains a "significant difference …"'), not the clause read again inside it."""
    if any(a <= q.start < b for a, b in speech_ranges):
        return False
    first = min((a for a, b in speech_ranges if q.start <= a < q.end), default=None)
    return first is not None and _clause_words(text[q.start:first])


def _clause_words(before_quote: str) -> bool:
    """Three words or more, none in quote marks: a clause that goes on into a partial quote."""
    return len(before_quote.split()) >= 3 and not re.search(r"[«»“”\"]", before_quote)


def _narrators_incise(cue: Token, found: list[Quote]) -> bool:
    """"A draft report … confirms Biden's win, the Arizona Republic first reported.": a speech verb that ends
    its sentence after a comma closing a content found already is the narrator's incise for the whole
    sentence (its content is that clause, which another cue reports), no new cue of its own."""
    tail = doc_text(cue.doc)[cue.idx + len(cue.text):cue.sent.end_char]
    if cue.tag_ not in ("VBD", "VBZ", "VBP") or len(tail.split()) > 3 or re.search(r"[,;:]", tail):
        return False
    return any(q.kind == "indirect" and q.end <= cue.idx and _incise_right_after(q.end, cue) for q in found)


def _incise_right_after(end: int, cue: Token) -> bool:
    """Whether only a comma and the cue's subject stand between `end` and the cue ("…, the paper reported")."""
    return re.fullmatch(r"[\s”\"’']*,\s*[^,;:.”\"\s][^,;:.”\"]{0,59}", doc_text(cue.doc)[end:cue.idx]) is not None


def _clashes(q: Quote, content: list[Token]) -> bool:
    """Whether a quote already found stands in the way of a content: the content starts inside it,
    or it starts inside the content without being a small part of it.  A report nested in what
    someone else reports stays ("They cited the case of X, who officials say is tied to …": the
    officials' claim is part of what they cited)."""
    start, end = content[0].idx, content[-1].idx + len(content[-1])
    if q.start <= start < q.end:
        return True
    if q.kind == "direct" and start < q.start < end and q.end - end <= 3 and \
            _clause_words(doc_text(content[0].doc)[start:q.start]):
        return False        # a partial quote that ends the content ('there remains a "significant …,"')
    return start <= q.start < end and (q.end > end or q.end - q.start > 0.5 * (end - start))


def _with_nested_reports(content: list[Token], found: list[Quote]) -> list[Token]:
    """The content stretched to the end of a report it holds the start of, in the same sentence
    ("ordered troops to Cameroon to fight a group that has pledged loyalty to the Islamic State":
    a content that stops inside the group's pledge takes all of it)."""
    start, end = content[0].idx, content[-1].idx + len(content[-1])
    sent = content[0].sent
    for q in found:
        if q.kind == "indirect" and start < q.start < end < q.end <= sent.end_char:
            last = max((t for t in sent if t.idx < q.end), key=lambda t: t.i)
            content = content + [t for t in sent if content[-1].i < t.i <= last.i]
            end = content[-1].idx + len(content[-1])
    return content


def _attribution_quotes(ctx: _Context, att, rules, found: list[Quote]) -> list[Quote]:
    """The quotes of one attribution found by a language's own rules: the content (in two parts
    around an incise when both parts say something), its cue and its resolved source."""
    doc = ctx.doc
    content = rules.trim_content(rules.complete_list(att.content, att.cue), att.cue)
    if content:
        content = _with_nested_reports(content, found)
    if not content or any(_clashes(q, content) for q in found):
        return []
    owner = getattr(att, "subject_of", None) or att.cue
    speaker_toks = att.source or _subject_tokens(owner, ctx.quote_ranges) or rules.subject_in_place(owner)
    words = [x for x in speaker_toks if not x.is_punct]
    # "it" names a source only where it stands for a body named before ("Although the IMF did not
    # single out his plan, it referenced …"), never as an expletive ("it is clear that …")
    standing_for_body = len(words) == 1 and _may_stand_for_a_body(words[0])
    if not words or (len(words) == 1 and words[0].lower_ in rules.NOT_A_SOURCE and not standing_for_body):
        return []
    cue_text, ca, _cb = _cue_text(doc, att.cue)
    sp = _resolve_tokens(ctx, speaker_toks, ca, prefer_first=att.prefer_first)
    if not sp.surface or (standing_for_body and not sp.canonical):
        return []
    parts = [content]
    gap = next((k for k in range(1, len(content)) if content[k].i != content[k - 1].i + 1), None)
    if gap is not None:
        left, right = content[:gap], content[gap:]
        # two statements around the incise, else one span that holds it ("Time, he added, was on our side")
        if all(any(x.pos_ in ("VERB", "AUX") for x in side) for side in (left, right)):
            parts = [left, right]
    out = []
    for part in parts:
        if all(x.ent_type_ in ("DATE", "TIME") or x.is_punct for x in part):
            continue        # "campaigned on Wednesday", "remarks on Monday": a time, not what was said
        st = _span_text(doc, part)
        # a content says something: two words at least, or a name ("Sanders endorsed Canova")
        if not st or (_word_count(st[0]) < 2 and part[0].pos_ != "PROPN") or (len(part) == 1 and part[0].pos_ == "PRON"):
            continue
        out.append(Quote(text=st[0], start=st[1], end=st[2], speaker=sp.surface, speaker_canonical=sp.canonical,
                         cue=cue_text, kind="indirect", speaker_start=sp.start, speaker_end=sp.end))
    return out
