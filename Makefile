# Set-up is idempotent: the virtualenv is rebuilt only when pyproject.toml changes.
PY ?= python3
VENV := .venv
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | sha1sum | cut -c1-12)
export HF_HUB_OFFLINE := 1
export HF_DATASETS_OFFLINE := 1

.PHONY: setup serve test bench clean

$(STAMP): pyproject.toml
	test -x $(VENV)/bin/python || $(PY) -m venv $(VENV)
	$(VENV)/bin/python -m pip install -q --upgrade pip
	$(VENV)/bin/python -m pip install -q -e '.[test]'
	rm -f $(VENV)/.installed-* && touch $(STAMP)

setup: $(STAMP)

serve: setup
	$(VENV)/bin/nlp-service serve --host 127.0.0.1 --port 8000

test: setup
	$(VENV)/bin/python -m pytest -q -p no:cacheprovider

bench: setup
	$(VENV)/bin/python -m benchmarks

clean:
	rm -rf $(VENV) .pytest_cache
