#!/usr/bin/env python3
"""Records the public API of a project in its PublicAPI.Unshipped.txt (Microsoft.CodeAnalysis.PublicApiAnalyzers).

The analyzers fail the build on any public API not in PublicAPI.Shipped.txt/PublicAPI.Unshipped.txt (RS0016) and on
any listed API that is gone (RS0017), so every change of the public surface shows in the pull request. This script
is the command-line twin of the IDE's "Add to public API" fix: it rebuilds the project with those two findings as
warnings, adds each RS0016 symbol to PublicAPI.Unshipped.txt and removes each RS0017 symbol from the two files.
Review the diff: a removed line is a breaking change (for the generated corpus prefer formerIds/formerSymbols,
docs/format.md "Renames").

usage: python3 build/accept-public-api.py src/PlanModel src/PlanModel.Chongqing
"""
import os
import re
import subprocess
import sys

SYMBOL = re.compile(r"(RS001[67]): Symbol '(.+?)' is (?:not part of the declared public API|part of the declared API, but is either not public or could not be found)")


def accept(project):
    args = ["dotnet", "build", project, "-c", "Release", "--no-incremental", "-p:TreatWarningsAsErrors=false", "-p:WarningsAsErrors=", "-nologo", "-clp:NoSummary"]
    out = subprocess.run(args, capture_output=True, text=True, encoding="utf-8").stdout
    added, removed = set(), set()
    for code, symbol in SYMBOL.findall(out):
        (added if code == "RS0016" else removed).add(symbol)
    shipped = os.path.join(project, "PublicAPI.Shipped.txt")
    unshipped = os.path.join(project, "PublicAPI.Unshipped.txt")
    for path in (shipped, unshipped):
        with open(path, encoding="utf-8") as f:
            lines = f.read().splitlines()
        header = [l for l in lines if l.startswith("#")] or ["#nullable enable"]
        body = [l for l in lines if l and not l.startswith("#") and l not in removed]
        if path == unshipped:
            body = sorted(set(body) | added, key=lambda s: s.lower())
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(header + body) + "\n")
    print("%s: %d added to PublicAPI.Unshipped.txt, %d removed" % (project, len(added), len(removed)))


if __name__ == "__main__":
    if len(sys.argv) < 2:
        print(__doc__.strip())
        sys.exit(2)
    for p in sys.argv[1:]:
        accept(p)
