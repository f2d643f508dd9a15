#!/usr/bin/env bash
# Regenerates the charts the README shows, in PNG and SVG: `plots/regenerate.sh`.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --locked --quiet
wattcheck=target/release/wattcheck
for ext in png svg; do
  "$wattcheck" plot projection -o "plots/projection.$ext" > /dev/null
  "$wattcheck" plot projection --source lbnl-2024,iea-energy-ai-2025,mckinsey-2024 --metric share -o "plots/projection-share.$ext" > /dev/null
  "$wattcheck" plot homes --load "30 GW" -o "plots/homes.$ext" > /dev/null
  "$wattcheck" plot fleet --count 500000 --chip gb300 -o "plots/fleet.$ext" > /dev/null
  "$wattcheck" plot claims -o "plots/claims.$ext" > /dev/null
  "$wattcheck" plot compare --load "945 TWh/yr" -o "plots/compare.$ext" > /dev/null
  "$wattcheck" plot projection --world --metric share -o "plots/projection-world.$ext" > /dev/null
  "$wattcheck" plot homes --load "30 GW" --lang ar -o "plots/homes-ar.$ext" > /dev/null
  "$wattcheck" plot distribution -o "plots/distribution.$ext" -- share "176 TWh/yr" --from 2023 --year 2028 \
    --growth "tri(0.13, 0.20, 0.27)" --national-total "normal(4300, 150) TWh/yr" --samples 1000000 > /dev/null
  "$wattcheck" plot tornado -o "plots/tornado.$ext" -- share "176 TWh/yr" --from 2023 --year 2028 \
    --growth "tri(0.13, 0.20, 0.27)" --national-total "normal(4300, 150) TWh/yr" > /dev/null
done
