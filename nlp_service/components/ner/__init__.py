"""Statistical NER (PERSON / LOCATION / ORG) for Thai, Chinese and English."""

from .backends import BACKENDS, register_backend
from .component import LanguageModel, StatisticalNER, predict_text

__all__ = ["BACKENDS", "LanguageModel", "StatisticalNER", "predict_text", "register_backend"]
