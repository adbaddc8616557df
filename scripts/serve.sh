#!/usr/bin/env bash
# Run the explorer for a team on one machine: N app processes, a store builder and nginx in front.
#
#   bash scripts/serve.sh start    # start everything, wait until it answers through the proxy
#   bash scripts/serve.sh status   # each process, its pid and its health; exit 3 when something is down
#   bash scripts/serve.sh stop     # stop everything (each process group: TERM, then KILL after 15 s)
#
# Everything is read from deploy/serve.conf (another file: SERVE_CONF=path). nginx comes from Debian
# (apt-get install -y nginx when missing, the one step that needs root) and runs as the current user
# with its config (from deploy/nginx.conf.template), pid, logs and temporary files in RUN_DIR.
# Each process runs in its own session and process group, and carries RUN_DIR in its command line
# (python -X explorer_serve=RUN_DIR, nginx -p RUN_DIR), so `pgrep -f RUN_DIR` lists the deployment.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CONF="${SERVE_CONF:-$ROOT/deploy/serve.conf}"
TEMPLATE="$ROOT/deploy/nginx.conf.template"
STOP_GRACE=15      # seconds a process group has to end after TERM
APP_WAIT=180       # seconds an app process has to answer its health check
BUILD_WAIT=1800    # seconds the builder has for its first store generation

die() { echo "serve.sh: $*" >&2; exit 1; }

