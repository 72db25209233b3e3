using Contradictions.Diagnostics;
using static Contradictions.Tests.Checking.CheckerTestKit;

namespace Contradictions.Tests.Checking;

/// <summary>Errors that ordinary news phrasing used to raise although no reading forced them (issue 11).</summary>
public sealed class FalseErrorRegressionTests
{
    [Fact]
    public void HolderUntilToday_DoesNotOverlapAPredecessorOfTenYearsBefore()
    {
        var report = Check(string.Join(
            ",",
            C("now", "tue", "agency", "holder", "\"ann-lee\"", "\"until today\""),
            C("then", "ref", "agency", "holder", "\"bo-kim\"", "{ \"from\": \"2010-01-01\", \"to\": \"2014-12-31\" }")));
        Assert.DoesNotContain(report.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void HolderUntilToday_AndAnotherHolderLastWeek_IsAWarning_ForTheStartIsUnknown()
    {
        var report = Check(string.Join(
            ",",
            C("now", "tue", "agency", "holder", "\"ann-lee\"", "\"until today\""),
            C("other", "tue", "agency", "holder", "\"bo-kim\"", "\"2025-03-10\"")));
        Assert.Equal(DiagnosticSeverity.Warning, Single(report, "functional-conflict").Severity);
    }

    [Fact]
    public void InThePastWeek_OnATuesday_IncludesTheMonday()
    {
        None(Check(string.Join(
            ",",
            C("article", "tue", "treaty", "signed", "\"in the past week\""),
            C("reference", "ref", "treaty", "signed", "\"2025-03-17\""))));
    }

    [Fact]
    public void OpenEndedFrom_AndFromField_MeanTheSame()
    {
        var phrase = Load(C("a", "tue", "agency", "holder", "\"ann-lee\"", "\"from 2025-03-14\"")).Claims[0].Validity.Time;
        var field = Load(C("a", "tue", "agency", "holder", "\"ann-lee\"", "{ \"from\": \"2025-03-14\" }")).Claims[0].Validity.Time;
        Assert.Equal((phrase.Reading, phrase.Widest, phrase.Narrowest), (field.Reading, field.Widest, field.Narrowest));
    }
}
