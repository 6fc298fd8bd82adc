"""Claims: check-worthy sentences aligned across the articles of a story.

Alignment works pair of articles by pair of articles, on an e5 cosine matrix
whose rows and columns are re-centred (each score minus the mean of its row
and column: e5 cosines crowd into 0.75-1.0, so only the excess over a
sentence's background means anything), plus the weight of the specific
anchors the two sentences share (`StoryVocabulary`).  A pair is kept when it
is a *mutual best match*, its score passes a margin and, between two long
articles, the two share their specifics and name no different people.
Pairs are then merged greedily, best first, into claims whose cross pairs
agree (no chains of look-alikes), holding two sentences of one article only
when they are neighbours; sentences that carry one quoted utterance align.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

import numpy as np

from recoupe.align.config import AlignConfig
from recoupe.align.features import SentenceFacts, different_people, different_speakers, sentence_facts
from recoupe.model import Article

_BOILERPLATE = re.compile(
    r"^(read more|click|sign up|subscribe|advertisement|photo|image|video|related|lire aussi|à lire aussi|"
    r"voir aussi|[aà] lire\b|lire\b|share|partager|copyright|©|follow us|suivez|newsletter|getty|afp photo|"
    r"reuters/|date\b|photo\b|cr[ée]dit)",
    re.IGNORECASE)
_SINGULAR = r"I|I'm|I've|my|je|j'|mon|ma|mes|ich"
_FIRST_PERSON = re.compile(rf"\b({_SINGULAR}|we|our|nous|wir)\b", re.IGNORECASE)
_FIRST_PERSON_SINGULAR = re.compile(rf"\b({_SINGULAR})\b", re.IGNORECASE)
# the reader addressed outside quotation marks: commentary or unmarked speech, not a checkable fact
_SECOND_PERSON = re.compile(r"\b(you|your|vous|votre|vos|tu)\b", re.IGNORECASE)
_CREDIT = re.compile(r"\((AFP|Reuters|AP|Getty[^)]*|EPA|Sipa[^)]*|DR)\)\s*$|/\s*(AFP|Reuters|AP)\s*$")


def is_checkworthy(f: SentenceFacts, config: AlignConfig) -> bool:
    text = f.sentence.text.strip()
    if len(text) > config.max_sentence_chars or len(f.words) < 5:
        return False
    if text.endswith("?") or _BOILERPLATE.match(text):
        return False
    if text.endswith("...") and len(f.words) < 8:
        return False
    if _CREDIT.search(text):                     # photo credits and captions
        return False
    # first or second person outside quotation marks (those the quotes stage found, or
    # plain marks): the writer's own view or an unmarked address, not a fact
    voice = f.outside_quotes or text
    if (_FIRST_PERSON.search(voice) or _SECOND_PERSON.search(voice)) and not (f.numbers or f.dates):
        return False
    return bool(f.entities or f.numbers or f.dates or f.weekdays or len(f.words) >= 10)


def is_opinion(kinds: set[str], f: SentenceFacts) -> bool:
    """The framing stage's markers inside the sentence say it is the writer's view."""
    if "rhetorical_question" in kinds or "first_person" in kinds:
        return True
    # loaded words in the writer's own « je »: a column's take, even when it names a day
    if "loaded" in kinds and _FIRST_PERSON_SINGULAR.search(f.outside_quotes or f.sentence.text):
        return True
    return "loaded" in kinds and bool(kinds & {"unattributed", "certainty", "intensifier"}) \
        and not (f.numbers or f.dates)


def checkworthy_sentences(article: Article, config: AlignConfig) -> list[SentenceFacts]:
    markers = getattr(article.framing, "markers", None) or []
    out = []
    for i, s in enumerate(article.sentences):
        if not s.text or article.text[s.start:s.end] != s.text:
            continue                             # never cite a span that is not in the text
        f = sentence_facts(article, i, s)
        kinds = {m.kind for m in markers if s.start <= m.start < s.end}
        if is_checkworthy(f, config) and not is_opinion(kinds, f):
            out.append(f)
    return out


@dataclass
class StoryVocabulary:
    """How common each anchor (entity, figure, date, content word) is among the
    story's check-worthy sentences.  Sharing « Ukraine » in a story about
    Ukraine says nothing about two sentences telling one fact; sharing
    « Macron », « 150 000 » or « recrues » says a lot.  Long articles about one
    topic offer many sentences close in meaning to any given one: what tells
    the same fact apart is the specific anchors two sentences share."""
    df: dict[tuple[str, object], int]
    n: int

    @classmethod
    def of(cls, sentences: list[SentenceFacts]) -> "StoryVocabulary":
        df: dict[tuple[str, object], int] = {}
        for f in sentences:
            for x in f.anchors:
                df[x] = df.get(x, 0) + 1
        return cls(df, len(sentences))

    def idf(self, anchor: tuple[str, object]) -> float:
        return math.log((self.n + 1) / (self.df.get(anchor, 0) + 0.5))

    def overlap(self, a: SentenceFacts, b: SentenceFacts) -> float:
        """Weight of the shared anchors over the weight of the sparer sentence's
        anchors (0..1); across languages only entities, figures and dates count."""
        xa, xb = a.anchors, b.anchors
        if a.language != b.language:
            xa = {x for x in xa if x[0] != "word"}
            xb = {x for x in xb if x[0] != "word"}
        shared = xa & xb
        if not shared:
            return 0.0
        weight = min(sum(map(self.idf, xa)), sum(map(self.idf, xb)))
        return min(1.0, sum(map(self.idf, shared)) / weight) if weight > 0 else 0.0


LONG_BONUS = 0.03
CALIBRATION = [
    "The weather stayed mild across the region on Sunday afternoon.",
    "The museum reopened its gallery of ancient pottery after renovation.",
    "A new smartphone model went on sale in stores this week.",
    "The football club signed a young midfielder from a rival team.",
]


def centred(sim: np.ndarray) -> np.ndarray:
    """Excess of each cosine over the mean of its row and of its column."""
    if sim.size == 0:
        return sim
    row = sim.mean(axis=1, keepdims=True)
    col = sim.mean(axis=0, keepdims=True)
    out = sim - (row + col) / 2
    if sim.shape[0] > 6 and sim.shape[1] > 6:
        # long articles offer many chance matches: ask for more than the mean
        # of a sentence's best few partners, not just more than its average
        k = 3
        top_r = np.sort(sim, axis=1)[:, -k:].mean(axis=1, keepdims=True)
        top_c = np.sort(sim, axis=0)[-k:, :].mean(axis=0, keepdims=True)
        out = np.minimum(out, sim - (top_r + top_c) / 2 + LONG_BONUS)
    return out


@dataclass
class AlignedPair:
    a: SentenceFacts
    b: SentenceFacts
    score: float            # centred cosine + weighted specific overlap
    cosine: float
    overlap: float = 0.0    # StoryVocabulary.overlap of the two sentences


@dataclass
class Alignment:
    sentences: dict[str, list[SentenceFacts]]
    vectors: dict[str, np.ndarray]
    pairs: list[AlignedPair] = field(default_factory=list)        # mutual best matches above margin
    near: list[AlignedPair] = field(default_factory=list)         # looser candidates (contradiction checks)
    oneway: list[AlignedPair] = field(default_factory=list)       # best match one way only
    claims: list[list[SentenceFacts]] = field(default_factory=list)
    calibration: np.ndarray | None = None
    vocabulary: StoryVocabulary | None = None
    scores: dict[tuple[str, str], np.ndarray] = field(default_factory=dict)   # per article pair
    agrees: dict[tuple[str, str], np.ndarray] = field(default_factory=dict)   # per article pair: specifics agree?
    row: dict[tuple[str, int], int] = field(default_factory=dict)             # sentence -> row in its article

    def _cell(self, table: dict, x: SentenceFacts, y: SentenceFacts):
        m = table.get((x.article_id, y.article_id))
        if m is not None:
            return m[self.row[(x.article_id, x.index)], self.row[(y.article_id, y.index)]]
        m = table.get((y.article_id, x.article_id))
        if m is not None:
            return m[self.row[(y.article_id, y.index)], self.row[(x.article_id, x.index)]]
        return None

    def score(self, x: SentenceFacts, y: SentenceFacts) -> float | None:
        v = self._cell(self.scores, x, y)
        return None if v is None else float(v)

    def claim_pairs(self) -> list[AlignedPair]:
        """Cross-article pairs of sentences that ended up in one claim (merged,
        attached or paired), with their score: each says they tell one fact."""
        out = []
        for facts in self.claims:
            for i, x in enumerate(facts):
                for y in facts[i + 1:]:
                    if x.article_id != y.article_id:
                        out.append(AlignedPair(x, y, self.score(x, y) or 0.0, 0.0))
        return out

    def agree(self, x: SentenceFacts, y: SentenceFacts) -> bool | None:
        """Do the two share enough specific anchors (or stand far enough above the background)?"""
        v = self._cell(self.agrees, x, y)
        return None if v is None else bool(v)


def align(articles: list[Article], embedder, config: AlignConfig,
          same_utterance: list[list[tuple[str, int]]] | None = None) -> Alignment:
    """`same_utterance`: groups of (article id, offset) of quotes known to render
    one utterance (the quote-variant stage); the sentences carrying them align."""
    sents = {a.id: checkworthy_sentences(a, config) for a in articles}
    texts = [f.sentence.text for a in articles for f in sents[a.id]]
    allv = embedder.embed(texts) if texts else np.zeros((0, 1), dtype=np.float32)
    vectors, pos = {}, 0
    for a in articles:
        n = len(sents[a.id])
        vectors[a.id] = allv[pos:pos + n]
        pos += n
    al = Alignment(sents, vectors)
    al.vocabulary = StoryVocabulary.of([f for fs in sents.values() for f in fs])
    # unrelated sentences stand in as background when an article offers too few
    al.calibration = embedder.embed(CALIBRATION) if texts else None
    for aid, fs in sents.items():
        for r, f in enumerate(fs):
            al.row[(aid, f.index)] = r
    ids = [a.id for a in articles]
    for x, y in article_pairs(ids, vectors, config.max_partners):
        _align_pair(al, ids[x], ids[y], config)
    quoted = _quoted_pairs(al, same_utterance or [], config)
    al.claims = _merge(al.pairs, sents, al, config)
    if config.attach_oneway:
        _attach(al, config)
    if config.pair_claims:
        _pair_claims(al, config)
    _keep_together(al, quoted, config.split_fact_span)
    return al


def _root_finder(parent: dict):
    """Union-find's find over `parent`, with path halving."""
    def find(k):
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k
    return find


