namespace PlanModel;

/// <summary>Where a relation word is printed relative to its number.</summary>
public enum RelationPosition
{
    /// <summary>Before the number: 超过5%, 不低于55%, ≥88.</summary>
    Before = 0,
    /// <summary>After the number (and its unit): 6%以上, 7%左右.</summary>
    After,
}

/// <summary>One printed relation word and the reading it gives a number.</summary>
public sealed class RelationWord
{
    internal RelationWord(string text, RelationPosition position, ValueQualifier? qualifier, bool aspiration, string english) =>
        (Text, Position, Qualifier, Aspiration, English) = (text, position, qualifier, aspiration, english);

    /// <summary>The word exactly as printed (超过, ≥, 左右).</summary>
    public string Text { get; }

    /// <summary>Before or after the number.</summary>
    public RelationPosition Position { get; }

    /// <summary>The qualifier the word gives the number; <see langword="null"/> for a word that only flags (力争).</summary>
    public ValueQualifier? Qualifier { get; }

    /// <summary>True for a word that marks the figure as an aspiration (力争 "strive for").</summary>
    public bool Aspiration { get; }

    /// <summary>The reading in English, for documentation and reports.</summary>
    public string English { get; }

    /// <inheritdoc />
    public override string ToString() => Text;
}

/// <summary>A word that states a multiple of a base level without a digit (翻一番 "doubles").</summary>
public sealed class MultipleWord
{
    internal MultipleWord(string text, decimal factor)
    {
        Text = text;
        Factor = factor;
    }

    /// <summary>The word exactly as printed.</summary>
    public string Text { get; }

    /// <summary>The level it reaches as a multiple of the base level (翻一番 = 2, 翻两番 = 4).</summary>
    public decimal Factor { get; }
}

/// <summary>
/// THE table of printed relation words: every reading of 超过, 不低于, 左右, ＜ … in the corpus comes from here.
/// <see cref="PlanValueParser"/> reads a word printed inside <c>raw</c> through it, and the validator (PLAN504) uses
/// it to find a word printed next to a number but left out of <c>raw</c>. docs/format.md prints the same table
/// (a test keeps the two equal).
/// </summary>
public static class RelationWords
{
    /// <summary>Every relation word, longest first within each position so 不低于 wins over 低于 and 及以上 over 以上.</summary>
    public static IReadOnlyList<RelationWord> All { get; } = new[]
    {
        // Before the number. Longest first: a word that ends another (不低于/低于, 接近/近) must come before it.
        Before("不低于", ValueQualifier.AtLeast, "at least (not lower than)"),
        Before("不少于", ValueQualifier.AtLeast, "at least (not fewer than)"),
        Before("不超过", ValueQualifier.AtMost, "at most (not more than)"),
        Before("不高于", ValueQualifier.AtMost, "at most (not higher than)"),
        Before("控制在", ValueQualifier.AtMost, "kept within (控制在…以内; a ceiling)"),
        Before("超过", ValueQualifier.MoreThan, "more than (exceeds)"),
        Before("突破", ValueQualifier.MoreThan, "more than (breaks through)"),
        Before("高于", ValueQualifier.MoreThan, "more than (higher than)"),
        Before("大于", ValueQualifier.MoreThan, "more than (greater than)"),
        Before("低于", ValueQualifier.LessThan, "less than (lower than)"),
        Before("少于", ValueQualifier.LessThan, "less than (fewer than)"),
        Before("小于", ValueQualifier.LessThan, "less than (smaller than)"),
        Before("接近", ValueQualifier.Approximately, "about (nearly)"),
        Before("达到", ValueQualifier.Exact, "reaches (the number itself)"),
        Before("逾", ValueQualifier.MoreThan, "more than (over)"),
        Before("超", ValueQualifier.MoreThan, "more than (超80%: over; after 超过, which it ends)"),
        Before("约", ValueQualifier.Approximately, "about"),
        Before("近", ValueQualifier.Approximately, "about (nearly)"),
        Before(">=", ValueQualifier.AtLeast, "at least"),
        Before("<=", ValueQualifier.AtMost, "at most"),
        Before("≥", ValueQualifier.AtLeast, "at least"),
        Before("≤", ValueQualifier.AtMost, "at most"),
        Before("＞", ValueQualifier.MoreThan, "more than"),
        Before(">", ValueQualifier.MoreThan, "more than"),
        Before("＜", ValueQualifier.LessThan, "less than"),
        Before("<", ValueQualifier.LessThan, "less than"),
        new RelationWord("力争", RelationPosition.Before, null, aspiration: true, "strive for (aspiration flag; the reading comes from the words after it)"),

        // After the number (and its unit).
        After("及以上", ValueQualifier.AtLeast, "at least (and above)"),
        After("以上", ValueQualifier.AtLeast, "at least (and above)"),
        After("左右", ValueQualifier.Approximately, "about"),
        After("以内", ValueQualifier.AtMost, "at most (within)"),
        After("以下", ValueQualifier.AtMost, "at most (and below)"),
        After("内", ValueQualifier.AtMost, "at most (within)"),
        After("余", ValueQualifier.MoreThan, "more than (200余公里: over 200 km; between the number and its unit)"),
        After("多", ValueQualifier.MoreThan, "more than (300多个: over 300; between the number and its unit)"),
    };

