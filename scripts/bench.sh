#!/usr/bin/env bash
# `make bench`: every performance figure of BENCHMARKS.md in one run on this machine. Prints the
# figures as Markdown and keeps them in bin/bench/results.md. Not part of `make test`.
#  1. plugin start to port printed and idle RSS of the Native AOT plugin (make provider, what users get),
#     interleaved with the floor of its stack: tests/StartupFloor, a Grpc.AspNetCore server that answers
#     only GetPluginInfo, published Native AOT the same way
#  2. Check round trip at concurrency 16: the plugin vs an @grpc/grpc-js server, same grpc-js client
#  3. SCP requests per operation (emulator counters) and the 500-resource stack at --parallel 10 with
#     20 ms per SCP request (up, refresh, destroy) against its lower bound; plugin RSS after the up
#  4. adopt --all-apis over 20 APIs x 50 paths with 20 ms per SCP request: requests and time vs the paging minimum
# BENCH_LAUNCHES, BENCH_RUNS (Check), BENCH_STACK_RUNS, BENCH_UNITS (25 resources each) scale it down.
set -euo pipefail
cd "$(dirname "$0")/.."
export LC_ALL=C DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
CONFIG=${CONFIG:-Release}
DOTNET=${DOTNET:-dotnet}
out=bin/bench
results=$out/results.md
emulator_pid=''

cleanup() {
  if [ -n "$emulator_pid" ] && kill -0 "$emulator_pid" 2>/dev/null; then
    kill -TERM "$emulator_pid" 2>/dev/null || true
    wait "$emulator_pid" 2>/dev/null || true
  fi
}
trap cleanup EXIT
trap 'echo "bench: interrupted" >&2; exit 130' INT TERM

fail() {
  echo "bench: $*" >&2
  exit 1
}

step() { echo "== $*" >&2; }

step "build: emulator, benchmark tool, start-up floor (the Native AOT plugin is make provider's)"
[ -x bin/pulumi-resource-scpgateway ] || fail "bin/pulumi-resource-scpgateway is missing: run make bench (or make provider first)"
mkdir -p "$out"
"$DOTNET" publish tests/StartupFloor -c "$CONFIG" -r linux-x64 -p:PublishAot=true -p:StripSymbols=true \
  --artifacts-path artifacts/floor -o "$out/floor" --nologo -v quiet >&2
for project in tests/ScpEmulator tests/Benchmarks; do
  "$DOTNET" build "$project" -c "$CONFIG" --nologo -v quiet >&2
done
( cd tests/interop && { [ -d node_modules ] || npm ci --no-audit --no-fund >&2; } )
plugin=bin/pulumi-resource-scpgateway
emulator_dll=$(ls tests/ScpEmulator/bin/"$CONFIG"/net*/ScpEmulator.dll | head -n 1)
bench_dll=$(ls tests/Benchmarks/bin/"$CONFIG"/net*/scpgw-bench.dll | head -n 1)

{
  echo "## make bench, $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo) RAM, $(uname -sr);" \
    ".NET SDK $("$DOTNET" --version), Node $(node --version)."
  echo "Load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)."
  echo
} >"$results"

step "plugin start and idle RSS"
"$DOTNET" "$bench_dll" startup --launches "${BENCH_LAUNCHES:-20}" \
  --build "Native AOT plugin (make provider, what users get)=$plugin" \
  --build "floor: Grpc.AspNetCore answering only GetPluginInfo, Native AOT=$out/floor/startup-floor" >>"$results"

step "Check round trip: plugin vs @grpc/grpc-js"
SCPGATEWAY_PLUGIN=$PWD/$plugin SCPGATEWAY_FLOOR=$PWD/$out/floor/startup-floor node tests/interop/check-bench.js >>"$results"

step "SCP requests per operation and the stack benchmark (emulator on loopback)"
exec {emulator_out}< <(exec "$DOTNET" "$emulator_dll" --port 0)
emulator_pid=$!
read -r -t 60 banner <&"$emulator_out" || fail "the emulator did not start"
"$DOTNET" "$bench_dll" stack --plugin "$plugin" --emulator "${banner##* }" --emulator-pid "$emulator_pid" \
  --units "${BENCH_UNITS:-20}" --parallel 10 --latency-ms 20 --runs "${BENCH_STACK_RUNS:-3}" >>"$results"

step "adopt over 20 APIs x 50 paths with 20 ms per SCP request"
"$DOTNET" "$bench_dll" adopt --plugin "$plugin" --emulator "${banner##* }" --apis 20 --paths 50 --latency-ms 20 >>"$results"

echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)." >>"$results"
cat "$results"
