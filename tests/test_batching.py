"""Micro-batching: concurrent requests are grouped and each gets its own result."""

import asyncio

from nlp_service import schema
from nlp_service.api.batching import MicroBatcher


class CountingAnalyzer:
    def __init__(self, real):
        self.real, self.batches = real, []

    def analyze_many(self, items):
        self.batches.append(len(items))
        return self.real.analyze_many(items)


def test_concurrent_requests_share_batches_and_keep_identity(analyzer):
    counting = CountingAnalyzer(analyzer)

    async def main():
        b = MicroBatcher(lambda: counting, max_batch=8, max_wait_ms=20)
        await b.start()
        texts = [f"เอกสารที่ {i} ไปทำงานที่เมียวดี" if i % 2 else f"document {i} about yaba pills" for i in range(12)]
        results = await asyncio.gather(*(b.analyze(schema.AnalyzeRequest(text=t, id=str(i))) for i, t in enumerate(texts)))
        await b.stop()
        return results

    results = asyncio.run(main())
    assert [r.id for r in results] == [str(i) for i in range(12)]
    assert [r.language for r in results] == ["en" if i % 2 == 0 else "th" for i in range(12)]
    assert max(counting.batches) > 1  # requests that arrived together were analysed together
    assert sum(counting.batches) == 12


def test_batched_and_single_results_agree(analyzer):
    texts = ["刷单返利，日赚500元，加微信abc123", "Police seized yaba in Chiang Rai", ""]
    batch = analyzer.analyze_many([schema.AnalyzeRequest(text=t) for t in texts])
    for t, b in zip(texts, batch):
        single = analyzer.analyze(t)
        assert [(i.label, round(i.score, 3), i.flagged) for i in single.indicators] == \
               [(i.label, round(i.score, 3), i.flagged) for i in b.indicators]
        assert [(e.start, e.end, e.label) for e in single.entities] == [(e.start, e.end, e.label) for e in b.entities]
