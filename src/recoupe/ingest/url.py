"""Fetching a URL: http(s) only, a timeout, a size cap; then the HTML, feed or text reader."""
from __future__ import annotations

import hashlib
import re
import socket
import urllib.error
import urllib.request
from dataclasses import dataclass
from urllib.parse import urlsplit

from recoupe import __version__
from recoupe.ingest.errors import IngestProblem

TIMEOUT_SECONDS = 20.0
MAX_BYTES = 10 * 1024 * 1024
ALLOWED_SCHEMES = ("http", "https")
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")


@dataclass
class Fetched:
    url: str                    # after redirects
    data: bytes
    content_type: str           # "text/html", "application/rss+xml"... lower case, no parameters
    charset: str | None


def looks_like_url(item: str) -> bool:
    """Anything with a scheme ("https:", "file:", "javascript:") is treated as a URL, and refused
    unless http(s); a Windows drive letter ("C:") is a path."""
    m = _SCHEME.match(item.strip())
    return bool(m) and len(m.group(1)) > 1


def url_id(url: str) -> str:
    """A short stable id for an article known by its URL (no dots: scorers take Path(id).stem)."""
    return "url-" + hashlib.sha256(url.strip().encode("utf-8")).hexdigest()[:12]


def check_scheme(url: str) -> None:
    m = _SCHEME.match(url.strip())
    scheme = m.group(1).lower() if m else ""
    if scheme not in ALLOWED_SCHEMES:
        raise IngestProblem(f"refused: only http:// and https:// URLs are fetched, not {scheme or 'this'}: URLs")
    if not urlsplit(url.strip()).hostname:
        raise IngestProblem("not a valid URL (no host name)")


def fetch(url: str, timeout: float = TIMEOUT_SECONDS, max_bytes: int = MAX_BYTES) -> Fetched:
    check_scheme(url)
    request = urllib.request.Request(url.strip(), headers={
        "User-Agent": f"recoupe/{__version__} (news cross-checking; +https://example.invalid/recoupe)",
        "Accept": "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5",
    })
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            final = response.geturl()
            check_scheme(final)
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise IngestProblem(f"the page is {int(length) / 1e6:.0f} MB, over the {max_bytes // 2**20} MB limit")
            data = response.read(max_bytes + 1)
            if len(data) > max_bytes:
                raise IngestProblem(f"the page is larger than the {max_bytes // 2**20} MB limit")
            content_type = (response.headers.get_content_type() or "").lower()
            charset = response.headers.get_content_charset()
    except IngestProblem:
        raise
    except urllib.error.HTTPError as err:
        raise IngestProblem(f"the server answered HTTP {err.code} {err.reason}") from None
    except urllib.error.URLError as err:
        reason = err.reason
        if isinstance(reason, (socket.timeout, TimeoutError)):
            raise IngestProblem(f"no answer within {timeout:g} s") from None
        raise IngestProblem(f"could not reach the server ({reason})") from None
    except (socket.timeout, TimeoutError):
        raise IngestProblem(f"no answer within {timeout:g} s") from None
    except (OSError, ValueError) as err:
        raise IngestProblem(f"could not fetch the page ({err})") from None
    return Fetched(url=final, data=data, content_type=content_type, charset=charset)


def kind_of(fetched: Fetched) -> str:
    """"feed", "html" or "text", from the content type, then from the bytes."""
    ct = fetched.content_type
    head = fetched.data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if "rss" in ct or "atom" in ct or (("xml" in ct or head.startswith(b"<?xml")) and
                                       any(t in head for t in (b"<rss", b"<feed", b"<rdf:rdf"))):
        return "feed"
    if "html" in ct or head.startswith((b"<!doctype html", b"<html")) or b"<html" in head:
        return "html"
    if ct.startswith("text/") or not ct:
        return "text"
    raise IngestProblem(f"unsupported content type {ct}: expected an HTML page, a feed or plain text")
