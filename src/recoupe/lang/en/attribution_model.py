"""A trained English attribution tagger over the spaCy parse (stage `quotes`, after the rules).

PolNeAR counts far more as attribution than a list of rules can hold ("took a shot at X",
"released a report", "is looking for a strong performance", "voted to ban …"): a long tail of
cues, each with its own way of placing what is reported.  Two small linear models, trained on
PolNeAR train by `training/train_attribution_en.py`, read the parse the pipeline already made:

- the **cue model** scores each verb, noun and adjective outside quote marks: does it report
  what someone says, thinks, wants or takes a stand on?  (its lemma, its dependents, its subject)
- the **content model** scores, for one cue, each other word of its sentence: is it part of
  what the cue reports?  (the dependency path from the cue to the word, the cue's lemma, the
  punctuation and the distance between them)

The content is the best-scoring contiguous run of words.  The source is *not* learnt: it is
the cue's subject, possessive owner or the noun a participle modifies, found by the same parse
rules as everywhere else, and no attribution is given without one (an honest null beats a
guess).  The weights are plain feature -> weight tables in JSON, scored in pure Python: a few
thousand dictionary look-ups per article.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import repeat
from pathlib import Path

import numpy as np
from spacy.tokens import Span, Token

from recoupe.lang.en.attribution import clause_of_participle
from recoupe.nlp.spans import doc_heads, doc_tokens, span_tokens

MODEL_NAME = "attribution-en-v2"
MODEL_DIR = Path(__file__).resolve().parents[2] / "models" / "attribution_en"
CUE_POS = {"VERB", "NOUN", "ADJ"}
_MAX_PATH = 4


@dataclass
class LinearModel:
    """A logistic regression as a feature -> weight table (binary features), plus weights over
    the word's contextual vector from the parser's tok2vec (`doc.tensor`) when it has them."""
    weights: dict[str, float]
    bias: float
    threshold: float
    dense: np.ndarray | None = None
    # words of one sentence, and of the next, share paths: the weight of a group of features by what
    # they are made of, so that their strings are built once per kind of word, not once per word
    _memo: dict = field(default_factory=dict, repr=False)

    def weight_of(self, key: tuple, features_of) -> float:
        """The summed weight of the features `features_of(key)`, kept by key."""
        w = self._memo.get(key)
        if w is None:
            if len(self._memo) > 500_000:
                self._memo.clear()
            features = features_of(key)
            w = self._memo[key] = sum(map(self.weights.get, features, repeat(0.0, len(features))))
        return w

    def probability(self, features: list[str], vector: np.ndarray | None = None) -> float:
        # (map over the bound method: a generator costs a frame per feature, and this runs for every
        # word of a sentence for every cue)
        z = self.bias + sum(map(self.weights.get, features, repeat(0.0, len(features))))
        if self.dense is not None and vector is not None and len(vector) == len(self.dense):
            z += float(vector @ self.dense)
        return sigmoid(z)


def sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def _linear(part: dict) -> LinearModel:
    dense = part.get("dense")
    return LinearModel(part["weights"], part["bias"], part["threshold"],
                       np.asarray(dense, dtype=np.float32) if dense else None)


def token_vector(t: Token) -> np.ndarray | None:
    """The parser's contextual vector of a word, which lets a cue the training never saw
    (a rare verb of speech) be scored by what it looks like in context."""
    tensor = t.doc.tensor
    return tensor[t.i] if tensor is not None and tensor.ndim == 2 and tensor.shape[0] == len(t.doc) else None


@dataclass
class AttributionModel:
    cue: LinearModel
    content: LinearModel
    card: dict


@lru_cache(maxsize=1)
def load_model() -> AttributionModel | None:
    """The shipped model, or None when the package holds none (the rules then work alone)."""
    path = MODEL_DIR / f"{MODEL_NAME}.json"
    return read_model(path) if path.exists() else None


def read_model(path: Path) -> AttributionModel:
    """A model file as `training/train_attribution_en.py` writes it."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return AttributionModel(cue=_linear(data["cue"]), content=_linear(data["content"]), card=data["card"])


# the training script swaps in a model being tuned; everything else reads the shipped one
DEFAULT = object()
ACTIVE_MODEL: object = DEFAULT


def active_model() -> AttributionModel | None:
    return load_model() if ACTIVE_MODEL is DEFAULT else ACTIVE_MODEL


# ----------------------------------------------------------------- features
def _lemma(t: Token) -> str:
    return (t.lemma_ or t.text).lower()


def _step(t: Token) -> str:
    """One dependency step, with the preposition's own word (the "at" of "took a shot at")."""
    return f"{t.dep_}:{t.lower_}" if t.dep_ in ("prep", "agent", "prt", "mark") else t.dep_


