# Shared set-up for ./start.sh, ./test.sh and .ci/run: sourced, not run.
# Installs what the app and its tests need on a fresh machine, skipping what is already there.

# Libraries Qt needs to draw (offscreen or on X11), plus Xvfb/xdotool for the real-window tests;
# fonts-noto-core holds Noto Sans Malayalam, for Malayalam text in the window, charts and reports.
RUNTIME_DEBS="libegl1 libgl1 libglib2.0-0 libfontconfig1 libdbus-1-3 libxkbcommon0
  libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
  libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxcb-xinerama0 libxcb-randr0 fonts-dejavu-core
  fonts-noto-core"
TEST_DEBS="xvfb xauth xdotool imagemagick libreoffice-calc-nogui poppler-utils syncthing"

ensure_debs() {
  local missing=""
  for pkg in "$@"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing="$missing $pkg"
  done
  [ -z "$missing" ] && return 0
  if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "warning: please install these system packages:$missing" >&2
    return 0
  fi
  echo "installing system packages:$missing" >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >&2
}

# Locales the importer tests run under (tests/io/importers/test_locale_independence.py): the window
# takes the system's locale, where strptime would read month names and AM/PM in German or Malayalam.
TEST_LOCALES="de_DE.UTF-8 ml_IN.UTF-8"

# ensure_locales: generate TEST_LOCALES (Debian's `locales` package, /etc/locale.gen, locale-gen)
# when `locale -a` lacks them. The tests fail, not skip, without them.
ensure_locales() {
  local missing="" loc
  for loc in $TEST_LOCALES; do
    # `locale -a` spells de_DE.UTF-8 as de_DE.utf8
    locale -a 2>/dev/null | grep -qix "${loc%%.*}.utf8" || missing="$missing $loc"
  done
  [ -z "$missing" ] && return 0
  if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "warning: please generate these locales (the importer tests need them):$missing" >&2
    return 0
  fi
  ensure_debs locales
  for loc in $missing; do
    # /etc/locale.gen lists them commented out, as `# de_DE.UTF-8 UTF-8` or `# ml_IN UTF-8`.
    local lang="${loc%%.*}"
    if grep -qE "^# *${lang}(\.UTF-8)? UTF-8\s*$" /etc/locale.gen; then
      sed -i -E "s/^# *(${lang}(\.UTF-8)? UTF-8)\s*$/\1/" /etc/locale.gen
    elif ! grep -qE "^${lang}(\.UTF-8)? UTF-8\s*$" /etc/locale.gen; then
      echo "$loc UTF-8" >> /etc/locale.gen
    fi
  done
  echo "generating locales:$missing" >&2
  locale-gen >&2
}

# ensure_venv DIR SPEC: a virtual environment at DIR with SPEC pip-installed, redone only when
# pyproject.toml changes.
ensure_venv() {
  local dir="$1" spec="$2"
  local stamp="$dir/.installed-$(sha256sum pyproject.toml | cut -c1-16)-$(echo "$spec" | sha256sum | cut -c1-8)"
  if [ ! -x "$dir/bin/python" ]; then
    python3 -m venv "$dir"
  fi
  if [ ! -f "$stamp" ]; then
    "$dir/bin/python" -m pip install -q --upgrade pip >&2
    "$dir/bin/python" -m pip install -q -e "$spec" >&2
    rm -f "$dir"/.installed-*
    touch "$stamp"
  fi
}

# A separate environment for jrnl 4.6, which the importer tests use to write real jrnl files.
ensure_jrnl() {
  if [ ! -x .venv-jrnl/bin/jrnl ]; then
    python3 -m venv .venv-jrnl
    .venv-jrnl/bin/python -m pip install -q "jrnl==4.6" >&2
  fi
  export BALANCE_TEST_JRNL="$PWD/.venv-jrnl/bin/jrnl"
}
