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
        }

        return (op, Encoding.UTF8.GetBytes(string.Join("\n", lines)));
    }
}
