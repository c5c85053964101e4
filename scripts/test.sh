#!/usr/bin/env bash
# Runs every test suite and prints one closing line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
CONFIG=${CONFIG:-Release}
passed=0; failed=0; status=0
log=$(mktemp); trap 'rm -f "$log"' EXIT

count_dotnet() { # sums "Failed: x, Passed: y" lines of dotnet test
  local p f
  p=$(grep -Eo 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
  f=$(grep -Eo 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
}

for proj in tests/Pulumi.ScpGateway.Tests tests/Pulumi.ScpGateway.IntegrationTests; do
  echo "== $proj"
  : >"$log"
  dotnet test "$proj" -c "$CONFIG" --nologo 2>&1 | tee "$log"
  rc=${PIPESTATUS[0]}
  count_dotnet
  [ "$rc" -eq 0 ] || status=1
done

if [ -f tests/interop/package.json ]; then
  echo "== tests/interop"
  ( cd tests/interop && { [ -d node_modules ] || npm ci --no-audit --no-fund; } ) || status=1
  : >"$log"
  ( cd tests/interop && npm test 2>&1 ) | tee "$log"
  rc=${PIPESTATUS[0]}
  p=$(grep -Eo '^# pass [0-9]+' "$log" | grep -Eo '[0-9]+' | tail -1)
  f=$(grep -Eo '^# fail [0-9]+' "$log" | grep -Eo '[0-9]+' | tail -1)
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
  [ "$rc" -eq 0 ] || status=1
fi

echo
echo "$passed passed, $failed failed"
exit $status
