using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Xunit;

namespace PlanModel.Tests.Infrastructure;

public static class Compiler
{
    /// <summary>Emits a compilation to memory and loads it; fails the test on compile errors.</summary>
    public static Assembly Load(Compilation compilation, params ResourceDescription[] resources)
    {
        using var pe = new MemoryStream();
        var result = compilation.Emit(pe, manifestResources: resources);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(20)));
        return Assembly.Load(pe.ToArray());
    }
}
