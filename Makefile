# Set-up is idempotent: the virtualenv is rebuilt only when pyproject.toml changes.
PY ?= python3
VENV := .venv
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | sha1sum | cut -c1-12)
export HF_HUB_OFFLINE := 1
export HF_DATASETS_OFFLINE := 1

.PHONY: setup setup-browser serve test bench clean

$(STAMP): pyproject.toml
	test -x $(VENV)/bin/python || $(PY) -m venv $(VENV)
	$(VENV)/bin/python -m pip install -q --upgrade pip
	$(VENV)/bin/python -m pip install -q -e '.[test]'
	rm -f $(VENV)/.installed-* && touch $(STAMP)

setup: $(STAMP)

serve: setup
	$(VENV)/bin/nlp-service serve --host 127.0.0.1 --port 8000

# The browser test drives Debian's Chromium through playwright (never `playwright install`,
# which downloads). Installed here when running as root; elsewhere the test skips with a reason.
setup-browser:
	@if [ ! -x /usr/bin/chromium ] && [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk fonts-thai-tlwg >/dev/null) \
	  || echo "warning: could not install chromium; browser tests will skip"; fi

test: setup setup-browser
	$(VENV)/bin/python -m pytest -q -p no:cacheprovider

# Benchmarks get their own virtualenv: the XLM-R-size peers need torch, and with torch in
# the service's venv spaCy's thinc would import it into every server process.
bench:
	test -x .venv-bench/bin/python || $(PY) -m venv .venv-bench
	.venv-bench/bin/python -m pip install -q -e '.[bench]'
	.venv-bench/bin/python -m benchmarks

clean:
	rm -rf $(VENV) .pytest_cache
