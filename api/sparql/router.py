"""`/sparql` (SPARQL 1.1 Protocol, query operation only) and `/rdf` (dataset and per-article dumps).

The app's lifespan puts a started ``SparqlEngine`` with its gate and dump cache on the app's state
(``api.sparql.gate.serve_engine``). Engine calls go through the gate (one at a time, a bounded queue);
errors are mapped to statuses in one place, ``_error_response``, and a failure of the store itself is
logged, never described to the client.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from typing import IO, Annotated, Final
from urllib.parse import parse_qsl

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import PlainTextResponse, Response, StreamingResponse

from api.explorer.ide import ide_page
from api.sparql.description import EXAMPLE_QUERY, service_description
from api.sparql.gate import DumpCache, EngineGate
from kg.errors import InvalidInputError, KGError
from kg.sparqlstore import PREFIXES
from kg.sparqlstore.errors import (
    NotAcceptableError,
    QueryTimeoutError,
    ResultTooLargeError,
    SparqlBusyError,
    SparqlSyntaxError,
    UnknownGraphError,
    UpdateRefusedError,
)
from kg.sparqlstore.formats import DUMP_TYPES, FORMAT_NAMES, GRAPH_TYPES, negotiate

router = APIRouter(tags=["sparql"])
log = logging.getLogger(__name__)

_FORM: Final = "application/x-www-form-urlencoded"
_QUERY_BODY: Final = "application/sparql-query"
_UPDATE_BODY: Final = "application/sparql-update"
_HTML: Final = "text/html"
_CHUNK: Final = 64 * 1024
_STATUS: Final[list[tuple[type[KGError], int]]] = [
    (SparqlSyntaxError, 400),
    (UpdateRefusedError, 403),
    (UnknownGraphError, 404),
    (NotAcceptableError, 406),
    (ResultTooLargeError, 400),
    (InvalidInputError, 400),
    (QueryTimeoutError, 503),
    (SparqlBusyError, 503),
    (KGError, 503),
]
# Failures whose message is about the request or the load, not the store's insides: said as they are.
_TOLD: Final = (InvalidInputError, QueryTimeoutError, SparqlBusyError)
_NOT_TOLD: Final = "the SPARQL store could not answer this request; the server's log has the details\n"


def get_gate(request: Request) -> EngineGate:
    gate = getattr(request.app.state, "sparql_gate", None)
    if not isinstance(gate, EngineGate):
        # Built without api.sparql.neo4j_mirror, or another worker process holds the store (one writer).
        raise HTTPException(503, "the SPARQL store is not open in this server process (see its log)")
    return gate


GateDep = Annotated[EngineGate, Depends(get_gate)]


@router.get("/sparql", summary="SPARQL 1.1 query (GET); the service description without `query`")
async def sparql_get(request: Request, gate: GateDep) -> Response:
    params = list(request.query_params.multi_items())
    if not any(name == "query" for name, _ in params):
        if any(name == "update" for name, _ in params):
            return _error_response(
                UpdateRefusedError("this SPARQL endpoint is read-only: updates are refused")
            )
        return _describe(request)
    return await _answer(request, gate, params)


@router.post("/sparql", summary="SPARQL 1.1 query (POST form or application/sparql-query)")
async def sparql_post(request: Request, gate: GateDep) -> Response:
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    body = (await request.body()).decode("utf-8", errors="replace")
    params = list(request.query_params.multi_items())
    if content_type == _FORM:
        params += parse_qsl(body, keep_blank_values=True)
    elif content_type == _QUERY_BODY:
        params.append(("query", body))
    elif content_type == _UPDATE_BODY:
        return _error_response(
            UpdateRefusedError("this SPARQL endpoint is read-only: SPARQL Update is refused")
        )
    else:
        return PlainTextResponse(
            f"unsupported Content-Type {content_type or '(none)'!r}: send {_FORM} or {_QUERY_BODY}",
            status_code=415,
        )
    if any(name == "update" for name, _ in params):
        return _error_response(
            UpdateRefusedError("this SPARQL endpoint is read-only: SPARQL Update is refused")
        )
    return await _answer(request, gate, params)


@router.get("/rdf", summary="The dataset, or one article's graph (?graph=IRI), as RDF")
async def rdf_dump(
    request: Request, gate: GateDep, graph: str | None = None, format: str | None = None
) -> Response:
    try:
        media_type = _dump_type(request, format)
        if graph is not None:
            body = await gate.call(gate.engine.dump_graph, media_type, graph)
            return Response(body, media_type=media_type)
        dumps: DumpCache = request.app.state.rdf_dumps
        dump = await dumps.open(gate, media_type)
    except KGError as exc:
        return _error_response(exc)
    return StreamingResponse(_stream(dump), media_type=media_type)


async def _answer(request: Request, gate: EngineGate, params: list[tuple[str, str]]) -> Response:
    queries = [value for name, value in params if name == "query"]
    if len(queries) != 1:
        return _error_response(SparqlSyntaxError(f"send exactly one `query` parameter, not {len(queries)}"))
    try:
        answer = await gate.call(
            gate.engine.query,
            queries[0],
            accept=request.headers.get("accept"),
            default_graphs=[v for n, v in params if n == "default-graph-uri"],
            named_graphs=[v for n, v in params if n == "named-graph-uri"],
        )
    except KGError as exc:
        return _error_response(exc)
    return Response(answer.body, media_type=answer.media_type, headers={"Vary": "Accept"})


def _describe(request: Request) -> Response:
    """The service description, or for a browser (HTML preferred) the SPARQL page."""
    try:
        media_type = negotiate(request.headers.get("accept"), [*GRAPH_TYPES, _HTML])
    except NotAcceptableError as exc:
        return _error_response(exc)
    if media_type == _HTML:
        config = {"endpoint": request.url.path, "prefixes": PREFIXES, "example": EXAMPLE_QUERY}
        return ide_page("yasgui.html", inline_styles=True, config=json.dumps(config))
    endpoint = str(request.url.replace(query=""))
    return Response(
        service_description(endpoint, media_type), media_type=media_type, headers={"Vary": "Accept"}
    )


def _dump_type(request: Request, format_name: str | None) -> str:
    if format_name is None:
        return negotiate(request.headers.get("accept"), DUMP_TYPES)
    media_type = FORMAT_NAMES.get(format_name, format_name)
    if media_type not in DUMP_TYPES:
        names = ", ".join(n for n, t in FORMAT_NAMES.items() if t in DUMP_TYPES)
        raise InvalidInputError(f"format {format_name!r} is not offered for dumps; choose one of {names}")
    return media_type


def _stream(dump: IO[bytes]) -> Iterator[bytes]:
    with dump:
        while chunk := dump.read(_CHUNK):
            yield chunk


def _error_response(exc: KGError) -> Response:
    status = next(code for cls, code in _STATUS if isinstance(exc, cls))
    headers = {}
    if isinstance(exc, NotAcceptableError):
        headers["Vary"] = "Accept"
    if isinstance(exc, SparqlBusyError):
        headers["Retry-After"] = "1"
    if not isinstance(exc, _TOLD):
        log.error("SPARQL request failed: %s", exc)
        return PlainTextResponse(_NOT_TOLD, status_code=status, headers=headers)
    return PlainTextResponse(str(exc) + "\n", status_code=status, headers=headers)
