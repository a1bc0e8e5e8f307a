#!/usr/bin/env bash
# Makes a corpus project that consumes the packed Toolkit the way docs/getting-started.md does (`plan init` with the
# local packages), then puts a copy of the real corpus in its plans-yaml/ with the severities PlanModel.Chongqing
# uses. It has its own NuGet cache, so no other 0.1.0 package is picked up.
# Usage (from the repository root): bench/build-edit/consumer.sh <dir>
# Then: NUGET_PACKAGES=<dir>/packages bench/build-edit/measure.sh <dir>/Consumer <dir>/Consumer/plans-yaml/nanan-gwr-2021/document.yaml 3
set -euo pipefail
dir=$(realpath -m "$1")
mkdir -p "$dir/feed" "$dir/packages"
export NUGET_PACKAGES="$dir/packages"
nice -n 10 dotnet pack src/PlanModel -c Release -o "$dir/feed" -nologo -v:q
nice -n 10 dotnet pack src/PlanModel.Toolkit -c Release -o "$dir/feed" -nologo -v:q
rm -rf "$dir/Consumer"
nice -n 10 dotnet run --project src/PlanModel.Cli -c Release -- init "$dir/Consumer" --name Consumer --add-source "$dir/feed"
rm -rf "$dir/Consumer/plans-yaml"
cp -r plans-yaml "$dir/Consumer/plans-yaml"
echo 'System.Console.WriteLine(Consumer.Plans.All.Count);' > "$dir/Consumer/Program.cs"
sed -i 's|</RootNamespace>|</RootNamespace>\n    <PlanModelRuleSeverity>PLAN601=info;PLAN602=info;PLAN603=info;PLAN604=info</PlanModelRuleSeverity>|' "$dir/Consumer/Consumer.csproj"
(cd "$dir/Consumer" && nice -n 10 dotnet restore -nologo -v:q)
echo "consumer: $dir/Consumer"
