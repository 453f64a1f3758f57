"""Exceptions newsearch raises. Every message says what to do next.

This module imports nothing from the project.
"""

from __future__ import annotations


class NewsearchError(Exception):
    """Base class of every error newsearch raises on purpose."""


class IndexNotFoundError(NewsearchError):
    """There is no index where one was expected."""


class SchemaMismatchError(NewsearchError):
    """The index was written by an incompatible version of newsearch."""


class IndexLockedError(NewsearchError):
    """Another process is writing to the index."""


class QuerySyntaxError(NewsearchError):
    """The query cannot be run as written (empty, only stop words, malformed)."""


class ArticleParseError(NewsearchError):
    """A file could not be read as an article."""


class FileVanishedError(ArticleParseError):
    """A file was deleted or moved between being listed and being read."""
