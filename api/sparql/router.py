"""`/sparql` (SPARQL 1.1 Protocol, query operation only) and `/rdf` (dataset and per-article dumps).

The app's lifespan puts a started ``SparqlEngine`` on ``app.state.sparql_engine`` (see
``api.sparql.lifespan``). Engine calls block, so they run in the thread pool; errors are mapped to
statuses in one place, ``_error_response``.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Final
from urllib.parse import parse_qsl

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import PlainTextResponse, Response, StreamingResponse
from starlette.concurrency import run_in_threadpool

from api.sparql.description import service_description
from kg.errors import InvalidInputError, KGError
from kg.sparqlstore import SparqlEngine
from kg.sparqlstore.errors import (
    NotAcceptableError,
    QueryTimeoutError,
    ResultTooLargeError,
    SparqlSyntaxError,
    UnknownGraphError,
    UpdateRefusedError,
)
from kg.sparqlstore.formats import DUMP_TYPES, FORMAT_NAMES, GRAPH_TYPES, negotiate

router = APIRouter(tags=["sparql"])

_FORM: Final = "application/x-www-form-urlencoded"
_QUERY_BODY: Final = "application/sparql-query"
_UPDATE_BODY: Final = "application/sparql-update"
_CHUNK: Final = 64 * 1024
_STATUS: Final[list[tuple[type[KGError], int]]] = [
    (SparqlSyntaxError, 400),
    (UpdateRefusedError, 403),
    (UnknownGraphError, 404),
    (NotAcceptableError, 406),
    (ResultTooLargeError, 400),
    (InvalidInputError, 400),
    (QueryTimeoutError, 503),
    (KGError, 503),
]


def get_engine(request: Request) -> SparqlEngine:
    engine = getattr(request.app.state, "sparql_engine", None)
    if not isinstance(engine, SparqlEngine):
        # Built without api.sparql.neo4j_mirror, or another worker process holds the store (one writer).
        raise HTTPException(503, "the SPARQL store is not open in this server process (see its log)")
    return engine


EngineDep = Annotated[SparqlEngine, Depends(get_engine)]


@router.get("/sparql", summary="SPARQL 1.1 query (GET); the service description without `query`")
async def sparql_get(request: Request, engine: EngineDep) -> Response:
    params = list(request.query_params.multi_items())
    if not any(name == "query" for name, _ in params):
        if any(name == "update" for name, _ in params):
            return _error_response(
                UpdateRefusedError("this SPARQL endpoint is read-only: updates are refused")
            )
        return _describe(request)
    return await _answer(request, engine, params)


@router.post("/sparql", summary="SPARQL 1.1 query (POST form or application/sparql-query)")
async def sparql_post(request: Request, engine: EngineDep) -> Response:
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
    return await _answer(request, engine, params)


@router.get("/rdf", summary="The dataset, or one article's graph (?graph=IRI), as RDF")
async def rdf_dump(
    request: Request, engine: EngineDep, graph: str | None = None, format: str | None = None
) -> Response:
    try:
        media_type = _dump_type(request, format)
        fd, name = tempfile.mkstemp(prefix="kg-rdf-", suffix=".dump")
        os.close(fd)
        try:
            await run_in_threadpool(engine.dump, Path(name), media_type, graph)
        except BaseException:
            os.unlink(name)
            raise
    except KGError as exc:
        return _error_response(exc)
    return StreamingResponse(_stream_and_remove(Path(name)), media_type=media_type)


async def _answer(request: Request, engine: SparqlEngine, params: list[tuple[str, str]]) -> Response:
    queries = [value for name, value in params if name == "query"]
    if len(queries) != 1:
        return _error_response(SparqlSyntaxError(f"send exactly one `query` parameter, not {len(queries)}"))
    try:
        answer = await run_in_threadpool(
            engine.query,
            queries[0],
            accept=request.headers.get("accept"),
            default_graphs=[v for n, v in params if n == "default-graph-uri"],
            named_graphs=[v for n, v in params if n == "named-graph-uri"],
        )
    except KGError as exc:
        return _error_response(exc)
    return Response(answer.body, media_type=answer.media_type, headers={"Vary": "Accept"})


def _describe(request: Request) -> Response:
    try:
        media_type = negotiate(request.headers.get("accept"), GRAPH_TYPES)
    except NotAcceptableError as exc:
        return _error_response(exc)
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


def _stream_and_remove(path: Path) -> Iterator[bytes]:
    try:
        with path.open("rb") as dump:
            while chunk := dump.read(_CHUNK):
                yield chunk
    finally:
        path.unlink(missing_ok=True)


def _error_response(exc: KGError) -> Response:
    status = next(code for cls, code in _STATUS if isinstance(exc, cls))
    headers = {}
    if isinstance(exc, NotAcceptableError):
        headers["Vary"] = "Accept"
    return PlainTextResponse(str(exc) + "\n", status_code=status, headers=headers)
