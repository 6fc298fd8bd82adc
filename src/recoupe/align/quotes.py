"""Quote variants: one utterance rendered differently by different outlets.

Two quotes of different articles are one utterance when their speakers agree
(or one is unknown) and either their words overlap strongly (one outlet quotes
a fragment of the other's quote; same language) or their e5 vectors are each
other's best match with a high cosine: across languages (two translations of
one English sentence), or in one language when both speakers are known and
agree (two French renderings of one English quote: « Nous finirons par y
arriver, avec le temps » / « Nous y parviendrons éventuellement, avec le temps »).
Groups are closed by union.  The pieces of a quote split by an incise (“The dam
held,” she said, “but the spillway did not.”) are one utterance: they are
matched joined, so that a translation quoting it whole finds them.
"""
from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz

from recoupe.align.features import norm
from recoupe.model import Article, Quote, QuoteGroup

_MIN_WORDS = 3
CROSS_LINGUAL_COSINE = 0.9
SAME_LANGUAGE_COSINE = 0.93   # same-language cosines run higher: a stricter bar, and named speakers


_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}


def _speaker(q: Quote) -> str | None:
    name = q.speaker_canonical or None
    if not name:
        return None
    words = [w for w in norm(name).split() if w not in _SUFFIXES]
    return " ".join(words) or None


def speakers_agree(a: Quote, b: Quote) -> bool:
    sa, sb = _speaker(a), _speaker(b)
    if sa is None or sb is None:
        return True
    if sa == sb:
        return True
    last_a, last_b = sa.split()[-1], sb.split()[-1]
    return last_a == last_b and len(last_a) >= 3


def _words(text: str) -> list[str]:
    return norm(text).split()


def same_wording(a: str, b: str) -> bool:
    wa, wb = _words(a), _words(b)
    if min(len(wa), len(wb)) < _MIN_WORDS:
        return False
    ta, tb = " ".join(wa), " ".join(wb)
    short = min(len(ta), len(tb))
    # a fragment quoted by one outlet inside the other's longer quote
    return fuzz.partial_ratio(ta, tb) >= (90 if short < 40 else 82)


INCISE_GAP = 80     # characters between two pieces of one quote split by « a-t-il dit » / "she said"


@dataclass
class _Utterance:
    article: Article
    quotes: list[Quote]

    @property
    def text(self) -> str:
        return " ".join(q.text for q in self.quotes)


def _same_voice(a: Quote, b: Quote) -> bool:
    """One incise speaks for both: the same speaker span, or (a pronoun inside
    « a-t-elle précisé » has none) the same resolved speaker and the same cue."""
    if a.speaker_start is not None:
        return (a.speaker_start, a.speaker_end) == (b.speaker_start, b.speaker_end)
    return bool(a.speaker_canonical) and a.speaker_canonical == b.speaker_canonical and a.cue == b.cue


def utterances(article: Article) -> list[_Utterance]:
    """The article's direct quotes, the pieces around one incise joined: consecutive
    quotes of one voice, close to each other."""
    out: list[_Utterance] = []
    for q in sorted((q for q in article.quotes if q.text and q.kind == "direct"), key=lambda q: q.start):
        last = out[-1].quotes[-1] if out else None
        if last is not None and 0 <= q.start - last.end <= INCISE_GAP and _same_voice(last, q):
            out[-1].quotes.append(q)
        else:
            out.append(_Utterance(article, [q]))
    return out


def group_quotes(articles: list[Article], embedder=None, min_similarity: float = 0.6) -> list[QuoteGroup]:
    items = [u for a in articles for u in utterances(a) if len(_words(u.text)) >= _MIN_WORDS]
    if len(items) < 2:
        return []
    parent = list(range(len(items)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i, j):
        ri, rj = find(i), find(j)
        if ri != rj:
            parent[max(ri, rj)] = min(ri, rj)

    sims = None
    if embedder is not None:
        vecs = embedder.embed([u.text for u in items])
        sims = vecs @ vecs.T

    def mutual_best(i: int, j: int) -> bool:
        others_i = [sims[i, k] for k in range(len(items)) if items[k].article.id == items[j].article.id]
        others_j = [sims[j, k] for k in range(len(items)) if items[k].article.id == items[i].article.id]
        return sims[i, j] >= max(others_i) - 1e-6 and sims[i, j] >= max(others_j) - 1e-6
    for i in range(len(items)):
        ai, qi = items[i].article, items[i].quotes[0]
        for j in range(i + 1, len(items)):
            aj, qj = items[j].article, items[j].quotes[0]
            if ai.id == aj.id or not speakers_agree(qi, qj):
                continue
            if ai.language == aj.language:
                if same_wording(items[i].text, items[j].text):
                    union(i, j)
                elif sims is not None and _speaker(qi) and _speaker(qj) and sims[i, j] >= SAME_LANGUAGE_COSINE \
                        and mutual_best(i, j):
                    union(i, j)
            elif sims is not None and sims[i, j] >= CROSS_LINGUAL_COSINE and mutual_best(i, j):
                union(i, j)
    groups: dict[int, list[int]] = {}
    for i in range(len(items)):
        groups.setdefault(find(i), []).append(i)
    out = []
    for root, idx in sorted(groups.items()):
        if len({items[i].article.id for i in idx}) < 2:
            continue
        quotes = [(items[i].article, q) for i in idx for q in items[i].quotes]
        names = [q.speaker_canonical for _, q in quotes if q.speaker_canonical]
        speaker = max(sorted(set(names)), key=names.count) if names else None
        out.append(QuoteGroup(speaker=speaker, quotes=[
            {"article_id": a.id, "text": q.text, "start": q.start, "end": q.end} for a, q in quotes]))
    return out
