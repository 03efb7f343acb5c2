"""Where the managed server's files live: jars in the shared cache, everything else in the data directory."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from kg.errors import ConfigError
from kg.graphstore.connection import password_file
from kg.settings import Settings

# The repo's pom.xml pins the Neo4j and Browser versions; kg reads the version from it so it is written once.
POM = Path(__file__).resolve().parents[2] / "pom.xml"
_MAVEN_NS = {"m": "http://maven.apache.org/POM/4.0.0"}


@dataclass(frozen=True)
class ServerLayout:
    """The paths of one managed server.

    Attributes:
        home: the server's home, ``{data_dir}/neo4j``: conf/, data/, logs/, run/ and the password file.
        lib: the jars, ``{cache_dir}/neo4j-{version}/lib``, shared by every checkout on the machine.
        version: the Neo4j version the pom pins.
        password: the generated password's file (owner-only), read by the CLI and the API.
    """

    home: Path
    lib: Path
    version: str
    password: Path

    @property
    def conf_dir(self) -> Path:
        return self.home / "conf"

    @property
    def conf_file(self) -> Path:
        return self.conf_dir / "neo4j.conf"

    @property
    def data(self) -> Path:
        return self.home / "data"

    @property
    def logs(self) -> Path:
        return self.home / "logs"

    @property
    def plugins(self) -> Path:
        return self.home / "plugins"

    @property
    def imports(self) -> Path:
        """LOAD CSV's directory, kept empty: file URLs are off anyway (kg/server/config.py)."""
        return self.home / "import"

    @property
    def console_log(self) -> Path:
        return self.logs / "console.log"

    @property
    def pid_file(self) -> Path:
        return self.home / "run" / "neo4j.pid"

    @property
    def initialised(self) -> bool:
        """True once the server has created its system database (the initial password is then fixed)."""
        return (self.data / "databases" / "system").exists()


def neo4j_version(pom: Path = POM) -> str:
    """The Neo4j version pinned by ``pom.xml`` (its ``neo4j.version`` property)."""
    try:
        root = ET.parse(pom).getroot()
    except (OSError, ET.ParseError) as exc:
        raise ConfigError(f"cannot read the Neo4j version from {pom}: {exc}") from exc
    node = root.find("m:properties/m:neo4j.version", _MAVEN_NS)
    if node is None or not (node.text or "").strip():
        raise ConfigError(f"{pom} has no <neo4j.version> property")
    return (node.text or "").strip()


def layout_for(settings: Settings, pom: Path = POM) -> ServerLayout:
    """The layout for these settings, with absolute paths (the server's cwd is not ours)."""
    version = neo4j_version(pom)
    return ServerLayout(
        home=(settings.data_dir / "neo4j").resolve(),
        lib=(settings.cache_dir / f"neo4j-{version}" / "lib").expanduser().resolve(),
        version=version,
        password=password_file(settings).resolve(),
    )
