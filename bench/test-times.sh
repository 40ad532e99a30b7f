#!/usr/bin/env bash
# Where the test command's time went: after `./mvnw verify`, reads the surefire and failsafe
# reports of every module and prints the time per module and phase, then the slowest test classes
# and test methods. Usage: bench/test-times.sh [checkout] [how many of the slowest, default 15]
set -euo pipefail
root="${1:-$(dirname "$0")/..}"
top="${2:-15}"
cd "$root"

suite_time() { grep -o '<testsuite [^>]*' "$1" | grep -o ' time="[0-9.]*"' | head -1 | grep -o '[0-9.]*'; }

echo "== Time per module and phase (sum of the test classes' times, seconds)"
for dir in */target/surefire-reports */target/failsafe-reports; do
  [ -d "$dir" ] || continue
  total=0
  for report in "$dir"/TEST-*.xml; do
    [ -e "$report" ] || continue
    total=$(echo "$total + $(suite_time "$report")" | bc)
  done
  printf '%8.1f  %s\n' "$total" "${dir%/target/*} ${dir##*/}"
done

echo "== The $top slowest test classes (seconds)"
for report in */target/surefire-reports/TEST-*.xml */target/failsafe-reports/TEST-*.xml; do
  [ -e "$report" ] || continue
  name=$(basename "$report" .xml)
  printf '%8.1f  %s\n' "$(suite_time "$report")" "${name#TEST-}"
done | sort -rn | head -n "$top"

echo "== The $top slowest tests (seconds)"
for report in */target/surefire-reports/TEST-*.xml */target/failsafe-reports/TEST-*.xml; do
  [ -e "$report" ] || continue
  grep -o '<testcase name="[^"]*" classname="[^"]*" time="[0-9.]*"' "$report" \
    | sed 's/<testcase name="\([^"]*\)" classname="\([^"]*\)" time="\([0-9.]*\)"/\3 \2.\1/'
done | sort -rn | head -n "$top" | awk '{ printf "%8.1f  %s\n", $1, substr($0, index($0, $2)) }'