def _keep_together(al: Alignment, pairs: list[AlignedPair], span: int) -> None:
    """The sentences that carry one utterance (quoted pairs, linked across
    languages) are one claim: they join the claim that already holds most of
    them, else they make a claim of their own (their sentences may also tell
    other facts, in their own claims).  Three outlets quoting the minister make
    one three-article claim, not three two-article ones."""
    key = lambda f: (f.article_id, f.index)      # noqa: E731
    parent: dict[tuple[str, int], tuple[str, int]] = {}
    facts: dict[tuple[str, int], SentenceFacts] = {}

    find = _root_finder(parent)

    for p in pairs:
        for f in (p.a, p.b):
            parent.setdefault(key(f), key(f))
            facts[key(f)] = f
        parent[find(key(p.a))] = find(key(p.b))
    components: dict[tuple[str, int], list[SentenceFacts]] = {}
    for k in sorted(parent):
        components.setdefault(find(k), []).append(facts[k])
    for members in components.values():
        wanted = {key(f) for f in members}
        shared = lambda c: sum(1 for f in c if key(f) in wanted)      # noqa: E731
        held = [c for c in al.claims if shared(c) >= 2]
        target = max(held, key=shared) if held else None
        if target is None:
            target = []
            al.claims.append(target)
        for f in members:
            if key(f) not in {key(x) for x in target} and _neighbours_only([f], target, span):
                target.append(f)
        target.sort(key=key)
    # a sentence that now stands in a claim with others is no claim of its own any more
    grouped = {key(f) for c in al.claims if len(c) > 1 for f in c}
    al.claims = [c for c in al.claims if len(c) > 1 or key(c[0]) not in grouped]


