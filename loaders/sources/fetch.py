"""Fetching http(s) URLs with limits: per-operation timeout, streamed size cap, bounded redirects.

Redirects are followed here rather than by httpx so that every hop's scheme (and, when private
addresses are not allowed, every hop's address) is checked and a loop is reported as a loop.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpx

from kg.settings import Settings
from loaders.sources.base import SourceError

_SCHEMES = ("http", "https")
_USER_AGENT = "kg-news-loader/0.1 (+https://kg.example.org)"
_ACCEPT = (
    "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, "
    "application/xml;q=0.9, text/plain;q=0.8, */*;q=0.1"
)


@dataclass(frozen=True, slots=True)
class Fetched:
    """A response body read within the limits, with what is needed to dispatch it."""

    url: str  # after redirects
    content_type: str  # media type only, lower case, e.g. "text/html"
    charset: str | None
    body: bytes
    etag: str | None = None  # the validators a conditional request sends back (kg watch)
    last_modified: str | None = None
    not_modified: bool = False  # HTTP 304 to a conditional request: the body is empty


def new_client(settings: Settings) -> httpx.Client:
    """An HTTP client with the configured timeout; the caller closes it."""
    return httpx.Client(
        timeout=httpx.Timeout(settings.fetch_timeout),
        follow_redirects=False,
        headers={"User-Agent": _USER_AGENT, "Accept": _ACCEPT},
    )


def check_scheme(url: str) -> None:
    """Refuse anything but http and https (file:, ftp:, data: ... could read local or unexpected data)."""
    try:
        scheme = urlsplit(url).scheme.lower()
    except ValueError as err:  # e.g. an unclosed IPv6 bracket
        raise SourceError(f"invalid URL: {err}") from err
    if scheme not in _SCHEMES:
        raise SourceError(f"unsupported URL scheme '{scheme}:' (only http and https are fetched)")


def check_address(url: str) -> None:
    """Refuse a URL whose host is, or resolves to, a non-public address (loopback, private, link-local,
    reserved, multicast, unspecified): what a server fetching on a client's behalf must not reach.

    The check resolves the name itself; httpx resolves again when it connects, so a name whose DNS
    answer changes between the two (rebinding) is not caught here.
    """
    host = urlsplit(url).hostname
    if not host:
        raise SourceError("URL without a host")
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError) as err:
        raise SourceError(f"cannot resolve host {host!r}: {err}") from err
    for *_, sockaddr in infos:
        address = ipaddress.ip_address(str(sockaddr[0]).split("%", 1)[0])
        if not address.is_global or address.is_multicast:
            kind = _address_kind(address)
            raise SourceError(
                f"refused: host {host!r} is a {kind} address ({address}); fetching it is not allowed here"
            )


def _address_kind(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str:
    for kind in ("loopback", "link_local", "private", "multicast", "unspecified", "reserved"):
        if getattr(address, f"is_{kind}"):
            return kind.replace("_", "-")
    return "non-public"


def fetch(
    url: str, client: httpx.Client, settings: Settings, validators: Mapping[str, str] | None = None
) -> Fetched:
    """GET ``url`` within the limits of ``settings``; ``validators`` (If-None-Match, If-Modified-Since)
    make it conditional, and a 304 answer comes back as ``not_modified``.

    Raises:
        SourceError: scheme not http(s), a non-public address when ``settings.fetch_private_addresses``
            is off, timeout, connection failure, HTTP error status, redirect loop, too many redirects, or a
            body larger than ``settings.fetch_max_bytes``.
    """
    check_scheme(url)
    chain = [url]
    try:
        for _ in range(settings.fetch_max_redirects + 1):
            if not settings.fetch_private_addresses:
                check_address(chain[-1])
            with client.stream("GET", chain[-1], headers=dict(validators or {})) as response:
                if response.status_code == 304 and validators:
                    return Fetched(str(response.url), "", None, b"", *_validators(response), True)
                if not response.is_redirect:
                    return _read(response, settings)
                chain.append(_next_hop(response, chain))
    except httpx.TimeoutException as err:
        raise SourceError(f"timed out after {settings.fetch_timeout:g} s ({type(err).__name__})") from err
    except httpx.HTTPError as err:
        raise SourceError(f"request failed: {type(err).__name__}: {err}") from err
    except httpx.InvalidURL as err:
        raise SourceError(f"invalid URL: {err}") from err
    raise SourceError(f"too many redirects (more than {settings.fetch_max_redirects}): {' -> '.join(chain)}")


def _next_hop(response: httpx.Response, chain: list[str]) -> str:
    location = str(response.headers.get("location", ""))
    if not location:
        raise SourceError(f"HTTP {response.status_code} redirect without a Location header")
    try:
        target = urljoin(chain[-1], location)
        scheme = urlsplit(target).scheme.lower()
    except ValueError as err:
        raise SourceError(f"redirect to an invalid URL ({location!r}): {err}") from err
    if target in chain:
        raise SourceError(f"redirect loop: {' -> '.join([*chain, target])}")
    if scheme not in _SCHEMES:
        raise SourceError(f"redirect to unsupported URL scheme '{scheme}:' ({target}); only http and https")
    return target


def _read(response: httpx.Response, settings: Settings) -> Fetched:
    if response.status_code >= 400:
        raise SourceError(f"HTTP {response.status_code} {response.reason_phrase}")
    cap = settings.fetch_max_bytes
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > cap:
        size = int(declared)
        raise SourceError(f"too large: Content-Length {size:,} bytes exceeds fetch_max_bytes ({cap:,})")
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > cap:
            # Stop reading now: a huge or endless body must not fill memory.
            raise SourceError(f"too large: body exceeds fetch_max_bytes ({cap:,} bytes); stopped reading")
        chunks.append(chunk)
    media_type, _, params = response.headers.get("content-type", "").partition(";")
    etag, last_modified = _validators(response)
    return Fetched(
        url=str(response.url),
        content_type=media_type.strip().lower(),
        charset=_charset(params),
        body=b"".join(chunks),
        etag=etag,
        last_modified=last_modified,
    )


def _validators(response: httpx.Response) -> tuple[str | None, str | None]:
    return response.headers.get("etag"), response.headers.get("last-modified")


def _charset(params: str) -> str | None:
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None
