#!/usr/bin/env bash
# One command that benchmarks everything (issue #8):
#   benchmarks/run.sh [--quick] [--profile] [--keep] [--no-write] [--no-build] [--large-size N]
#
# Starts, on loopback and on free ports, a scratch MariaDB (Debian's mariadbd, durable settings),
# this server (the jar's `migrate`, then serving against that MariaDB) and a real redis-server 7,
# then runs org.redisonmysql.benchmarks.BenchmarkMain: idle-connection memory, redis-benchmark
# -c 50 with and without -P 16 against this server and Redis plus the raw-SQL load generator,
# CPU per 10,000 GETs, and the 1,000,000-member collections. Prints the tables and writes them
# into docs/PERFORMANCE.md between its generated markers. Stops everything it started on exit.
#
#   --quick       smaller runs (about 3 minutes on 2 cores) instead of the full one (about 15)
#   --profile     records a JFR profile of the server during the throughput runs and adds its
#                 hottest methods to the report (the .jfr stays in benchmarks/target/)
#   --keep        keeps the scratch directory (databases, logs) under benchmarks/target/
#   --no-write    prints the report but leaves docs/PERFORMANCE.md alone
#   --no-build    uses the jars already in server/target and benchmarks/target
#   --large-size  members of the large sorted set and list (default: quick 100,000, full 1,000,000)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

MODE=full
PROFILE=0
KEEP=0
WRITE=1
BUILD=1
LARGE_SIZE=
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) MODE=quick ;;
    --profile) PROFILE=1 ;;
    --keep) KEEP=1 ;;
    --no-write) WRITE=0 ;;
    --large-size) LARGE_SIZE="$2"; shift ;;
    --no-build) BUILD=0 ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done

log() { printf '[run.sh %s] %s\n' "$(date +%H:%M:%S)" "$*"; }
T0=$(date +%s)

# --- what the run needs, installed as .ci/run does ---------------------------------------------
need=()
command -v redis-server >/dev/null 2>&1 || need+=(redis-server)
command -v redis-benchmark >/dev/null 2>&1 || need+=(redis-tools)
command -v mariadbd >/dev/null 2>&1 || [ -x /usr/sbin/mariadbd ] || need+=(mariadb-server)
command -v mariadb >/dev/null 2>&1 || need+=(mariadb-client)
command -v mvn >/dev/null 2>&1 || need+=(maven)
command -v jcmd >/dev/null 2>&1 || need+=(openjdk-17-jdk-headless)
if [ "${#need[@]}" -gt 0 ]; then
  log "installing ${need[*]}"
  SUDO=
  [ "$(id -u)" = 0 ] || SUDO=sudo
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi
MARIADBD=$(command -v mariadbd || echo /usr/sbin/mariadbd)

# --- build -----------------------------------------------------------------------------------------
SERVER_JAR="$ROOT/server/target/redis-on-mysql.jar"
BENCH_JAR="$ROOT/benchmarks/target/redis-on-mysql-benchmarks.jar"
if [ "$BUILD" = 1 ] || [ ! -f "$SERVER_JAR" ] || [ ! -f "$BENCH_JAR" ]; then
  log "building the server and benchmark jars"
  mvn -q -B -DskipTests -pl server,benchmarks -am package
fi
T_BUILT=$(date +%s)
CP="$SERVER_JAR:$BENCH_JAR"

# --- file descriptors: 10,000 idle clients need 10,000 sockets on each side --------------------------
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
FD_LIMIT=$(ulimit -n)
MAX_IDLE=10000
if [ "$FD_LIMIT" != unlimited ] && [ "$FD_LIMIT" -lt 10500 ]; then
  MAX_IDLE=$((FD_LIMIT - 500))
  log "ulimit -n is $FD_LIMIT: the idle-connection probe stops at $MAX_IDLE connections"
fi