def _quoted_pairs(al: Alignment, groups: list[list[tuple[str, int]]], config: AlignConfig) -> list[AlignedPair]:
    """Two outlets quoting one utterance (« Nous finirons par y arriver » / « Nous
    y parviendrons éventuellement ») report one fact, whatever else their
    sentences say: the sentences carrying the two renderings align."""
    starts = {aid: [(f.sentence.start, f.sentence.end, f) for f in fs] for aid, fs in al.sentences.items()}
    out = []
    for group in groups:
        carriers = []
        for aid, offset in group:
            hit = next((f for s, e, f in starts.get(aid, []) if s <= offset < e), None)
            if hit is not None:
                carriers.append(hit)
        for x in range(len(carriers)):
            for y in range(x + 1, len(carriers)):
                a, b = carriers[x], carriers[y]
                if a.article_id == b.article_id:
                    continue
                for (ia, ib) in ((a, b), (b, a)):       # they agree, for the merge's coherence test
                    table = al.agrees.get((ia.article_id, ib.article_id))
                    if table is not None:
                        table[al.row[(ia.article_id, ia.index)], al.row[(ib.article_id, ib.index)]] = True
                score = max(al.score(a, b) or 0.0, config.strong_margin)
                out.append(AlignedPair(a, b, score, 0.0, 1.0))
    return out


