"""Micro-batching: requests that arrive together are analysed as one batch.

Each /v1/analyze request puts its text on a queue and awaits a future. One collector task
takes everything that is waiting (up to ``max_batch`` items) and runs
:meth:`Analyzer.analyze_many` in a single worker thread, so batch-aware components (the
indicator classifier) do one vectoriser pass and one matrix product for the whole batch, and
threads never queue up on the analyzer's lock.

By default the collector adds no wait of its own (``max_wait_ms=0``): an idle server answers a
lone request at once, and under load the requests that arrive while one batch is being
analysed form the next batch. A positive ``max_wait_ms`` makes it wait that long after the
first item for more (more batching, more latency: a sleep on a busy machine easily costs
several times its nominal length).
"""

from __future__ import annotations

import asyncio
import logging
from concurrent.futures import ThreadPoolExecutor
from typing import Callable

from nlp_service import schema

log = logging.getLogger(__name__)


class MicroBatcher:
    def __init__(self, get_analyzer: Callable[[], object], max_batch: int = 16, max_wait_ms: float = 0.0):
        self.get_analyzer = get_analyzer
        self.max_batch = max_batch
        self.max_wait = max_wait_ms / 1000.0
        self._queue: asyncio.Queue | None = None
        self._task: asyncio.Task | None = None
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="analyze")

    async def start(self) -> None:
        self._queue = asyncio.Queue()
        self._task = asyncio.create_task(self._run(), name="micro-batcher")

    async def stop(self) -> None:
        if self._task:
            self._task.cancel()
            try:
                await self._task
            except asyncio.CancelledError:
                pass
        self._executor.shutdown(wait=False, cancel_futures=True)

    async def analyze(self, req: schema.AnalyzeRequest) -> schema.AnalysisResult:
        if self._queue is None:  # not started (e.g. used outside the app's lifespan)
            return await asyncio.get_running_loop().run_in_executor(
                self._executor, lambda: self.get_analyzer().analyze(req.text, req.id, req.lang))
        fut = asyncio.get_running_loop().create_future()
        await self._queue.put((req, fut))
        return await fut

    async def _run(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            batch = [await self._queue.get()]
            while len(batch) < self.max_batch and not self._queue.empty():
                batch.append(self._queue.get_nowait())
            deadline = loop.time() + self.max_wait
            while self.max_wait > 0 and len(batch) < self.max_batch:
                timeout = deadline - loop.time()
                if timeout <= 0:
                    break
                try:
                    batch.append(await asyncio.wait_for(self._queue.get(), timeout))
                except asyncio.TimeoutError:
                    break
            live = [(r, f) for r, f in batch if not f.cancelled()]
            if not live:
                continue
            analyzer = self.get_analyzer()  # read per batch: a promoted model takes over here
            try:
                results = await loop.run_in_executor(self._executor, analyzer.analyze_many, [r for r, _ in live])
            except Exception as exc:  # one bad batch must not stop the collector
                log.exception("batch of %d failed", len(live))
                for _, f in live:
                    if not f.done():
                        f.set_exception(exc)
                continue
            for (_, f), res in zip(live, results):
                if not f.done():
                    f.set_result(res)
