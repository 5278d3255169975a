#!/usr/bin/env bash
# Every test: the .NET test projects of ChatAssistant.sln (unit, turn, HTTP), then the end-to-end tests in headless
# Chromium (tests/e2e, every *.test.mjs): the bot driven through the Microsoft 365 Agents Playground, and the knowledge
# tab the bot serves.
#
#   scripts/test.sh              install what is missing and build (scripts/setup.sh), then run every test
#   scripts/test.sh --no-setup   run against the current Release build as it is
#
# Works on a fresh Debian machine with the .NET 10 SDK and Node.js: setup installs Debian's chromium, the npm packages
# of tests/e2e and tests/azurite and the NuGet packages, and builds in Release. Azurite (Azure Storage, in memory, on
# free loopback ports) runs for the .NET tests and is stopped after them; its connection string reaches the tests in
# AZURITE_CONNECTION_STRING.
# Keeps going when one part fails. Its last line is always `N passed, N failed` (`, N skipped` when any were
# skipped), summed over every part; it exits non-zero when anything failed or when no test ran.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# The e2e test is bounded by its own timeouts; this is the backstop (seconds).
E2E_TIMEOUT="${E2E_TIMEOUT:-1200}"
DOTNET_TEST_TIMEOUT="${DOTNET_TEST_TIMEOUT:-2400}"

RESULTS="$ROOT/artifacts/test-results"
E2E_DIR="$ROOT/tests/e2e"
E2E_ARTIFACTS="$E2E_DIR/artifacts"

passed=0
failed=0
skipped=0

if [[ "${1:-}" != "--no-setup" ]]; then
  if ! bash "$ROOT/scripts/setup.sh"; then
    echo "error: setup failed; no test was run" >&2
    echo "0 passed, 1 failed"
    exit 1
  fi
fi

rm -rf "$RESULTS"
mkdir -p "$RESULTS"