def cue_features(t: Token) -> list[str]:
    """What makes a word a cue: its lemma, its form, its dependents and its subject."""
    lem = _lemma(t)
    f = [f"lem={lem}", f"tag={t.tag_}", f"dep={t.dep_}", f"lem|dep={lem}|{t.dep_}",
         f"head={_lemma(t.head)}", f"headdep={t.head.dep_}", f"lem|headpos={lem}|{t.head.pos_}"]
    subject = None
    for c in t.children:
        if c.is_punct:
            continue
        s = _step(c)
        f.append(f"c={s}")
        f.append(f"lem|c={lem}|{s}")
        if c.dep_ in ("nsubj", "nsubjpass", "poss"):
            subject = c
        if c.dep_ in ("dobj", "attr", "acomp"):
            f.append(f"lem|obj={lem}|{_lemma(c)}")
            for g in c.children:
                if g.dep_ == "prep":
                    f.append(f"lem|obj|prep={lem}|{_lemma(c)}|{g.lower_}")
                    f.append(f"objprep={g.lower_}")
    if subject is not None:
        kind = f"{subject.dep_}|{subject.pos_}|{subject.ent_type_ or '-'}"
        f.append(f"subj={kind}")
        f.append(f"lem|subj={lem}|{subject.pos_}|{subject.ent_type_ or '-'}")
        if subject.pos_ == "PRON":
            f.append(f"subjw={subject.lower_}")
    else:
        f.append("nosubj")
        f.append(f"lem|nosubj={lem}")
    # the words around it ("also attacked", "did not respond", "took a shot at")
    doc = doc_tokens(t.doc)
    if t.i > 0:
        f.append(f"prev={doc[t.i - 1].lower_}")
    if t.i + 1 < len(doc):
        f.append(f"next={doc[t.i + 1].lower_}")
        f.append(f"lem|next={lem}|{doc[t.i + 1].lower_}")
    return f


def _tree(doc) -> tuple[list[int], list[str]]:
    """Each word's head and dependency step, read once per document: paths are walked for every
    word of a sentence for every cue, and spaCy builds a new Token at each step otherwise."""
    tree = doc.user_data.get("recoupe_attribution_tree")
    if tree is None or len(tree[0]) != len(doc):
        tree = (doc_heads(doc), [_step(t) for t in doc_tokens(doc)])
        doc.user_data["recoupe_attribution_tree"] = tree
    return tree


def _up_steps(cue: Token) -> tuple[list[str], dict[int, int]]:
    """The steps up from the cue to its ancestors, and each ancestor's distance (once per cue)."""
    heads, steps = _tree(cue.doc)
    up = []
    a = cue.i
    ancestors = {a: 0}
    while heads[a] != a and len(up) < _MAX_PATH:
        up.append("^" + steps[a])
        a = heads[a]
        ancestors[a] = len(up)
    return up, ancestors


def _path(cue: Token, t: Token, up_steps=None) -> list[str]:
    """The dependency path from the cue to a word of its sentence: up steps, then down steps."""
    up, ancestors = up_steps or _up_steps(cue)
    heads, steps = _tree(t.doc)
    down = []
    b = t.i
    while b not in ancestors and heads[b] != b and len(down) < _MAX_PATH + 2:
        down.append(steps[b])
        b = heads[b]
    if b not in ancestors:
        return ["far"]
    return up[:ancestors[b]] + list(reversed(down))


_BREAKS = {",", ";", "—", "–", "―", "--", ":", "(", ")"}


def clause_breaks(sent: Span, cue: Token) -> dict[int, int]:
    """Word index -> the punctuation marks between the cue and that word (at most 3): what is
    reported seldom runs past a second comma or dash from its cue."""
    out, n = {}, 0
    words = span_tokens(sent)
    for t in words[cue.i - sent.start + 1:]:
        out[t.i] = min(n, 3)
        n += t.text in _BREAKS
    n = 0
    for t in reversed(words[:cue.i - sent.start]):
        out[t.i] = min(n, 3)
        n += t.text in _BREAKS
    return out


def content_features(cue: Token, t: Token, lem: str, breaks: int, up_steps=None) -> list[str]:
    """What makes a word part of what a cue reports: the path to it, read with the cue's lemma,
    and the punctuation between them (`up_steps`: the cue's own, when already known)."""
    word_key, lemma_key = _content_keys(cue, t, lem, breaks, up_steps)
    return _word_features(word_key) + _lemma_features(lemma_key)


def _content_keys(cue: Token, t: Token, lem: str, breaks: int, up_steps=None) -> tuple[tuple, tuple]:
    """What the content features of a word are made of: the path and the words' kinds, then the
    cue's lemma with the path's first steps (two keys, as few cues share a lemma and a whole path)."""
    p = tuple(_path(cue, t, up_steps))
    side = "after" if t.i > cue.i else "before"
    return (p, side, cue.pos_, t.pos_, breaks, _bucket(abs(t.i - cue.i))), (lem, p[:2])


