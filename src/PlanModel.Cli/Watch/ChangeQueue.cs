using System.Collections.Concurrent;
using System.Threading;

namespace PlanModel.Cli.Watch;

/// <summary>
/// The paths a <see cref="FileSystemWatcher"/> reports under the corpus, collected until the events stop for a
/// moment: an editor's save is a burst (write, rename, attribute change), and a checkout touches many files at once,
/// so each burst becomes one update. A lost-events error queues the corpus root, which re-reads everything.
/// </summary>
internal sealed class ChangeQueue : IDisposable
{
    private readonly BlockingCollection<string> _paths = new();
    private readonly FileSystemWatcher _watcher;

    public ChangeQueue(string root)
    {
        _watcher = new FileSystemWatcher(root)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        _watcher.Created += (_, e) => _paths.Add(e.FullPath);
        _watcher.Changed += (_, e) => _paths.Add(e.FullPath);
        _watcher.Deleted += (_, e) => _paths.Add(e.FullPath);
        _watcher.Renamed += (_, e) =>
        {
            _paths.Add(e.OldFullPath);
            _paths.Add(e.FullPath);
        };
        _watcher.Error += (_, _) => _paths.Add(root);
        _watcher.EnableRaisingEvents = true;
    }

    /// <summary>Waits for a change, then until no event came for <paramref name="quiet"/>; returns the distinct
    /// paths, or an empty set when <paramref name="cancellation"/> ended the wait.</summary>
    public IReadOnlyCollection<string> Next(TimeSpan quiet, CancellationToken cancellation)
    {
        var paths = new SortedSet<string>(StringComparer.Ordinal);
        try
        {
            paths.Add(_paths.Take(cancellation));
            while (_paths.TryTake(out var more, (int)quiet.TotalMilliseconds, cancellation))
            {
                paths.Add(more);
            }
        }
        catch (OperationCanceledException)
        {
            paths.Clear();
        }

        return paths;
    }

    public void Dispose()
    {
        _watcher.Dispose();
        _paths.Dispose();
    }
}
