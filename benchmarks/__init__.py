"""Benchmarks of the NLP service: run ``python -m benchmarks`` (see README.md)."""
