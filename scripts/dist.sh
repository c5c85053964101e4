#!/usr/bin/env bash
# Packs the plugin for the engine: a self-contained, ReadyToRun linux-x64 build as
# dist/pulumi-resource-scpgateway-v<version>-linux-amd64.tar.gz, the executable at the archive's root.
set -euo pipefail
cd "$(dirname "$0")/.."
CONFIG=${CONFIG:-Release}
version=$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' Directory.Build.props)
[ -n "$version" ] || { echo "dist: no <Version> in Directory.Build.props" >&2; exit 1; }
archive="dist/pulumi-resource-scpgateway-v${version}-linux-amd64.tar.gz"
stage=dist/linux-x64

rm -rf "$stage" "$archive"
# Its own artifacts folder, so the RID-specific restore does not disturb the normal build's obj/.
dotnet publish provider/Pulumi.ScpGateway.Provider -c "$CONFIG" -r linux-x64 --self-contained \
  -p:PublishReadyToRun=true -p:DebugType=none --artifacts-path dist/artifacts -o "$stage" --nologo -v quiet
for extra in README.md LICENSE LICENSE.md NOTICE; do
  [ -f "$extra" ] && cp "$extra" "$stage/"
done
tar -C "$stage" -czf "$archive" .
echo "$archive"
