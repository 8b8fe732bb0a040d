#!/usr/bin/env bash
# Side-by-side extraction speed on one core: Readability.js 0.6 + linkedom against `crosscheck bench-extract`-style
# in-process timing (crosscheck extract --bench). Both read the same pages, once, before the clock starts.
#
#   bench/compare/run.sh DIR [ROUNDS]
#
# DIR holds the pages (*.html), e.g. the trafilatura evaluation set's html/ folder. Needs node (npm ci here first)
# and a Release build of the CLI (dotnet build -c Release src/Crosscheck.Cli).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
dir="${1:?usage: run.sh DIR [ROUNDS]}"
rounds="${2:-3}"
mapfile -t pages < <(find "$dir" -maxdepth 1 -name '*.html' | sort)
[ "${#pages[@]}" -gt 0 ] || { echo "no .html pages in $dir" >&2; exit 2; }
[ -d "$here/node_modules" ] || (cd "$here" && npm ci --silent)
cli="$root/src/Crosscheck.Cli/bin/Release/net10.0/crosscheck.dll"
[ -f "$cli" ] || dotnet build -c Release "$root/src/Crosscheck.Cli" >&2

echo "machine: $(uname -m), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), one core (taskset -c 0)"
echo "node $(node --version); dotnet $(dotnet --version)"
taskset -c 0 node "$here/readability.mjs" --rounds "$rounds" "${pages[@]}"
taskset -c 0 dotnet "$cli" extract --bench "$rounds" "${pages[@]}"
