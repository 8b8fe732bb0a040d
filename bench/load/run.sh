#!/usr/bin/env bash
# Load test of `crosscheck serve`: builds Release, runs the demo into a temp directory, serves it on a free loopback
# port and runs bench/Crosscheck.Load against it (default 200 clients for 30 s). Prints requests, errors, p50/p99.
# Usage: bench/load/run.sh [CLIENTS] [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/../.."
clients=${1:-200}
seconds=${2:-30}
dotnet build src/Crosscheck.Cli -c Release --nologo -v q >/dev/null
dotnet build bench/Crosscheck.Load -c Release --nologo -v q >/dev/null
work=$(mktemp -d)
trap 'kill "${server:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT
(cd "$work" && dotnet "$OLDPWD/src/Crosscheck.Cli/bin/Release/net10.0/crosscheck.dll" demo >/dev/null)
dotnet src/Crosscheck.Cli/bin/Release/net10.0/crosscheck.dll serve --db "$work/crosscheck-demo.db" --urls http://127.0.0.1:0 >"$work/serve.out" 2>"$work/serve.err" &
server=$!
for _ in $(seq 1 100); do grep -q '^Listening on' "$work/serve.out" 2>/dev/null && break; sleep 0.2; done
url=$(awk '/^Listening on/ {print $3; exit}' "$work/serve.out")
[ -n "$url" ] || { cat "$work/serve.err" >&2; exit 1; }
echo "server $url (pid $server), $(nproc) cores"
dotnet bench/Crosscheck.Load/bin/Release/net10.0/Crosscheck.Load.dll "$url" "$clients" "$seconds"
ps -o rss=,time= -p "$server" | awk '{printf "server: max RSS now %.0f MB, CPU time %s\n", $1/1024, $2}'
