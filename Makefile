# BinhXet — make run opens the demo desk, make test runs every test. See README.md.
SWIFT      ?= swift
PREFIX     ?= /usr/local
CONFIG     ?= debug
BUILD_DIR  := .build
BIN        := $(BUILD_DIR)/$(CONFIG)/binhxet
DEMO_DESK  ?= demo-desk/demo.desk
DEB_PACKAGES := libncurses-dev libsqlite3-dev zlib1g-dev tmux
# Only for make test-docs: a real reader for the DOCX documents (LibreOffice without a GUI), PDF tools, and
# Liberation Serif (metric-compatible with Times New Roman, which Debian does not ship).
DOCS_DEB_PACKAGES := libreoffice-writer-nogui poppler-utils fonts-liberation2
# Only for make bench and bench-large: sim_text (Debian's similarity-tester), the reference the whole-process
# figures are compared with (issue 13), and GNU time for peak RSS and CPU time.
BENCH_DEB_PACKAGES := similarity-tester time

.PHONY: deps deps-docs deps-bench build release static-release run demo test test-unit test-e2e test-docs eval bench bench-large install completions man clean calendar

# Verifies the system libraries and tools the build and tests need; installs them when running as root.
deps:
	@$(MAKE) --no-print-directory install-debs PACKAGES="$(DEB_PACKAGES)"

# The packages make test-docs needs, installed the same way.
deps-docs:
	@$(MAKE) --no-print-directory install-debs PACKAGES="$(DOCS_DEB_PACKAGES)"

# The packages make bench needs, installed the same way.
deps-bench:
	@$(MAKE) --no-print-directory install-debs PACKAGES="$(BENCH_DEB_PACKAGES)"

