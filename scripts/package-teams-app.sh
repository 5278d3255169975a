#!/usr/bin/env bash
# Builds the Teams app package (a zip to upload in the Teams admin center or to sideload) from
# deploymentTemplates/teams/: fills in the IDs, checks the manifest against the Teams 1.29 schema and the Latvian
# strings against the manifest, renders both icons from icon.svg with rsvg-convert (Debian: librsvg2-bin).
#
#   scripts/package-teams-app.sh (--app-id GUID | --app-id-file FILE) --bot-id GUID --host HOST --out artifacts/ChatAssistant.zip
#       --privacy-url URL --terms-url URL [--version 1.0.0]
#       [--short-name NAME] [--developer-name NAME] [--website-url URL]
#       [--schema teams-manifest-1.29.schema.json | --no-schema]
#
# --app-id is the Teams app's own ID, kept for every later version: --app-id-file creates it in FILE on the first run
# and reads it back afterwards, so keep that file. --bot-id is the bot's Microsoft App ID
# (the template's output botAppId); --host is its public host name (the output webAppHostName), which the tabs load from.
# TEAMS_APP_ID, BOT_ID, BOT_HOST and TEAMS_APP_VERSION may stand in for the options.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
exec dotnet run --project "$ROOT/deploymentTemplates/teams-packager" -c Release -- "$@"
