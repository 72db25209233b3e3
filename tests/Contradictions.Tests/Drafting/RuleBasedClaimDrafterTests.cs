using Contradictions.Claims;
using Contradictions.Drafting;
using Contradictions.Quantities;
using Contradictions.Time;
using Contradictions.Vocabulary;
using NodaTime;

namespace Contradictions.Tests.Drafting;

/// <summary>The rule-based drafter, rule by rule, on sentences written for each case.</summary>
public sealed class RuleBasedClaimDrafterTests
{
    private static readonly PropertyVocabulary Vocabulary = PropertyVocabulary.Empty
        .With(new PropertyDefinition("killed", ValueKind.Quantity) { Dimension = Dimension.Count, Cumulative = true })
        .With(new PropertyDefinition("wounded", ValueKind.Quantity) { Dimension = Dimension.Count, Cumulative = true })
        .With(new PropertyDefinition("troops", ValueKind.Quantity) { Dimension = Dimension.Count })
        .With(new PropertyDefinition("distance", ValueKind.Quantity) { Dimension = Dimension.Length })
        .With(new PropertyDefinition("signed", ValueKind.Date))
        .With(new PropertyDefinition("deployed-to", ValueKind.Entity))
        .With(new PropertyDefinition("holder", ValueKind.Entity) { OneValueAtATime = true });

    private static readonly Lexicon Words = Lexicon.Empty
        .WithPropertyTerms("killed", "killed", "died")
        .WithPropertyTerms("wounded", "injured")
        .WithPropertyTerms("troops", "stationed in Russia")
        .WithPropertyTerms("distance", "north of")
        .WithPropertyTerms("signed", "signing", "signed")
        .WithPropertyTerms("deployed-to", "stationed in")
        .WithSubjectAliases("dprk-forces", "North Korean soldiers", "North Korean troops")
        .WithSubjectAliases("treaty", "defense pact")
        .WithSubjectAliases("sergeevka", "Sergeevka")
        .WithEntityAliases("kursk-region", "Kursk region")
        .WithEntityAliases("jens-stoltenberg", "Jens Stoltenberg")
        .WithOfficeTitles("nato-secretary-general", "NATO Secretary-General")
        .WithOfficeTitles("us-president", "US President")
        .WithOfficeTitles("security-council-deputy-chairman", "Deputy Chairman of the Security Council");

    private static DraftedClaims Draft(string text, string published = "2025-03") =>
        new RuleBasedClaimDrafter(Vocabulary, Words).Draft([new Article(new Source("a", "An article", PartialDate.Parse(published).GetValueOrThrow()), text)]);

    private static Claim Only(DraftedClaims drafts, string property) => Assert.Single(drafts.Claims.Claims, c => c.Property == property);

    [Fact]
    public void Quantities_TakeTheNearestTermAfterThem_AndShareTheSentencesAsOfTime()
    {
        var drafts = Draft("Officials said around 400 North Korean soldiers had been killed and 3,600 injured as of late February.");
        var killed = Only(drafts, "killed");
        var wounded = Only(drafts, "wounded");
        Assert.Equal(("dprk-forces", "around 400"), (killed.Subject, killed.ValueText));
        Assert.Equal(("dprk-forces", "3,600"), (wounded.Subject, wounded.ValueText));
        Assert.All([killed, wounded], c => Assert.Equal((ValidityKind.AsOf, "late February"), (c.Validity.Kind, c.Validity.AsOfText)));
        Assert.Equal(Qualifier.Approximately, ((QuantityValue)killed.Value).Quantity.Qualifier);
    }

    [Fact]
    public void ASentenceWithoutASubject_TakesThePreviousClaimsSubject()
    {
        var drafts = Draft("About 11,000 North Korean troops were stationed in Russia. Around 4,000 of them have died.");
        Assert.Equal("dprk-forces", Only(drafts, "killed").Subject);
    }

    [Fact]
    public void Since_IsNoTimeForARunningTotal_AndAStartForAState()
    {
        var drafts = Draft("Since November, 4,700 North Korean soldiers have been killed. Since at least November, North Korean troops had been stationed in Russia’s Kursk region.");
        Assert.Equal(ValidityKind.Publication, Only(drafts, "killed").Validity.Kind);
        var deployed = Only(drafts, "deployed-to");
        Assert.Equal(("dprk-forces", "kursk-region"), (deployed.Subject, ((EntityValue)deployed.Value).EntityId));
        Assert.Equal("November", deployed.Validity.FromText);
    }

