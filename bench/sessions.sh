#!/usr/bin/env bash
# Memory per active UI session: starts the application (-Xmx512m, fresh data directory), opens a
# few sessions to warm up, measures the live heap after a full GC, opens N more real Vaadin UI
# sessions on the catalog view (bench/Sessions.java), measures again while they are all alive,
# and prints the difference per session.
#
#   bench/sessions.sh [sessions] [view] [text the view shows]    e.g. bench/sessions.sh 200 catalog DICOM
#
# The live heap is read from `jcmd <pid> GC.class_histogram`, which runs a full GC first and adds
# up the objects still reachable; `GC.heap_info` after `GC.run` is printed beside it.
set -u
N=${1:-200}
VIEW=${2:-catalog}
EXPECT=${3:-DICOM}
WARM=${WARM:-5}
source "$(dirname "$0")/server.sh"
JCMD=${JAVA_HOME:+$JAVA_HOME/bin/}jcmd
LOG=${LOG:-$(mktemp "${TMPDIR:-/tmp}/rsp-bench-sessions.XXXXXX.log")}
trap stop_server EXIT

# live_heap <label>: prints and sets LIVE (bytes reachable after a full GC) and the sessions alive.
live_heap() {
    local histogram
    histogram=$("$JCMD" "$SERVER_PID" GC.class_histogram)
    LIVE=$(echo "$histogram" | awk '/^Total/ {print $3}')
    local tomcat_sessions vaadin_uis
    tomcat_sessions=$(echo "$histogram" | awk '$4 == "org.apache.catalina.session.StandardSession" {print $2}')
    vaadin_uis=$(echo "$histogram" | awk '$4 ~ /^com\.vaadin\.flow\.component\.UI$|VaadinSession$/ {printf "%s %s; ", $4, $2}')
    "$JCMD" "$SERVER_PID" GC.run >/dev/null
    local used
    used=$("$JCMD" "$SERVER_PID" GC.heap_info | grep -o 'used [0-9]*K' | head -1)
    printf '%-34s live heap %6.1f MB (heap_info: %s), HTTP sessions %s, %s RSS %s MB\n' "$1" \
        "$(echo "$LIVE / 1048576" | bc -l)" "$used" "${tomcat_sessions:-0}" "$vaadin_uis" \
        "$(awk '/^VmRSS/ {printf "%d", $2 / 1024}' "/proc/$SERVER_PID/status")"
}

machine
echo "starting $JAR with -Xmx$HEAP on port $PORT (log: $LOG)"
start_server "$LOG"
wait_for /api/v1/standards >/dev/null || { tail -30 "$LOG"; exit 1; }

"$JAVA" "$(dirname "$0")/Sessions.java" --url "$BASE" --sessions "$WARM" --view "$VIEW" --expect "$EXPECT" || exit 1
live_heap "after $WARM warm-up sessions:"
BEFORE=$LIVE
"$JAVA" "$(dirname "$0")/Sessions.java" --url "$BASE" --sessions "$N" --view "$VIEW" --expect "$EXPECT" || exit 1
live_heap "after $N more sessions:"
AFTER=$LIVE
printf 'memory per UI session (/%s): %.0f KB  ((%d - %d) bytes / %d sessions)\n' "$VIEW" \
    "$(echo "($AFTER - $BEFORE) / $N / 1024" | bc -l)" "$AFTER" "$BEFORE" "$N"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
if grep -q OutOfMemoryError "$LOG"; then
    echo "OutOfMemoryError in the server log"
    exit 1
fi
