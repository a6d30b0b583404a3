"""Throughput of the job workers: ``python -m nlp_service.jobs.bench [N]``.

Queues N distinct ~500-character tip-offs (th/zh/en mix) as an upload job in the configured
store, publishes it when NLP_SERVICE_JOB_BACKEND=celery (start workers yourself), or runs it
with an in-process runner otherwise, and prints documents/s between the first claim and the end.
"""

from __future__ import annotations

import json
import sys
import time
import uuid

TIPOFF = ("Agent Ko Win took my brother's passport and sent him to Mae Sot to work on a fishing boat; he was "
          "promised 15,000 baht a month but is paid nothing and beaten. 我朋友被骗到柬埔寨的园区，护照被收走，"
          "老板的微信是 kowin88，要求家人支付三万美元赎金。มีคนชวนน้องสาวไปทำงานร้านนวดที่มาเลเซีย แต่ถูกยึดพาสปอร์ต "
          "ติดต่อเอเย่นต์ที่เบอร์ 089-123-4567. Call the agent on 081-442-9071 or pay USDT to the wallet he sends. ")


def main(n: int = 300) -> None:
    from nlp_service.config import get_settings
    from nlp_service.store import jobs as store
    from nlp_service.store.db import open_store

    settings = get_settings()
    _engine, sessions = open_store(settings)
    data = "\n".join(json.dumps({"text": (TIPOFF * 2)[:480] + f" [bench {uuid.uuid4().hex}]"}, ensure_ascii=False)
                     for _ in range(n)).encode()
    with sessions() as session:
        job_id = store.create_upload_job(session, data, max_chars=settings.max_text_chars, key_id=None,
                                         backend=settings.job_backend).id
        ids = store.items_to_dispatch(session, job_id=job_id)
    runner = None
    if settings.job_backend == "celery":
        from nlp_service.jobs.celery_app import dispatch

        dispatch(sessions, settings, ids)
    else:
        from nlp_service import model_registry
        from nlp_service.jobs.runner import InProcessRunner
        from nlp_service.pipeline import Analyzer

        analyzer = Analyzer(model_registry.active_path(settings))
        runner = InProcessRunner(sessions, lambda: analyzer, settings)
        runner.start()
    while True:
        with sessions() as session:
            job = store.get_job(session, job_id)
            if job.status in ("done", "failed"):
                break
        time.sleep(0.5)
    if runner:
        runner.stop()
    secs = (job.finished_at - job.started_at).total_seconds()
    print(json.dumps({"job": job_id, "documents": n, "seconds": round(secs, 2), "docs_per_s": round(n / secs, 1),
                      "backend": settings.job_backend, "batch_size": settings.job_batch_size}))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 300)
