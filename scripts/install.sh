#!/usr/bin/env bash
# Installs the dist archive for the pulumi CLI: through `pulumi plugin install` when pulumi is on
# the PATH, else by unpacking it where the engine looks ($PULUMI_HOME/plugins, default ~/.pulumi).
set -euo pipefail
cd "$(dirname "$0")/.."
archive=$(scripts/dist.sh | tail -1)
version=$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' Directory.Build.props)

if command -v pulumi >/dev/null 2>&1; then
  pulumi plugin install resource scpgateway "$version" --file "$archive"
  exit 0
fi

target="${PULUMI_HOME:-$HOME/.pulumi}/plugins/resource-scpgateway-v${version}"
rm -rf "$target"
mkdir -p "$target"
tar -C "$target" -xzf "$archive"
# A sibling .partial file marks an interrupted install, which the engine skips.
rm -f "${target}.partial"
echo "pulumi is not on the PATH: unpacked $archive into $target, where the engine looks for installed plugins."