# ---------------------------------------------------------------------------------------------------------------------
# Azurite for the Azure storage tests. Should it not start, the tests start their own copy or fail saying why.
AZURITE_PID=""
stop_azurite() {
  if [[ -n "$AZURITE_PID" ]]; then
    kill -- "-$AZURITE_PID" 2>/dev/null || kill "$AZURITE_PID" 2>/dev/null
    wait "$AZURITE_PID" 2>/dev/null
    AZURITE_PID=""
  fi
}
trap stop_azurite EXIT
start_azurite() {
  local bin="$ROOT/tests/azurite/node_modules/.bin/azurite" ports blob queue table port i
  [[ -x "$bin" ]] || { echo "warning: $bin is missing (scripts/setup.sh installs it)" >&2; return; }
  ports=$(node -e 'const net=require("net");Promise.all([0,1,2].map(()=>new Promise(r=>{const s=net.createServer();s.listen(0,"127.0.0.1",()=>{const p=s.address().port;s.close(()=>r(p));});}))).then(p=>console.log(p.join(" ")))')
  read -r blob queue table <<< "$ports"
  mkdir -p "$RESULTS/azurite"
  (cd "$RESULTS/azurite" && exec setsid "$bin" --silent --inMemoryPersistence --skipApiVersionCheck \
    --blobHost 127.0.0.1 --blobPort "$blob" --queueHost 127.0.0.1 --queuePort "$queue" \
    --tableHost 127.0.0.1 --tablePort "$table" > "$RESULTS/azurite/azurite.log" 2>&1) &
  AZURITE_PID=$!
  for port in "$blob" "$queue" "$table"; do
    for ((i = 0; i < 600; i++)); do
      (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
      kill -0 "$AZURITE_PID" 2>/dev/null || { echo "warning: Azurite exited; see $RESULTS/azurite/azurite.log" >&2; AZURITE_PID=""; return; }
      sleep 0.1
    done
    if ((i == 600)); then
      echo "warning: Azurite did not listen on $port within 60 s; see $RESULTS/azurite/azurite.log" >&2
      stop_azurite
      return
    fi
  done
  local account=devstoreaccount1 key="Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
  export AZURITE_CONNECTION_STRING="DefaultEndpointsProtocol=http;AccountName=$account;AccountKey=$key;BlobEndpoint=http://127.0.0.1:$blob/$account;QueueEndpoint=http://127.0.0.1:$queue/$account;TableEndpoint=http://127.0.0.1:$table/$account;"
  echo "== Azurite on 127.0.0.1: blob $blob, queue $queue, table $table"
}
start_azurite

# ---------------------------------------------------------------------------------------------------------------------
# .NET tests: one TRX file per test project.
echo "== dotnet test ChatAssistant.sln -c Release --no-build --logger trx"
timeout --kill-after=30 "$DOTNET_TEST_TIMEOUT" \
  dotnet test ChatAssistant.sln -c Release --no-build --logger "trx" --results-directory "$RESULTS" \
  2>&1 | tee "$RESULTS/dotnet-test.log"
dotnet_rc=${PIPESTATUS[0]}
stop_azurite
unset AZURITE_CONNECTION_STRING

trx_attr() { # trx_attr FILE NAME -> the value of attribute NAME of the <Counters> element (0 when absent)
  local v
  v=$(grep -o '<Counters [^>]*>' "$1" | head -n1 | grep -o " $2=\"[0-9]*\"" | grep -o '[0-9][0-9]*')
  echo "${v:-0}"
}

dn_passed=0 dn_failed=0 dn_skipped=0 trx_count=0
shopt -s nullglob
for trx in "$RESULTS"/*.trx "$RESULTS"/**/*.trx; do
  trx_count=$((trx_count + 1))
  p=$(trx_attr "$trx" passed)
  f=$(( $(trx_attr "$trx" failed) + $(trx_attr "$trx" error) + $(trx_attr "$trx" timeout) + $(trx_attr "$trx" aborted) ))
  s=$(trx_attr "$trx" notExecuted)
  dn_passed=$((dn_passed + p)); dn_failed=$((dn_failed + f)); dn_skipped=$((dn_skipped + s))
  echo "   $(basename "$trx"): passed=$p failed=$f skipped=$s"
done
shopt -u nullglob
# Cross-check with the console's per-assembly lines ("Passed!  - Failed: 0, Passed: 80, Skipped: 0, Total: 80, ...").
# Should a TRX file be missing (e.g. two assemblies finishing at once), trust the console.
con_lines=$(grep -E '^\s*(Passed|Failed|Skipped)!\s+-\s+Failed:\s*[0-9]+, Passed:\s*[0-9]+, Skipped:\s*[0-9]+' \
  "$RESULTS/dotnet-test.log" || true)
con_count=0
[[ -n "$con_lines" ]] && con_count=$(wc -l <<< "$con_lines")
if (( con_count > trx_count )); then
  echo "   note: $con_count assembly summaries on the console but $trx_count TRX files; counting from the console"
  dn_passed=0 dn_failed=0 dn_skipped=0
  while read -r line; do
    f=$(grep -oE 'Failed:\s*[0-9]+' <<< "$line" | grep -oE '[0-9]+')
    p=$(grep -oE 'Passed:\s*[0-9]+' <<< "$line" | grep -oE '[0-9]+')
    s=$(grep -oE 'Skipped:\s*[0-9]+' <<< "$line" | grep -oE '[0-9]+')
    dn_passed=$((dn_passed + p)); dn_failed=$((dn_failed + f)); dn_skipped=$((dn_skipped + s))
  done <<< "$con_lines"
fi
if (( dotnet_rc != 0 && dn_failed == 0 )); then
  # A build error, a crashed test host or a timeout: count it, never let it pass as green.
  echo "error: dotnet test exited with status $dotnet_rc but its results list no failed test; counting 1 failure" >&2
  dn_failed=1
fi
echo "== .NET tests: $dn_passed passed, $dn_failed failed, $dn_skipped skipped ($trx_count result files in ${RESULTS#"$ROOT"/})"
passed=$((passed + dn_passed)); failed=$((failed + dn_failed)); skipped=$((skipped + dn_skipped))

# ---------------------------------------------------------------------------------------------------------------------
# End-to-end: the Agents Playground and the knowledge tab in headless Chromium, against the real bot.
echo "== e2e: node --test (tests/e2e)"
E2E_TAP="$RESULTS/e2e.tap"
(
  cd "$E2E_DIR" && E2E_ARTIFACTS="$E2E_ARTIFACTS" \
    timeout --kill-after=30 "$E2E_TIMEOUT" node --test --test-reporter=tap
) 2>&1 | tee "$E2E_TAP"
e2e_rc=${PIPESTATUS[0]}

# If the runner was killed before its after() hook, end the process groups it started (it records their ids).
if [[ -f "$E2E_ARTIFACTS/e2e.pids" ]]; then
  while read -r pgid; do
    [[ "$pgid" =~ ^[0-9]+$ ]] && kill -KILL -- "-$pgid" 2>/dev/null
  done < "$E2E_ARTIFACTS/e2e.pids"
  rm -f "$E2E_ARTIFACTS/e2e.pids"
fi

tap_count() { # tap_count NAME -> N from the runner's final top-level "# NAME N" line (0 when absent)
  local v
  v=$(grep -E "^# $1 [0-9]+\$" "$E2E_TAP" | tail -n1 | grep -oE '[0-9]+$')
  echo "${v:-0}"
}
e2e_passed=$(tap_count pass)
e2e_failed=$(( $(tap_count fail) + $(tap_count cancelled) ))
e2e_skipped=$(( $(tap_count skipped) + $(tap_count todo) ))
if (( e2e_rc != 0 && e2e_failed == 0 )); then
  echo "error: the e2e run exited with status $e2e_rc but reported no failed test; counting 1 failure" >&2
  e2e_failed=1
fi
echo "== e2e: $e2e_passed passed, $e2e_failed failed, $e2e_skipped skipped"
passed=$((passed + e2e_passed)); failed=$((failed + e2e_failed)); skipped=$((skipped + e2e_skipped))

if (( e2e_failed > 0 )); then
  echo "== e2e screenshots and logs (the failing step's screenshot ends in -FAILED.png):"
  shopt -s nullglob
  for f in "$E2E_ARTIFACTS"/*.png "$E2E_ARTIFACTS"/*.log; do echo "   $f"; done
  shopt -u nullglob
fi

# ---------------------------------------------------------------------------------------------------------------------
summary="$passed passed, $failed failed"
(( skipped > 0 )) && summary="$summary, $skipped skipped"
if (( passed + failed == 0 )); then
  echo "error: no test ran" >&2
  echo "$summary"
  exit 1
fi
echo "$summary"
(( failed == 0 ))
