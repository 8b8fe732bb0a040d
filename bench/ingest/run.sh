#!/usr/bin/env bash
# Ingest benchmark: N generated articles (default 100,000) from one JSONL file into a fresh SQLite file, without
# analysis. Prints articles/s (wall clock and per CPU second) and peak memory (max RSS). Needs python3 and GNU time.
#   bench/ingest/run.sh [N] [--analyze]
set -euo pipefail
cd "$(dirname "$0")/../.."
count=${1:-100000}
analyze=--no-analyze
[ "${2:-}" = "--analyze" ] && analyze=""
work=${BENCH_DIR:-/tmp/crosscheck-bench-ingest}
mkdir -p "$work"
input="$work/articles-$count.jsonl"
[ -f "$input" ] || python3 bench/ingest/generate.py "$count" "$input"

dotnet build src/Crosscheck.Cli -c Release --nologo -v quiet >/dev/null
cli=src/Crosscheck.Cli/bin/Release/net10.0/crosscheck.dll

db="$work/bench.db"
rm -f "$db" "$db-wal" "$db-shm"
/usr/bin/time -f '%e %U %S %M' -o "$work/time.txt" dotnet "$cli" ingest "$input" --db "$db" $analyze --format json >"$work/summary.json"
read -r wall user sys rss <"$work/time.txt"
python3 - "$work/summary.json" "$wall" "$user" "$sys" "$rss" "$input" "$db" <<'PY'
import json, os, sys
summary = json.load(open(sys.argv[1]))
wall, user, sys_, rss = float(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]), int(sys.argv[5])
n = summary["added"]
print(f"input        {sys.argv[6]} ({os.path.getsize(sys.argv[6]) / 1e6:.0f} MB)")
print(f"stored       {n} new, {summary['skipped']} skipped, {summary['failed']} failed")
print(f"ingest time  {summary['seconds']:.1f} s in the command ({n / summary['seconds']:.0f} articles/s)")
print(f"process      {wall:.1f} s wall, {user + sys_:.1f} s CPU ({n / (user + sys_):.0f} articles per CPU second)")
print(f"peak memory  {rss / 1024:.0f} MB (max RSS)")
print(f"database     {os.path.getsize(sys.argv[7]) / 1e6:.0f} MB")
PY
