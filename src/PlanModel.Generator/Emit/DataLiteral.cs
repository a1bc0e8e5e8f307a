using System.Text;
using PlanModel.Yaml.Serialization;

namespace PlanModel.Generator.Emit;

/// <summary>Emits a document's data as a C# string literal.</summary>
internal static class DataLiteral
{
    /// <summary>Appends the data as a C# string literal (quoted and escaped) to <paramref name="target"/>, copied in
    /// blocks so the data never becomes one more large string.</summary>
    public static void Append(StringBuilder target, PlanDataWriter data)
    {
        var buffer = new char[4096];
        target.Append('"');
        for (var start = 0; start < data.Length; start += buffer.Length)
        {
            var n = System.Math.Min(buffer.Length, data.Length - start);
            data.CopyTo(start, buffer, n);
            Literals.AppendEscaped(target, buffer, n);
        }

        target.Append('"');
    }
}
