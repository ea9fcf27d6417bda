#!/bin/sh
# Installs Microsoft's SARIF Multitool (which carries GitHub's ingestion rules) into DIR.
# Usage: sarif-tool.sh DIR   (default: reporting/target/sarif-tool next to this script)
# The reporting tests look for DIR/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool
# (system property vigil.sarif.tool.dir overrides the default location).
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
dir=${1:-"$here/target/sarif-tool"}
mkdir -p "$dir"
cd "$dir"
[ -f package.json ] || printf '{"name":"vigil-sarif-tool","private":true}\n' > package.json
npm install --no-audit --no-fund --loglevel=error @microsoft/sarif-multitool@5.7.0
tool="$dir/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
[ -x "$tool" ] || chmod +x "$tool"
"$tool" --version >/dev/null 2>&1 || "$tool" validate --help >/dev/null 2>&1 || true
echo "$tool"
