#!/usr/bin/env bash
# Runs every libFuzzer target of a CROSSREAD_FUZZ build for SECONDS each (make fuzz).
# Seeds come from tests/fuzz/<target>/ and stay untouched; what the fuzzer learns goes to
# BUILD/corpus/<target>/ and is reused next time; crashes land in BUILD/artifacts/<target>/.
# Prints executions and findings per target; fails when any target found something.
set -uo pipefail
BUILD=${1:?usage: fuzz.sh BUILD_DIR SECONDS}
SECONDS_PER_TARGET=${2:?usage: fuzz.sh BUILD_DIR SECONDS}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
source "$ROOT/scripts/sanitizer-env.sh"

targets=()
for exe in "$BUILD"/bin/fuzz_*; do
  [ -x "$exe" ] && targets+=("$(basename "$exe" | sed 's/^fuzz_//')")
done
if [ ${#targets[@]} -eq 0 ]; then
  echo "fuzz: no fuzz_* executables in $BUILD/bin" >&2
  exit 2
fi

failed=0
summary=()
for t in "${targets[@]}"; do
  corpus="$BUILD/corpus/$t"
  artifacts="$BUILD/artifacts/$t/"
  log="$BUILD/logs/$t.log"
  mkdir -p "$corpus" "$artifacts" "$(dirname "$log")"
  echo "fuzz: $t for ${SECONDS_PER_TARGET}s"
  # -timeout: one input may take the HTML parse budget (5 s) and a little more, never 30 s.
  "$BUILD/bin/fuzz_$t" "$corpus" "$ROOT/tests/fuzz/$t" \
    -max_total_time="$SECONDS_PER_TARGET" -timeout=30 -rss_limit_mb=2560 \
    -artifact_prefix="$artifacts" -print_final_stats=1 >"$log" 2>&1
  status=$?
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
  if [ -z "$runs" ]; then
    runs=$(grep -o '^#[0-9]*' "$log" | tail -1 | tr -d '#')
  fi
  if [ $status -eq 0 ]; then
    summary+=("$(printf '%-20s %12s executions  no findings' "$t" "${runs:-?}")")
  else
    failed=1
    finding=$(grep -m1 -E 'ERROR: |contract broken|runtime error' "$log" || echo "exit status $status")
    summary+=("$(printf '%-20s %12s executions  FOUND: %s' "$t" "${runs:-?}" "$finding")")
    echo "fuzz: $t found something; log $log, inputs in $artifacts" >&2
    grep -E -A30 'ERROR: |contract broken|runtime error' "$log" | head -60 >&2
  fi
done

echo
echo "fuzz summary (${SECONDS_PER_TARGET}s per target):"
printf '  %s\n' "${summary[@]}"
exit $failed
