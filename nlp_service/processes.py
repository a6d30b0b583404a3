"""Process-level set-up shared by the HTTP server and the bulk-job worker."""

from __future__ import annotations


def one_native_thread_per_process() -> None:
    """The service scales with processes, one per core (`serve --workers N`, `worker -c N`).
    Native thread pools inside each process (numpy's OpenBLAS, used by the NER tagger's small
    matrix products) would only oversubscribe those cores: with two workers and two threads
    each, measured throughput at concurrency 8 fell from ~70 to ~20 requests/s. Called before
    the model is loaded (and, with pre-forking, before the fork, so the workers inherit it)."""
    from threadpoolctl import threadpool_limits

    threadpool_limits(1)
