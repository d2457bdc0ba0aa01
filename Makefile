# The README's two commands: `make reports` and `make test`. Both build .venv/ first.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.presslens-installed
ARGS   ?=

.PHONY: venv browser reports test lab bench clean screenshots

venv: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	$(BIN)/python -m ipykernel install --sys-prefix --name presslens --display-name "Python (presslens)" >/dev/null
	touch $(STAMP)

reports: venv
	$(BIN)/presslens run $(ARGS)

test: venv browser
	$(BIN)/python -m pytest $(ARGS)

# Chromium for the browser tests (tests/test_browser.py): the system package, installed when running as root and
# missing; Playwright's own browser download is never used. Without one (and not root) those tests skip, saying why.
browser:
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "browser: installing chromium (apt-get)"; \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) || \
	      echo "browser: apt-get could not install chromium; the browser tests will skip"; \
	  else echo "browser: no chromium and not root; the browser tests will skip (install chromium)"; fi

# docs/screenshots/: one PNG per report, from outputs/ (run `make reports` first)
screenshots: venv browser
	$(BIN)/python docs/screenshots/take.py outputs docs/screenshots

# JupyterLab on notebooks/ with the `presslens` kernel (registered by `venv`); .ipynb/.py pairs stay in sync via jupytext
lab: venv
	$(BIN)/jupyter lab --ServerApp.root_dir=notebooks --MultiKernelManager.default_kernel_name=presslens $(if $(filter 0,$(shell id -u)),--allow-root) $(ARGS)

bench: venv
	$(BIN)/python bench/bench_corpus.py
	$(BIN)/python bench/bench_quotes.py
	$(BIN)/python bench/bench_casualties.py

clean:
	rm -rf outputs/data outputs/notebooks outputs/reports outputs/index.html