def _word_features(key: tuple) -> list[str]:
    p, side, cue_pos, word_pos, breaks, distance = key
    p1, p2, p3 = "/".join(p[:1]), "/".join(p[:2]), "/".join(p[:3])
    return [f"p1={p1}", f"p2={p2}", f"p3={p3}", f"plen={min(len(p), 6)}", f"side={side}",
            f"cpos|p2={cue_pos}|{p2}", f"side|p1={side}|{p1}", f"tpos|p1={word_pos}|{p1}", f"last={p[-1]}",
            f"p1|last={p1}|{p[-1]}", f"breaks={side}|{breaks}", f"breaks|p1={breaks}|{p1}", f"dist={side}|{distance}"]


def _lemma_features(key: tuple) -> list[str]:
    lem, p = key
    return [f"lem|p1={lem}|{'/'.join(p[:1])}", f"lem|p2={lem}|{'/'.join(p)}"]


def _bucket(n: int) -> int:
    """A distance in words, coarsely: 1, 2, 3-4, 5-8, 9-16, more."""
    return min(n.bit_length(), 5)


def cue_candidates(sent: Span, quoted) -> list[Token]:
    """The words that can be cues: verbs, nouns and adjectives outside quote marks."""
    return [t for t in span_tokens(sent) if t.pos_ in CUE_POS and not quoted(t.idx)]


# ----------------------------------------------------------------- decoding
# acts that PolNeAR's annotators sometimes read as stances ("the House passed the bill", "Biden signed
# the order", "appears to have"), which a reader of the brief would not call anyone's words: the tagger
# does not report them (held-out train articles: recall 0.785 -> 0.784, precision 0.774 -> 0.775; about
# 100 AllSides indirect quotes, nearly all false).  The stance verbs the rules know (approve, vote for,
# speak about) stay: the rules would report them anyway.
ACTIONS_NOT_REPORTS = {"pass", "sign", "block", "appear"}

# verbs whose object is the one spoken to, not what is said
_ADDRESSEE_VERBS = {"tell", "ask", "inform", "remind", "assure", "warn", "urge", "brief", "email", "text", "write"}


def content_run(cue: Token, sent: Span, model: LinearModel) -> list[Token]:
    """The contiguous run of words, on one side of the cue, that the content model most puts in
    the cue's content: the run maximising the sum of (probability - threshold), so that one
    doubtful word inside a clause does not cut it in two."""
    lem = _lemma(cue)
    best: tuple[float, int, int] = (0.0, 0, 0)
    start, total = None, 0.0
    words = span_tokens(sent)
    breaks = clause_breaks(sent, cue)
    up_steps = _up_steps(cue)
    # a cue whose own complement follows it reports what follows ("sees Cruz as a uniter")
    # (not the addressee of "tells Breitbart News": "“…,” X tells Breitbart News")
    after_only = any(c.dep_ in ("dobj", "ccomp", "xcomp", "oprd") and c.i > cue.i for c in cue.children) \
        and lem not in _ADDRESSEE_VERBS
    # (nor across the verb a noun cue is the subject or object of: "Critics' claims that the plan fails
    # | are wrong")
    barriers = {cue.i} | ({cue.head.i} if cue.pos_ == "NOUN" and cue.head.pos_ in ("VERB", "AUX") else set())
    for k, t in enumerate(words):
        if t.i in barriers:
            start, total = None, 0.0        # a content never runs across its own cue
            continue
        if after_only and t.i < cue.i:
            continue
        word_key, lemma_key = _content_keys(cue, t, lem, breaks[t.i], up_steps)
        gain = sigmoid(model.bias + model.weight_of(word_key, _word_features)
                       + model.weight_of(lemma_key, _lemma_features)) - model.threshold
        if start is None or total <= 0:
            start, total = k, 0.0
        total += gain
        if total > best[0]:
            best = (total, start, k + 1)
    run = words[best[1]:best[2]]
    while run and run[-1].is_punct:
        run = run[:-1]
    while run and (run[0].is_punct or (run[0].lower_ == "that" and run[0].dep_ == "mark")):
        run = run[1:]               # PolNeAR keeps the complementiser; the brief, as elsewhere, does not
    return _through_open_phrase(run, cue, words)


# words that cannot end what is reported: a preposition, a determiner, a conjunction, "to" ...
_OPENING_POS = {"ADP", "DET", "CCONJ", "SCONJ", "PART"}
# ... of which those that open an example or a comparison, which the tagger rightly stops before
_ASIDE_OPENERS = {"including", "as", "like", "such"}
# ... and the complements a verb or an adjective left open ("to take | inactive voters off", "is free | to …")
_OPEN_COMPLEMENTS = {"dobj", "xcomp", "ccomp", "pobj", "pcomp", "acomp", "attr", "oprd", "dative"}


