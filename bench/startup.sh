#!/usr/bin/env bash
# Start-up time to ready: starts the application N times (default 5) with -Xmx512m, and measures
# the time from starting the process to the first successful GET /api/v1/standards (and to
# /actuator/health/readiness saying UP, where this build has Actuator). Prints every run and the
# min/median/max.
#
#   bench/startup.sh [runs] [--existing-database] [--aot-cache]
#
# Each run starts on a fresh data directory, or with --existing-database on one that a first,
# uncounted start has made (the database exists and is migrated, as on a server restarted).
# --aot-cache starts through bin/start-with-aot-cache (JDK 25+); the first, uncounted start makes
# the cache if this build has none yet.
set -u
RUNS=5
EXISTING=
for arg in "$@"; do
    case $arg in
        --existing-database) EXISTING=1 ;;
        --aot-cache) START_WITH=aot ;;
        [0-9]*) RUNS=$arg ;;
        *) echo "usage: bench/startup.sh [runs] [--existing-database] [--aot-cache]" >&2; exit 2 ;;
    esac
done
source "$(dirname "$0")/server.sh"
LOG=$(mktemp "${TMPDIR:-/tmp}/rsp-bench-startup.XXXXXX.log")
KEPT=
if [ -n "$EXISTING" ]; then
    KEPT=$(mktemp -d "${TMPDIR:-/tmp}/rsp-bench-data.XXXXXX")
    KEEP_DATA=$KEPT
fi
trap 'stop_server; rm -f "$LOG"; [ -n "$KEPT" ] && rm -rf "$KEPT"' EXIT

# wait_for_ready <seconds>: waits until the readiness probe says UP; prints the nanoseconds since START_NS.
wait_for_ready() {
    local deadline=$(( $(date +%s) + $1 ))
    until curl -s "$BASE/actuator/health/readiness" | grep -q '"status" *: *"UP"'; do
        [ "$(date +%s)" -lt "$deadline" ] || { echo "not ready within $1 s" >&2; return 1; }
        sleep 0.05
    done
    echo $(( $(date +%s%N) - START_NS ))
}

machine
echo "start with: ${START_WITH:-jar}; data: ${EXISTING:+an existing database}${EXISTING:-a new data directory per run}"
if [ -n "$EXISTING" ] || [ "${START_WITH:-jar}" = aot ]; then
    start_server "$LOG"
    wait_for /api/v1/standards 300 > /dev/null || { tail -30 "$LOG"; exit 1; }
    echo "first start (not counted): $(grep -o 'Started RspNavigatorApplication in [0-9.]* seconds' "$LOG")"
    stop_server
fi
api=()
ready=()
for run in $(seq 1 "$RUNS"); do
    start_server "$LOG"
    ns=$(wait_for /api/v1/standards) || { tail -30 "$LOG"; exit 1; }
    api+=("$ns")
    line=$(printf 'run %d: GET /api/v1/standards %6d ms' "$run" $(( ns / 1000000 )))
    # Without Actuator the path is answered by the UI's bootstrap page: only a health document counts.
    if curl -s "$BASE/actuator/health/readiness" | grep -q '"status"'; then
        ns=$(wait_for_ready 60) && ready+=("$ns") \
            && line+=$(printf ', /actuator/health/readiness UP %6d ms' $(( ns / 1000000 )))
    else
        line+=" (this build has no /actuator/health/readiness)"
    fi
    echo "$line; $(grep -o 'Started RspNavigatorApplication in [0-9.]* seconds' "$LOG"); load $(cut -d' ' -f1 /proc/loadavg)"
    stop_server
done

summary() {
    local label=$1
    shift
    [ $# -gt 0 ] || return 0
    printf '%s\n' "$@" | sort -n | awk -v label="$label" '
        { v[NR] = $1 / 1e6 }
        END { printf "%-34s min %6d ms, median %6d ms, max %6d ms (%d runs)\n", label, v[1],
              (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2), v[NR], NR }'
}
summary "to GET /api/v1/standards:" "${api[@]}"
summary "to /actuator/health/readiness:" "${ready[@]+"${ready[@]}"}"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
