#!/usr/bin/env bash
# Quick start: the assistant with its embedded defaults (no Azure app registration, local SQLite state) together with
# the Microsoft 365 Agents Playground, a local Teams-like client. Open the URL it prints; Ctrl-C stops both.
#
#   scripts/run-local.sh
#
# Environment: BOT_PORT (default 3978), PLAYGROUND_PORT (default 56150), CONFIGURATION (default Release).
# Needs the .NET 10 SDK and Node.js; installs the Playground (npm ci in tests/e2e) when it is missing.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

BOT_PORT="${BOT_PORT:-3978}"
PLAYGROUND_PORT="${PLAYGROUND_PORT:-56150}"
CONFIGURATION="${CONFIGURATION:-Release}"
BOT_URL="http://localhost:$BOT_PORT"
E2E_DIR="$ROOT/tests/e2e"
PLAYGROUND_CLI="$E2E_DIR/node_modules/@microsoft/m365agentsplayground/cli.js"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# The bot's youngest GC generation gets a 16 MiB budget, as deployed (deploymentTemplates/azure): the runtime reads it
# from the environment only.
export DOTNET_GCgen0size="${DOTNET_GCgen0size:-0x1000000}"

RUN_DIR="$(mktemp -d "${TMPDIR:-/tmp}/chatassistant-local.XXXXXX")"
BOT_PID="" PG_PID=""

stop() {
  trap - INT TERM EXIT
  echo
  echo "Stopping..."
  # Each was started with setsid, so its pid is its process group: this ends `dotnet run` and the bot it started.
  for pid in $PG_PID $BOT_PID; do
    kill -TERM -- "-$pid" 2>/dev/null || true
  done
  for _ in $(seq 1 50); do
    alive=0
    for pid in $PG_PID $BOT_PID; do kill -0 -- "-$pid" 2>/dev/null && alive=1; done
    (( alive )) || break
    sleep 0.2
  done
  for pid in $PG_PID $BOT_PID; do kill -KILL -- "-$pid" 2>/dev/null || true; done
  rm -rf "$RUN_DIR"
}
trap stop EXIT
trap 'exit 130' INT TERM

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
# 0 when URL answers 200 (node is here anyway; curl may not be).
http_ok() { node -e 'fetch(process.argv[1], { signal: AbortSignal.timeout(3000) }).then((r) => process.exit(r.status === 200 ? 0 : 1), () => process.exit(1))' "$1"; }

if port_busy "$BOT_PORT"; then
  echo "error: port $BOT_PORT is in use (another bot running?). Stop it or set BOT_PORT." >&2
  exit 1
fi

# --- The Playground (npm package, pinned in tests/e2e/package-lock.json).
if [[ ! -f "$PLAYGROUND_CLI" ]]; then
  echo "== installing the Agents Playground (npm ci in tests/e2e)"
  (cd "$E2E_DIR" && npm ci --no-audit --no-fund)
fi

# --- The bot.
echo "== building the bot ($CONFIGURATION)"
dotnet build "$ROOT/bot" -c "$CONFIGURATION" -v quiet -nologo

echo "== starting the bot on $BOT_URL (log: $RUN_DIR/bot.log)"
(
  cd "$ROOT/bot"
  ASPNETCORE_URLS="$BOT_URL" ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}" \
    exec setsid dotnet run --project "$ROOT/bot" -c "$CONFIGURATION" --no-build --no-launch-profile -- --urls "$BOT_URL"
) > >(tee "$RUN_DIR/bot.log") 2>&1 &
BOT_PID=$!

echo -n "== waiting for $BOT_URL/healthz "
for _ in $(seq 1 240); do
  if http_ok "$BOT_URL/healthz"; then
    echo " ready"
    break
  fi
  if ! kill -0 "$BOT_PID" 2>/dev/null; then
    echo
    echo "error: the bot exited; see its output above" >&2
    exit 1
  fi
  echo -n "."
  sleep 1
done
if ! http_ok "$BOT_URL/healthz"; then
  echo
  echo "error: the bot did not become ready in 240 s" >&2
  exit 1
fi

# --- The Playground. It calls xdg-open to open a browser, and exits where that program is missing: give it a no-op.
mkdir -p "$RUN_DIR/bin"
printf '#!/bin/sh\nexit 0\n' > "$RUN_DIR/bin/xdg-open"
chmod +x "$RUN_DIR/bin/xdg-open"

echo "== starting the Agents Playground (log: $RUN_DIR/playground.log)"
(
  cd "$E2E_DIR"
  PATH="$RUN_DIR/bin:$PATH" exec setsid node "$PLAYGROUND_CLI" \
    -e "http://127.0.0.1:$BOT_PORT/api/messages" -c msteams -p "$PLAYGROUND_PORT" --dt
) > "$RUN_DIR/playground.log" 2>&1 &
PG_PID=$!

actual_port=""
for _ in $(seq 1 120); do
  actual_port="$(grep -oE 'Listening on [0-9]+' "$RUN_DIR/playground.log" | grep -oE '[0-9]+$' | head -n1 || true)"
  [[ -n "$actual_port" ]] && break
  if ! kill -0 "$PG_PID" 2>/dev/null; then
    cat "$RUN_DIR/playground.log" >&2
    echo "error: the Playground exited" >&2
    exit 1
  fi
  sleep 0.5
done
if [[ -z "$actual_port" ]]; then
  echo "error: the Playground did not start in 60 s" >&2
  exit 1
fi

cat <<MSG

  The assistant is running.
    Bot:         $BOT_URL/api/messages  (health: $BOT_URL/healthz)
    Playground:  http://localhost:$actual_port
  Open http://localhost:$actual_port in a browser: the welcome card appears; ask e.g.
    kas izstrada normativos aktus konkretam pakalpojumam
  Press Ctrl-C to stop both.

MSG

# Stay until Ctrl-C, or until either process ends.
while kill -0 "$BOT_PID" 2>/dev/null && kill -0 "$PG_PID" 2>/dev/null; do
  sleep 1
done
echo "One of the processes ended; see $RUN_DIR/bot.log and $RUN_DIR/playground.log" >&2
exit 1
