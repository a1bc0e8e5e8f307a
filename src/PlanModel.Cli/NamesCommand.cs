using PlanModel.Yaml.Naming;

namespace PlanModel.Cli;

/// <summary>
/// <c>plan names</c>: compares the generated names of the corpus with its lock, <c>published-names.yaml</c>
/// (<c>+</c> new, <c>-</c> gone); <c>--accept</c> rewrites the lock. Exit 1 when the lock is out of date and not accepted.
/// </summary>
internal static class NamesCommand
{
    public static int Run(CliOptions options, TextWriter stdout)
    {
        var session = Sessions.Open(options);
        var corpus = session.Assembled;
        var generated = PublishedNames.Of(corpus.Documents, corpus.Catalogue);
        var compiles = PublishedNames.Generated(corpus.Documents, corpus.Catalogue);
        var lockPath = Path.Combine(session.Root, PublishedNames.FileName);
        var published = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var f in corpus.Specs)
        {
            foreach (var n in (f as PlanModel.Yaml.Specs.PublishedFileSpec)?.Names ?? default)
            {
                published.Add(n.Name);
            }
        }

        var added = generated.Where(n => !published.Contains(n)).ToList();
        var removed = published.Where(n => !compiles(n)).ToList();
        foreach (var n in added)
        {
            stdout.WriteLine("+ " + n);
        }

        foreach (var n in removed)
        {
            stdout.WriteLine("- " + n);
        }

        stdout.WriteLine($"{generated.Count} generated names: {added.Count} not yet published, {removed.Count} published but gone");
        if (added.Count == 0 && removed.Count == 0)
        {
            return 0;
        }

        if (!options.Accept)
        {
            stdout.WriteLine($"run 'plan names {options.Path} --accept' to record them in {PublishedNames.FileName} (a removal breaks consumers: prefer formerIds/formerSymbols)");
            return 1;
        }

        File.WriteAllText(lockPath, PublishedNames.Write(generated), new System.Text.UTF8Encoding(false));
        stdout.WriteLine("wrote " + lockPath.Replace('\\', '/'));
        return 0;
    }
}
