#!/usr/bin/env bash
# Times a no-op build and a build after a one-line YAML edit (issue 16 item 4), then writes one binlog
# performance summary of each. Usage (from the repository root):
#   bench/build-edit/measure.sh <project> <yaml file> [rounds] [extra build arguments...]
# e.g. bench/build-edit/measure.sh src/PlanModel.Chongqing plans-yaml/nanan-gwr-2021/document.yaml 3
#      bench/build-edit/measure.sh src/PlanModel.Chongqing plans-yaml/nanan-gwr-2021/document.yaml 3 -p:PlanModelTaskOutOfProc=true
# Developer machines reuse MSBuild nodes and the compiler server: run it with
#   env -u UseSharedCompilation -u MSBUILDDISABLENODEREUSE bench/build-edit/measure.sh ...
# when the environment disables them. Each round is a no-op build, the edit, and the edit undone (a second edit).
# WARMUP=n warm-up builds first (default 3); BINLOG=0 skips the binlog round. Output (times in seconds, logs,
# summaries) goes to $OUT (default /tmp/planmodel-build-edit); bench/build-edit/ab.sh alternates two checkouts.
set -euo pipefail
proj=$1; yaml=$2; rounds=${3:-3}; shift 3 || shift $#
out=${OUT:-/tmp/planmodel-build-edit}
mkdir -p "$out"
cp "$yaml" "$out/original.yaml"
# Put back only a changed file: a copy over an unchanged one would make the next build re-run as after an edit.
restore() { cmp -s "$out/original.yaml" "$yaml" || cp "$out/original.yaml" "$yaml"; }
trap restore EXIT

build() { # tag, extra args...
  local tag=$1; shift
  local s e
  s=$(date +%s%N)
  if ! nice -n 10 dotnet build "$proj" -c Release -nologo -v:q "$@" >"$out/$tag.log" 2>&1; then
    cat "$out/$tag.log"; exit 1
  fi
  e=$(date +%s%N)
  printf '%s %d.%03d\n' "$tag" $(((e - s) / 1000000000)) $((((e - s) / 1000000) % 1000))
}

edit() { # appends a word to the first note: line (or restores it)
  if [ "$1" = on ]; then sed -i '0,/^\(\s*\)note: "/s//\1note: "Edited. /' "$yaml"; else cp "$out/original.yaml" "$yaml"; fi
}

for i in $(seq "${WARMUP:-3}"); do build "warmup$i" "$@"; done
for i in $(seq "$rounds"); do
  build "noop$i" "$@"
  edit on;  build "edit$i" "$@"
  edit off; build "restore$i" "$@"
done
[ "${BINLOG:-1}" = 1 ] || exit 0
# One more round with binary logs for the per-phase summaries.
build noop-bl "$@" -bl:"$out/noop.binlog"
edit on; build edit-bl "$@" -bl:"$out/edit.binlog"; edit off
build restore-bl "$@"
for tag in noop edit; do
  nice -n 10 dotnet msbuild "$out/$tag.binlog" -noconlog -flp:"v=q;PerformanceSummary;logfile=$out/$tag.perf.txt" >/dev/null
done
echo "summaries: $out/noop.perf.txt $out/edit.perf.txt"
