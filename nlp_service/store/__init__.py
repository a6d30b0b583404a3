"""Persistent storage of the analysts' workbench: documents, analyses, entity index,
annotations (gold corrections), API keys and the audit log.

SQLite file in ``settings.data_dir`` by default; PostgreSQL via ``NLP_SERVICE_DATABASE_URL``.
The schema is created and upgraded by alembic (:func:`nlp_service.store.db.migrate`).
"""
