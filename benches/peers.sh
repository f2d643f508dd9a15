#!/usr/bin/env bash
# Times wattcheck and the peer programs on the same workloads, side by side in one run, as whole
# processes: median wall time of RUNS runs (after a warm-up) and the largest peak memory.
#
# usage: benches/peers.sh PEER_DIR PYTHON [RUNS]
#   PEER_DIR  the folder of the peer scripts (w1_convert.py, w2_montecarlo.py, w3_chart.py)
#   PYTHON    a Python with the peers' requirements installed (pint, numpy, matplotlib)
set -euo pipefail
peer_dir=${1:?usage: benches/peers.sh PEER_DIR PYTHON [RUNS]}
python=${2:?usage: benches/peers.sh PEER_DIR PYTHON [RUNS]}
runs=${3:-5}
cd "$(dirname "$0")/.."
cargo build --release --locked --quiet
wattcheck=target/release/wattcheck
# The same program linked statically (glibc's crt-static): the loader's start-up work, most of a
# short run, goes away. Built apart, since proc macros cannot be built with crt-static.
triple=$(rustc -vV | sed -n 's/^host: //p')
RUSTFLAGS="-C target-feature=+crt-static" cargo build --release --locked --quiet \
  --target "$triple" --target-dir target/static
static=target/static/$triple/release/wattcheck
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# measure CMD...: runs CMD RUNS times (after one warm-up); prints "median-seconds peak-KiB".
# Wall time is bash's microsecond clock around each run; peak memory is GNU time's maximum RSS.
measure() {
  "$@" > /dev/null 2>&1
  local times=() peak=0 start end kb
  for _ in $(seq "$runs"); do
    start=$EPOCHREALTIME
    /usr/bin/time -f "%M" -o "$out/time" "$@" > /dev/null 2>&1
    end=$EPOCHREALTIME
    kb=$(tail -n 1 "$out/time")
    times+=("$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.4f", b - a }')")
    (( kb > peak )) && peak=$kb
  done
  local median
  median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  echo "$median $peak"
}

row() { # row WORKLOAD PEER_RESULT OURS_RESULT
  read -r peer_s peer_kb <<< "$2"
  read -r ours_s ours_kb <<< "$3"
  awk -v w="$1" -v ps="$peer_s" -v pk="$peer_kb" -v os="$ours_s" -v ok="$ours_kb" 'BEGIN {
    ratio = (os > 0) ? ps / os : 0
    printf "| %s | %.3f | %.3f | %.1fx | %.1f | %.1f |\n", w, ps, os, ratio, pk / 1024, ok / 1024 }'
}

echo "| workload | peer wall (s) | wattcheck wall (s) | speed-up | peer peak (MiB) | wattcheck peak (MiB) |"
echo "| --- | ---: | ---: | ---: | ---: | ---: |"
w2=(share "176 TWh/yr" --from 2023 --year 2028 --growth "tri(0.13, 0.20, 0.27)"
    --national-total "normal(4300, 150) TWh/yr" --seed 42 --format json)
w1_peer=$(measure "$python" "$peer_dir/w1_convert.py")
row "W1 convert" "$w1_peer" \
  "$(measure "$wattcheck" homes "30 GW" --per-home "10,791 kWh/yr" --format json)"
row "W1 convert (static build)" "$w1_peer" \
  "$(measure "$static" homes "30 GW" --per-home "10,791 kWh/yr" --format json)"
for n in 1000000 10000000; do
  row "W2 montecarlo N=$n" "$(measure "$python" "$peer_dir/w2_montecarlo.py" "$n" 42)" \
    "$(measure "$wattcheck" "${w2[@]}" --samples "$n")"
done
if "$wattcheck" plot --help > /dev/null 2>&1; then
  for ext in png svg; do
    row "W3 chart $ext" "$(measure "$python" "$peer_dir/w3_chart.py" "$ext" "$out/peer.$ext")" \
      "$(measure "$wattcheck" plot projection --source lbnl-2024 -o "$out/ours.$ext")"
  done
fi
