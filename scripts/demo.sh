#!/usr/bin/env bash
# `make demo`: runs examples/yaml against the bundled SCP emulator through the engine simulator
# (scpgw-sim), the way `pulumi` would run it: preview, up, outputs, a change made outside Pulumi,
# the drift check that finds it, the update that repairs it, destroy. Needs only the .NET SDK.
# It checks its own claims and exits non-zero when one does not hold.
set -euo pipefail
cd "$(dirname "$0")/.."
export LC_ALL=C DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
CONFIG=${CONFIG:-Release}
DOTNET=${DOTNET:-dotnet}
root=$PWD
stack=demo
steps=10
step=0
started=$SECONDS

emulator_pid=''
work=$(mktemp -d "${TMPDIR:-/tmp}/scpgw-demo.XXXXXX")

cleanup() {
  local code=$?
  trap - EXIT INT TERM
  if [ -n "$emulator_pid" ] && kill -0 "$emulator_pid" 2>/dev/null; then
    kill -TERM "$emulator_pid" 2>/dev/null || true
    wait "$emulator_pid" 2>/dev/null || true
    echo "SCP emulator (pid $emulator_pid) stopped."
  fi
  rm -rf "$work"
  exit "$code"
}
trap cleanup EXIT
trap 'echo; echo "demo: interrupted"; exit 130' INT TERM

bold='' plain=''
if [ -t 1 ]; then bold=$'\033[1m' plain=$'\033[0m'; fi

heading() {
  step=$((step + 1))
  printf '\n%s=== %d/%d  %s%s\n\n' "$bold" "$step" "$steps" "$1" "$plain"
}

fail() {
  echo "demo: $*" >&2
  exit 1
}

# scpgw-sim with the demo's stack, a state file in the temp dir and HOME pointed there too, so
# neither the state nor a user's own ~/.scpconf is touched. Output is also kept in $work/last.log.
sim() {
  HOME="$work/home" "$DOTNET" "$sim_dll" "$@" --cwd "$root/examples/yaml" --stack "$stack" \
    --state "$work/state.json" --plugin "$root/bin/pulumi-resource-scpgateway" | tee "$work/last.log"
  return "${PIPESTATUS[0]}"
}

# One HTTP/1.1 request to the emulator's unsigned admin endpoints; prints the response (status line,
# headers, body). bash's /dev/tcp keeps the demo free of curl.
emulator() {
  local method=$1 path=$2 body=${3:-} conn
  exec {conn}<>"/dev/tcp/127.0.0.1/$emulator_port"
  printf '%s %s HTTP/1.1\r\nHost: 127.0.0.1:%s\r\nContent-Type: application/json\r\nContent-Length: %d\r\nConnection: close\r\n\r\n%s' \
    "$method" "$path" "$emulator_port" "${#body}" "$body" >&"$conn"
  cat <&"$conn"
  exec {conn}>&-
}

console_edit() {
  local path=$1 body=$2 status
  status=$(emulator PATCH "$path" "$body" | head -n 1 | tr -d '\r')
  echo "    PATCH $path $body  ->  ${status#HTTP/1.1 }"
  [[ $status == "HTTP/1.1 200"* ]] || fail "the emulator refused the edit"
}

heading "Build the SCP emulator and the engine simulator (make provider built the plugin)"
build_started=$SECONDS
[ -x bin/pulumi-resource-scpgateway ] || fail "bin/pulumi-resource-scpgateway is missing: run make demo (or make provider first)"
for project in tests/ScpEmulator tests/EngineSimulator.Cli; do
  "$DOTNET" build "$project" -c "$CONFIG" --nologo -v quiet >"$work/build.log" 2>&1 || { cat "$work/build.log"; fail "building $project failed"; }
done
emulator_dll=$(ls tests/ScpEmulator/bin/"$CONFIG"/net*/ScpEmulator.dll | head -n 1)
sim_dll=$(ls tests/EngineSimulator.Cli/bin/"$CONFIG"/net*/scpgw-sim.dll | head -n 1)
build_seconds=$((SECONDS - build_started))
echo "built in ${build_seconds}s: $emulator_dll, $sim_dll (plugin: bin/pulumi-resource-scpgateway)"

