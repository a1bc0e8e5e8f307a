using PlanModel.Yaml.Yaml;

namespace PlanModel.Cli;

/// <summary>
/// The starter catalogue of <c>plan init</c>: the entries named in the template's id list, copied line for line from
/// this repository's catalogue (embedded at build), so the starter never drifts from the one vocabulary table.
/// </summary>
internal static class StarterCatalogue
{
    private const string Modeline = "# yaml-language-server: $schema=../schema/planmodel.schema.json\n";

    /// <summary>Builds <c>indicators.yaml</c> and <c>units.yaml</c> from the id list and the embedded catalogue files.</summary>
    /// <param name="idList">"indicators:" and "units:" sections, one id a line, '#' comments.</param>
    /// <param name="read">Reads an embedded resource by name (<c>catalogue/indicators.yaml</c>, <c>catalogue/units.yaml</c>).</param>
    public static IEnumerable<(string File, string Text)> Build(string idList, Func<string, byte[]> read)
    {
        var wanted = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        List<string>? current = null;
        foreach (var raw in idList.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith("#", StringComparison.Ordinal))
            {
                continue;
            }

            if (line.EndsWith(":", StringComparison.Ordinal))
            {
                wanted[line.TrimEnd(':')] = current = new List<string>();
                continue;
            }

            (current ?? throw new InvalidOperationException("starter catalogue id before a section: " + line)).Add(line);
        }

        foreach (var (kind, ids) in wanted)
        {
            var file = kind + ".yaml";
            var entries = Entries(Encoding.UTF8.GetString(read("catalogue/" + file)).TrimStart('\uFEFF'), kind);
            var sb = new StringBuilder(Modeline);
            sb.Append("# Starter ").Append(kind == "units" ? "unit" : "indicator")
              .Append(" catalogue, taken from the PlanModel repository's plans-yaml/catalogue. Add your own entries here\n")
              .Append("# or in more files of this folder (ids unique across all of them).\n")
              .Append("kind: ").Append(kind).Append('\n')
              .Append(kind).Append(":\n");
            foreach (var id in ids)
            {
                sb.Append(entries.TryGetValue(id, out var text) ? text : throw new InvalidOperationException($"starter catalogue: no {kind} entry '{id}' in catalogue/{file}"));
            }

            yield return (file, sb.ToString());
        }
    }

    /// <summary>Each item of the file's top-level <paramref name="key"/> sequence by its id, as its source lines.</summary>
    private static Dictionary<string, string> Entries(string text, string key)
    {
        var bag = new DiagnosticBag();
        var root = YamlTreeReader.Read(text, key + ".yaml", bag) as YamlMapping;
        var items = root?.Entries.FirstOrDefault(e => e.Key.Value == key).Value as YamlSequence
            ?? throw new InvalidOperationException($"catalogue/{key}.yaml has no '{key}' list");
        var lines = text.Replace("\r\n", "\n").Split('\n');
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < items.Items.Count; i++)
        {
            var item = (YamlMapping)items.Items[i];
            var id = item.Entries.First(e => e.Key.Value == "id").Value as YamlScalar;
            var end = i + 1 < items.Items.Count ? items.Items[i + 1].Line - 1 : lines.Length;
            var sb = new StringBuilder();
            for (var l = item.Line; l <= end; l++)
            {
                var line = lines[l - 1];
                var trimmed = line.Trim();
                if (l > item.Line && (line.Length > 0 && line[0] != ' '))
                {
                    break; // a top-level key after the last item
                }

                if (trimmed.Length > 0 && !trimmed.StartsWith("#", StringComparison.Ordinal))
                {
                    sb.Append(line).Append('\n');
                }
            }

            result[id!.Value] = sb.ToString();
        }

        return result;
    }
}
