#!/usr/bin/env bash
# Start-up time to ready: starts the application N times (default 5), each on a fresh data
# directory with -Xmx512m, and measures the time from starting the process to the first
# successful GET /api/v1/standards (and to /actuator/health/readiness saying UP, where this
# build has Actuator). Prints every run and the min/median/max.
#
#   bench/startup.sh [runs]
set -u
RUNS=${1:-5}
source "$(dirname "$0")/server.sh"
LOG=$(mktemp "${TMPDIR:-/tmp}/rsp-bench-startup.XXXXXX.log")
trap 'stop_server; rm -f "$LOG"' EXIT

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
