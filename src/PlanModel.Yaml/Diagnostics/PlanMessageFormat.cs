namespace PlanModel.Yaml.Diagnostics;

/// <summary>
/// A message of a rule with named holes (<c>'{key}' is missing</c>; <c>{{</c> and <c>}}</c> are literal braces). The
/// values are given in the order the holes first appear; a format whose holes do not match the values its type
/// declares fails when the catalogue loads (and in the catalogue's tests).
/// </summary>
public abstract class PlanMessageFormat
{
    private readonly string _composite;

    private protected PlanMessageFormat(PlanRule rule, string format, int arity)
    {
        Rule = rule;
        Format = format;
        var holes = new List<string>();
        _composite = ToComposite(format, holes);
        Holes = holes;
        if (holes.Count != arity)
        {
            throw new ArgumentException(string.Format(CultureInfo.InvariantCulture,
                "{0}: the message \"{1}\" has {2} hole(s) ({3}) but is given {4} value(s)", rule.Code, format, holes.Count, string.Join(", ", holes), arity));
        }

        rule.Register(this);
    }

    /// <summary>The rule reported.</summary>
    public PlanRule Rule { get; }

    /// <summary>The format with its named holes.</summary>
    public string Format { get; }

    /// <summary>The hole names in order of first appearance.</summary>
    public IReadOnlyList<string> Holes { get; }

    private protected PlanFinding Render(object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is IFormattable f)
            {
                values[i] = f.ToString(null, CultureInfo.InvariantCulture);
            }
        }

        return new PlanFinding(Rule, values.Length == 0 ? Format.Replace("{{", "{").Replace("}}", "}") : string.Format(CultureInfo.InvariantCulture, _composite, values));
    }

    // "{key} is {key}{{x}}" → "{0} is {0}{{x}}": each name gets the index of its first appearance.
    private static string ToComposite(string format, List<string> holes)
    {
        var sb = new StringBuilder(format.Length);
        for (var i = 0; i < format.Length; i++)
        {
            var c = format[i];
            if ((c == '{' || c == '}') && i + 1 < format.Length && format[i + 1] == c)
            {
                sb.Append(c).Append(c);
                i++;
                continue;
            }

            if (c == '}')
            {
                throw new ArgumentException("a lone '}' in \"" + format + "\"; write '}}'");
            }

            if (c != '{')
            {
                sb.Append(c);
                continue;
            }

            var end = format.IndexOf('}', i);
            var name = end < 0 ? string.Empty : format.Substring(i + 1, end - i - 1);
            if (!IsName(name))
            {
                throw new ArgumentException("a hole must be a name in braces, like {key}: \"" + format + "\"");
            }

            var index = holes.IndexOf(name);
            if (index < 0)
            {
                index = holes.Count;
                holes.Add(name);
            }

            sb.Append('{').Append(index.ToString(CultureInfo.InvariantCulture)).Append('}');
            i = end;
        }

        return sb.ToString();
    }

    private static bool IsName(string name)
    {
        if (name.Length == 0 || !char.IsLetter(name[0]))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!char.IsLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>A message without holes.</summary>
public sealed class PlanMessage : PlanMessageFormat
{
    /// <summary>Declares a message of <paramref name="rule"/>.</summary>
    public PlanMessage(PlanRule rule, string format)
        : base(rule, format, 0)
    {
    }

    /// <summary>The finding this message reports.</summary>
    public PlanFinding With() => Render(Array.Empty<object?>());
}

/// <summary>A message whose holes are filled from <typeparamref name="T"/> (one value, or a tuple in hole order).</summary>
/// <typeparam name="T">The value, or a tuple of the values.</typeparam>
public sealed class PlanMessage<T> : PlanMessageFormat
{
    /// <summary>Declares a message of <paramref name="rule"/>; its holes, in order of first appearance, take the
    /// value or the tuple's elements.</summary>
    public PlanMessage(PlanRule rule, string format)
        : base(rule, format, TupleValues.Arity(typeof(T)))
    {
    }

    /// <summary>The finding this message reports with <paramref name="values"/> in its holes.</summary>
    public PlanFinding With(T values) => Render(TupleValues.Of(values));
}