heading "Start the SCP emulator on a free loopback port"
exec {emulator_out}< <(exec "$DOTNET" "$emulator_dll" --port 0)
emulator_pid=$!
read -r -t 60 banner <&"$emulator_out" || fail "the emulator did not start"
echo "$banner"
url=${banner##* }
emulator_port=${url##*:}
# The same variables a user sets for real SCP; examples/yaml itself holds no credentials or endpoints.
export SCP_ACCESS_KEY=EMULATOR-ACCESS-KEY SCP_SECRET_KEY=EMULATOR-SECRET-KEY
export SCP_APIGATEWAY_ENDPOINT=$url SCP_QUEUESERVICE_ENDPOINT=$url
echo "SCP_ACCESS_KEY, SCP_SECRET_KEY, SCP_APIGATEWAY_ENDPOINT and SCP_QUEUESERVICE_ENDPOINT point the plugin at it."

heading "Preview examples/yaml (pulumi preview)"
sim preview

heading "Create it (pulumi up)"
sim up --skip-preview | sed '/^Outputs:/,/^$/d' # shown in the next step
grep -q '+ 19 created' "$work/last.log" || fail "up did not create the 19 resources"

heading "Stack outputs: invoke URLs in the clear, the API key and the JWT masked"
sed -n '/^Outputs:/,/^$/p' "$work/last.log" | tee "$work/outputs.log"
echo "(the values are kept as secrets in the state; with the pulumi CLI, \`pulumi stack output --show-secrets\` shows them)"
grep -q 'mobileApiKey: \[secret\]' "$work/outputs.log" || fail "the API key output is not masked"

heading "Change two things outside Pulumi, as someone in the SCP console would"
echo "  - the dev stage gets one more CORS origin"
echo "  - the mobile-app API key gets a new description"
echo
console_edit "/_emulator/apis/shop-$stack/stages/dev" \
  '{"allow_origins":["http://localhost:3000","https://dev.shop.example.com","https://preview.shop.example.com"]}'
console_edit "/_emulator/apis/shop-$stack/usage-plans/prod-standard/api-keys/mobile-app" \
  '{"description":"Mobile app, v2 rollout"}'

heading "Drift check, as CI runs it (pulumi refresh --expect-no-changes): fails, showing exactly those changes"
if sim refresh --expect-no-changes; then
  fail "the refresh found no drift"
fi
[ "$(grep -c '(drift)' "$work/last.log")" -eq 2 ] || fail "expected exactly two drifted resources"
grep -q 'Stage  dev  refresh (drift)  \[diff: ~allowOrigins\]' "$work/last.log" || fail "the stage's origins did not show as drift"
grep -q 'ApiKey  mobileKey  refresh (drift)  \[diff: ~description\]' "$work/last.log" || fail "the key's description did not show as drift"
echo
echo "(exit code 1, as expected: the stack now records what SCP holds)"

heading "Preview the repair (pulumi preview): the program puts both back"
sim preview
grep -q '~ 2 to update' "$work/last.log" || fail "the preview does not update exactly the two resources"

heading "Repair (pulumi up), then check again (pulumi refresh --expect-no-changes)"
sim up --skip-preview
grep -q '~ 2 updated' "$work/last.log" || fail "up did not update the two resources"
echo
sim refresh --expect-no-changes >/dev/null || fail "drift remains after the repair"
echo "refresh --expect-no-changes: no drift (exit code 0)"

heading "Destroy (pulumi destroy)"
sim destroy
left=$(emulator GET /_emulator/state)
[[ $left == *'"apis":[]'* && $left == *'"queues":[]'* ]] || fail "the emulator still holds objects after destroy"
echo
echo "The emulator holds no Apis and no queues."

echo
echo "Demo finished in $((SECONDS - started))s (build ${build_seconds}s); stopping the emulator."
