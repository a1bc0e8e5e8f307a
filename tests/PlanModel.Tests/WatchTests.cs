using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using PlanModel.Cli;
using PlanModel.Cli.Watch;
using PlanModel.Tests.Infrastructure;
using Xunit;

namespace PlanModel.Tests;

/// <summary><c>plan validate --watch</c> on a real temp folder: each save prints the findings and a round summary;
/// cancelling (Ctrl+C) ends it cleanly. Waits for output with a generous timeout and never asserts time.</summary>
public class WatchTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task Each_save_prints_the_findings_and_a_summary_until_cancelled()
    {
        var dir = Repo.CopyToTemp(Repo.Fixture("mini"));
        var output = new Lines();
        using var stop = new CancellationTokenSource();
        var watch = Task.Run(() => WatchCommand.Run(new CliOptions { Path = dir }, output, stop.Token));
        output.WaitFor(l => l.StartsWith("watch: ", StringComparison.Ordinal) && l.Contains("watching", StringComparison.Ordinal), Patience);
        Assert.Contains(output.All(), l => l.EndsWith("files: 0 error(s), 0 warning(s)", StringComparison.Ordinal));

        // A value the source does not print: the round names it at its line and re-validates one document.
        var table = Path.Combine(dir, "demo-plan", "table-01.yaml");
        var line = Validation.Replace(table, "{raw: \"52.5\"", "{raw: \"52.6\"");
        var round = output.WaitFor(l => l.Contains("document(s) re-validated", StringComparison.Ordinal), Patience);
        Assert.Contains("1 of 2 document(s) re-validated", round, StringComparison.Ordinal);
        var finding = Assert.Single(output.All(), l => l.Contains("PLAN304", StringComparison.Ordinal));
        Assert.Contains(Path.Combine("demo-plan", "table-01.yaml") + "(" + line + ",", finding, StringComparison.Ordinal);
        Assert.Contains(output.All(), l => l.EndsWith("files: 1 error(s), 0 warning(s)", StringComparison.Ordinal));

        // A new file, then the fix: each is a round of its own.
        output.Clear();
        File.WriteAllText(Path.Combine(dir, "demo-plan", "broken.yaml"), "kind: [\n");
        output.WaitFor(l => l.Contains("document(s) re-validated", StringComparison.Ordinal), Patience);
        Assert.Contains(output.All(), l => l.Contains("broken.yaml", StringComparison.Ordinal) && l.Contains("error PLAN", StringComparison.Ordinal));
        output.Clear();
        File.Delete(Path.Combine(dir, "demo-plan", "broken.yaml"));
        Validation.Replace(table, "{raw: \"52.6\"", "{raw: \"52.5\"");
        output.WaitFor(l => l.EndsWith("files: 0 error(s), 0 warning(s)", StringComparison.Ordinal), Patience);

        stop.Cancel();
        Assert.Equal(0, await watch.WaitAsync(Patience));
        Assert.Equal("watch: stopped", output.All().Last());
    }

    /// <summary>A writer that keeps whole lines and lets a test wait for one.</summary>
    private sealed class Lines : TextWriter
    {
        private readonly List<string> _lines = new();
        private readonly StringBuilder _partial = new();

        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value)
        {
            lock (_lines)
            {
                if (value == '\n')
                {
                    _lines.Add(_partial.ToString().TrimEnd('\r'));
                    _partial.Clear();
                    Monitor.PulseAll(_lines);
                }
                else
                {
                    _partial.Append(value);
                }
            }
        }

        public IReadOnlyList<string> All()
        {
            lock (_lines)
            {
                return _lines.ToList();
            }
        }

        public void Clear()
        {
            lock (_lines)
            {
                _lines.Clear();
            }
        }

        public string WaitFor(Func<string, bool> match, TimeSpan timeout)
        {
            var deadline = DateTime.UtcNow + timeout;
            lock (_lines)
            {
                while (true)
                {
                    var hit = _lines.FirstOrDefault(match);
                    if (hit is not null)
                    {
                        return hit;
                    }

                    var left = deadline - DateTime.UtcNow;
                    Assert.True(left > TimeSpan.Zero, "no such line within " + timeout + "; output:\n" + string.Join("\n", _lines));
                    Monitor.Wait(_lines, left);
                }
            }
        }
    }
}
