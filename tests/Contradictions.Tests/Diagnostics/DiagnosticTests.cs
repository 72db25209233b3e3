using System.Reflection;
using Contradictions.Checking;
using Contradictions.Diagnostics;
using Contradictions.Serialization;
using static Contradictions.Tests.Checking.CheckerTestKit;

namespace Contradictions.Tests.Diagnostics;

public sealed class DiagnosticTests
{
    private static ContradictionReport CheckEveryKind(ContradictionOptions? options = null) =>
        ContradictionChecker.CreateDefault(options).Check(new ClaimSetLoader().LoadFiles([Repository.TestData("every-kind.json")]).GetClaimSetOrThrow());

    [Theory]
    [InlineData(typeof(Diagnostic))]
    [InlineData(typeof(DiagnosticDescriptor))]
    [InlineData(typeof(ClaimCluster))]
    [InlineData(typeof(Evidence))]
    [InlineData(typeof(ContradictionReport))]
    public void DiagnosticData_HoldsNoDelegate(Type type)
    {
        var fields = type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic);
        Assert.NotEmpty(fields);
        Assert.All(fields, f => Assert.False(typeof(Delegate).IsAssignableFrom(f.FieldType), $"{type.Name}.{f.Name} is a {f.FieldType.Name}"));
    }

    [Fact]
    public void EveryKind_GivesEachClaimTheRoleOfItsKind()
    {
        var roles = CheckEveryKind().Diagnostics.ToDictionary(d => d.Code, d => string.Join(",", d.Claims.Select((c, i) => $"{c.Id}:{d.Roles[i]}")));
        Assert.Equal("qm-1:Conflicting,qm-2:Conflicting", roles["CX0001"]);
        Assert.Equal("cd-1:Earlier,cd-2:Later", roles["CX0002"]);
        Assert.Equal("sm-w:Whole,sm-k:Part,sm-i:Part", roles["CX0003"]);
        Assert.Equal("bv-l:Bounded,bv-d:Bound", roles["CX0004"]);
        Assert.Equal("dm-2:Earlier,dm-1:Later", roles["CX0005"]);
        Assert.Equal("to-s:Earlier,to-r:Later", roles["CX0006"]);
        Assert.Equal("fc-1:Conflicting,fc-2:Conflicting", roles["CX0007"]);
        Assert.Equal("nc-2:Negated,nc-1:Affirmed", roles["CX0008"]);
        Assert.Equal("wm-1:Stated", roles["CX0009"]);
        Assert.Equal("rt-1:Earlier,rt-2:Later", roles["CX0010"]);
        Assert.Equal("rv-1:Earlier,rv-2:Later", roles["CX0011"]);
    }

    [Fact]
    public void Message_IsTheDescriptorsFormatFilledInWithTheArguments()
    {
        var report = CheckEveryKind();
        Assert.All(report.Diagnostics, d =>
        {
            Assert.Equal(string.Format(System.Globalization.CultureInfo.InvariantCulture, d.Descriptor.MessageFormat, [.. d.MessageArguments]), d.Message);
            Assert.True(d.MessageArguments.Length >= System.Text.CompositeFormat.Parse(d.Descriptor.MessageFormat).MinimumArgumentCount);
        });
        var revision = report.Diagnostics.Single(d => d.Code == "CX0011");
        Assert.Contains("1,247", (string)revision.MessageArguments[2], StringComparison.Ordinal);
        Assert.Contains("1,198", (string)revision.MessageArguments[4], StringComparison.Ordinal);
    }

    [Fact]
    public void Diagnostic_WithTooFewArgumentsOrARoleMissing_IsRefused()
    {
        var claim = Load(C("c1", "oct", "x", "troops", "\"400\"")).Claims[0];
        var descriptor = DiagnosticDescriptors.WeekdayMismatch;
        Assert.Throws<ArgumentException>(() => new Diagnostic(descriptor, DiagnosticSeverity.Error, "x", "troops", [claim], [ClaimRole.Stated], ["only one"]));
        Assert.Throws<ArgumentException>(() => new Diagnostic(descriptor, DiagnosticSeverity.Error, "x", "troops", [claim], [], ["a", "b", "c", "d", "e"]));
        Assert.Throws<ArgumentException>(() => new DiagnosticDescriptor("X1", "x", "X", "{0", "Test", DiagnosticSeverity.Error, "x", "x"));
    }

    [Fact]
    public void Severity_Off_LeavesTheCodeOut()
    {
        var options = new ContradictionOptions();
        options.Diagnostics["cx0010"] = SeverityOverride.Off;
        var report = CheckEveryKind(options);
        Assert.DoesNotContain(report.Diagnostics, d => d.Code == "CX0010");
        Assert.Contains(report.Diagnostics, d => d.Code == "CX0011");
    }

    [Fact]
    public void Severity_Warning_MakesCertainFindingsWarnings_AndThoseOfTheDefaultReadingOnlyInfos()
    {
        const string claims = """
            { "id": "a", "source": "oct", "subject": "x", "property": "troops", "value": "11,000", "time": "2025-09-01" },
            { "id": "b", "source": "oct", "subject": "x", "property": "troops", "value": "5,000", "time": "2025-09-01" },
            { "id": "c", "source": "oct", "subject": "y", "property": "troops", "value": "approximately 10,000", "time": "2025-09-01" },
            { "id": "d", "source": "oct", "subject": "y", "property": "troops", "value": "12,000", "time": "2025-09-01" }
            """;
        var plain = Check(claims);
        Assert.Equal(DiagnosticSeverity.Error, plain.Diagnostics.Single(d => d.Subject == "x").Severity);
        Assert.Equal(DiagnosticSeverity.Warning, plain.Diagnostics.Single(d => d.Subject == "y").Severity);

        var options = new ContradictionOptions();
        options.Diagnostics["CX0001"] = SeverityOverride.Warning;
        var lowered = Check(claims, options);
        Assert.Equal(DiagnosticSeverity.Warning, lowered.Diagnostics.Single(d => d.Subject == "x").Severity);
        Assert.Equal(DiagnosticSeverity.Info, lowered.Diagnostics.Single(d => d.Subject == "y").Severity);
        Assert.False(lowered.HasErrors);
    }

    [Fact]
    public void Severity_Error_MakesInfosErrors()
    {
        var options = new ContradictionOptions();
        options.Diagnostics["CX0011"] = SeverityOverride.Error;
        Assert.Equal(DiagnosticSeverity.Error, CheckEveryKind(options).Diagnostics.Single(d => d.Code == "CX0011").Severity);
    }

    [Fact]
    public void Options_ChangedAfterTheCheckerIsBuilt_ChangeNothing()
    {
        var options = new ContradictionOptions();
        var checker = ContradictionChecker.CreateDefault(options);
        options.Diagnostics["CX0001"] = SeverityOverride.Off;
        options.Tolerance.Approximately = 0.9m;
        Assert.Contains(checker.Check(new ClaimSetLoader().LoadFiles([Repository.TestData("every-kind.json")]).GetClaimSetOrThrow()).Diagnostics, d => d.Code == "CX0001");
    }

    [Fact]
    public void Options_Invalid_AreRefusedByCheckerLoaderAndBuilder()
    {
        var options = new ContradictionOptions { MaxDegreeOfParallelism = 0 };
        options.Diagnostics["CX0001"] = (SeverityOverride)42;
        var error = Assert.Throws<ArgumentException>(() => ContradictionChecker.CreateDefault(options));
        Assert.Contains("MaxDegreeOfParallelism", error.Message, StringComparison.Ordinal);
        Assert.Contains("Diagnostics[\"CX0001\"]", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new ClaimSetLoader(options));
        Assert.Throws<ArgumentException>(() => new Contradictions.Claims.ClaimSetBuilder(options));
    }

    [Fact]
    public void Report_FindingsThatShareAClaim_AreLinkedAndCountedOnce()
    {
        var report = Check("""
            { "id": "s", "source": "oct", "subject": "t", "property": "signed", "value": "earlier this year" },
            { "id": "s-ref", "source": "ref", "subject": "t", "property": "signed", "value": "2024-06-19" },
            { "id": "r-ref", "source": "ref", "subject": "t", "property": "ratified", "value": "2024-11-09" },
            { "id": "a", "source": "oct", "subject": "x", "property": "troops", "value": "11,000", "time": "2025-09-01" },
            { "id": "b", "source": "oct", "subject": "x", "property": "troops", "value": "5,000", "time": "2025-09-01" }
            """);
        var date = Single(report, "date-mismatch");
        var order = Single(report, "temporal-order");
        var troops = Single(report, "quantity-mismatch");
        Assert.Equal(3, report.Errors);
        Assert.Equal(2, report.SeparateProblems);
        var link = Assert.Single(date.RelatedDiagnostics);
        Assert.Equal((order.Code, "s"), (link.Code, link.SharedClaimId));
        Assert.Same(order, report.Diagnostics[link.Index]);
        Assert.Equal(date.Code, Assert.Single(order.RelatedDiagnostics).Code);
        Assert.Empty(troops.RelatedDiagnostics);
        Assert.Empty(report.WithMinimumSeverity(DiagnosticSeverity.Error).Diagnostics.Single(d => d.Code == "CX0001").RelatedDiagnostics);
    }
}
