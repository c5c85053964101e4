#!/usr/bin/env bash
# Packs the plugin for the engine: the Native AOT linux-x64 executable (one file, no .NET runtime
# needed, symbols stripped) as dist/pulumi-resource-scpgateway-v<version>-linux-amd64.tar.gz, the
# executable at the archive's root next to the README and licence files.
set -euo pipefail
cd "$(dirname "$0")/.."
CONFIG=${CONFIG:-Release}
version=$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' Directory.Build.props)
[ -n "$version" ] || { echo "dist: no <Version> in Directory.Build.props" >&2; exit 1; }
archive="dist/pulumi-resource-scpgateway-v${version}-linux-amd64.tar.gz"
stage=dist/linux-x64

rm -rf "$stage" "$archive"
# The same build as make provider (scripts/publish.sh): the plugin executable alone in $stage.
scripts/publish.sh "$stage"
for extra in README.md LICENSE LICENSE.md NOTICE; do
  [ -f "$extra" ] && cp "$extra" "$stage/"
done
tar -C "$stage" -czf "$archive" .
echo "$archive"
