# Desk: `make run` opens the demo, `make test` runs the whole suite headless.
# Both set everything up first on a fresh Debian machine (system packages need root).

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

# Qt offscreen/xcb libraries, CJK fonts, Xvfb for `make run` without a display,
# the real servers the tests start (PostgreSQL, dovecot IMAP, a Secret Service keyring on D-Bus),
# and binutils (objdump, strip) for PyInstaller (`make dist`, tests/integration/test_dist.py).
APT_PACKAGES := python3-venv openssl postgresql dovecot-imapd gnome-keyring dbus libglib2.0-0 libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 \
	libxkbcommon0 fonts-wqy-microhei xvfb xauth libxcb-cursor0 libxcb-icccm4 libxcb-image0 \
	libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1 \
	libxkbcommon-x11-0 libx11-xcb1 binutils

.PHONY: setup system-packages assets run test bench screenshot update-ts dist clean

setup: system-packages $(STAMP) assets

system-packages:
	@missing=$$(for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "installing system packages:" $$missing; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	  else \
	    echo "missing system packages (run as root to install): $$missing" >&2; \
	  fi; \
	fi

$(STAMP): pyproject.toml setup.py
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q PySide6-Essentials
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $@

assets: $(STAMP)
	$(BIN)/python tools/build_assets.py

run: setup
	@if [ -z "$$DISPLAY$$WAYLAND_DISPLAY" ]; then \
	  echo "no display: running under Xvfb (make screenshot renders a PNG instead)"; \
	  xvfb-run -a $(BIN)/desk --demo; \
	else \
	  $(BIN)/desk --demo; \
	fi

test: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

bench: setup
	$(BIN)/python -m desk.bench --json

screenshot: setup
	$(BIN)/desk --demo --screenshot build/screenshot-en.png --lang en
	$(BIN)/desk --demo --screenshot build/screenshot-zh.png --lang zh_CN

# The standalone Desk (PyInstaller one-folder build) as dist/desk-*.tar.gz and dist/desk_*.deb,
# and its figures in dist/report.json (README "Installers"). Linux only; see .github/workflows/release.yml.
dist: setup
	$(BIN)/python packaging/make_dist.py

update-ts: setup
	$(BIN)/python tools/build_assets.py --update-ts

clean:
	rm -rf $(VENV) build dist ui/i18n ui/resources_rc.py