    /// <summary>
    /// Words that state a multiple of a base level without a digit. The parser reads them as the factor (翻一番 → 2):
    /// a doubling is typed like any multiple (measure <c>growth</c>, unit <c>times</c>, a base year).
    /// </summary>
    public static IReadOnlyList<MultipleWord> Multiples { get; } = new[]
    {
        new MultipleWord("翻了一番", 2m), new MultipleWord("翻了两番", 4m), new MultipleWord("翻一番", 2m),
        new MultipleWord("翻两番", 4m), new MultipleWord("翻番", 2m), new MultipleWord("增长一倍", 2m),
        new MultipleWord("新增一倍", 2m),
    };

    /// <summary>
    /// Phrases that hand the figure to a higher level: a value containing one reads as assigned by the higher level,
    /// whatever else it prints (国家下达, 以市下达为准, 达到上级要求, 达到国家约束性要求, 达到市上控制要求).
    /// </summary>
    public static IReadOnlyList<string> AssignedPhrases { get; } = new[]
    {
        "下达", "以市", "以国家", "以上级", "上级要求", "市上要求", "市级要求", "国家要求", "市上控制要求", "国家约束性要求",
    };

    /// <summary>The words printed before a number.</summary>
    public static IEnumerable<RelationWord> BeforeWords => Where(RelationPosition.Before);

    /// <summary>The words printed after a number.</summary>
    public static IEnumerable<RelationWord> AfterWords => Where(RelationPosition.After);

    /// <summary>The relation word printed immediately before <paramref name="end"/> in <paramref name="text"/>, if any (longest wins).</summary>
    public static RelationWord? EndingAt(string text, int end)
    {
        foreach (var w in BeforeWords)
        {
            var start = end - w.Text.Length;
            if (start >= 0 && string.CompareOrdinal(text, start, w.Text, 0, w.Text.Length) == 0)
            {
                return w;
            }
        }

        return null;
    }

    /// <summary>The relation word printed at <paramref name="start"/> in <paramref name="text"/>, if any (longest wins).</summary>
    public static RelationWord? StartingAt(string text, int start, RelationPosition position)
    {
        foreach (var w in Where(position))
        {
            if (start + w.Text.Length <= text.Length && string.CompareOrdinal(text, start, w.Text, 0, w.Text.Length) == 0)
            {
                return w;
            }
        }

        return null;
    }

    private static IEnumerable<RelationWord> Where(RelationPosition position)
    {
        foreach (var w in All)
        {
            if (w.Position == position)
            {
                yield return w;
            }
        }
    }

    private static RelationWord Before(string text, ValueQualifier q, string english) => new(text, RelationPosition.Before, q, aspiration: false, english);

    private static RelationWord After(string text, ValueQualifier q, string english) => new(text, RelationPosition.After, q, aspiration: false, english);
}
