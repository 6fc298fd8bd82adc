"""Publication dates as ISO 8601, whatever form a corpus gives them in.

Later stages resolve relative dates against `Article.published`, so it must
be ISO ("2024-05-20", "2024-05-20T14:11:00+02:00", or "2024-05" when only the
month is known).  A value that cannot be read is dropped rather than guessed.
"""
from __future__ import annotations

import re
from datetime import datetime, timezone

_ISO_PARTIAL = re.compile(r"^(?:19|20)\d{2}(?:-(?:0[1-9]|1[0-2]))?$")


def normalise_published(value: object) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        seconds = value / 1000 if value > 10**11 else value       # epoch seconds or milliseconds
        try:
            return datetime.fromtimestamp(seconds, tz=timezone.utc).isoformat()
        except (OverflowError, OSError, ValueError):
            return None
    text = str(value).strip()
    if _ISO_PARTIAL.match(text):
        return text
    try:
        dt = datetime.fromisoformat(text.replace("Z", "+00:00"))
        return dt.date().isoformat() if len(text) <= 10 else dt.isoformat()
    except ValueError:
        pass
    if not re.search(r"\b(?:19|20)\d{2}\b", text):
        return None                          # "yesterday", "Monday": relative to what? not a date to record
    try:
        import dateparser
    except ImportError:
        return None
    dt = dateparser.parse(text, settings={"STRICT_PARSING": True, "PREFER_DAY_OF_MONTH": "first",
                                          "PARSERS": ["custom-formats", "absolute-time"]})
    if dt is None:                           # "May 2024": a month is all we know
        month = dateparser.parse(text, settings={"REQUIRE_PARTS": ["month", "year"],
                                                 "PARSERS": ["custom-formats", "absolute-time"]})
        return f"{month.year:04d}-{month.month:02d}" if month and 1900 <= month.year <= 2100 else None
    if not 1900 <= dt.year <= 2100:
        return None
    has_time = bool(re.search(r"\d{1,2}[:h]\d{2}", text))
    return dt.isoformat() if has_time else dt.date().isoformat()