.PHONY: install-debs
install-debs:
	@missing=""; for p in $(PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "deps: installing$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null || exit 1; \
	  else \
	    echo "deps: missing$$missing; run: sudo apt-get install -y$$missing" >&2; exit 1; \
	  fi; \
	fi

build: deps
	$(SWIFT) build -c $(CONFIG)

release:
	$(MAKE) build CONFIG=release

# A fresh demo desk from Resources/demo, then the desk opens on it.
demo: build
	@rm -rf demo-desk && mkdir -p demo-desk
	@$(BIN) init --desk $(DEMO_DESK) >/dev/null
	@$(BIN) import Resources/demo/nominations.csv --desk $(DEMO_DESK) --quiet
	@# What the archive years decided and which initiatives their units recognised.
	@$(BIN) import --outcomes Resources/demo/outcomes.csv --desk $(DEMO_DESK) --quiet
	@$(BIN) scan --desk $(DEMO_DESK) --all --quiet
	@# Each unit's declared LĐTT holders, the base of its CSTĐCS quota (unit,year,count; header skipped).
	@tail -n +2 Resources/demo/ldtt-holders.csv | while IFS=, read -r unit year count; do \
	  $(BIN) ldtt-holders "$$unit" "$$count" --year "$$year" --desk $(DEMO_DESK) >/dev/null || exit 1; \
	done
	@# The council (login,name,role; header skipped). An empty login is whoever runs the demo, its chair,
	@# since the acting person is the OS user: `make run` can vote, decide and record a meeting.
	@tail -n +2 Resources/demo/council.csv | while IFS=, read -r login name role; do \
	  $(BIN) member add "$${login:-$$(id -un)}" --name "$$name" --role "$$role" --desk $(DEMO_DESK) >/dev/null || exit 1; \
	done
	@# The demo's dossiers came in from April to 23 May 2024: review them as of a day in that council season, after
	@# the last arrived (a dossier received after the desk's today is not before the council yet), not today.
	@$(BIN) year open 2024 --as-of 2024-05-24 --desk $(DEMO_DESK) >/dev/null

run: demo
	@$(BIN) --desk $(DEMO_DESK)

test: deps deps-docs
	scripts/check-event-kinds.sh
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	@$(MAKE) --no-print-directory test-e2e
	scripts/test-docs.sh $(BIN)

# Every document as DOCX opened by LibreOffice: converted to PDF, page size and orientation and text checked
# (also the last step of make test, so CI runs it: about 25 s once LibreOffice is installed).
test-docs: deps-docs build
	scripts/test-docs.sh $(BIN)

test-e2e:
	@if [ -x Tests/e2e/run.sh ]; then Tests/e2e/run.sh $(BIN); fi

eval: deps
	$(SWIFT) build -c release --product binhxet-lab
	$(BUILD_DIR)/release/binhxet-lab eval ../shared/corpus/dev

# The release binaries with the Swift runtime and Foundation linked in (--static-swift-stdlib), in their own
# build folder so that switching does not rebuild .build/release: a process then starts without loading
# and relocating about 20 shared libraries (0.2 s of wall time under load, issue 13).
STATIC_DIR := $(BUILD_DIR)/static
static-release: deps
	$(SWIFT) build -c release --static-swift-stdlib --scratch-path $(STATIC_DIR) --product binhxet-lab
	$(SWIFT) build -c release --static-swift-stdlib --scratch-path $(STATIC_DIR) --product binhxet

bench: deps-bench static-release
	scripts/bench.sh $(STATIC_DIR)/release

# Whole-process figures on a desk of 100,000 synthetic reports (issue 13): import, check, scan, sim_text.
bench-large: deps-bench static-release
	scripts/bench-desk.sh $(STATIC_DIR)/release 100000 20

install: static-release
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/binhxet $(DESTDIR)$(PREFIX)/share/man/man1
	install -m 755 $(STATIC_DIR)/release/binhxet $(DESTDIR)$(PREFIX)/bin/binhxet
	cp -R Resources/. $(DESTDIR)$(PREFIX)/share/binhxet/
	install -m 644 Resources/man/binhxet.1 $(DESTDIR)$(PREFIX)/share/man/man1/binhxet.1
	install -d $(DESTDIR)$(PREFIX)/share/man/en/man1
	install -m 644 Resources/man/en/binhxet.1 $(DESTDIR)$(PREFIX)/share/man/en/man1/binhxet.1
	@$(MAKE) --no-print-directory completions BIN=$(STATIC_DIR)/release/binhxet

# Shell completions, generated by swift-argument-parser from the command definitions, where bash, zsh and
# fish look for them.
completions:
	install -d $(DESTDIR)$(PREFIX)/share/bash-completion/completions $(DESTDIR)$(PREFIX)/share/zsh/site-functions \
	  $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
	$(BIN) --generate-completion-script bash > $(DESTDIR)$(PREFIX)/share/bash-completion/completions/binhxet
	$(BIN) --generate-completion-script zsh > $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_binhxet
	$(BIN) --generate-completion-script fish > $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/binhxet.fish

# Resources/man/binhxet.1 (Vietnamese, the default; man -L en reads Resources/man/en/binhxet.1) from the
# command definitions and docs/man/binhxet.sections{.vi,}.roff (a test checks
# it is current; RECORD_GOLDEN=1 swift test --filter ManPageTests does the same).
man: build
	$(SWIFT) build -c $(CONFIG) --product binhxet-lab
	$(BUILD_DIR)/$(CONFIG)/binhxet-lab man --binary $(BIN) --lang vi > Resources/man/binhxet.1
	@mkdir -p Resources/man/en
	$(BUILD_DIR)/$(CONFIG)/binhxet-lab man --binary $(BIN) --lang en > Resources/man/en/binhxet.1

# Kills binhxet at random moments of imports, scans, ballots, decisions and backups, then verifies the
# desk (not part of make test; as root). STRESS_RUNS=200 for more, STRESS_SEED=n to replay.
.PHONY: stress
stress: build
	scripts/stress.sh $(BIN)

# Compiles the holiday table (Resources/calendar/holidays-vn.tsv) into the binary after an edit.
calendar:
	scripts/embed-calendar.sh

clean:
	rm -rf .build demo-desk
