# BinhXet — make run opens the demo desk, make test runs every test. See README.md.
SWIFT      ?= swift
PREFIX     ?= /usr/local
CONFIG     ?= debug
BUILD_DIR  := .build
BIN        := $(BUILD_DIR)/$(CONFIG)/binhxet
DEMO_DESK  ?= demo-desk/demo.desk
DEB_PACKAGES := libncurses-dev libsqlite3-dev zlib1g-dev tmux

.PHONY: deps build release run demo test test-unit test-e2e eval bench bench-large install clean calendar

# Verifies the system libraries and tools the build and tests need; installs them when running as root.
deps:
	@missing=""; for p in $(DEB_PACKAGES); do \
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
	@$(BIN) scan --desk $(DEMO_DESK) --all --quiet
	@# The demo's dossiers came in April 2024: review them as of a day in that council season, not today.
	@$(BIN) year open 2024 --as-of 2024-05-10 --desk $(DEMO_DESK) >/dev/null

run: demo
	@$(BIN) --desk $(DEMO_DESK)

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	@$(MAKE) --no-print-directory test-e2e

test-e2e:
	@if [ -x Tests/e2e/run.sh ]; then Tests/e2e/run.sh $(BIN); fi

eval: deps
	$(SWIFT) build -c release --product binhxet-lab
	$(BUILD_DIR)/release/binhxet-lab eval ../shared/corpus/dev

bench: deps
	$(SWIFT) build -c release --product binhxet-lab
	$(SWIFT) build -c release --product binhxet
	scripts/bench.sh $(BUILD_DIR)/release

# Whole-process figures on a desk of 100,000 synthetic reports (issue 13): import, check, scan, sim_text.
bench-large: deps
	$(SWIFT) build -c release --product binhxet-lab
	$(SWIFT) build -c release --product binhxet
	scripts/bench-desk.sh $(BUILD_DIR)/release 100000 20

install: release
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/binhxet $(DESTDIR)$(PREFIX)/share/man/man1
	install -m 755 $(BUILD_DIR)/release/binhxet $(DESTDIR)$(PREFIX)/bin/binhxet
	cp -R Resources/. $(DESTDIR)$(PREFIX)/share/binhxet/
	install -m 644 Resources/man/binhxet.1 $(DESTDIR)$(PREFIX)/share/man/man1/binhxet.1

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
