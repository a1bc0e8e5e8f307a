using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Threading;
using PlanModel.Cli.CommandLine;

namespace PlanModel.Cli.Watch;

/// <summary>
/// <c>plan validate --watch</c>: one <see cref="CorpusSession"/> kept in memory; after every burst of file events it
/// is updated with the paths touched (<see cref="CorpusSession.Update"/>: only those files are read again and only
/// the documents they touch re-validated) and the findings are printed as <c>plan validate</c> prints them, with a
/// summary line per round, until cancelled (Ctrl+C).
/// </summary>
internal static class WatchCommand
{
    /// <summary>How long the events must pause before a burst is taken as one save.</summary>
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(150);

    public static int Run(CliOptions options, TextWriter stdout, CancellationToken cancellation)
    {
        var clock = Stopwatch.StartNew();
        var session = Sessions.Open(options);

        // Watching starts before "watching" is printed: a save right after that line is never missed.
        using (var changes = new ChangeQueue(session.Root))
        {
            ValidateCommand.Print(session, stdout);
            stdout.WriteLine(Invariant($"watch: {session.Files.Count} files, {session.Assembled.Documents.Count} documents read in {clock.ElapsedMilliseconds} ms; watching {session.Root} (Ctrl+C stops)"));
            stdout.Flush();
            while (!cancellation.IsCancellationRequested)
            {
                var paths = changes.Next(Quiet, cancellation);
                if (paths.Count == 0)
                {
                    continue;
                }

                clock.Restart();
                CorpusUpdate update;
                try
                {
                    update = session.Update(paths);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    // The corpus folder itself went away or cannot be listed: say so and wait for the next change.
                    stdout.WriteLine($"watch: cannot read the corpus: {ex.Message}");
                    stdout.Flush();
                    continue;
                }

                if (update.Unchanged)
                {
                    continue;
                }

                ValidateCommand.Print(session, stdout);
                stdout.WriteLine(Invariant(
                    $"watch: {update.FilesRead} file(s) re-read, {update.FilesRemoved} removed, {update.SourcesForgotten} source(s) re-read, {update.DocumentsChecked} of {update.Documents} document(s) re-validated in {clock.ElapsedMilliseconds} ms"));
                stdout.Flush();
            }
        }

        stdout.WriteLine("watch: stopped");
        return session.Count(PlanSeverity.Error) > 0 ? ExitCodes.PlanErrors : ExitCodes.Ok;
    }

    /// <summary>Runs until Ctrl+C (SIGINT) or SIGTERM, which end the watch instead of the process.</summary>
    public static int RunUntilInterrupted(CliOptions options, TextWriter stdout)
    {
        using var stop = new CancellationTokenSource();
        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.Cancel();
        }

        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        return Run(options, stdout, stop.Token);
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