    [Fact]
    public void ADateTerm_TakesTheNearestTime_AsItsValue_AndThatTimeDatesNothingElse()
    {
        var drafts = Draft("The signing of a defense pact with Russian President Vladimir Putin earlier this year, which North Korean soldiers died for, mattered.", "2025-10");
        var signed = Only(drafts, "signed");
        Assert.Equal(("treaty", "earlier this year"), (signed.Subject, signed.ValueText));
        var widest = ((DateValue)signed.Value).Time.Widest;
        Assert.Equal((new LocalDate(2025, 1, 1), new LocalDate(2025, 10, 31)), (widest.Start, widest.End));
    }

    [Fact]
    public void OfficeHolders_AreClaimedUnderTheHolderProperty_FormerAsNegated_AndAfterANameAndComma()
    {
        var drafts = Draft("NATO Secretary-General Jens Stoltenberg spoke. Former US President Donald Trump spoke. Dmitry Medvedev, Deputy Chairman of the Security Council of Russia, came.");
        var holders = drafts.Claims.Claims.Where(c => c.Property == "holder").Select(c => (c.Subject, ((EntityValue)c.Value).EntityId, c.Negated)).ToList();
        Assert.Equal(
            [("nato-secretary-general", "jens-stoltenberg", false), ("us-president", "donald-trump", true), ("security-council-deputy-chairman", "dmitry-medvedev", false)],
            holders);
    }

    [Fact]
    public void TheOrigin_IsTheAttributionCoveringTheClaim()
    {
        var drafts = Draft("According to Seoul, around 4,000 North Korean soldiers have died.");
        Assert.Equal("Seoul", Only(drafts, "killed").Origin);
    }

    [Fact]
    public void AQuantityOfAnotherDimension_NeverTakesACountsTerm()
    {
        var drafts = Draft("Sergeevka lies about 130 kilometers north of Vladivostok, where 12 North Korean soldiers died.");
        Assert.Equal(("sergeevka", "about 130 kilometers"), (Only(drafts, "distance").Subject, Only(drafts, "distance").ValueText));
        Assert.Equal("12", Only(drafts, "killed").ValueText);
    }

    [Fact]
    public void WhatNoClaimWasMadeOf_IsListedWithWhy()
    {
        var drafts = Draft("The mayor said 17 bridges were closed on Tuesday. Foreign Minister Jane Doe agreed.");
        Assert.Empty(drafts.Claims.Claims);
        Assert.Contains(drafts.Unplaced, u => u.Kind == "quantity" && u.Text == "17" && u.Reason.Contains("property term", StringComparison.Ordinal));
        Assert.Contains(drafts.Unplaced, u => u.Kind == "time" && u.Text == "Tuesday");
        Assert.Contains(drafts.Unplaced, u => u.Kind == "office-holder" && u.Reason.Contains("not an office", StringComparison.Ordinal));
    }

    [Fact]
    public void EachDraft_IsMarked_WithTheWordsItWasMadeOf()
    {
        var text = "According to Seoul, around 4,000 North Korean soldiers have died.";
        var claim = Only(Draft(text), "killed");
        var kinds = claim.Draft!.Mentions.Select(m => (m.Kind, text[m.Span.Start..m.Span.End])).ToList();
        Assert.Contains(("quantity", "around 4,000"), kinds);
        Assert.Contains(("property-term", "died"), kinds);
        Assert.Contains(("subject-alias", "North Korean soldiers"), kinds);
        Assert.Contains(kinds, k => k.Kind == "attribution");
        Assert.Equal(text[claim.Span!.Value.Start..claim.Span.Value.End], claim.Quote);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Северная Корея направила 3000 солдат. 朝鲜向俄罗斯派遣了士兵。")]
    [InlineData("\u0000\u0001\uFFFD\uFFFD 400 \u202E killed")]
    public void HostileText_DraftsWithoutErrors(string text)
    {
        var drafts = Draft(text);
        Assert.All(drafts.Unplaced, u => Assert.Equal(u.Text, text[u.Span.Start..u.Span.End]));
    }

    [Fact]
    public void ALongLineWithoutAFullStop_IsDraftedPieceByPiece()
    {
        var text = string.Concat(Enumerable.Repeat("around 400 North Korean soldiers were killed and ", 20_000));
        var drafts = Draft(text);

        // A figure whose words a cut separates is listed as unplaced: nothing is lost.
        var claimed = drafts.Claims.Claims.Count(c => c.Property == "killed");
        Assert.Equal(20_000, claimed + drafts.Unplaced.Count(u => u.Kind == "quantity"));
        Assert.True(claimed > 19_000, $"{claimed}");
    }
}
