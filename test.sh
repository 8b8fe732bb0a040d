#!/usr/bin/env bash
# Runs every test of the solution, then the browser tests of the web UI (tests/browser: Node.js, playwright-core from
# npm and Debian's Chromium at /usr/bin/chromium; skipped, and counted as skipped, when Chromium is missing).
# Used by CI (.ci/run, which installs Chromium) and by developers.
set -euo pipefail
cd "$(dirname "$0")"

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
dotnet test Crosscheck.slnx -c Release --nologo 2>&1 | tee "$log" || status=$?

# Browser tests drive the Release build that dotnet test just made.
chromium=${CHROMIUM_PATH:-/usr/bin/chromium}
browser_tests=$(grep -c '^test(' tests/browser/web.test.mjs)
bpassed=0 bfailed=0 bskipped=0
if [ "$status" -eq 0 ] && [ -x "$chromium" ] && command -v node >/dev/null 2>&1; then
  if [ ! -d tests/browser/node_modules/playwright-core ]; then
    (cd tests/browser && npm ci --no-audit --no-fund --loglevel=error)
  fi
  blog=$(mktemp)
  trap 'rm -f "$log" "$blog"' EXIT
  (cd tests/browser && node --test --test-concurrency=1 --test-reporter=spec web.test.mjs) 2>&1 | tee "$blog" || status=$?
  bpassed=$(grep -Eo '^ℹ pass [0-9]+' "$blog" | awk '{print $3}' | tail -n 1)
  bfailed=$(grep -Eo '^ℹ fail [0-9]+' "$blog" | awk '{print $3}' | tail -n 1)
  bpassed=${bpassed:-0} bfailed=${bfailed:-0}
  if [ "$bpassed" -eq 0 ] && [ "$bfailed" -eq 0 ]; then bfailed=$browser_tests; status=1; fi
elif [ "$status" -ne 0 ]; then
  echo "browser tests not run: the .NET tests failed" >&2
  bskipped=$browser_tests
else
  echo "browser tests skipped: $chromium or node not found (bash .ci/run installs Chromium)" >&2
  bskipped=$browser_tests
fi

# One closing line over all test projects and the browser tests, in the plain "N passed, N failed" form CI reads.
passed=$(grep -Eo 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -Eo 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
skipped=$(grep -Eo 'Skipped: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
passed=$((passed + bpassed)) failed=$((failed + bfailed)) skipped=$((skipped + bskipped))
echo "Tests: $passed passed, $failed failed, $skipped skipped"
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  echo "tests exited with $status (build or runner failure)" >&2
fi
exit "$status"
