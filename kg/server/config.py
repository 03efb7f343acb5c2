"""The managed server's neo4j.conf and its password."""

from __future__ import annotations

import os
import secrets
import string
from pathlib import Path

from kg.errors import ConfigError, Neo4jServerError
from kg.server.admin import admin_output, run_admin
from kg.server.layout import ServerLayout
from kg.settings import Settings

# Neo4j refuses passwords shorter than this (dbms.security.auth_minimum_password_length).
MIN_PASSWORD_LENGTH = 8


def render_conf(layout: ServerLayout, settings: Settings) -> str:
    """neo4j.conf for these settings. Neo4j validates strictly: every key here must exist in 5.26."""
    lines = {
        # Loopback only: the server is a developer's local store, never a network service.
        "server.default_listen_address": "127.0.0.1",
        "server.default_advertised_address": "127.0.0.1",
        "server.bolt.listen_address": f"127.0.0.1:{settings.neo4j_bolt_port}",
        "server.http.listen_address": f"127.0.0.1:{settings.neo4j_http_port}",
        "server.https.enabled": "false",
        "dbms.security.auth_enabled": "true",
        # No phoning home: these machines may have no internet at all.
        "dbms.usage_report.enabled": "false",
        "client.allow_telemetry": "false",
        "server.memory.pagecache.size": settings.neo4j_pagecache,
        "server.directories.data": str(layout.data),
        "server.directories.logs": str(layout.logs),
        "server.directories.plugins": str(layout.plugins),
        "server.directories.run": str(layout.pid_file.parent),
        "server.directories.lib": str(layout.lib),
        # No keep-alive NOOPs during queries, and so no `connection.recv_timeout_seconds` hint, which
        # the async driver turns into a timer and a task on every socket read (a fifth of the API's
        # driver CPU per query). Every query has a server-side timeout, and the API a deadline per read.
        "server.bolt.connection_keep_alive_for_requests": "OFF",
        # Hosts Neo4j Browser may load guides (`:play <url>`) from, e.g. the kg API's own guide.
        "browser.remote_content_hostname_whitelist": settings.neo4j_browser_allowlist,
        # LOAD CSV reads no file of this machine: file URLs refused, and confined to an empty directory
        # should anyone turn them back on.
        "dbms.security.allow_csv_import_from_file_urls": "false",
        "server.directories.import": str(layout.imports),
    }
    header = "# Written by kg at every `kg neo4j start` (kg/server/config.py); change KG_ settings instead.\n"
    return header + "".join(f"{key}={value}\n" for key, value in lines.items())


def write_conf(layout: ServerLayout, settings: Settings) -> Path:
    for directory in (
        layout.conf_dir,
        layout.data,
        layout.logs,
        layout.plugins,
        layout.pid_file.parent,
        layout.imports,
    ):
        directory.mkdir(parents=True, exist_ok=True)
    layout.conf_file.write_text(render_conf(layout, settings), encoding="utf-8")
    return layout.conf_file


def effective_password(layout: ServerLayout, settings: Settings) -> str:
    """The password from settings, else the stored one, else a new one stored owner-only."""
    if settings.neo4j_password is not None:
        return settings.neo4j_password.get_secret_value()
    if layout.password.exists():
        return layout.password.read_text(encoding="utf-8").strip()
    if layout.initialised:
        raise ConfigError(
            f"the managed Neo4j in {layout.home} already has a password, but {layout.password} is gone. Fix: "
            f"set KG_NEO4J_PASSWORD to it, or delete {layout.data} to start from an empty database"
        )
    return _store_new_password(layout.password)


_PASSWORD_ALPHABET = string.ascii_letters + string.digits


def _store_new_password(path: Path) -> str:
    # Letters and digits only: a generated password starting with '-' would read as an option elsewhere.
    password = "".join(secrets.choice(_PASSWORD_ALPHABET) for _ in range(32))
    path.parent.mkdir(parents=True, exist_ok=True)
    # Created with 0600 from the start, so the secret is never readable by others, even briefly.
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(password + "\n")
    return password


def install_initial_password(layout: ServerLayout, java: Path, password: str) -> None:
    """Set the `neo4j` user's password before the first start (`neo4j-admin dbms set-initial-password`).

    Raises:
        ConfigError: the password is too short for Neo4j.
        Neo4jServerError: the admin tool failed.
    """
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ConfigError(
            f"KG_NEO4J_PASSWORD is too short: Neo4j needs at least {MIN_PASSWORD_LENGTH} characters"
        )
    # The password goes in an owner-only argument file (the admin tool expands `@file`), never on the
    # command line, where every user of the machine could read it (`ps`, /proc/PID/cmdline).
    arguments = layout.pid_file.parent / "initial-password.args"
    arguments.parent.mkdir(parents=True, exist_ok=True)
    arguments.unlink(missing_ok=True)
    fd = os.open(arguments, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(f"-- {_quoted(password)}\n")  # "--": a password may start with "-"
    try:
        run = run_admin(layout, java, "dbms", "set-initial-password", f"@{arguments}", timeout=300)
    finally:
        arguments.unlink(missing_ok=True)
    if run.returncode != 0:
        raise Neo4jServerError(
            f"setting the initial Neo4j password failed in {layout.home}:\n"
            f"{admin_output(run).replace(password, '***')}\n"
            f"Fix the cause shown above (settings: KG_NEO4J_*; the config kg wrote is {layout.conf_file})"
        )


def _quoted(value: str) -> str:
    """``value`` as one argument of a picocli argument file: double-quoted, backslash-escaped."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
