"""Training and evaluation of the NER models (see train.py / evaluate.py)."""
