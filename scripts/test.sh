#!/usr/bin/env bash
# Runs every test suite and prints one closing line: "N passed, N failed".
# A suite that cannot run (a project that does not build, a missing or broken Node suite, a test
# run that fails without naming a failed test) counts as one failed, named on a line above it.
set -uo pipefail
cd "$(dirname "$0")/.."
CONFIG=${CONFIG:-Release}
passed=0; failed=0
problems=()
log=$(mktemp); trap 'rm -f "$log"' EXIT

# A suite that did not run or did not report: one failure, and why.
suite_failed() {
  problems+=("$1")
  failed=$((failed + 1))
}

# Sums the "Failed: x, Passed: y" lines of dotnet test into the totals; leaves this run's failures in run_failed.
count_dotnet() {
  local p
  p=$(grep -Eo 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
  run_failed=$(grep -Eo 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
  passed=$((passed + p)); failed=$((failed + run_failed))
}

for proj in tests/Pulumi.ScpGateway.Tests tests/Pulumi.ScpGateway.IntegrationTests; do
  echo "== $proj"
  if ! dotnet build "$proj" -c "$CONFIG" --nologo; then
    suite_failed "FAILED: $proj did not build; none of its tests ran"
    continue
  fi
  : >"$log"
  dotnet test "$proj" -c "$CONFIG" --nologo --no-build 2>&1 | tee "$log"
  rc=${PIPESTATUS[0]}
  count_dotnet
  if [ "$rc" -ne 0 ] && [ "$run_failed" -eq 0 ]; then
    suite_failed "FAILED: dotnet test $proj exited with $rc without naming a failed test"
  fi
done

echo "== tests/interop"
if [ ! -f tests/interop/package.json ]; then
  suite_failed "FAILED: tests/interop/package.json is missing; the Node suite did not run"
elif ! ( cd tests/interop && { [ -d node_modules ] || npm ci --no-audit --no-fund; } ); then
  suite_failed "FAILED: npm ci in tests/interop failed; the Node suite did not run"
else
  : >"$log"
  ( cd tests/interop && npm test 2>&1 ) | tee "$log"
  rc=${PIPESTATUS[0]}
  p=$(grep -Eo '^# pass [0-9]+' "$log" | grep -Eo '[0-9]+' | tail -1)
  f=$(grep -Eo '^# fail [0-9]+' "$log" | grep -Eo '[0-9]+' | tail -1)
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
  if [ "$rc" -ne 0 ] && [ "${f:-0}" -eq 0 ]; then
    suite_failed "FAILED: npm test in tests/interop exited with $rc without naming a failed test"
  fi
fi

echo
for problem in "${problems[@]}"; do
  echo "$problem"
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
