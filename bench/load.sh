#!/usr/bin/env bash
# HTTP load run: starts the application with a 512 MB heap on a fresh data directory, creates a
# planner, runs bench/LoadTest.java (200 closed-loop clients for 60 s by default), then reports
# the server's peak RSS and whether it ran out of memory, and stops it.
#
#   bench/load.sh [clients] [seconds]        e.g. bench/load.sh 200 60
#
# Exits non-zero if the load test saw errors or the server ran out of memory.
set -u
CLIENTS=${1:-200}
SECONDS_=${2:-60}
source "$(dirname "$0")/server.sh"
LOG=${LOG:-$(mktemp "${TMPDIR:-/tmp}/rsp-bench-load.XXXXXX.log")}
trap stop_server EXIT

start_and_wait "$LOG"

org=$(create_organization "Load test hospital") || exit 1
PLANNER_PASSWORD=$(create_user "$org" planner PLANNER) || exit 1

"$JAVA" "$(dirname "$0")/LoadTest.java" --url "$BASE" --clients "$CLIENTS" --seconds "$SECONDS_" \
    --user planner --password "$PLANNER_PASSWORD"
result=$?

echo
echo "server peak RSS: $(peak_rss_mb) MB (heap -Xmx$HEAP)"
echo "load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
if grep -q OutOfMemoryError "$LOG"; then
    echo "OutOfMemoryError in the server log:"
    grep -m5 OutOfMemoryError "$LOG"
    result=1
else
    echo "no OutOfMemoryError in the server log"
fi
if ! kill -0 "$SERVER_PID" 2>/dev/null; then
    echo "the server is no longer running"
    result=1
fi
exit $result
