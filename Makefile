# The README's two commands: `make reports` and `make test`. Both build .venv/ first.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.presslens-installed
ARGS   ?=

.PHONY: venv reports test lab bench clean

venv: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	$(BIN)/python -m ipykernel install --sys-prefix --name presslens --display-name "Python (presslens)" >/dev/null
	touch $(STAMP)

reports: venv
	$(BIN)/presslens run $(ARGS)

test: venv
	$(BIN)/python -m pytest $(ARGS)

# JupyterLab on notebooks/ with the `presslens` kernel (registered by `venv`); .ipynb/.py pairs stay in sync via jupytext
lab: venv
	$(BIN)/jupyter lab --ServerApp.root_dir=notebooks --MultiKernelManager.default_kernel_name=presslens $(if $(filter 0,$(shell id -u)),--allow-root) $(ARGS)

bench: venv
	$(BIN)/python bench/bench_corpus.py
	$(BIN)/python bench/bench_quotes.py
	$(BIN)/python bench/bench_casualties.py

clean:
	rm -rf outputs/data outputs/notebooks outputs/reports outputs/index.html
