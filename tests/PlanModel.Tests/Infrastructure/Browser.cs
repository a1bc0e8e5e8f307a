using System;
using System.Diagnostics;
using System.IO;
using System.Text;
using Xunit;

namespace PlanModel.Tests.Infrastructure;

/// <summary>A fact that needs a headless Chromium: skipped, with the reason, when none is installed
/// (<c>.ci/run</c> installs Debian's <c>chromium</c>; <c>PLANMODEL_CHROMIUM</c> names another binary).</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (Browser.Executable is null)
        {
            var configured = System.Environment.GetEnvironmentVariable("PLANMODEL_CHROMIUM");
            Skip = "chromium not installed: "
                + (string.IsNullOrEmpty(configured) ? "no /usr/bin/chromium, chromium or chromium-browser on PATH" : "PLANMODEL_CHROMIUM=" + configured + " does not exist")
                + " (install it with `apt-get install -y chromium`; .ci/run does)";
        }
    }
}

/// <summary>Runs headless Chromium on a local file with a throw-away profile and a time limit.</summary>
public static class Browser
{
    private static readonly Lazy<string?> ExecutableLazy = new(Find);

    /// <summary>The Chromium binary, or <see langword="null"/> when none is installed.</summary>
    public static string? Executable => ExecutableLazy.Value;

    /// <summary>Runs Chromium with the usual headless flags plus <paramref name="extra"/>, on <paramref name="file"/>.</summary>
    public static (int ExitCode, string Stdout, string Stderr) Run(string file, int timeoutSeconds, params string[] extra)
    {
        var exe = Executable ?? throw new InvalidOperationException("chromium not installed");
        var profile = Path.Combine(Path.GetTempPath(), "planmodel-tests", "chromium-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(profile);
        var psi = new ProcessStartInfo(exe)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile,
        })
        {
            psi.ArgumentList.Add(a);
        }

        foreach (var a in extra)
        {
            psi.ArgumentList.Add(a);
        }

        psi.ArgumentList.Add(new Uri(Path.GetFullPath(file)).AbsoluteUri);
        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        try
        {
            using var p = new Process { StartInfo = psi };
            p.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (stdout) { stdout.Append(e.Data).Append('\n'); } } };
            p.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (stderr) { stderr.Append(e.Data).Append('\n'); } } };
            p.Start();
            p.BeginOutputReadLine();
            p.BeginErrorReadLine();
            if (!p.WaitForExit(timeoutSeconds * 1000))
            {
                p.Kill(entireProcessTree: true);
                throw new TimeoutException($"chromium did not finish in {timeoutSeconds}s on {file}:\n{stderr}");
            }

            p.WaitForExit();
            return (p.ExitCode, stdout.ToString(), stderr.ToString());
        }
        finally
        {
            try
            {
                Directory.Delete(profile, recursive: true);
            }
            catch (IOException)
            {
                // A helper process may still hold the profile for a moment; it is in the temp folder.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }

    private static string? Find()
    {
        var configured = Environment.GetEnvironmentVariable("PLANMODEL_CHROMIUM");
        if (!string.IsNullOrEmpty(configured))
        {
            return File.Exists(configured) ? configured : null;
        }

        if (File.Exists("/usr/bin/chromium"))
        {
            return "/usr/bin/chromium";
        }

        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator))
        {
            foreach (var name in new[] { "chromium", "chromium-browser" })
            {
                if (dir.Length > 0 && File.Exists(Path.Combine(dir, name)))
                {
                    return Path.Combine(dir, name);
                }
            }
        }

        return null;
    }
}
