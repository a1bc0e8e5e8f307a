using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace PlanModel.Tests.Infrastructure;

/// <summary>Deterministic mutations of YAML bytes, the kinds a stranger's pull request can bring.</summary>
public sealed class Mutator
{
    private readonly Random _random;

    public Mutator(int seed) => _random = new Random(seed);

    public static readonly string[] Operations =
    {
        "delete-line", "duplicate-line", "swap-lines", "change-type", "truncate", "random-bytes", "invalid-utf8", "tab-indent",
        "wrong-indent", "duplicate-key", "bom", "crlf", "bidi", "zero-width", "alias", "deep-nesting", "huge-scalar", "empty",
        "source-path", "amplify-citation", "hidden-line-break",
    };

    /// <summary>Paths a stranger might name as a source: absolute, escaping, re-entering, devices, folders.</summary>
    private static readonly string[] HostilePaths =
    {
        "/etc/passwd", "/dev/zero", "/proc/self/environ", "C:\\Windows\\win.ini", "../../../../etc/passwd",
        "../../plans-yaml/sources/003_5b117a5749a753be.txt", "../sources/..", "../sources/", "..\\sources\\x.txt",
        "~/.ssh/id_rsa", "../sources/nul\u0000.txt", "../cq-14fyp/document.yaml",
    };

    public (string Operation, byte[] Bytes) Mutate(string text)
    {
        var op = Operations[_random.Next(Operations.Length)];
        var lines = text.Split('\n').ToList();
        int Pick() => _random.Next(Math.Max(1, lines.Count));
        switch (op)
        {
            case "delete-line" when lines.Count > 1:
                lines.RemoveAt(Pick());
                break;
            case "duplicate-line":
                var d = Pick();
                lines.Insert(d, lines[d]);
                break;
            case "swap-lines" when lines.Count > 1:
                var a = Pick();
                var b = Pick();
                (lines[a], lines[b]) = (lines[b], lines[a]);
                break;
            case "change-type":
                var c = Pick();
                lines[c] = lines[c].Replace("\"", string.Empty).Replace(": ", ": [", StringComparison.Ordinal);
                break;
            case "truncate":
                var bytes = Encoding.UTF8.GetBytes(text);
                return (op, bytes.Take(_random.Next(bytes.Length + 1)).ToArray());
            case "random-bytes":
                var raw = Encoding.UTF8.GetBytes(text).ToList();
                var noise = new byte[_random.Next(1, 16)];
                _random.NextBytes(noise);
                raw.InsertRange(_random.Next(raw.Count + 1), noise);
                return (op, raw.ToArray());
            case "invalid-utf8":
                var r2 = Encoding.UTF8.GetBytes(text).ToList();
                r2.InsertRange(_random.Next(r2.Count + 1), new byte[] { 0xC3, 0x28, 0xFF });
                return (op, r2.ToArray());
            case "tab-indent":
                var t = Pick();
                lines[t] = "\t" + lines[t].TrimStart(' ');
                break;
            case "wrong-indent":
                var w = Pick();
                lines[w] = new string(' ', _random.Next(0, 7)) + lines[w].TrimStart(' ');
                break;
            case "duplicate-key":
                lines.Insert(Math.Min(lines.Count, 2), lines.FirstOrDefault(l => l.StartsWith("kind:", StringComparison.Ordinal)) ?? "kind: x");
                break;
            case "bom":
                return (op, new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(text)).ToArray());
            case "crlf":
                return (op, Encoding.UTF8.GetBytes(text.Replace("\n", "\r\n")));
            case "bidi":
                var bi = Pick();
                lines[bi] = lines[bi] + "\u202E";
                break;
            case "zero-width":
                var z = Pick();
                lines[z] = lines[z].Insert(lines[z].Length / 2, "\u200B");
                break;
            case "alias":
                lines.Add("x: &a [1, 2]");
                lines.Add("y: *a");
                break;
            case "deep-nesting":
                lines.Add("deep: " + new string('[', 500) + new string(']', 500));
                break;
            case "huge-scalar":
                lines.Add("huge: \"" + new string('长', 100_000) + "\"");
                break;
            case "empty":
                return (op, Array.Empty<byte>());
            case "source-path":
                // Points the document (or any file: the key is then just unknown) at a hostile path.
                var hostile = HostilePaths[_random.Next(HostilePaths.Length)];
                var fileLine = lines.FindIndex(l => l.TrimStart().StartsWith("file:", StringComparison.Ordinal));
                var replacement = "  file: \"" + hostile + "\"";
                if (fileLine >= 0)
                {
                    lines[fileLine] = replacement;
                }
                else
                {
                    lines.Add(replacement);
                }

                break;
            case "amplify-citation":
                // One cited line joined with itself hundreds of times: the citation budgets must bound it.
                var cited = lines.FindIndex(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"\bline: [0-9]+"));
                if (cited >= 0)
                {
                    var m = System.Text.RegularExpressions.Regex.Match(lines[cited], @"\bline: ([0-9]+)");
                    var many = string.Join(", ", Enumerable.Repeat(m.Groups[1].Value, _random.Next(2, 400)));
                    lines[cited] = lines[cited].Remove(m.Index, m.Length).Insert(m.Index, "lines: [" + many + "]");
                }

                break;
            case "hidden-line-break":
                // A break only the YAML parser sees, after a comment marker.
                var h = Pick();
                var breakers = new[] { "\u2028", "\u2029", "\u0085", "\r" };
                lines[h] = lines[h] + " # note" + breakers[_random.Next(breakers.Length)] + "kind: units";
                break;
        }

        return (op, Encoding.UTF8.GetBytes(string.Join("\n", lines)));
    }
}
