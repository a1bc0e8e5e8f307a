namespace PlanModel;

/// <summary>A name or title in Chinese exactly as printed, with its English translation.</summary>
public sealed class BilingualText : System.IEquatable<BilingualText>
{
    /// <summary>Creates bilingual text.</summary>
    /// <param name="zh">The Chinese text exactly as printed in the source.</param>
    /// <param name="en">The English translation.</param>
    public BilingualText(string zh, string en)
    {
        Zh = zh ?? string.Empty;
        En = en ?? string.Empty;
    }

    /// <summary>The Chinese text exactly as printed (中文，与原文一致).</summary>
    public string Zh { get; }

    /// <summary>The English translation.</summary>
    public string En { get; }

    /// <inheritdoc />
    public bool Equals(BilingualText? other) =>
        other is not null && string.Equals(Zh, other.Zh, System.StringComparison.Ordinal)
        && string.Equals(En, other.En, System.StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as BilingualText);

    /// <inheritdoc />
    public override int GetHashCode() => (Zh.GetHashCode() * 397) ^ En.GetHashCode();

    /// <summary>Returns "zh (en)".</summary>
    public override string ToString() => En.Length == 0 ? Zh : Zh + " (" + En + ")";
}
