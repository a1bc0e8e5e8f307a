using System;
using System.Linq;
using Xunit;

namespace PlanModel.Tests;

/// <summary>Each closed vocabulary is one table (<see cref="Vocabularies"/>): complete for its enumeration, words in
/// kebab-case, and read back to the meaning it names.</summary>
public class VocabularyTests
{
    [Fact]
    public void Every_enumeration_member_has_exactly_one_word_and_a_label_in_both_languages()
    {
        Complete(Vocabularies.DocumentKinds);
        Complete(Vocabularies.RegionLevels);
        Complete(Vocabularies.Roles);
        Complete(Vocabularies.Measures);
        Complete(Vocabularies.Qualifiers);
        Complete(Vocabularies.StatusCodes);
        Complete(Vocabularies.OutlineLevels);
        Complete(Vocabularies.Directions);
        Complete(Vocabularies.Attributes);
    }

    [Fact]
    public void A_word_reads_as_its_meaning_and_an_unknown_word_as_the_tables_fallback()
    {
        Assert.Equal(ValueRole.Target, Vocabularies.Roles.Read("target"));
        Assert.Equal("under-construction", Vocabularies.StatusCodes.Word(ProjectStatusCode.UnderConstruction));
        Assert.Equal("assigned-by-higher-level", Vocabularies.Qualifiers.Word(ValueQualifier.AssignedByHigherLevel));
        Assert.Equal(ValueMeasure.Unspecified, Vocabularies.Measures.Read(null));
        Assert.Equal(OutlineLevel.Subitem, Vocabularies.OutlineLevels.Read("volume"));
        Assert.False(Vocabularies.StatusCodes.TryRead("demolished", out _));
        Assert.Equal(new BilingualText("续建", "under construction"), Vocabularies.StatusCodes.Label(ProjectStatusCode.UnderConstruction));
        Assert.Equal(StatusVerbs.Word(ProjectStatusCode.Research), Vocabularies.StatusCodes.Word(ProjectStatusCode.Research));
    }

    [Fact]
    public void A_meaning_nothing_states_is_no_word_yaml_may_write()
    {
        Assert.DoesNotContain("unspecified", Vocabularies.Roles.Words);
        Assert.DoesNotContain("unknown", Vocabularies.RegionLevels.Words);
        Assert.Empty(Vocabularies.Attributes.Words);
        Assert.Equal("unspecified", Vocabularies.Measures.Word(ValueMeasure.Unspecified));
    }

    private static void Complete<T>(VocabularyTable<T> table)
        where T : struct, Enum
    {
        Assert.Equal(Enum.GetValues<T>().OrderBy(v => v), table.Terms.Select(t => t.Value).OrderBy(v => v));
        foreach (var term in table.Terms)
        {
            Assert.Matches("^[a-z][a-z0-9]*(-[a-z0-9]+)*$", term.Word);
            Assert.NotEmpty(term.Label.Zh);
            Assert.NotEmpty(term.Label.En);
            Assert.Equal(term.Value, table.Read(term.Word));
        }
    }
}
