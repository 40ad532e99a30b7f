#!/usr/bin/env bash
# Each kind of request on its own, against one server, with the single-standard GET as the
# baseline: starts the application with a 512 MB heap on a fresh data directory, creates a planner
# and a vendor, runs bench/Compare.java (50 clients, 20 s per kind after 10 s of warm-up
# each by default), prints each kind's throughput as a ratio to the baseline's, and stops the server.
#
#   bench/compare.sh [clients] [seconds]        e.g. bench/compare.sh 50 20
#
# Needs a JDK 22 or later (Compare.java uses LoadTest.java beside it). Exits non-zero if a request
# failed.
set -u
CLIENTS=${1:-50}
SECONDS_=${2:-20}
source "$(dirname "$0")/server.sh"
LOG=${LOG:-$(mktemp "${TMPDIR:-/tmp}/rsp-bench-compare.XXXXXX.log")}
trap stop_server EXIT

start_and_wait "$LOG"

hospital=$(create_organization "Load test hospital") || exit 1
PLANNER_PASSWORD=$(create_user "$hospital" planner PLANNER) || exit 1
maker=$(create_organization "Load test vendor") || exit 1
VENDOR_PASSWORD=$(create_user "$maker" vendor VENDOR) || exit 1

"$JAVA" "$(dirname "$0")/Compare.java" --url "$BASE" --clients "$CLIENTS" --seconds "$SECONDS_" \
    --user planner --password "$PLANNER_PASSWORD" --vendor vendor --vendor-password "$VENDOR_PASSWORD"
result=$?
echo "load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
exit $result
