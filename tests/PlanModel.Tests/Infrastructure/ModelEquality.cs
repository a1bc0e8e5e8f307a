using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Xunit.Sdk;

namespace PlanModel.Tests.Infrastructure;

/// <summary>
/// Field-by-field equality of runtime model objects: every public property of the PlanModel type (the base type for
/// a generated typed class), lists item by item, down to strings, numbers and enums. A difference fails with its path
/// (<c>cq-14fyp.Tables[2].Rows[5].Values[1].Citation.Offset</c>).
/// </summary>
public static class ModelEquality
{
    public static void AssertEqual(object? expected, object? actual, string path)
    {
        if (expected is null || actual is null)
        {
            Check(expected is null && actual is null, path, expected, actual);
            return;
        }

        var type = ModelType(expected.GetType());
        if (type.IsPrimitive || type.IsEnum || expected is string or decimal || type == typeof(BilingualText))
        {
            Check(expected.Equals(actual), path, expected, actual);
            return;
        }

        if (expected is IEnumerable list)
        {
            var e = list.Cast<object?>().ToList();
            var a = ((IEnumerable)actual).Cast<object?>().ToList();
            Check(e.Count == a.Count, path + ".Count", e.Count, a.Count);
            for (var i = 0; i < e.Count; i++)
            {
                AssertEqual(e[i], a[i], path + "[" + i + "]");
            }

            return;
        }

        Check(type.IsAssignableFrom(actual.GetType()), path + " (type)", type, actual.GetType());
        foreach (var p in Properties(type))
        {
            AssertEqual(p.GetValue(expected), p.GetValue(actual), path + "." + p.Name);
        }
    }

    /// <summary>The public instance properties of a model type: the ones a layout must carry.</summary>
    public static IEnumerable<PropertyInfo> Properties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0);

    /// <summary>The PlanModel type an object is (a generated class's base type).</summary>
    private static Type ModelType(Type type)
    {
        while (type.Assembly != typeof(PlanCorpus).Assembly && type.BaseType is { } b && b != typeof(object))
        {
            type = b;
        }

        return type;
    }

    private static void Check(bool ok, string path, object? expected, object? actual)
    {
        if (!ok)
        {
            throw new XunitException($"{path}: expected {expected ?? "null"}, got {actual ?? "null"}");
        }
    }
}
