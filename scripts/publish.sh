#!/usr/bin/env bash
# Publishes the plugin as one Native AOT executable (linux-x64, self-contained, symbols stripped)
# and copies it alone into <dir>: scripts/publish.sh <dir>. `make provider` (bin/) and
# scripts/dist.sh use it. Fails before compiling when the native linker (clang) is missing, and
# says which package to make available when restore cannot find the AOT compiler's packages.
set -euo pipefail
cd "$(dirname "$0")/.."
CONFIG=${CONFIG:-Release}
DOTNET=${DOTNET:-dotnet}
out=${1:?usage: scripts/publish.sh <output directory>}
rid=linux-x64
# Its own artifacts folder, so the RID-specific restore and the compiler's intermediate files stay
# out of the normal build's obj/ (and one folder serves make provider and make dist alike).
artifacts=artifacts/aot
published="$artifacts/publish/Pulumi.ScpGateway.Provider/$(echo "$CONFIG" | tr '[:upper:]' '[:lower:]')_$rid"

if ! command -v clang >/dev/null; then
  echo "publish: the Native AOT compiler links with clang, which is not installed." >&2
  echo "publish: install it (Debian/Ubuntu): sudo apt-get install -y clang" >&2
  exit 1
fi

log=$(mktemp); trap 'rm -f "$log"' EXIT
# StripSymbols: the debug symbols go to a .dbg file that stays in $artifacts, not next to the plugin.
if ! "$DOTNET" publish provider/Pulumi.ScpGateway.Provider -c "$CONFIG" -r "$rid" \
    -p:StripSymbols=true --artifacts-path "$artifacts" --nologo -v quiet >"$log" 2>&1; then
  cat "$log" >&2
  # NU1101/NU1102: a package (or that version of it) is not on the configured NuGet sources.
  if grep -Eq 'NU110[123].*(ILCompiler|NativeAOT|Runtime\.linux)' "$log"; then
    echo >&2
    echo "publish: Native AOT needs these packages from a NuGet source (dotnet nuget list source), at the versions the SDK asks for:" >&2
    grep -Eo "([A-Za-z0-9.-]*ILCompiler|Microsoft\.[A-Za-z.]*\.Runtime(\.NativeAOT)?\.$rid) with version [^ ]+( [^ ]+)?" "$log" \
      | sort -u | sed 's/^/publish:   /' >&2 || true
    echo "publish: make them available (or install the SDK whose runtime matches them: dotnet --list-runtimes)." >&2
  fi
  exit 1
fi
cat "$log"

binary="$published/pulumi-resource-scpgateway"
[ -x "$binary" ] || { echo "publish: no executable at $binary" >&2; exit 1; }
# The executable alone: what an older framework-dependent build left there (assemblies, symbols,
# runtimeconfig) goes; other folders (bin/bench) stay.
mkdir -p "$out"
rm -f "$out"/*.dll "$out"/*.pdb "$out"/*.dbg "$out"/*.deps.json "$out"/*.runtimeconfig.json
cp "$binary" "$out/"
