# Shared by the bench scripts (sourced, not run): start and stop the application on a fresh,
# temporary H2 data directory.
#
#   JAR        the application (default webapp/target/rsp-navigator.jar)
#   PORT       its port (default 18080, so that it does not meet a server already on 8080)
#   HEAP       -Xmx (default 512m)
#   JAVA_HOME  a JDK 21+ (default /usr/lib/jvm/temurin-25-jdk-amd64 if present)
#   START_WITH jar (default: java -jar) or aot (bin/start-with-aot-cache, JDK 25+)
#   KEEP_DATA  a data directory to start on and keep (default: a new one per start, removed after)

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
JAR=${JAR:-$ROOT/webapp/target/rsp-navigator.jar}
PORT=${PORT:-18080}
HEAP=${HEAP:-512m}
if [ -z "${JAVA_HOME:-}" ] && [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then
    JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
BASE=http://localhost:$PORT
ADMIN_PASSWORD=${ADMIN_PASSWORD:-bench-admin-$RANDOM$RANDOM}

[ -f "$JAR" ] || { echo "no $JAR: build it first (./mvnw -DskipTests package)" >&2; exit 2; }
if curl -s -o /dev/null "$BASE/"; then
    echo "something already answers on port $PORT: set PORT" >&2
    exit 2
fi

# start_server <log file> [extra arguments]: starts the jar on a new data directory; sets
# SERVER_PID, DATA_DIR and START_NS (the time of the start, in nanoseconds).
start_server() {
    local log=$1
    shift
    DATA_DIR=${KEEP_DATA:-$(mktemp -d "${TMPDIR:-/tmp}/rsp-bench-data.XXXXXX")}
    START_NS=$(date +%s%N)
    if [ "${START_WITH:-jar}" = aot ]; then
        # The script execs the JVM, so SERVER_PID is the server's.
        RSP_ADMIN_PASSWORD=$ADMIN_PASSWORD JAR=$JAR JAVA_HOME=${JAVA_HOME:-} JAVA_OPTS="-Xmx$HEAP" \
            "$ROOT/bin/start-with-aot-cache" --server.port="$PORT" --rsp.data-dir="$DATA_DIR" "$@" >"$log" 2>&1 &
    else
        RSP_ADMIN_PASSWORD=$ADMIN_PASSWORD "$JAVA" -Xmx"$HEAP" -jar "$JAR" --server.port="$PORT" \
            --rsp.data-dir="$DATA_DIR" "$@" >"$log" 2>&1 &
    fi
    SERVER_PID=$!
}

# wait_for <path> [seconds]: waits until GET path answers 200; prints the nanoseconds since START_NS.
wait_for() {
    local path=$1 limit=${2:-180}
    local deadline=$(( $(date +%s) + limit ))
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE$path")" = 200 ]; do
        if ! kill -0 "$SERVER_PID" 2>/dev/null; then
            echo "the server stopped while starting" >&2
            return 1
        fi
        if [ "$(date +%s)" -ge "$deadline" ]; then
            echo "$BASE$path did not answer 200 within $limit s" >&2
            return 1
        fi
        sleep 0.05
    done
    echo $(( $(date +%s%N) - START_NS ))
}

stop_server() {
    if [ -n "${SERVER_PID:-}" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill "$SERVER_PID"
        for _ in $(seq 1 100); do
            kill -0 "$SERVER_PID" 2>/dev/null || break
            sleep 0.2
        done
        kill -0 "$SERVER_PID" 2>/dev/null && kill -9 "$SERVER_PID"
        wait "$SERVER_PID" 2>/dev/null
    fi
    SERVER_PID=
    [ -n "${DATA_DIR:-}" ] && [ -z "${KEEP_DATA:-}" ] && rm -rf "$DATA_DIR"
    DATA_DIR=
}

# start_and_wait <log file>: prints the machine, starts the server and waits until it answers;
# exits the script if it does not.
start_and_wait() {
    machine
    echo "starting $JAR with -Xmx$HEAP on port $PORT (log: $1)"
    start_server "$1"
    local ns
    ns=$(wait_for /api/v1/standards) || { tail -30 "$1"; exit 1; }
    echo "answering after $(( ns / 1000000 )) ms"
}

# create_organization <name>: creates an organization as the administrator; prints its id. The
# administrator is created just after the server starts answering, so this tries for a while.
create_organization() {
    local org=
    for _ in $(seq 1 120); do
        org=$(curl -s -u "admin:$ADMIN_PASSWORD" -H 'Content-Type: application/json' -X POST \
            "$BASE/api/v1/admin/organizations" -d "{\"name\": \"$1\"}" | sed -n 's/.*"id":\([0-9]*\).*/\1/p')
        [ -n "$org" ] && break
        sleep 0.5
    done
    [ -n "$org" ] || { echo "could not create the organization $1" >&2; return 1; }
    echo "$org"
}

# create_user <organization id> <user name> <role>: creates the user and sets its password (a
# password the administrator sets is a one-time password, which the user replaces first); prints
# the password.
create_user() {
    local org=$1 name=$2 role=$3 status
    local one_time=bench-one-time-$RANDOM$RANDOM password=bench-$name-$RANDOM$RANDOM
    status=$(curl -s -u "admin:$ADMIN_PASSWORD" -H 'Content-Type: application/json' -o /dev/null \
        -w '%{http_code}' -X POST "$BASE/api/v1/admin/users" -d "{\"username\": \"$name\", \"displayName\": \
\"Load $name\", \"role\": \"$role\", \"organizationId\": $org, \"password\": \"$one_time\"}")
    [ "$status" = 201 ] || { echo "could not create the user $name: HTTP $status" >&2; return 1; }
    status=$(curl -s -u "$name:$one_time" -H 'Content-Type: application/json' -o /dev/null -w '%{http_code}' \
        -X PUT "$BASE/api/v1/me/password" -d "{\"currentPassword\": \"$one_time\", \"newPassword\": \"$password\"}")
    [ "$status" = 204 ] || { echo "could not set the password of $name: HTTP $status" >&2; return 1; }
    echo "$password"
}

# peak_rss_mb: the server's peak resident memory so far (VmHWM), in MB.
peak_rss_mb() {
    awk '/^VmHWM/ {printf "%d", $2 / 1024}' "/proc/$SERVER_PID/status"
}

machine() {
    echo "machine: $(nproc) CPUs, $(free -g | awk '/^Mem/ {print $2}') GiB, Linux $(uname -r), $("$JAVA" -version 2>&1 | sed -n 2p)"
    echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
}
