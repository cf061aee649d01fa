#!/usr/bin/env bash
# Packs Accountability.Core into a local folder feed, then restores, builds and runs tests/Accountability.Consumer
# — a separate app that references the PACKAGE (not the project) — against it. Fails when the package is incomplete
# or the app cannot install, register a custom rule through DI and score.
# Usage: eng/consumer-check.sh   (from anywhere; writes only to a temporary directory)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
version="0.1.0-consumer.$(date +%s)"

# SourceLink reads the commit from git; a copy without .git (as .ci/run makes) passes it in SOURCE_COMMIT.
commit="${SOURCE_COMMIT:-$(git -C "$repo" rev-parse HEAD 2>/dev/null || true)}"
dotnet pack "$repo/src/Accountability.Core/Accountability.Core.csproj" --configuration Release \
  -p:Version="$version" ${commit:+-p:RepositoryCommit="$commit"} --output "$work/feed" | tail -n 3

# Package validation against a baseline: the package just made serves as the baseline of the next version, so the
# API compatibility check that will compare every release with the last one is exercised here on every run. (Once a
# version has shipped, its number goes into PackageValidationBaselineVersion in the project file.)
NUGET_PACKAGES="$work/packages" dotnet pack "$repo/src/Accountability.Core/Accountability.Core.csproj" --configuration Release \
  -p:Version="$version.1" -p:PackageValidationBaselineVersion="$version" -p:RestoreAdditionalProjectSources="$work/feed" \
  ${commit:+-p:RepositoryCommit="$commit"} --output "$work/next" | tail -n 2
echo "package validation: $version.1 checked against the baseline $version"

# The consumer restores from the local feed and nuget.org only, into its own package folder, so that nothing cached
# from an earlier run (or from the repository's own build) can stand in for the package just made.
cp -r "$repo/tests/Accountability.Consumer" "$work/consumer"
cat > "$work/consumer/nuget.config" <<CONFIG
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="local" value="$work/feed" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
</configuration>
CONFIG
export NUGET_PACKAGES="$work/packages"
dotnet build "$work/consumer/Accountability.Consumer.csproj" --configuration Release -p:AccountabilityVersion="$version" | tail -n 3
dotnet run --project "$work/consumer/Accountability.Consumer.csproj" --configuration Release --no-build -- \
  "$work/feed/Accountability.Core.$version.nupkg"

rid="$(dotnet --info | awk '/ RID:/ {print $2; exit}')"
# Trimming stays clean: the same app published trimmed (the library's code is analysed by the trimmer, every warning
# an error), then run again, so a reflection path that trimming breaks would fail here.
dotnet publish "$work/consumer/Accountability.Consumer.csproj" --configuration Release --runtime "$rid" --self-contained \
  -p:AccountabilityVersion="$version" -p:PublishTrimmed=true -p:TrimmerSingleWarn=false -p:TreatWarningsAsErrors=true \
  --output "$work/trimmed" | tail -n 2
"$work/trimmed/Accountability.Consumer" "$work/feed/Accountability.Core.$version.nupkg" > /dev/null
echo "consumer check: the trimmed app runs the same checks."