def _through_open_phrase(run: list[Token], cue: Token, words: list[Token]) -> list[Token]:
    """A run that stops on a word whose phrase is still open goes on to that word's phrase end, up to the
    next comma or dash: the tagger scores word by word and may stop on a preposition or before a verb's
    object ("to allow Mexican trucks to operate in | the United States", "the process he was using to
    take | inactive voters off the rolls").  A noun's own modifiers after the run are left to the
    tagger ("a mostly positive message | in the days since …")."""
    if not run:
        return run
    last = run[-1]
    if last.lower_ in _ASIDE_OPENERS and len(run) > 2:
        run = run[:-1]      # (what follows is an example or a comparison: "ballot access issues, including |")
        while run and run[-1].is_punct:
            run = run[:-1]
        return run
    if not (last.pos_ in _OPENING_POS or (last.pos_ in ("VERB", "AUX", "ADJ") and any(
            c.dep_ in _OPEN_COMPLEMENTS and c.i > last.i for c in last.children))):
        return run
    end = max(x.i for x in last.subtree)
    first = words[0].i
    extended = run
    for t in words[last.i - first + 1:end - first + 1]:
        if t.text in _BREAKS or t.i == cue.i:
            break
        extended = extended + [t]
    while len(extended) > len(run) and extended[-1].is_punct:
        extended = extended[:-1]
    return extended


# ----------------------------------------------------------------- attributions
def source_owner(cue: Token) -> tuple[Token, list[Token]] | None:
    """Where the source of a learnt cue is, by the parse: (the word whose subject is the source,
    explicit source words or [] for "that word's subject"), or None when the parse names no
    source (a passive without its agent: the subject is what is reported, not who reports)."""
    if cue.pos_ == "NOUN":
        owner = next((c for c in cue.children if c.dep_ == "poss"), None)
        if owner is not None:               # "Obama's criticism of …"
            return cue, [x for x in owner.subtree if x.dep_ != "case"]
        if cue.dep_ in ("dobj", "attr", "pobj") and cue.head.pos_ in ("VERB", "AUX", "ADP"):
            head = cue.head.head if cue.dep_ == "pobj" else cue.head
            if head.pos_ in ("VERB", "AUX"):
                return head, []             # "took a shot at …", "made the observation that …"
        return None
    if cue.pos_ == "ADJ":
        return (cue.head, []) if cue.dep_ == "acomp" else None     # "was adamant that …"
    agent = next((c for c in cue.children if c.dep_ == "agent"), None)
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in cue.children) or cue.tag_ == "VBN" and cue.dep_ == "acl":
        pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        return (cue, sorted(pobj.subtree, key=lambda x: x.i)) if pobj is not None else None
    if cue.dep_ == "acl" and cue.tag_ == "VBG" and cue.head.pos_ in ("NOUN", "PROPN"):
        clause = clause_of_participle(cue)
        if clause is not None:
            return clause, []                       # ("heard on a microphone telling …")
        # "a super PAC supporting Mrs. Clinton": the noun it modifies
        return cue, [x for x in cue.head.subtree if x.i < cue.i and x.dep_ not in ("relcl", "acl")]
    return cue, []


@dataclass
class LearntAttribution:
    """A cue the model found, the words it reports, and where its source is (see `source_owner`):
    the explicit `source` words, else the subject of `subject_of` (the cue itself, or the copula
    of "were adamant that …")."""
    cue: Token
    content: list[Token]
    source: list[Token]
    prefer_first: bool = False
    subject_of: Token | None = None


def find_attributions(sent: Span, quoted, model: AttributionModel) -> list[LearntAttribution]:
    """The attributions the model finds in one sentence, strongest cue first."""
    scored = []
    for t in cue_candidates(sent, quoted):
        if _lemma(t) in ACTIONS_NOT_REPORTS:
            continue
        # (a word whose source the parse cannot place gives no attribution: it is not scored at all)
        owner = source_owner(t)
        if owner is None:
            continue
        p = model.cue.probability(cue_features(t), token_vector(t))
        if p >= model.cue.threshold:
            scored.append((p, t, owner))
    out = []
    for _p, t, owner in sorted(scored, key=lambda pto: -pto[0]):
        content = content_run(t, sent, model.content)
        if not content:
            continue
        head, source = owner
        # an adjective is shown with its copula ("were adamant"), a noun by its verb ("took"), a verb by itself
        shown = t if t.pos_ in ("ADJ", "VERB") else head
        out.append(LearntAttribution(shown, content, source, prefer_first=bool(source), subject_of=head))
    return out