abs() {  # a path from the config, relative to the checkout
  case "$1" in /*) printf '%s\n' "$1" ;; *) printf '%s\n' "$ROOT/$1" ;; esac
}

load_config() {
  [ -r "$CONF" ] || die "no config file $CONF"
  PROCESSES=2 FIRST_PORT=8601 PROXY_ADDRESS=127.0.0.1 PROXY_PORT=8080 BASE_PATH=/explorer/
  STORE="" REPORTS="" WATCH_SECONDS=5 RUN_DIR=/tmp/explorer-serve PYTHON=.venv/bin/python SECRETS=""
  # shellcheck source=/dev/null
  . "$CONF"
  [[ "$PROCESSES" =~ ^[1-9][0-9]?$ ]] || die "PROCESSES must be 1 to 99, not '$PROCESSES'"
  for port in "$FIRST_PORT" "$PROXY_PORT"; do
    [[ "$port" =~ ^[0-9]+$ ]] && [ "$port" -ge 1 ] && [ "$port" -le 65535 ] || die "not a port: '$port'"
  done
  [ "$((FIRST_PORT + PROCESSES - 1))" -le 65535 ] || die "FIRST_PORT + PROCESSES is past 65535"
  if [ "$PROXY_PORT" -ge "$FIRST_PORT" ] && [ "$PROXY_PORT" -lt "$((FIRST_PORT + PROCESSES))" ]; then
    die "PROXY_PORT $PROXY_PORT is one of the app ports"
  fi
  [[ "$BASE_PATH" =~ ^/([A-Za-z0-9._-]+/)*$ ]] || die "BASE_PATH must look like /explorer/ or /, not '$BASE_PATH'"
  [[ "$RUN_DIR" == /* ]] || die "RUN_DIR must be an absolute path"
  [ -n "$REPORTS" ] && [ -z "$STORE" ] && die "REPORTS is set but STORE is not: the builder needs a store to write"
  URL_PATH="${BASE_PATH#/}"; URL_PATH="${URL_PATH%/}"   # streamlit's server.baseUrlPath: explorer
  PYTHON="$(abs "$PYTHON")"
  [ -n "$STORE" ] && STORE="$(abs "$STORE")"
  [ -n "$REPORTS" ] && REPORTS="$(abs "$REPORTS")"
  [ -n "$SECRETS" ] && SECRETS="$(abs "$SECRETS")"
  PIDS="$RUN_DIR/pids"
  HEALTH_HOST="$PROXY_ADDRESS"; [ "$HEALTH_HOST" = 0.0.0.0 ] && HEALTH_HOST=127.0.0.1
  return 0
}

# The deployment's processes, in the order they are stopped: the proxy first, the builder last.
names() {
  echo nginx
  for ((i = 0; i < PROCESSES; i++)); do echo "app-$((FIRST_PORT + i))"; done
  echo builder
}

pid_of() { [ -r "$PIDS/$1.pid" ] && cat "$PIDS/$1.pid" || true; }

group_alive() {  # any process of group $1 still running (a zombie no reaper took counts as gone)
  ps -e -o pgid=,stat= | awk -v g="$1" '$1 == g && $2 !~ /^Z/ { found = 1 } END { exit !found }'
}

launch() {  # launch NAME CMD...: in a new session (its own process group), pid in PIDS/NAME.pid
  local name="$1"; shift
  setsid bash -c 'echo $$ > "$1"; shift; exec "$@"' launch "$PIDS/$name.pid" "$@" \
    </dev/null >>"$RUN_DIR/$name.log" 2>&1 &
  for _ in $(seq 50); do [ -s "$PIDS/$name.pid" ] && return 0; sleep 0.1; done
  die "$name did not start (see $RUN_DIR/$name.log)"
}

answers() {  # answers URL: the body is "ok"
  [ "$(curl -fsS -m 5 "$1" 2>/dev/null || true)" = ok ]
}

ensure_nginx() {
  NGINX="$(command -v nginx || true)"
  [ -z "$NGINX" ] && [ -x /usr/sbin/nginx ] && NGINX=/usr/sbin/nginx
  [ -n "$NGINX" ] && return 0
  echo "serve.sh: installing nginx from Debian (apt-get install -y nginx)" >&2
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || die "nginx is missing and installing it needs root: apt-get install -y nginx"
    sudo="sudo"
  fi
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y nginx >&2 \
    || { $sudo apt-get update -q >&2 && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y nginx >&2; } \
    || die "apt-get install -y nginx failed"
  NGINX="$(command -v nginx || echo /usr/sbin/nginx)"
  [ -x "$NGINX" ] || die "nginx is still missing after apt-get"
}

render_nginx_conf() {
  local servers="" redirect="" user=""
  for ((i = 0; i < PROCESSES; i++)); do
    servers+="        server 127.0.0.1:$((FIRST_PORT + i)) max_fails=1 fail_timeout=10s;"$'\n'
  done
  [ "$BASE_PATH" != / ] && redirect="        location = ${BASE_PATH%/} { return 301 $BASE_PATH; }"
  # Run as root, nginx would hand its workers to 'nobody'; this keeps them the current user's.
  [ "$(id -u)" -eq 0 ] && user="user $(id -un) $(id -gn);"
  mkdir -p "$RUN_DIR/nginx-temp"
  SERVERS="${servers%$'\n'}" REDIRECT="$redirect" USER_LINE="$user" \
    RUN_DIR="$RUN_DIR" BASE_PATH="$BASE_PATH" PROXY_ADDRESS="$PROXY_ADDRESS" PROXY_PORT="$PROXY_PORT" \
    "$PYTHON" - "$TEMPLATE" "$RUN_DIR/nginx.conf" <<'PY'
import os, sys
text = open(sys.argv[1], encoding="utf-8").read()
for name in ["SERVERS", "REDIRECT", "RUN_DIR", "BASE_PATH", "PROXY_ADDRESS", "PROXY_PORT"]:
    text = text.replace(f"@{name}@", os.environ[name])
text = text.replace("@USER@", os.environ["USER_LINE"])
assert "@" not in "".join(line.split("#")[0] for line in text.splitlines()), "a @NAME@ left unfilled"
open(sys.argv[2], "w", encoding="utf-8").write(text)
PY
}

running() {  # names of the deployment's processes still running
  local name pid
  for name in $(names); do
    pid="$(pid_of "$name")"
    [ -n "$pid" ] && group_alive "$pid" && echo "$name"
  done
  return 0
}

cmd_start() {
  [ -z "$(running)" ] || die "already running ($(running | tr '\n' ' ')); run: bash scripts/serve.sh stop"
  [ -x "$PYTHON" ] || die "no python at $PYTHON (bash scripts/run.sh makes .venv)"
  command -v curl >/dev/null || die "curl is needed for the health checks"
  [ -z "$SECRETS" ] || [ -r "$SECRETS" ] || die "SECRETS is not a readable file: $SECRETS"
  ensure_nginx
  mkdir -p "$RUN_DIR" "$PIDS"
  chmod 700 "$RUN_DIR"
  rm -f "$PIDS"/*.pid
  trap 'start_failed $?' EXIT
  render_nginx_conf
  "$NGINX" -t -q -p "$RUN_DIR/" -c "$RUN_DIR/nginx.conf" -e "$RUN_DIR/nginx-error.log" \
    || die "the generated $RUN_DIR/nginx.conf does not pass nginx -t"

  if [ -n "$REPORTS" ]; then
    [ -d "$REPORTS" ] || die "REPORTS is not a folder: $REPORTS"
    launch builder "$PYTHON" -X "explorer_serve=$RUN_DIR" -m explorer --seeds "$REPORTS" \
      index --out "$STORE" --watch "$WATCH_SECONDS"
    echo "builder: indexing $REPORTS into $STORE (log $RUN_DIR/builder.log)"
    for ((t = 0; t < BUILD_WAIT * 2; t++)); do
      [ -s "$STORE/CURRENT" ] && break
      group_alive "$(pid_of builder)" || die "the builder stopped: $(tail -n 3 "$RUN_DIR/builder.log")"
      sleep 0.5
    done
    [ -s "$STORE/CURRENT" ] || die "no store generation after ${BUILD_WAIT} s"
  elif [ -n "$STORE" ]; then
    [ -s "$STORE/CURRENT" ] || die "STORE $STORE holds no store: python -m explorer --seeds DIR index --out $STORE"
  fi

  local env_store=(env -u EXPLORER_STORE -u EXPLORER_REPORTS) secrets=()
  [ -n "$STORE" ] && env_store=(env -u EXPLORER_REPORTS "EXPLORER_STORE=$STORE")
  # the team library: the apps publish into the folder the builder watches (explorer/ui/publish.py)
  [ -n "$REPORTS" ] && env_store=(env "EXPLORER_STORE=$STORE" "EXPLORER_REPORTS=$REPORTS")
  [ -n "$SECRETS" ] && secrets=(--secrets.files "$SECRETS")  # the team's keys: README, "Deploy for a team"
  for ((i = 0; i < PROCESSES; i++)); do
    local port=$((FIRST_PORT + i))
    (cd "$ROOT" && launch "app-$port" "${env_store[@]}" "$PYTHON" -X "explorer_serve=$RUN_DIR" \
      -m streamlit run app.py --server.port "$port" --server.address 127.0.0.1 --server.headless true \
      --browser.gatherUsageStats false --server.baseUrlPath "$URL_PATH" --server.fileWatcherType none "${secrets[@]}")
  done
  for ((i = 0; i < PROCESSES; i++)); do
    local port=$((FIRST_PORT + i))
    for ((t = 0; t < APP_WAIT * 2; t++)); do
      answers "http://127.0.0.1:$port${BASE_PATH}_stcore/health" && break
      group_alive "$(pid_of "app-$port")" || die "app-$port stopped: $(tail -n 3 "$RUN_DIR/app-$port.log")"
      sleep 0.5
    done
    answers "http://127.0.0.1:$port${BASE_PATH}_stcore/health" || die "app-$port does not answer after ${APP_WAIT} s"
  done

  launch nginx "$NGINX" -p "$RUN_DIR/" -c "$RUN_DIR/nginx.conf" -e "$RUN_DIR/nginx-error.log" -g "daemon off;"
  for ((t = 0; t < 40; t++)); do
    answers "http://$HEALTH_HOST:$PROXY_PORT${BASE_PATH}health" && break
    sleep 0.25
  done
  answers "http://$HEALTH_HOST:$PROXY_PORT${BASE_PATH}health" \
    || die "the proxy does not answer: $(tail -n 3 "$RUN_DIR/nginx-error.log" 2>/dev/null)"
  trap - EXIT
  echo "serving http://$PROXY_ADDRESS:$PROXY_PORT$BASE_PATH ($PROCESSES app processes)"
}

start_failed() {  # the EXIT trap of start: whatever started is stopped again
  [ "$1" -eq 0 ] && return 0
  echo "serve.sh: start failed; stopping what started" >&2
  cmd_stop >&2 || true
}

cmd_stop() {
  local name pid stopped=0
  for name in $(names); do
    pid="$(pid_of "$name")"
    [ -n "$pid" ] || continue
    if group_alive "$pid"; then
      kill -TERM -- "-$pid" 2>/dev/null || true
      for ((t = 0; t < STOP_GRACE * 10; t++)); do group_alive "$pid" || break; sleep 0.1; done
      if group_alive "$pid"; then
        echo "$name: still running after ${STOP_GRACE} s, killed" >&2
        kill -KILL -- "-$pid" 2>/dev/null || true
        for ((t = 0; t < 50; t++)); do group_alive "$pid" || break; sleep 0.1; done
      fi
      echo "$name: stopped (pid $pid)"
      stopped=$((stopped + 1))
    fi
    rm -f "$PIDS/$name.pid"
  done
  [ "$stopped" -gt 0 ] || echo "nothing was running"
}

cmd_status() {
  local name pid state health down=0
  printf '%-12s %-8s %-8s %s\n' process pid state health
  for name in $(names); do
    pid="$(pid_of "$name")"
    if [ "$name" = builder ] && [ -z "$REPORTS" ]; then continue; fi
    state=stopped health="-"
    if [ -n "$pid" ] && group_alive "$pid"; then state=running; fi
    case "$name" in
      nginx) answers "http://$HEALTH_HOST:$PROXY_PORT${BASE_PATH}health" && health="ok (http://$PROXY_ADDRESS:$PROXY_PORT${BASE_PATH})" || health="no answer" ;;
      app-*) answers "http://127.0.0.1:${name#app-}${BASE_PATH}_stcore/health" && health=ok || health="no answer" ;;
      builder) health="store $(cat "$STORE/CURRENT" 2>/dev/null || echo none); $(tail -n 1 "$RUN_DIR/builder.log" 2>/dev/null | cut -c1-80)" ;;
    esac
    [ "$state" = running ] || down=1
    [ "$health" = "no answer" ] && down=1
    printf '%-12s %-8s %-8s %s\n' "$name" "${pid:--}" "$state" "$health"
  done
  return $((down * 3))
}

main() {
  local command="${1:-}"
  case "$command" in
    start | stop | status) load_config; "cmd_$command" ;;
    *) echo "usage: bash scripts/serve.sh start|stop|status   (config: deploy/serve.conf or SERVE_CONF)" >&2; exit 2 ;;
  esac
}

main "$@"
