"""Timeline: the dated events of a story, merged across articles.

An event is a sentence holding an absolute resolved date; sentences of
different articles with the same date that belong to one claim are one event,
cited by all their articles.
"""
from __future__ import annotations

from recoupe.model import Article, TimelineEvent


def build_timeline(articles: list[Article], claim_of: dict[tuple[str, int], int]) -> list[TimelineEvent]:
    events: dict[tuple[str, object], TimelineEvent] = {}
    for a in sorted(articles, key=lambda a: a.id):
        for d in a.dates:
            # an event needs at least a month: a bare year dates a context, not an event
            if not d.resolved or len(d.resolved) < 7 or not d.resolved[:4].isdigit():
                continue
            for i, s in enumerate(a.sentences):
                if s.start <= d.start and d.end <= s.end:
                    # one event per claim and date; an unaligned sentence is its own event
                    key = (d.resolved, claim_of.get((a.id, i), (a.id, i)))
                    ev = events.get(key)
                    if ev is None:
                        events[key] = TimelineEvent(date=d.resolved, text=s.text, article_ids=[a.id])
                    elif a.id not in ev.article_ids:
                        ev.article_ids.append(a.id)
                    break
    return sorted(events.values(), key=lambda e: (e.date, -len(e.article_ids), e.text))
