using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using PlanModel.Cli;
using PlanModel.Cli.Diff;
using PlanModel.Tests.Infrastructure;
using PlanModel.Yaml.Corpus;
using Xunit;
using ModelEquality = PlanModel.Cli.Diff.ModelEquality;

namespace PlanModel.Tests;

/// <summary><c>plan diff</c> exports only the elements whose runtime objects differ (<see cref="ModelEquality"/>): an
/// export field the comparison missed would hide a change. Each field of the richest elements of the real corpus is
/// changed in turn; whenever the element's export changes, the comparison must see a difference.</summary>
public class DiffModelEqualityTests
{
    private static readonly Lazy<CorpusSession> Session = new(() => Open());
    private static readonly NullabilityInfoContext Nullability = new();

    private static CorpusSession Open() => CorpusSession.Open(Repo.Corpus, new CorpusSessionOptions { PathsRelativeToRoot = true });

    [Fact]
    public void Every_element_read_twice_is_the_same()
    {
        var a = ModelEntities.Of(CorpusBuild.Of(Session.Value));
        var other = Open();
        var b = ModelEntities.Of(CorpusBuild.Of(other));
        Assert.Equal(a.Keys, b.Keys);
        var equality = new ModelEquality(Session.Value.Sources, other.Sources);
        Assert.All(a, e => Assert.True(equality.Same(e.Value.Model, b[e.Key].Model), e.Key));
        Assert.True(a.Count > 5_000, a.Count + " elements");
    }

    [Fact]
    public void A_change_to_any_field_the_export_writes_makes_the_element_differ()
    {
        var build = CorpusBuild.Of(Session.Value);
        var equality = new ModelEquality(Session.Value.Sources, Session.Value.Sources);
        var entities = ModelEntities.Of(build).Values.ToList();
        var kinds = entities.Select(e => e.Kind).Distinct().ToList();
        // Every kind of docs/diff.md but legend markers, which are fields of their table (legend.markers).
        Assert.Equal(14, kinds.Count);
        foreach (var kind in kinds)
        {
            // The richest elements of the kind (most fields, longest export), so optional parts are present.
            var ofKind = entities.Where(e => e.Kind == kind).ToList();
            var samples = new[]
            {
                ofKind.MaxBy(e => e.Fields.Count)!, ofKind.MaxBy(e => e.Element.GetRawText().Length)!, ofKind[0],
            }.Distinct();
            var seen = 0;
            foreach (var sample in samples)
            {
                var before = sample.Element.GetRawText();
                foreach (var (field, changed) in Mutations(sample.Model, depth: 3))
                {
                    if (JsonExporter.Element(build, changed).GetRawText() == before)
                    {
                        // Not a field of this element's own export (a child list, an unexported property).
                        continue;
                    }

                    seen++;
                    Assert.False(equality.Same(sample.Model, changed), $"{sample.Path}: {field} changed the export but not the comparison");
                }
            }

            Assert.True(seen > 0, kind);
        }
    }

    /// <summary>Copies of <paramref name="o"/> with one property (or one property of a part of it) changed.</summary>
    private static IEnumerable<(string Field, object Changed)> Mutations(object o, int depth)
    {
        if (o is BilingualText t)
        {
            yield return ("zh", new BilingualText(t.Zh + "x", t.En));
            yield return ("en", new BilingualText(t.Zh, t.En + "x"));
            yield break;
        }

        var properties = o.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && p.GetIndexParameters().Length == 0);
        foreach (var p in properties)
        {
            var nullable = Nullability.Create(p).WriteState == NullabilityState.Nullable;
            foreach (var (what, value) in Variants(p.PropertyType, p.GetValue(o), depth, nullable))
            {
                var copy = Clone(o);
                p.SetValue(copy, value);
                yield return (p.Name + what, copy);
            }
        }
    }

    private static IEnumerable<(string What, object? Value)> Variants(Type type, object? value, int depth, bool nullable)
    {
        var plain = Nullable.GetUnderlyingType(type) ?? type;
        if (plain == typeof(string))
        {
            yield return (" appended", (string?)value + "x");
        }
        else if (plain == typeof(int))
        {
            yield return (" + 1", ((int?)value ?? 0) + 1);
        }
        else if (plain == typeof(decimal))
        {
            var d = (decimal?)value ?? 0m;
            yield return (" + 1", d + 1m);
            yield return (" one more decimal place", d * 1.0m);
        }
        else if (plain == typeof(bool))
        {
            yield return (" flipped", !(bool)value!);
        }
        else if (plain.IsEnum)
        {
            foreach (var other in Enum.GetValues(plain).Cast<object>().Where(v => !v.Equals(value)).Take(1))
            {
                yield return (" = " + other, other);
            }
        }
        else if (value is System.Collections.IEnumerable list && plain.IsGenericType)
        {
            var items = list.Cast<object>().ToList();
            var element = plain.GetGenericArguments()[0];
            if (element == typeof(string) || element == typeof(int) || element == typeof(decimal))
            {
                yield return (" one more", List(element, items.Append(element == typeof(string) ? "x" : Convert.ChangeType(7, element, System.Globalization.CultureInfo.InvariantCulture))));
            }

            if (items.Count > 0)
            {
                yield return (" one fewer", List(element, items.Take(items.Count - 1)));
                if (depth > 0 && element.Namespace == "PlanModel")
                {
                    foreach (var (what, first) in Mutations(items[0], depth - 1))
                    {
                        yield return ("[0]." + what, List(element, items.Skip(1).Prepend(first)));
                    }
                }
            }
        }
        else if (value is not null && depth > 0 && plain.Namespace == "PlanModel")
        {
            foreach (var (what, part) in Mutations(value, depth - 1))
            {
                yield return ("." + what, part);
            }
        }

        if (value is not null && nullable)
        {
            yield return (" absent", null);
        }
    }

    private static object List(Type element, IEnumerable<object> items)
    {
        var array = Array.CreateInstance(element, items.Count());
        var i = 0;
        foreach (var item in items)
        {
            array.SetValue(item, i++);
        }

        return array;
    }

    private static object Clone(object o) =>
        typeof(object).GetMethod("MemberwiseClone", BindingFlags.NonPublic | BindingFlags.Instance)!.Invoke(o, null)!;
}
