"""Every error newstrace reports about a page, in one place, with a code and a hint.

A batch never dies for one page: stages raise a :class:`PageError` (or a
subclass) naming the document; the runner catches it, stores it in the ledger's
errors table and goes on.  Users can catch the precise subclass they care about.
"""

from __future__ import annotations


class NewstraceError(Exception):
    """Base of all newstrace errors."""


class PageError(NewstraceError):
    """One page could not be read or analysed.

    ``code`` is stable (for scripts and the errors table); ``document`` names
    the page (file path, ``file.jsonl:LINE``, URL); ``hint`` says what to do.
    """

    code = "E000"
    hint = ""

    def __init__(self, document: str, message: str, *, hint: str | None = None) -> None:
        self.document = document
        self.message = message
        if hint is not None:
            self.hint = hint
        super().__init__(self.one_line())

    def __reduce__(self) -> tuple[object, ...]:
        # Errors cross process boundaries (the ingest worker pool): rebuild them whole.
        return (_rebuild, (type(self), self.document, self.message, self.hint))

    def one_line(self) -> str:
        text = f"{self.document}: {self.message} [{self.code}]"
        return f"{text} ({self.hint})" if self.hint else text


def _rebuild(cls: type[PageError], document: str, message: str, hint: str) -> PageError:
    return cls(document, message, hint=hint)


class EmptyDocument(PageError):
    code = "E001"
    hint = "the file has no text to analyse"


class BinaryDocument(PageError):
    code = "E002"
    hint = (
        "not a text or HTML page; newstrace reads .html, .htm, .html.gz, .txt, .jsonl, "
        "feeds, WARC archives and URLs"
    )


class DocumentTooLarge(PageError):
    code = "E003"
    hint = "raise --max-bytes if this page is genuine"


class DecodeFailed(PageError):
    code = "E004"
    hint = "the bytes match no known text encoding"


class BadArchive(PageError):
    code = "E005"
    hint = "a .gz file that is not gzip data, or is truncated"


class BadRecord(PageError):
    code = "E006"
    hint = 'each JSONL line must be an object with "url" and "html" or "text"'


class NoArticle(PageError):
    code = "E007"
    hint = "no article text could be found on the page"


class UnsupportedInput(PageError):
    code = "E008"
    hint = (
        "newstrace reads .html, .htm, .html.gz, .txt, .jsonl, .rss, .atom, .xml (a feed), "
        ".warc, .warc.gz and .urls files, folders, globs and http(s) URLs"
    )


class NotFound(PageError):
    code = "E009"
    hint = "check the path"


class Unreadable(PageError):
    code = "E010"
    hint = "the file exists but cannot be read: check its permissions"


# --- Feeds, WARC archives and fetched URLs ---------------------------------------
# The document of these errors is the URL asked for, the feed (path or URL), or
# ``archive.warc.gz@OFFSET`` for a WARC record, so a user can find it again.


class FetchFailed(PageError):
    code = "E011"
    hint = "the URL could not be fetched (name resolution, connection, TLS, redirects)"


class HttpStatus(PageError):
    code = "E012"
    hint = "the server answered with an error status; the page may be gone or moved"


class FetchTimeout(PageError):
    code = "E013"
    hint = "the server was too slow; raise --timeout if it is genuine"


class RefusedAddress(PageError):
    code = "E014"
    hint = (
        "private, loopback, link-local, multicast and reserved addresses are not fetched; "
        "pass --allow-private to fetch from your own network"
    )


class RobotsDisallowed(PageError):
    code = "E015"
    hint = "the site's robots.txt does not allow newstrace to fetch this URL"


class NotAFeed(PageError):
    code = "E016"
    hint = "an RSS or Atom feed was expected here"


class MalformedFeed(PageError):
    code = "E017"
    hint = "the feed is not well-formed XML; the entries read before the fault were kept"


class BadWarc(PageError):
    code = "E018"
    hint = "a truncated or corrupt WARC archive; the records before this offset were kept"


class UnsupportedContent(PageError):
    code = "E019"
    hint = "the URL serves neither an HTML page, plain text nor an RSS/Atom feed"
