using System.Reflection;

namespace PlanModel.Yaml.Diagnostics;

/// <summary>Reads a message's values: one value, or the elements of a value tuple (its <c>Rest</c> flattened).</summary>
internal static class TupleValues
{
    public static int Arity(Type t) => IsTuple(t) ? ElementTypes(t).Count : 1;

    public static object?[] Of<T>(T value)
    {
        if (!IsTuple(typeof(T)))
        {
            return new object?[] { value };
        }

        var values = new List<object?>();
        object? current = value;
        while (current is not null)
        {
            var type = current.GetType();
            object? rest = null;
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Instance))
            {
                if (field.Name == "Rest")
                {
                    rest = field.GetValue(current);
                }
            }

            for (var i = 1; i <= 7; i++)
            {
                var item = type.GetField("Item" + i);
                if (item is not null)
                {
                    values.Add(item.GetValue(current));
                }
            }

            current = rest;
        }

        return values.ToArray();
    }

    private static List<Type> ElementTypes(Type t)
    {
        var all = new List<Type>();
        var args = t.GetGenericArguments();
        for (var i = 0; i < args.Length; i++)
        {
            if (i == 7)
            {
                all.AddRange(ElementTypes(args[i]));
            }
            else
            {
                all.Add(args[i]);
            }
        }

        return all;
    }

    private static bool IsTuple(Type t) =>
        t.IsGenericType && t.FullName is { } name && name.StartsWith("System.ValueTuple`", StringComparison.Ordinal);
}
