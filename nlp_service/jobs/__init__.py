"""Bulk analysis as jobs: a JSONL upload or a list of stored documents, analysed item by item.

* :mod:`nlp_service.store.jobs` — tables and every database step (claim, complete, fail, finish);
* :mod:`.processing` — analyse a claimed batch with an :class:`~nlp_service.pipeline.Analyzer`;
* :mod:`.runner` — the embedded backend (a thread in each API process) and, for the Celery
  backend, the API-side dispatcher/janitor;
* :mod:`.celery_app` — the scale-out backend (``nlp-service worker``).

See ``README.md`` in this folder for running N API processes and M workers.
"""
