#!/usr/bin/env bash
# usage: measure.sh GENERATOR_BINARY LABEL [TIMEOUT]
# Generates every synthetic spec (cached in /tmp/deep-specs) and prints one
# line per spec: kind n bytes exit elapsed maxrss_kb
set -u
bin=$1 label=$2 to=${3:-120}
here=$(dirname "$0")
specs=/tmp/deep-specs
mkdir -p "$specs"
cases=${CASES:-"wide:1000 wide:5000 wide:20000 unreach:1000 unreach:5000 unreach:20000 chain:1000 chain:5000 chain:20000 ring:5000 lists:500 lists:5000 alias:20000"}
for c in $cases; do
  kind=${c%%:*} n=${c##*:}
  spec=$specs/$kind-$n.json
  [ -f "$spec" ] || python3 "$here/synth.py" "$kind" "$n" "$spec"
  out=/tmp/deep-out/$label/$kind-$n
  rm -rf "$out"
  log=/tmp/deep-out/$label-$kind-$n.time
  mkdir -p /tmp/deep-out
  /usr/bin/time -v -o "$log" timeout "$to" "$bin" generate "$spec" --out "$out" >/tmp/deep-out/$label-$kind-$n.out 2>&1
  rc=$?
  el=$(grep 'Elapsed (wall' "$log" | awk '{print $NF}')
  rss=$(grep 'Maximum resident' "$log" | awk '{print $NF}')
  msg=$(grep -v '^note:' /tmp/deep-out/$label-$kind-$n.out | tail -1 | cut -c1-110)
  printf '%-8s %6s %9s rc=%-3s %9s %8s KB  %s\n' "$kind" "$n" "$(stat -c %s "$spec")" "$rc" "$el" "$rss" "$msg"
done
