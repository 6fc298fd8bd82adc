"""Claims: check-worthy sentences aligned across the articles of a story.

Alignment works pair of articles by pair of articles, on an e5 cosine matrix
whose rows and columns are re-centred (each score minus the mean of its row
and column: e5 cosines crowd into 0.75-1.0, so only the excess over a
sentence's background means anything), plus small bonuses for shared
entities, figures and dates.  A pair is kept when it is a *mutual best match*
and its excess passes a margin.  Pairs are then merged greedily, best first,
into claims that hold at most one sentence per article.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np

from recoupe.align.config import AlignConfig
from recoupe.align.features import SentenceFacts, sentence_facts
from recoupe.model import Article

_BOILERPLATE = re.compile(
    r"^(read more|click|sign up|subscribe|advertisement|photo|image|video|related|lire aussi|à lire aussi|"
    r"voir aussi|[aà] lire\b|lire\b|share|partager|copyright|©|follow us|suivez|newsletter|getty|afp photo|"
    r"reuters/|date\b|photo\b|cr[ée]dit)",
    re.IGNORECASE)
_FIRST_PERSON = re.compile(r"\b(I|I'm|I've|my|we|our|je|j'|nous|mon|ma|mes|ich|wir)\b", re.IGNORECASE)
_CREDIT = re.compile(r"\((AFP|Reuters|AP|Getty[^)]*|EPA|Sipa[^)]*|DR)\)\s*$|/\s*(AFP|Reuters|AP)\s*$")
_QUOTED = re.compile(r"[«“\"„].*?[»”\"“]", re.DOTALL)


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
    # first person outside quotation marks: the writer's own view, not a fact
    if _FIRST_PERSON.search(_QUOTED.sub(" ", text)) and not (f.numbers or f.dates):
        return False
    return bool(f.entities or f.numbers or f.dates or f.weekdays or len(f.words) >= 10)


def is_opinion(kinds: set[str], f: SentenceFacts) -> bool:
    """The framing stage's markers inside the sentence say it is the writer's view."""
    if "rhetorical_question" in kinds or "first_person" in kinds:
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


def fact_bonus(a: SentenceFacts, b: SentenceFacts) -> float:
    """Shared entities, figures, dates: evidence that two sentences tell one fact."""
    bonus = 0.0
    if a.entities and b.entities:
        bonus += 0.012 * min(3, len(a.entities & b.entities))
    va = {round(n.value, 6) for n in a.numbers}
    vb = {round(n.value, 6) for n in b.numbers}
    if va & vb:
        bonus += 0.02
    if (a.dates & b.dates) or (a.weekdays & b.weekdays):
        bonus += 0.01
    # shared content words (5-letter stems): same wording, same fact; zero across languages
    sa = {w[:5] for w in a.words if len(w) >= 4}
    sb = {w[:5] for w in b.words if len(w) >= 4}
    if sa and sb:
        bonus += LEXICAL_WEIGHT * len(sa & sb) / len(sa | sb)
    return bonus


LONG_BONUS = 0.03
LEXICAL_WEIGHT = 0.06
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
    score: float            # centred cosine + fact bonus
    cosine: float


@dataclass
class Alignment:
    sentences: dict[str, list[SentenceFacts]]
    vectors: dict[str, np.ndarray]
    pairs: list[AlignedPair] = field(default_factory=list)        # mutual best matches above margin
    near: list[AlignedPair] = field(default_factory=list)         # looser candidates (contradiction checks)
    oneway: list[AlignedPair] = field(default_factory=list)       # best match one way only
    claims: list[list[SentenceFacts]] = field(default_factory=list)
    calibration: np.ndarray | None = None
    scores: dict[tuple[str, str], np.ndarray] = field(default_factory=dict)   # per article pair
    row: dict[tuple[str, int], int] = field(default_factory=dict)             # sentence -> row in its article

    def score(self, x: SentenceFacts, y: SentenceFacts) -> float | None:
        m = self.scores.get((x.article_id, y.article_id))
        if m is not None:
            return float(m[self.row[(x.article_id, x.index)], self.row[(y.article_id, y.index)]])
        m = self.scores.get((y.article_id, x.article_id))
        if m is not None:
            return float(m[self.row[(y.article_id, y.index)], self.row[(x.article_id, x.index)]])
        return None


def align(articles: list[Article], embedder, config: AlignConfig) -> Alignment:
    sents = {a.id: checkworthy_sentences(a, config) for a in articles}
    texts = [f.sentence.text for a in articles for f in sents[a.id]]
    allv = embedder.embed(texts) if texts else np.zeros((0, 1), dtype=np.float32)
    vectors, pos = {}, 0
    for a in articles:
        n = len(sents[a.id])
        vectors[a.id] = allv[pos:pos + n]
        pos += n
    al = Alignment(sents, vectors)
    # unrelated sentences stand in as background when an article offers too few
    al.calibration = embedder.embed(CALIBRATION) if texts else None
    for aid, fs in sents.items():
        for r, f in enumerate(fs):
            al.row[(aid, f.index)] = r
    ids = [a.id for a in articles]
    for x, y in article_pairs(ids, vectors, config.max_partners):
        _align_pair(al, ids[x], ids[y], config)
    al.claims = _merge(al.pairs, sents, al, config)
    if config.attach_oneway:
        _attach(al, config)
    if config.pair_claims:
        _pair_claims(al, config)
    return al


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
    that claim as further evidence: articles often split one fact over two sentences."""
    where = {}
    for n, c in enumerate(al.claims):
        for f in c:
            where[(f.article_id, f.index)] = n
    alone = {k for k, n in where.items() if len(al.claims[n]) == 1}
    moves = {}
    for p in sorted(al.oneway, key=lambda p: -p.score):
        for x, y in ((p.a, p.b), (p.b, p.a)):
            kx, ky = (x.article_id, x.index), (y.article_id, y.index)
            if kx in alone and kx not in moves and ky not in alone and len(al.claims[where[ky]]) > 1:
                moves[kx] = where[ky]
    for kx, n in sorted(moves.items()):
        f = al.claims[where[kx]][0]
        al.claims[n].append(f)
        al.claims[where[kx]] = []
    al.claims = [sorted(c, key=lambda f: (f.article_id, f.index)) for c in al.claims if c]


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
    for i, fa in enumerate(A):
        for j, fb in enumerate(B):
            score[i, j] += fact_bonus(fa, fb)
    al.scores[(ia, ib)] = score
    best_j = score.argmax(axis=1)
    best_i = score.argmax(axis=0)
    for i in range(len(A)):
        j = int(best_j[i])
        s = float(score[i, j])
        pair = AlignedPair(A[i], B[j], s, float(cos[i, j]))
        if s >= config.claim_margin and cos[i, j] >= config.claim_min_cosine:
            (al.pairs if best_i[j] == i else al.oneway).append(pair)
    for j in range(len(B)):
        i = int(best_i[j])
        s = float(score[i, j])
        if best_j[i] != j and s >= config.claim_margin and cos[i, j] >= config.claim_min_cosine:
            al.oneway.append(AlignedPair(A[i], B[j], s, float(cos[i, j])))
    # looser neighbourhood for contradiction checks: each sentence's two best partners
    k = min(2, len(B))
    for i in range(len(A)):
        for j in np.argsort(-score[i])[:k]:
            if score[i, j] >= config.claim_margin / 2:
                al.near.append(AlignedPair(A[i], B[int(j)], float(score[i, j]), float(cos[i, j])))
    k = min(2, len(A))
    for j in range(len(B)):
        for i in np.argsort(-score[:, j])[:k]:
            if score[i, j] >= config.claim_margin / 2:
                al.near.append(AlignedPair(A[int(i)], B[j], float(score[i, j]), float(cos[i, j])))


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

    def find(k):
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for p in sorted(pairs, key=lambda p: (-p.score, p.a.article_id, p.a.index, p.b.article_id, p.b.index)):
        ra, rb = find((p.a.article_id, p.a.index)), find((p.b.article_id, p.b.index))
        if ra == rb:
            continue
        arts_a = {f.article_id for f in members[ra]}
        if arts_a & {f.article_id for f in members[rb]}:
            continue
        if al is not None and config is not None and len(members[ra]) + len(members[rb]) > 2:
            links = [al.score(x, y) for x in members[ra] for y in members[rb]]
            links = [v for v in links if v is not None]
            if links and sum(links) / len(links) < config.claim_margin * config.merge_agreement:
                continue
        parent[rb] = ra
        members[ra].extend(members.pop(rb))
    groups = [sorted(m, key=lambda f: (f.article_id, f.index)) for k, m in members.items() if find(k) == k]
    return groups
