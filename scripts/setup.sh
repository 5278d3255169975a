#!/usr/bin/env bash
# Installs everything the tests need on a fresh Debian machine that has the .NET 10 SDK and Node.js, and builds the
# solution in Release: Debian's chromium (for the end-to-end test; a test tool's own browser download does not work
# here), librsvg2-bin (rsvg-convert, for the Teams app icons), the npm packages of tests/e2e and of tests/azurite (the
# Azure Storage server the scale-out storage tests use) exactly as locked, the NuGet packages. Idempotent: what is
# there is reused.
# Exits non-zero, saying what failed, when any step fails.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export DEBIAN_FRONTEND=noninteractive
export npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false

step() { echo "== $* ($(date -u +%H:%M:%S))"; }
fail() { echo "error: $1 failed" >&2; exit 1; }

if [[ -x /usr/bin/chromium ]]; then
  step "chromium present: $(/usr/bin/chromium --version 2>/dev/null || echo unknown)"
else
  step "apt-get install chromium"
  SUDO=""; (( EUID == 0 )) || SUDO="sudo"
  { $SUDO apt-get update -q || { sleep 10; $SUDO apt-get update -q; }; } || fail "apt-get update"
  { $SUDO apt-get install -y -q chromium || { sleep 10; $SUDO apt-get update -q; $SUDO apt-get install -y -q chromium; }; } || fail "installing chromium"
fi

# rsvg-convert renders the Teams app icons from deploymentTemplates/teams/icon.svg (the deployment tests build a package).
if command -v rsvg-convert >/dev/null; then
  step "rsvg-convert present: $(rsvg-convert --version)"
else
  step "apt-get install librsvg2-bin"
  SUDO=""; (( EUID == 0 )) || SUDO="sudo"
  { $SUDO apt-get update -q || { sleep 10; $SUDO apt-get update -q; }; } || fail "apt-get update"
  { $SUDO apt-get install -y -q librsvg2-bin || { sleep 10; $SUDO apt-get update -q; $SUDO apt-get install -y -q librsvg2-bin; }; } || fail "installing librsvg2-bin"
fi

step "npm ci (tests/e2e)"
(cd tests/e2e && npm ci --no-audit --no-fund) || fail "npm ci in tests/e2e"

step "npm ci (tests/azurite)"
(cd tests/azurite && npm ci --no-audit --no-fund) || fail "npm ci in tests/azurite"

step "npm ci (bot/Tab/web)"
(cd bot/Tab/web && npm ci --no-audit --no-fund) || fail "npm ci in bot/Tab/web"

step "dotnet restore"
dotnet restore ChatAssistant.sln || fail "dotnet restore"
step "dotnet build -c Release"
dotnet build ChatAssistant.sln -c Release --no-restore || fail "the Release build"
