# One command each: `make run` starts DigiDesk on the demo workspace, `make test` runs every test.
# Both create .venv and install the project into it on first use.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

TS     := $(wildcard resources/translations/*.ts)
QM     := $(TS:.ts=.qm)

.PHONY: run test lint bench register translations update-translations clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

# After changing user-interface strings: refresh the .ts files, then translate the new entries.
update-translations: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete $$(find digidesk/qt -name '*.py') -ts $(TS)

run: $(STAMP) $(QM)
	$(BIN)/digidesk --demo

test: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check digidesk tests benchmarks resources

bench: $(STAMP)
	for b in benchmarks/bench_*.py; do $(BIN)/python $$b || exit 1; done

register: $(STAMP)
	$(BIN)/python resources/register/build_register.py

clean:
	rm -rf $(VENV) build dist *.egg-info
