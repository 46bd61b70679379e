"""Fetching URLs with timeouts, a size cap, content-type checks and guarded, limited redirects."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urljoin

import httpx

from assay.collect.guard import check_url, pin_request
from assay.errors import FetchRefused, InputError

ACCEPTED_TYPES = (
    "text/html",
    "application/xhtml+xml",
    "application/rss+xml",
    "application/atom+xml",
    "application/xml",
    "text/xml",
    "text/plain",
)


@dataclass(frozen=True, slots=True)
class FetchPolicy:
    """Limits on what a fetch may do."""

    allow_private: bool = False
    connect_timeout: float = 5.0
    read_timeout: float = 15.0
    max_bytes: int = 5_000_000
    max_redirects: int = 5
    user_agent: str = "assay/0.1 (+https://github.com/assay-osint/assay)"


@dataclass(frozen=True, slots=True)
class Fetched:
    """A fetched body with the URL it finally came from."""

    url: str
    content_type: str
    body: bytes
    charset: str | None = None

    @property
    def text(self) -> str:
        """The body decoded with the charset the server or the page declares, else UTF-8.

        Undecodable bytes are replaced rather than fatal.
        """
        declared = self.charset or _meta_charset(self.body)
        if declared:
            try:
                return self.body.decode(declared, errors="replace")
            except LookupError:
                pass
        return self.body.decode("utf-8", errors="replace")


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def _meta_charset(body: bytes) -> str | None:
    # Many regional news sites still serve windows-1251 and say so only in the page itself.
    match = _META_CHARSET.search(body[:4096])
    return match.group(1).decode("ascii") if match else None


class Fetcher:
    """An HTTP client that applies the guard at every hop."""

    def __init__(
        self, policy: FetchPolicy | None = None, transport: httpx.BaseTransport | None = None
    ) -> None:
        self.policy = policy or FetchPolicy()
        timeout = httpx.Timeout(self.policy.read_timeout, connect=self.policy.connect_timeout)
        self._client = httpx.Client(
            timeout=timeout,
            follow_redirects=False,
            transport=transport,
            headers={"User-Agent": self.policy.user_agent},
        )

    def close(self) -> None:
        """Close the connection pool."""
        self._client.close()

    def fetch(self, url: str) -> Fetched:
        """GET a URL, following at most max_redirects guarded redirects."""
        current = url
        for _hop in range(self.policy.max_redirects + 1):
            address = check_url(current, allow_private=self.policy.allow_private)
            target, headers, extensions = (
                (current, {}, {}) if address is None else pin_request(current, address)
            )
            try:
                with self._client.stream("GET", target, headers=headers, extensions=extensions) as response:
                    if response.is_redirect:
                        location = response.headers.get("location")
                        if not location:
                            raise InputError(f"{current}: redirect without a Location header")
                        current = urljoin(current, location)
                        continue
                    return self._read(current, response)
            except httpx.TimeoutException:
                raise InputError(
                    f"{current}: timed out (connect {self.policy.connect_timeout:g}s, "
                    f"read {self.policy.read_timeout:g}s)"
                ) from None
            except httpx.HTTPError as exc:
                raise InputError(f"{current}: request failed ({exc.__class__.__name__}: {exc})") from None
        raise FetchRefused(f"{url}: more than {self.policy.max_redirects} redirects; refused")

    def _read(self, url: str, response: httpx.Response) -> Fetched:
        if response.status_code >= 400:
            raise InputError(f"{url}: HTTP {response.status_code}")
        header = response.headers.get("content-type", "")
        content_type = header.split(";")[0].strip().lower()
        charset = next(
            (
                part.split("=", 1)[1].strip().strip("\"'")
                for part in header.split(";")[1:]
                if part.strip().lower().startswith("charset=")
            ),
            None,
        )
        if content_type and content_type not in ACCEPTED_TYPES:
            raise FetchRefused(f"{url}: content type {content_type!r} is not a web page or feed")
        declared = response.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > self.policy.max_bytes:
            raise FetchRefused(
                f"{url}: body of {int(declared):,} bytes exceeds the {self.policy.max_bytes:,}-byte cap"
            )
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > self.policy.max_bytes:
                raise FetchRefused(f"{url}: body exceeds the {self.policy.max_bytes:,}-byte cap")
            chunks.append(chunk)
        return Fetched(url=url, content_type=content_type, body=b"".join(chunks), charset=charset)
