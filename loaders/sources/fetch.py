"""Fetching http(s) URLs with limits: per-operation timeout, streamed size cap, bounded redirects.

Redirects are followed here rather than by httpx so that every hop's scheme (and, when private
addresses are not allowed, every hop's address) is checked and a loop is reported as a loop.

Each hop's host is resolved once, here, and the connection goes to that very address (the URL's host
stays in the Host header and in TLS's server name): a name whose DNS answer changes between a check
and the connect (DNS rebinding) cannot lead elsewhere. For the same reason no proxy is used (a proxy
resolves names itself) and the body is decoded here, within the size cap (loaders.sources.decoding).
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit, urlunsplit

import httpx

from kg.settings import Settings
from loaders.sources.base import SourceError
from loaders.sources.decoding import ACCEPT_ENCODING, decoded, encodings

_SCHEMES = ("http", "https")
_DEFAULT_PORTS = {"http": 80, "https": 443}
_USER_AGENT = "kg-news-loader/0.1 (+https://kg.example.org)"
_ACCEPT = (
    "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, "
    "application/xml;q=0.9, text/plain;q=0.8, */*;q=0.1"
)
Address = ipaddress.IPv4Address | ipaddress.IPv6Address


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
    """An HTTP client with the configured timeout; the caller closes it.

    ``trust_env=False``: no proxy from HTTP(S)_PROXY, no .netrc; every connection goes to the address
    this module resolved and checked.
    """
    return httpx.Client(
        timeout=httpx.Timeout(settings.fetch_timeout),
        follow_redirects=False,
        trust_env=False,
        headers={"User-Agent": _USER_AGENT, "Accept": _ACCEPT, "Accept-Encoding": ACCEPT_ENCODING},
    )


def check_scheme(url: str) -> None:
    """Refuse anything but http and https (file:, ftp:, data: ... could read local or unexpected data)."""
    try:
        scheme = urlsplit(url).scheme.lower()
    except ValueError as err:  # e.g. an unclosed IPv6 bracket
        raise SourceError(f"invalid URL: {err}") from err
    if scheme not in _SCHEMES:
        raise SourceError(f"unsupported URL scheme '{scheme}:' (only http and https are fetched)")


def resolve(url: str, private_ok: bool) -> Address:
    """The address to connect to for ``url``'s host: its first, after checking all of them.

    Raises:
        SourceError: no host, the name does not resolve, or (unless ``private_ok``) any address is
            loopback, private, link-local, reserved, multicast or unspecified: what a server fetching
            on someone else's behalf must not reach.
    """
    host = urlsplit(url).hostname
    if not host:
        raise SourceError("URL without a host")
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError) as err:
        raise SourceError(f"cannot resolve host {host!r}: {err}") from err
    addresses = [ipaddress.ip_address(str(sockaddr[0]).split("%", 1)[0]) for *_, sockaddr in infos]
    for address in addresses if not private_ok else ():
        if not address.is_global or address.is_multicast:
            kind = _address_kind(address)
            raise SourceError(
                f"refused: host {host!r} is a {kind} address ({address}); fetching it is not allowed here"
            )
    return addresses[0]


def _address_kind(address: Address) -> str:
    for kind in ("loopback", "link_local", "private", "multicast", "unspecified", "reserved"):
        if getattr(address, f"is_{kind}"):
            return kind.replace("_", "-")
    return "non-public"


def fetch(
    url: str,
    client: httpx.Client,
    settings: Settings,
    *,
    private_ok: bool | None = None,
    validators: Mapping[str, str] | None = None,
) -> Fetched:
    """GET ``url`` within the limits of ``settings``; ``validators`` (If-None-Match, If-Modified-Since)
    make it conditional, and a 304 answer comes back as ``not_modified``.

    Args:
        url: an http(s) URL.
        client: from ``new_client``.
        settings: timeout, size cap, redirects.
        private_ok: whether non-public addresses may be reached (default:
            ``settings.fetch_private_addresses``).
        validators: conditional-request headers (kg watch).

    Raises:
        SourceError: scheme not http(s), a non-public address when not ``private_ok``, timeout,
            connection failure, HTTP error status, redirect loop, too many redirects, an encoding other
            than gzip or deflate, or a body (decoded) larger than ``settings.fetch_max_bytes``.
    """
    check_scheme(url)
    allowed = settings.fetch_private_addresses if private_ok is None else private_ok
    chain = [url]
    try:
        for _ in range(settings.fetch_max_redirects + 1):
            address = resolve(chain[-1], allowed)
            response = client.send(_pinned(client, chain[-1], address, validators), stream=True)
            try:
                if response.status_code == 304 and validators:
                    return Fetched(chain[-1], "", None, b"", *_validators(response), True)
                if not response.is_redirect:
                    return _read(response, chain[-1], settings)
                chain.append(_next_hop(response, chain))
            finally:
                response.close()
    except httpx.TimeoutException as err:
        raise SourceError(f"timed out after {settings.fetch_timeout:g} s ({type(err).__name__})") from err
    except httpx.HTTPError as err:
        raise SourceError(f"request failed: {type(err).__name__}: {err}") from err
    except httpx.InvalidURL as err:
        raise SourceError(f"invalid URL: {err}") from err
    raise SourceError(f"too many redirects (more than {settings.fetch_max_redirects}): {' -> '.join(chain)}")


def _pinned(
    client: httpx.Client, url: str, address: Address, validators: Mapping[str, str] | None = None
) -> httpx.Request:
    """A GET of ``url`` sent to ``address``: the host name goes in the Host header and TLS's SNI;
    ``validators`` are sent as they are (a conditional request)."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    port = parts.port or _DEFAULT_PORTS[parts.scheme.lower()]
    literal = f"[{address}]" if address.version == 6 else str(address)
    target = urlunsplit((parts.scheme, f"{literal}:{port}", parts.path or "/", parts.query, ""))
    named = host if ":" not in host else f"[{host}]"
    host_header = named if parts.port is None else f"{named}:{parts.port}"
    return client.build_request(
        "GET", target, headers={**(validators or {}), "Host": host_header}, extensions={"sni_hostname": host}
    )


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


def _read(response: httpx.Response, url: str, settings: Settings) -> Fetched:
    if response.status_code >= 400:
        raise SourceError(f"HTTP {response.status_code} {response.reason_phrase}")
    cap = settings.fetch_max_bytes
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > cap:
        size = int(declared)
        raise SourceError(f"too large: Content-Length {size:,} bytes exceeds fetch_max_bytes ({cap:,})")
    codings = encodings(response.headers.get("content-encoding", ""))
    # Raw bytes, decoded here within the cap: a huge, endless or compressed-bomb body stops early.
    body = b"".join(decoded(response.iter_raw(), codings, cap))
    media_type, _, params = response.headers.get("content-type", "").partition(";")
    etag, last_modified = _validators(response)
    return Fetched(
        url=url,
        content_type=media_type.strip().lower(),
        charset=_charset(params),
        body=body,
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
