"""Read-your-writes across drivers: the latest writes' bookmarks, handed from a writer to readers.

On a Neo4j cluster a read may go to a member that has not yet applied the last write. A bookmark
names a committed transaction; a transaction begun with it waits until its member has applied
that one. Within one driver, kg's writes and reads share the driver's bookmark manager (see
kg.graphstore.writer). The API writes with a synchronous driver and reads with an asynchronous
one, so ``SharedBookmarks`` carries the bookmarks of each committed write (``for_writer``) to every
read begun after it (``for_readers``): a mutation's result is what the next query sees, on any
cluster member. On a single server a bookmark is always already applied, and costs nothing.
"""

from __future__ import annotations

import threading

import neo4j

__all__ = ["SharedBookmarks"]


class SharedBookmarks:
    """The bookmarks of the latest committed writes, kept for reads of another driver."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._latest = neo4j.Bookmarks.from_raw_values(())

    def latest(self) -> neo4j.Bookmarks:
        with self._lock:
            return self._latest

    def _keep(self, bookmarks: neo4j.Bookmarks) -> None:
        with self._lock:
            self._latest = bookmarks

    def for_writer(self) -> neo4j.BookmarkManager:
        """A manager for the writing sessions: each commit's bookmarks become the latest."""
        return neo4j.GraphDatabase.bookmark_manager(bookmarks_consumer=self._keep)

    def for_readers(self) -> neo4j.AsyncBookmarkManager:
        """A manager for the reading sessions: each read waits for the latest write."""
        return neo4j.AsyncGraphDatabase.bookmark_manager(bookmarks_supplier=self.latest)