def _pair_claims(al: Alignment, config: AlignConfig) -> None:
    """A sentence that carries two facts belongs to two claims: a strong one-way
    match that its claims do not already cover becomes a claim of its own."""
    together = set()
    for c in al.claims:
        keys = [(f.article_id, f.index) for f in c]
        together.update((x, y) for x in keys for y in keys)
    added = set()
    for p in sorted(al.oneway, key=lambda p: (-p.score, p.a.article_id, p.a.index, p.b.article_id, p.b.index)):
        ka, kb = (p.a.article_id, p.a.index), (p.b.article_id, p.b.index)
        if (ka, kb) in together or (ka, kb) in added or p.score < config.claim_margin + config.pair_claim_extra:
            continue
        added.add((ka, kb))
        al.claims.append([p.a, p.b])


def _attach(al: Alignment, config: AlignConfig) -> None:
    """A sentence left alone whose best match (one way) sits in a claim joins
    that claim as further evidence: articles often split one fact over two
    sentences.  It must agree with the claim's members on average (as groups
    must to merge), and when the claim already holds a sentence of its article
    it must be that sentence's neighbour: the split is over adjacent sentences,
    not across a long article that returns to its topic."""
    where = {}
    for n, c in enumerate(al.claims):
        for f in c:
            where[(f.article_id, f.index)] = n
    alone = {k for k, n in where.items() if len(al.claims[n]) == 1}
    moved = set()
    for p in sorted(al.oneway, key=lambda p: (-p.score, p.a.article_id, p.a.index, p.b.article_id, p.b.index)):
        for x, y in ((p.a, p.b), (p.b, p.a)):
            kx, ky = (x.article_id, x.index), (y.article_id, y.index)
            if kx not in alone or kx in moved or ky in alone:
                continue
            target = al.claims[where[ky]]        # moves apply at once: the next one sees this one
            if _fits(al, x, target, config):
                target.append(x)
                al.claims[where[kx]] = []
                moved.add(kx)
    al.claims = [sorted(c, key=lambda f: (f.article_id, f.index)) for c in al.claims if c]


def _fits(al: Alignment, x: SentenceFacts, claim: list[SentenceFacts], config: AlignConfig) -> bool:
    return _neighbours_only([x], claim, config.split_fact_span) and _coherent(al, [x], claim, config)


def _neighbours_only(group_a: list[SentenceFacts], group_b: list[SentenceFacts], span: int) -> bool:
    """Two groups may hold sentences of one article only when those sit within
    `span` sentences of each other: an article splits a fact over neighbouring
    sentences, while one that returns to its topic later tells another fact."""
    return all(abs(x.index - y.index) <= span for x in group_a for y in group_b if x.article_id == y.article_id)


def _coherent(al: Alignment, group_a: list[SentenceFacts], group_b: list[SentenceFacts], config: AlignConfig) -> bool:
    """Every pair of evidence sentences in a claim is a claim that they tell one
    fact: two groups join only when their cross pairs score well on average
    and most of them share their specifics.  A chain of look-alikes (A~B, B~C,
    C~D over four articles on one topic) stays apart."""
    cross = [(x, y) for x in group_a for y in group_b if x.article_id != y.article_id]
    scores = [v for v in (al.score(x, y) for x, y in cross) if v is not None]
    agree = [v for v in (al.agree(x, y) for x, y in cross) if v is not None]
    return bool(scores) and sum(scores) / len(scores) >= config.claim_margin * config.merge_agreement \
        and sum(agree) >= config.merge_specific_share * len(agree)


def article_pairs(ids: list[str], vectors: dict[str, np.ndarray], max_partners: int) -> list[tuple[int, int]]:
    """All pairs of a small story; in a big one, each article with its nearest
    `max_partners` articles only, so the work grows linearly with the story."""
    n = len(ids)
    if n <= max_partners + 1:
        return [(x, y) for x in range(n) for y in range(x + 1, n)]
    dim = next((v.shape[1] for v in vectors.values() if len(v)), 1)
    cent = np.zeros((n, dim), dtype=np.float32)
    for i, aid in enumerate(ids):
        if len(vectors[aid]):
            c = vectors[aid].mean(axis=0)
            cent[i] = c / (np.linalg.norm(c) or 1.0)
    sims = cent @ cent.T
    np.fill_diagonal(sims, -np.inf)
    out = set()
    for i in range(n):
        for j in np.argsort(-sims[i], kind="stable")[:max_partners]:
            out.add((min(i, int(j)), max(i, int(j))))
    return sorted(out)


