# make serve   build the handbook from policy_src/ and serve it at http://127.0.0.1:8000
# make build   write the handbook to site/ (fails on any problem in a policy)
# make test    lint and run every test, browser tests included
# Each target installs what it needs the first time, and nothing again until it changes.

VENV := .venv
BIN := $(VENV)/bin
NPM := /usr/bin/npm
# npm ci writes this file last, so it marks a complete install of package-lock.json.
NODE_MODULES := node_modules/.package-lock.json
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# Debian packages: WeasyPrint writes the PDFs with Pango and the machine's fonts. The browser tests
# drive Debian's chromium (Playwright cannot download its own browser here), and turn PDF pages
# into pictures with poppler-utils' pdftoppm.
PDF_DEBS := libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-liberation2 fonts-dejavu-core
TEST_DEBS := chromium poppler-utils
# Search's general vocabulary: Princeton WordNet 3.0's database (6.5 MB download), read at build time
# (handbook.search.lexicon): which of the handbook's words a word staff type may mean.
SEARCH_DEBS := wordnet-base
# handbook import of AsciiDoc: Asciidoctor, the format's reference implementation (Ruby; no Python reader on PyPI
# reads today's AsciiDoc safely: src/handbook/importing/asciidoc_reader.py), run in its secure mode.
IMPORT_DEBS := asciidoctor

# The first Python 3.12 or newer found: on PATH, then in pyenv. Override with make PYTHON=...
PYTHON_CANDIDATES := python3.12 python3.13 python3.14 \
	$(wildcard $(HOME)/.pyenv/versions/3.1[2-9]*/bin/python3) python3
PYTHON ?= $(firstword $(foreach p,$(PYTHON_CANDIDATES),$(shell $(p) -c \
	'import sys; print(sys.executable if sys.version_info >= (3, 12) else "")' 2>/dev/null)))

.PHONY: serve build test lint clean debs-pdf debs-search debs-test debs-import

serve: $(VENV)/.installed $(NODE_MODULES) debs-pdf debs-search
	$(BIN)/mkdocs serve

build: $(VENV)/.installed $(NODE_MODULES) debs-pdf debs-search
	$(BIN)/mkdocs build --strict

# The tests run in two processes, one a core (pytest-xdist); a file's tests stay in one process
# (--dist loadfile), so what a file builds once for its tests is built once.
test: $(VENV)/.installed-test $(NODE_MODULES) debs-pdf debs-search debs-test debs-import
	$(BIN)/ruff check .
	$(BIN)/pytest -n 2 --dist loadfile

lint: $(VENV)/.installed-test
	$(BIN)/ruff check .

clean:
	rm -rf site $(VENV) node_modules

$(VENV)/.installed: pyproject.toml
	@if [ -z "$(PYTHON)" ]; then \
		echo "Python 3.12 or newer is needed and none was found (tried: python3.12, python3.13," >&2; \
		echo "python3.14, ~/.pyenv/versions/3.1x, python3). Install one, for example with" >&2; \
		echo "'pyenv install 3.12' or your system's python3.12 package, then run make again," >&2; \
		echo "or name it: make PYTHON=/path/to/python3.12 $(MAKECMDGOALS)" >&2; \
		exit 1; \
	fi
	@echo "Setting up $(VENV) with $(PYTHON)"
	[ -x $(BIN)/python ] && $(BIN)/python -c 'import sys; sys.exit(sys.version_info < (3, 12))' \
		|| $(PYTHON) -m venv --clear $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(BIN)/pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $@

# Pyodide (for the self-check page) and axe-core (for its accessibility test), exactly as locked.
$(NODE_MODULES): package-lock.json $(NPM)
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

$(NPM):
	@echo "Installing Debian's npm, which installs Pyodide for the self-check page"
	$(SUDO) apt-get update -qq
	$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm

# Installs whichever of the Debian packages named are missing; checking costs a moment each time.
define apt_install
	@missing=$$(for package in $(1); do \
		dpkg-query -W -f='$${db:Status-Status}' $$package 2>/dev/null | grep -qx installed || echo $$package; \
	done); \
	if [ -n "$$missing" ]; then \
		echo "Installing Debian's" $$missing; \
		$(SUDO) apt-get update -qq && \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi
endef

debs-pdf:
	$(call apt_install,$(PDF_DEBS))

debs-search:
	$(call apt_install,$(SEARCH_DEBS))

debs-test:
	$(call apt_install,$(TEST_DEBS))

debs-import:
	$(call apt_install,$(IMPORT_DEBS))
