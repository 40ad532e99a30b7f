#!/usr/bin/env bash
# Start-up time to ready: starts the application N times (default 5), each on a fresh data
# directory with -Xmx512m, and measures the time from starting the process to the first
# successful GET /api/v1/standards (and to /actuator/health/readiness answering 200, where this
# build has it). Prints every run and the min/median/max.
#
#   bench/startup.sh [runs]
set -u
RUNS=${1:-5}
source "$(dirname "$0")/server.sh"
LOG=$(mktemp "${TMPDIR:-/tmp}/rsp-bench-startup.XXXXXX.log")
trap 'stop_server; rm -f "$LOG"' EXIT

machine
api=()
ready=()
for run in $(seq 1 "$RUNS"); do
    start_server "$LOG"
    ns=$(wait_for /api/v1/standards) || { tail -30 "$LOG"; exit 1; }
    api+=("$ns")
    line=$(printf 'run %d: GET /api/v1/standards %6d ms' "$run" $(( ns / 1000000 )))
    code=$(curl -s -o /dev/null -w '%{http_code}' "$BASE/actuator/health/readiness")
    if [ "$code" = 200 ] || [ "$code" = 503 ]; then
        ns=$(wait_for /actuator/health/readiness 60) && ready+=("$ns") \
            && line+=$(printf ', /actuator/health/readiness %6d ms' $(( ns / 1000000 )))
    else
        line+=" (no /actuator/health/readiness: HTTP $code)"
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