def _align_pair(al: Alignment, ia: str, ib: str, config: AlignConfig) -> None:
    A, B = al.sentences[ia], al.sentences[ib]
    if not A or not B:
        return
    va, vb = al.vectors[ia], al.vectors[ib]
    cos = va @ vb.T
    if min(len(A), len(B)) < 3 and al.calibration is not None:
        # too few sentences for a background: pad both sides with unrelated ones
        pa, pb = np.vstack([va, al.calibration]), np.vstack([vb, al.calibration])
        full = pa @ pb.T
        score = centred(full)[:len(A), :len(B)].copy()
    else:
        score = centred(cos)
    overlap = np.array([[al.vocabulary.overlap(fa, fb) for fb in B] for fa in A], dtype=np.float64)
    # the embedding alone may carry a pair only when it stands far above the background
    # (a translation shares no words); otherwise the two must share specific anchors
    strictness = long_pair_strictness(len(A), len(B), config)
    agrees = (overlap >= config.min_specific_overlap * strictness) | (score >= config.strong_margin)
    # two sentences about what different people said or did are two facts, however alike (in short
    # dispatches a spokesman and his government are one voice: only quoted words count there)
    differ = different_people if strictness >= 0.5 else different_speakers
    agrees &= np.array([[not differ(fa, fb) for fb in B] for fa in A], dtype=bool)
    score = score + config.specific_weight * overlap
    al.scores[(ia, ib)] = score
    best_j = score.argmax(axis=1)
    best_i = score.argmax(axis=0)

    al.agrees[(ia, ib)] = agrees
    linked = (score >= config.claim_margin) & (cos >= config.claim_min_cosine) & agrees

    def keep(i: int, j: int) -> bool:
        return bool(linked[i, j])

    def pair(i: int, j: int) -> AlignedPair:
        return AlignedPair(A[i], B[j], float(score[i, j]), float(cos[i, j]), float(overlap[i, j]))

    for i in range(len(A)):
        j = int(best_j[i])
        if keep(i, j):
            (al.pairs if best_i[j] == i else al.oneway).append(pair(i, j))
    for j in range(len(B)):
        i = int(best_i[j])
        if best_j[i] != j and keep(i, j):
            al.oneway.append(pair(i, j))
    # looser neighbourhood for contradiction checks: each sentence's two best partners
    k = min(2, len(B))
    for i in range(len(A)):
        for j in np.argsort(-score[i])[:k]:
            if score[i, j] >= config.claim_margin / 2:
                al.near.append(pair(i, int(j)))
    k = min(2, len(A))
    for j in range(len(B)):
        for i in np.argsort(-score[:, j])[:k]:
            if score[i, j] >= config.claim_margin / 2:
                al.near.append(pair(int(i), j))


def long_pair_strictness(n_a: int, n_b: int, config: AlignConfig) -> float:
    """0..1 by the length of the shorter article (check-worthy sentences).  Two
    short dispatches leave few look-alike candidates, so a mutual best match is
    telling on its own (0); two long articles about one topic offer many
    sentences close in meaning to any given one, and the best of them is often
    a neighbouring fact: there a pair must also share its specifics (1)."""
    lo, hi = config.short_article, config.long_article
    return min(1.0, max(0.0, (min(n_a, n_b) - lo) / max(1, hi - lo)))


def _merge(pairs: list[AlignedPair], sents: dict[str, list[SentenceFacts]], al: Alignment | None = None,
           config: AlignConfig | None = None) -> list[list[SentenceFacts]]:
    """Greedy union, best pair first, never two sentences of one article in a
    claim, and two groups join only when their members agree on average (no
    chaining of different facts through a third article)."""
    parent: dict[tuple[str, int], tuple[str, int]] = {}
    members: dict[tuple[str, int], list[SentenceFacts]] = {}
    for aid, fs in sents.items():
        for f in fs:
            k = (aid, f.index)
            parent[k] = k
            members[k] = [f]

    find = _root_finder(parent)

    for p in sorted(pairs, key=lambda p: (-p.score, p.a.article_id, p.a.index, p.b.article_id, p.b.index)):
        ra, rb = find((p.a.article_id, p.a.index)), find((p.b.article_id, p.b.index))
        if ra == rb:
            continue
        if not _neighbours_only(members[ra], members[rb], config.split_fact_span if config else 0):
            continue
        if al is not None and config is not None and len(members[ra]) + len(members[rb]) > 2 \
                and not _coherent(al, members[ra], members[rb], config):
            continue
        parent[rb] = ra
        members[ra].extend(members.pop(rb))
    groups = [sorted(m, key=lambda f: (f.article_id, f.index)) for k, m in members.items() if find(k) == k]
    return groups