# --- scratch space and cleanup -----------------------------------------------------------------
mkdir -p "$ROOT/benchmarks/target"
WORK=$(mktemp -d "$ROOT/benchmarks/target/run-XXXXXX")
PIDS=()
cleanup() {
  local rc=$?
  # Only what this script started, newest first, by process id.
  for ((i=${#PIDS[@]}-1; i>=0; i--)); do
    kill "${PIDS[$i]}" 2>/dev/null || true
  done
  for pid in "${PIDS[@]}"; do
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
  done
  if [ "$KEEP" = 1 ] || [ "$rc" != 0 ]; then
    log "scratch directory kept: $WORK"
  else
    rm -rf "$WORK"
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# A port below the kernel's ephemeral range (outgoing connections never take it) that no socket
# uses now. A start can still lose a race for it: each service below retries on another port.
free_port() {
  local low p
  low=$(cut -f1 /proc/sys/net/ipv4/ip_local_port_range 2>/dev/null || echo 32768)
  for _ in $(seq 1 200); do
    p=$((10000 + RANDOM % (low - 10000)))
    if command -v ss >/dev/null 2>&1; then
      [ -z "$(ss -Htan "( sport = :$p )" 2>/dev/null)" ] && { echo "$p"; return 0; }
    elif ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
      echo "$p"; return 0
    fi
  done
  echo "no free port found" >&2; return 1
}

# Waits until "$@" succeeds; gives up when process $pid has exited or after $secs seconds.
wait_for() { # description, pid, seconds, command...
  local what=$1 pid=$2 secs=$3; shift 3
  for _ in $(seq 1 $((secs * 10))); do
    if "$@" >/dev/null 2>&1; then return 0; fi
    kill -0 "$pid" 2>/dev/null || { echo "$what exited while starting" >&2; return 1; }
    sleep 0.1
  done
  echo "$what did not come up in ${secs}s" >&2; return 1
}

# --- MariaDB: scratch datadir, loopback, durable like production ---------------------------------
DB_PORT=$(free_port)
DB_SOCK="$WORK/mariadb.sock"
log "starting MariaDB on 127.0.0.1:$DB_PORT (datadir $WORK/mariadb)"
# The scratch server runs as whoever runs this script; that OS user logs in over the socket.
OS_USER=$(id -un)
mariadb-install-db --no-defaults --user="$OS_USER" --datadir="$WORK/mariadb" --auth-root-authentication-method=socket \
  --auth-root-socket-user="$OS_USER" --skip-test-db >"$WORK/mariadb-install.log" 2>&1 \
  || { cat "$WORK/mariadb-install.log"; exit 1; }
# innodb_flush_log_at_trx_commit=1 and sync_binlog are the durable defaults: every commit is on
# disk before the server replies, as production must run. The buffer pool holds the 1,000,000-
# member collections; max_connections covers the pools plus the idle-connection probe's logins.
for attempt in 1 2 3; do
  "$MARIADBD" --no-defaults --user="$OS_USER" --datadir="$WORK/mariadb" --socket="$DB_SOCK" \
    --bind-address=127.0.0.1 --port="$DB_PORT" --pid-file="$WORK/mariadb.pid" --log-error="$WORK/mariadb.err" \
    --innodb-flush-log-at-trx-commit=1 --innodb-buffer-pool-size=1G --innodb-log-file-size=512M \
    --max-connections=1000 --max-allowed-packet=1G --skip-name-resolve >"$WORK/mariadb.out" 2>&1 &
  DB_PID=$!
  PIDS+=("$DB_PID")
  if wait_for "MariaDB" "$DB_PID" 120 mariadb --no-defaults -S "$DB_SOCK" -u"$OS_USER" -e "SELECT 1"; then break; fi
  [ "$attempt" = 3 ] && { tail -5 "$WORK/mariadb.err"; exit 1; }
  kill "$DB_PID" 2>/dev/null || true; wait "$DB_PID" 2>/dev/null || true
  DB_PORT=$(free_port)
  log "retrying MariaDB on port $DB_PORT"
done
ADMIN_PW="admin-$RANDOM$RANDOM"
BENCH_PW="bench-$RANDOM$RANDOM"
mariadb --no-defaults -S "$DB_SOCK" -u"$OS_USER" <<SQL
CREATE DATABASE bench;
CREATE USER 'bench_admin'@'127.0.0.1' IDENTIFIED BY '$ADMIN_PW';
GRANT ALL PRIVILEGES ON bench.* TO 'bench_admin'@'127.0.0.1';
CREATE USER 'bench'@'127.0.0.1' IDENTIFIED BY '$BENCH_PW';
GRANT SELECT, INSERT, UPDATE, DELETE ON bench.* TO 'bench'@'127.0.0.1';
SQL
DB_VERSION=$(mariadb --no-defaults -S "$DB_SOCK" -u"$OS_USER" -N -e "SELECT VERSION()")

# --- this server: migrate, then serve ---------------------------------------------------------------
OURS_PORT=$(free_port)
export REDIS_MYSQL_ADDR="127.0.0.1:$DB_PORT" REDIS_MYSQL_DATABASE=bench
export REDIS_MYSQL_USER=bench_admin REDIS_MYSQL_PASSWORD="$ADMIN_PW"
log "migrating the schema"
java -jar "$SERVER_JAR" migrate >"$WORK/migrate.log" 2>&1 || { cat "$WORK/migrate.log"; exit 1; }
SERVER_JAVA_OPTS=${SERVER_JAVA_OPTS:-}
log "starting this server on 127.0.0.1:$OURS_PORT ${SERVER_JAVA_OPTS:+(JVM options: $SERVER_JAVA_OPTS)}"
# Room for the 10,000 idle clients plus redis-benchmark's and the probe's own connections.
for attempt in 1 2 3; do
  REDIS_MYSQL_BIND="127.0.0.1:$OURS_PORT" REDIS_MYSQL_MAX_CONNECTIONS=10200 \
    java $SERVER_JAVA_OPTS -jar "$SERVER_JAR" >"$WORK/server.log" 2>&1 &
  OURS_PID=$!
  PIDS+=("$OURS_PID")
  if wait_for "redis-on-mysql" "$OURS_PID" 120 redis-cli -p "$OURS_PORT" --user bench --pass "$BENCH_PW" --no-auth-warning PING; then break; fi
  [ "$attempt" = 3 ] && { tail -20 "$WORK/server.log"; exit 1; }
  kill "$OURS_PID" 2>/dev/null || true; wait "$OURS_PID" 2>/dev/null || true
  OURS_PORT=$(free_port)
  log "retrying this server on port $OURS_PORT"
done
unset REDIS_MYSQL_USER REDIS_MYSQL_PASSWORD

# --- Redis: in memory, as it is usually run for speed (no RDB snapshots, no AOF) -----------------
REDIS_PORT=$(free_port)
mkdir -p "$WORK/redis"
log "starting redis-server on 127.0.0.1:$REDIS_PORT"
for attempt in 1 2 3; do
  redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --dir "$WORK/redis" --save '' --appendonly no \
    --maxclients 10200 --daemonize no >"$WORK/redis.log" 2>&1 &
  REDIS_PID=$!
  PIDS+=("$REDIS_PID")
  if wait_for "redis-server" "$REDIS_PID" 60 redis-cli -p "$REDIS_PORT" PING; then break; fi
  [ "$attempt" = 3 ] && { tail -5 "$WORK/redis.log"; exit 1; }
  kill "$REDIS_PID" 2>/dev/null || true; wait "$REDIS_PID" 2>/dev/null || true
  REDIS_PORT=$(free_port)
  log "retrying redis-server on port $REDIS_PORT"
done
REDIS_VERSION=$(redis-server --version | sed -E 's/.*v=([0-9.]+).*/\1/')

# --- the benchmark -------------------------------------------------------------------------------
ARGS=(--mode "$MODE" --ours-port "$OURS_PORT" --ours-pid "$OURS_PID" --user bench --password "$BENCH_PW"
      --redis-port "$REDIS_PORT" --redis-pid "$REDIS_PID" --mysql "127.0.0.1:$DB_PORT" --database bench
      --mysql-pid "$DB_PID" --max-idle "$MAX_IDLE"
      --setup "MariaDB $DB_VERSION (Debian mariadbd, scratch datadir, loopback TCP): innodb_flush_log_at_trx_commit=1 (durable), innodb_buffer_pool_size=1G, otherwise defaults. This server: the jar with default settings (pool.max_connections 16) but server.max_connections 10200${SERVER_JAVA_OPTS:+, JVM options $SERVER_JAVA_OPTS}, $(java -version 2>&1 | head -1)."
      --setup "redis-server $REDIS_VERSION in memory: --save '' --appendonly no (no persistence; this server commits every write durably before replying).")
[ "$WRITE" = 1 ] && ARGS+=(--out "$ROOT/docs/PERFORMANCE.md")
[ -n "$LARGE_SIZE" ] && ARGS+=(--large-size "$LARGE_SIZE")
if [ "$PROFILE" = 1 ]; then
  JFR_FILE="$ROOT/benchmarks/target/server-$(date +%Y%m%d-%H%M%S).jfr"
  ARGS+=(--profile "$JFR_FILE")
fi
log "running the $MODE benchmark"
java -Xss512k -cp "$CP" org.redisonmysql.benchmarks.BenchmarkMain "${ARGS[@]}" 2>&1 | tee "$WORK/benchmark.log"
[ "${PIPESTATUS[0]}" = 0 ] || exit 1
log "done in $(( $(date +%s) - T0 )) s (build $((T_BUILT - T0)) s)${JFR_FILE:+; JFR recording: $JFR_FILE}"
