"""The managed local Neo4j: fetched from Maven Central, configured, started and stopped by kg itself.

For machines without Docker. Nothing here runs when settings name an external server (``KG_NEO4J_URI``).

    layout    where the jars, config, data, logs, PID and password live
    prereqs   java >= 17, mvn, free ports: each failure names its fix
    fetch     the jars, via `mvn dependency:copy-dependencies` on the repo's pom.xml
    config    neo4j.conf, the password (generated once, owner-only) and its installation
    process   start (wait for Bolt), stop (SIGTERM, then wait), status
"""

from kg.server.layout import ServerLayout, layout_for
from kg.server.process import ServerStatus, StartResult, server_status, start_server, stop_server

__all__ = [
    "ServerLayout",
    "ServerStatus",
    "StartResult",
    "layout_for",
    "server_status",
    "start_server",
    "stop_server",
]
