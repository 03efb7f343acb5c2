"""The explorer page at `/`, its assets, and the Neo4j Browser style sheet and guide.

The app factory adds `router` to its list of routers; nothing here talks to Neo4j: the page
itself reads the graph through `/graphql` only.
"""

from api.explorer.router import ExplorerFiles, router

__all__ = ["ExplorerFiles", "router"]
