#!/usr/bin/env bash
# Regenerates the README's screenshots: runs the app under a virtual X display (Xvfb) and saves PNGs to
# docs/screenshots/. Installs xvfb, imagemagick and xdotool with apt-get when missing.
#
#   bash tools/screenshots.sh            # builds target/release/policy-atlas first (or set BIN=…)
set -euo pipefail
cd "$(dirname "$0")/.."
need=()
command -v Xvfb >/dev/null || need+=(xvfb xauth)
command -v import >/dev/null || need+=(imagemagick)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq && apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
# BIN=target/debug/policy-atlas uses an existing build instead.
bin=${BIN:-target/release/policy-atlas}
[ -n "${BIN:-}" ] || cargo build --release
out=docs/screenshots
mkdir -p "$out"

shot() { # NAME WAIT ARGS...
  local name=$1 wait=$2
  shift 2
  local d=97
  while [ -e /tmp/.X$d-lock ]; do d=$((d + 1)); done
  Xvfb :$d -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
  local xvfb=$!
  sleep 1
  # No system fonts: what a planner sees comes from the bundled font alone.
  DISPLAY=:$d POLICY_ATLAS_NO_SYSTEM_FONTS=1 "$bin" "$@" >/dev/null 2>&1 &
  local app=$!
  sleep "$wait"
  DISPLAY=:$d import -window root -crop 1400x900+0+0 "$out/$name.png"
  kill $app $xvfb 2>/dev/null || true
  wait $app $xvfb 2>/dev/null || true
  echo "saved $out/$name.png"
}

shot main 6
shot inspector 6 --select 包头市发展和改革委员会
shot reader 6 --select 包头市发展和改革委员会 --reader
