#!/usr/bin/env bash
# Alternates bench/build-edit/measure.sh rounds between two checkouts (e.g. main and a branch, each built once), so
# both see the same load on a shared machine. Usage: bench/build-edit/ab.sh <rounds> <checkout A> <checkout B> <project>
# <yaml file> [extra build arguments...] (project and yaml relative to each checkout); OUT as for measure.sh.
set -euo pipefail
rounds=$1; a=$(realpath "$2"); b=$(realpath "$3"); proj=$4; yaml=$5; shift 5
out=${OUT:-/tmp/planmodel-build-edit-ab}
here=$(dirname "$(realpath "$0")")
for side in a b; do
  dir=${!side}
  (cd "$dir" && WARMUP=3 BINLOG=0 OUT="$out/$side" "$here/measure.sh" "$proj" "$yaml" 0 "$@" | sed "s/^/$side /")
done
for r in $(seq "$rounds"); do
  for side in a b; do
    dir=${!side}
    (cd "$dir" && WARMUP=0 BINLOG=0 OUT="$out/$side" "$here/measure.sh" "$proj" "$yaml" 1 "$@" | sed "s/^/$side round$r /")
  done
done
for side in a b; do
  dir=${!side}
  (cd "$dir" && WARMUP=0 OUT="$out/$side" "$here/measure.sh" "$proj" "$yaml" 0 "$@" | sed "s/^/$side /")
done
