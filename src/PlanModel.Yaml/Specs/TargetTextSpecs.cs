namespace PlanModel.Yaml.Specs;

/// <summary>
/// A stretch of prose declared as target-setting text (PLAN412): every number printed in it must be quoted by a
/// target (or another cited value) or be listed under <c>untargeted</c>. One of four forms: an outline node's body
/// (<see cref="Section"/>), whole lines (<see cref="Cite"/> without a quote, or <see cref="From"/>–<see cref="To"/>),
/// or one sentence: the text after a lead-in quote (<c>到2025年，</c>) on one line, up to the sentence's 。.
/// </summary>
public sealed record TargetTextSpec(string? Section, Pos SectionPos, CiteSpec? Cite, int From, int To, string? Note, Pos Pos)
{
    /// <summary>True for the sentence form: one line narrowed by a lead-in quote.</summary>
    public bool IsSentence => Cite is not null && Cite.Quote is not null;
}

/// <summary>A number printed in target-setting text that is not a target, with its reason (a year, a section number, a name …).</summary>
public sealed record UntargetedSpec(int Line, string Printed, int Offset, string Reason, Pos Pos);
