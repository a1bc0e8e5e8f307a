namespace PlanModel;

/// <summary>Administrative level of a region.</summary>
public enum RegionLevel
{
    /// <summary>Not stated.</summary>
    Unknown = 0,
    /// <summary>The nation (国家).</summary>
    National,
    /// <summary>A province or autonomous region (省、自治区).</summary>
    Province,
    /// <summary>A municipality directly under the central government (直辖市).</summary>
    Municipality,
    /// <summary>A prefecture-level city (地级市).</summary>
    Prefecture,
    /// <summary>A district (区).</summary>
    District,
    /// <summary>A county (县).</summary>
    County,
}

/// <summary>The region a plan governs.</summary>
public sealed class Region
{
    /// <summary>The administrative division code (GB/T 2260), e.g. 500000 for Chongqing.</summary>
    public string Code { get; init; } = string.Empty;

    /// <summary>The administrative level.</summary>
    public RegionLevel Level { get; init; }

    /// <summary>The region's name.</summary>
    public BilingualText Name { get; init; } = new BilingualText(string.Empty, string.Empty);

    /// <inheritdoc />
    public override string ToString() => Name.ToString();
}
