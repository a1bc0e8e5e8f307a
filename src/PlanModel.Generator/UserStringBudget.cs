using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis.Diagnostics;
using PlanModel.Yaml.Diagnostics;
using PlanModel.Yaml.Specs;

namespace PlanModel.Generator;

/// <summary>The size of one document's data when it is emitted as a string literal.</summary>
/// <param name="Id">The document id.</param>
/// <param name="Path">The document's <c>document.yaml</c>.</param>
/// <param name="Length">UTF-16 code units of string-literal data; zero when the data is a UTF-8 literal.</param>
public sealed record DocumentDataSize(string Id, string Path, int Length);

/// <summary>
/// Keeps string-literal data inside the user-string (#US) heap: ECMA-335 addresses it with 24 bits, so an assembly
/// holds at most 16 MB of literal strings (UTF-16, plus a length prefix and a terminal byte per string).
/// </summary>
internal static class UserStringBudget
{
    /// <summary>The heap's hard limit in bytes (2^24 - 1).</summary>
    public const int HeapLimit = (1 << 24) - 1;

    /// <summary>What the rest of the assembly's literals (ids, catalogue, user code) are assumed to need.</summary>
    private const int Reserve = 256 * 1024;

    /// <summary>Reads <c>PlanModelUserStringBudget</c> (bytes; lower it to keep room for other code), capped at the limit.</summary>
    public static int Read(AnalyzerConfigOptions global) =>
        global.TryGetValue("build_property.PlanModelUserStringBudget", out var v)
        && int.TryParse(v.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? System.Math.Min(n, HeapLimit - Reserve)
            : HeapLimit - Reserve;

    /// <summary>The heap bytes one string of <paramref name="length"/> UTF-16 units takes.</summary>
    public static long HeapBytes(int length)
    {
        long blob = (2L * length) + 1;
        return blob + (blob < 0x80 ? 1 : blob < 0x4000 ? 2 : 4);
    }

    /// <summary>PLAN003 at the document whose data crosses the budget (documents in id order, so the result is stable).</summary>
    public static EquatableArray<PlanDiagnostic> Check(ImmutableArray<DocumentDataSize> sizes, int budget)
    {
        long total = 0;
        DocumentDataSize? crossing = null;
        foreach (var s in sizes.Where(s => s.Length > 0).OrderBy(s => s.Id, System.StringComparer.Ordinal))
        {
            total += HeapBytes(s.Length);
            if (crossing is null && total > budget)
            {
                crossing = s;
            }
        }

        if (crossing is null)
        {
            return EquatableArray<PlanDiagnostic>.Empty;
        }

        var d = new DiagnosticBag();
        d.Add(PlanRules.UserStringHeap, crossing.Path, 1, 1, (Megabytes(total), Megabytes(budget), crossing.Id));
        return d.Items.ToEquatable();
    }

    private static string Megabytes(long bytes) => (bytes / 1048576.0).ToString("N1", CultureInfo.InvariantCulture);
}
