"""Extraction over forked worker processes: each runs the whole serial extraction over shards of the inputs.

Why not ``nlp.pipe(n_process=N)``: spaCy's workers parse and send whole serialised Docs back, and the
parent then does the kg per-doc work, coreference, assembly and (in callers) RDF: N + 1 busy processes on
N cores. Here each worker runs everything up to the small per-input result, so the parent only unpickles
and yields. Workers are forked after the pipeline is loaded, so the model's weights are shared
copy-on-write and the job (a closure over the inputs and the pipeline) reaches them without pickling.

Results come back in input order. A job that raises part-way through a shard still delivers the results
before the failing input, then the error (as the serial generator would).
"""

from __future__ import annotations

import gc
import multiprocessing
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

from kg.errors import ExtractionError

__all__ = ["Job", "run_sharded", "shard_bounds"]

T = TypeVar("T")
#: The work of one shard: inputs [start, stop) in, one result per input out, in order.
Job = Callable[[int, int], Iterator[T]]
#: Guided scheduling: each shard takes 1 / (GUIDED_SHARE x processes) of the inputs still unassigned, so
#: early shards are large (big ``nlp.pipe`` batches, few round trips) and the last ones small (the worker
#: that finishes first does not wait long for the other), never fewer than MIN_SHARD inputs.
GUIDED_SHARE = 2
MIN_SHARD = 4

# Set in each worker by the pool's initializer (inherited through fork, never pickled).
_job: Job[Any] | None = None


def shard_bounds(count: int, processes: int, batch_size: int) -> list[tuple[int, int]]:
    """[start, stop) bounds covering ``count`` inputs in shards of shrinking size, at most ``batch_size``."""
    bounds: list[tuple[int, int]] = []
    start = 0
    while start < count:
        share = -(-(count - start) // (GUIDED_SHARE * processes))
        size = max(1, min(batch_size, max(MIN_SHARD, share)))
        bounds.append((start, min(start + size, count)))
        start += size
    return bounds


def run_sharded(count: int, job: Job[T], processes: int, batch_size: int) -> Iterator[T]:
    """Run ``job`` over shards of ``range(count)`` in ``processes`` forked workers; yield results in order.

    Raises:
        ExtractionError: a worker process died (killed, out of memory) before finishing its shard.
        Exception: whatever ``job`` raised for an input, after the results before it.
    """
    gc.freeze()  # objects alive now stay untouched by the workers' collector: their pages stay shared
    pool = ProcessPoolExecutor(
        processes, mp_context=multiprocessing.get_context("fork"), initializer=_install, initargs=(job,)
    )
    try:
        futures = [
            pool.submit(_run_shard, start, stop) for start, stop in shard_bounds(count, processes, batch_size)
        ]
        gc.unfreeze()  # the workers exist now (forked at the first submit)
        for future in futures:
            yield from _results(future)
    finally:
        gc.unfreeze()
        pool.shutdown(wait=True, cancel_futures=True)


def _results(future: Future[list[Any]]) -> Iterator[Any]:
    try:
        results = future.result()
    except BrokenProcessPool as exc:
        raise ExtractionError(f"an extraction worker process died ({exc})") from exc
    for result in results:
        if isinstance(result, BaseException):
            raise result
        yield result


def _install(job: Job[Any]) -> None:
    global _job
    _job = job


def _run_shard(start: int, stop: int) -> list[Any]:
    """The shard's results; an exception ends the list (and the shard) where the serial run would stop."""
    assert _job is not None, "the pool initializer installs the job"
    results: list[Any] = []
    try:
        for result in _job(start, stop):
            results.append(result)
    except Exception as exc:  # carried back in order, raised by the parent after the results before it
        results.append(exc)
    return results
