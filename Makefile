# One command each: `make run` starts DigiDesk on the demo workspace, `make test` runs every test.
# Both create .venv and install the project into it on first use.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

TS     := $(wildcard resources/translations/*.ts)
QM     := $(TS:.ts=.qm)

.PHONY: run test lint bench register translations update-translations clean bundle smoke-bundle

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

# A one-folder bundle of the app (Linux here; the release workflow builds Windows and macOS).
BUNDLE_DIR := dist/DigiDesk

bundle: $(STAMP) $(QM)
	$(BIN)/python -m pip install --quiet "pyinstaller>=6.10"
	$(BIN)/python packaging/make_icons.py build/icons
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller packaging/digidesk.spec
	strip --strip-debug $(BUNDLE_DIR)/_internal/libpython3*.so.1.0
	cp packaging/linux/digidesk.desktop build/icons/digidesk.png $(BUNDLE_DIR)/
	tar -C dist -czf dist/DigiDesk-$$($(BIN)/python -c "import tomllib;print(tomllib.load(open('pyproject.toml','rb'))['project']['version'])")-linux-x86_64.tar.gz DigiDesk

smoke-bundle:
	QT_QPA_PLATFORM=offscreen $(BUNDLE_DIR)/digidesk --smoke-test

