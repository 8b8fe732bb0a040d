#!/usr/bin/env bash
# Runs every test of the solution. Used by CI (.ci/run) and by developers; needs only the .NET SDK.
set -euo pipefail
cd "$(dirname "$0")"

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
dotnet test Crosscheck.slnx -c Release --nologo 2>&1 | tee "$log" || status=$?

# One closing line over all test projects, in the plain "N passed, N failed" form CI reads.
passed=$(grep -Eo 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -Eo 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
skipped=$(grep -Eo 'Skipped: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
echo "Tests: $passed passed, $failed failed, $skipped skipped"
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  echo "dotnet test exited with $status (build or runner failure)" >&2
fi
exit "$status"
