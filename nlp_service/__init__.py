"""Multilingual (Thai, Chinese, English) analysis of tip-offs about trafficking, scams and smuggling."""

__version__ = "0.1.0"
