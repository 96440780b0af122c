#!/usr/bin/env bash
# Packs SymbolicGd, then builds and runs a fresh console project that uses it exactly as a user
# would: `dotnet add package SymbolicGd` from a local feed, a [Loss] method, warnings as errors.
# Prints PASS or FAIL; exits non-zero on failure. Usage: eng/pack-smoke-test.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
feed="$work/feed"
app="$work/app"

fail() { echo "FAIL: $*"; exit 1; }

version="$(dotnet msbuild src/SymbolicGd/SymbolicGd.csproj -getProperty:Version)"
echo "== pack SymbolicGd $version into a local feed"
dotnet pack SymbolicGd.sln -c Release -o "$feed" >"$work/pack.log" 2>&1 || { cat "$work/pack.log"; fail "dotnet pack"; }
[ -f "$feed/SymbolicGd.$version.nupkg" ] || fail "SymbolicGd.$version.nupkg was not produced"
# The generator, the engine it loads and the code fixes (IDE only) sit side by side in analyzers/.
# A .nupkg is a zip: list it with unzip, or with Python's zipfile where unzip is missing.
nupkg="$feed/SymbolicGd.$version.nupkg"
if command -v unzip >/dev/null; then
    contents="$(unzip -Z1 "$nupkg")"
elif command -v python3 >/dev/null; then
    contents="$(python3 -c 'import sys, zipfile; print("\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))' "$nupkg")"
else
    fail "neither unzip nor python3 is installed to list the package's files"
fi
for dll in SymbolicGd.Generator SymbolicGd.Symbolic SymbolicGd.CodeFixes; do
    grep -qx "analyzers/dotnet/cs/$dll.dll" <<<"$contents" || fail "analyzers/dotnet/cs/$dll.dll is not in the package"
done

echo "== fresh console project"
mkdir -p "$app"
cd "$app"
dotnet new console --name SmokeApp --output . >/dev/null
cat > nuget.config <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="local" value="$feed" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
</configuration>
XML
# A private package folder, so a SymbolicGd of the same version cached by an earlier run is not used.
dotnet add package SymbolicGd --version "$version" --no-restore >/dev/null
dotnet restore --packages "$work/packages" >"$work/restore.log" 2>&1 || { cat "$work/restore.log"; fail "restore"; }

cat > Program.cs <<'CS'
using System;
using System.Globalization;
using SymbolicGd;

Span<double> gradient = stackalloc double[2];
Losses.RosenbrockGradient(-1, 2, gradient);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"QuadraticDerivative(-1) = {Losses.QuadraticDerivative(-1)}"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"RosenbrockGradient(-1, 2) = [{gradient[0]}, {gradient[1]}]"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"QuadraticLoss.MaxStableLearningRate = {Losses.QuadraticLoss.MaxStableLearningRate}"));

// The interval bounds and the certified guard from the package: eta = 1e6 on Rosenbrock.
var certified = Losses.RosenbrockMinimize(-1.2, 1.0, new DescentOptions { LearningRate = 1e6, Guard = StepGuard.Certified, MaxSteps = 200, RecordTrajectory = true });
double[] loss = certified.Trajectory!.Loss;
int rises = 0;
for (int t = 1; t < loss.Length; t++)
{
    rises += loss[t] > loss[t - 1] ? 1 : 0;
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"certified Rosenbrock at eta = 1e6: {certified.Steps} steps, {rises} rises, {certified.Summary.ShortenedSteps} shortened"));

// A data loss: 100 000 samples on the line y = 1 + 2x (every core, vectors), fitted by Newton.
double[] x = new double[100_000], y = new double[100_000];
for (int i = 0; i < x.Length; i++) { x[i] = i / 1000.0; y[i] = 1.0 + (2.0 * x[i]); }
DescentResult fit = Losses.LineFitMinimize(0.0, 0.0, x, y, new DescentOptions { Method = DescentMethod.Newton });
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"LineFit = [{Math.Round(fit.Minimum[0], 9)}, {Math.Round(fit.Minimum[1], 9)}] over {new Losses.LineFitLoss(x, y).SampleCount} samples"));

public static partial class Losses
{
    [Loss("(theta - 3)^2")]
    public static partial double Quadratic(double theta);

    [Loss("(1 - x)^2 + 100*(y - x^2)^2")]
    public static partial double Rosenbrock(double x, double y);

    [Loss("mean((a + b*x - y)^2)")]
    public static partial double LineFit(double a, double b, ReadOnlySpan<double> x, ReadOnlySpan<double> y);
}
CS

echo "== build (warnings as errors) and run"
dotnet build --no-restore -c Release -p:TreatWarningsAsErrors=true >"$work/build.log" 2>&1 || { cat "$work/build.log"; fail "build"; }
output="$(dotnet run --no-build -c Release)" || fail "run"
echo "$output"

grep -qx "QuadraticDerivative(-1) = -8" <<<"$output" || fail "expected QuadraticDerivative(-1) = -8"
grep -qx "RosenbrockGradient(-1, 2) = \[396, 200\]" <<<"$output" || fail "expected RosenbrockGradient(-1, 2) = [396, 200]"
grep -qx "QuadraticLoss.MaxStableLearningRate = 1" <<<"$output" || fail "expected MaxStableLearningRate = 1"
grep -qx "certified Rosenbrock at eta = 1e6: 200 steps, 0 rises, 200 shortened" <<<"$output" || fail "expected a certified run of 200 steps, all shortened, with no rise"
grep -qx "LineFit = \[1, 2\] over 100000 samples" <<<"$output" || fail "expected LineFit = [1, 2] over 100000 samples"
echo "== the analyzer runs from the package: a constant learning rate above 2/L is SGD0030"
cat > Unstable.cs <<'CS'
public static class Unstable
{
    public static SymbolicGd.DescentResult Run() =>
        Losses.QuadraticMinimize(-1.0, new SymbolicGd.DescentOptions { LearningRate = 1.5 });
}
CS
dotnet build --no-restore -c Release >"$work/analyzer.log" 2>&1 || { cat "$work/analyzer.log"; fail "build with Unstable.cs"; }
grep -q "Unstable.cs(4,.*warning SGD0030" "$work/analyzer.log" || { cat "$work/analyzer.log"; fail "expected warning SGD0030 at Unstable.cs line 4"; }
rm Unstable.cs
echo "PASS"
