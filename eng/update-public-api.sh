#!/usr/bin/env bash
# Regenerates src/Accountability.Core/PublicAPI.Unshipped.txt from the analyzer's RS0016/RS0017 reports.
# Run it after a deliberate change to the public API, then review the diff before committing.
set -euo pipefail
cd "$(dirname "$0")/../src/Accountability.Core"
list="$(mktemp)"
trap 'rm -f "$list"' EXIT
printf '#nullable enable\n' > PublicAPI.Unshipped.txt
dotnet build --no-incremental -p:TreatWarningsAsErrors=false 2>&1 \
  | grep "RS0016" | sed -E "s/.*Symbol '(.*)' is not part of the declared public API.*/\1/" | sort -u > "$list" || true
{ printf '#nullable enable\n'; cat "$list"; } > PublicAPI.Unshipped.txt
dotnet build --no-incremental > /dev/null && echo "PublicAPI.Unshipped.txt: $(($(wc -l < PublicAPI.Unshipped.txt) - 1)) symbols"
