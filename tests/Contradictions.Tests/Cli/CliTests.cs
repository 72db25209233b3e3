using System.Text.Json;
using Contradictions.Diagnostics;
using NJsonSchema;

namespace Contradictions.Tests.Cli;

public sealed class CliTests
{
    private static readonly string EveryKind = Repository.TestData("every-kind.json");

    [Fact]
    public void Check_SeedFixtures_PrintsTheReportAndExitsOne()
    {
        var (code, output, error) = CliRunner.Run(null, "check", "fixtures/dprk-russia", "fixtures/reference");
        Assert.Equal(1, code);
        Assert.Equal(string.Empty, error);
        Assert.Contains("CONTRADICTIONS (5)", output, StringComparison.Ordinal);
        Assert.Contains("CX0005 date-mismatch", output, StringComparison.Ordinal);
        Assert.Contains("“earlier this year”", output, StringComparison.Ordinal);
        Assert.Contains("5 errors, 0 warnings, 2 reconciled by time.", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", output, StringComparison.Ordinal);

        // Standard error is redirected here: no progress line, with or without --quiet.
        var (quietCode, _, quietError) = CliRunner.Run(null, "check", "fixtures/dprk-russia", "fixtures/reference", "--quiet");
        Assert.Equal((1, string.Empty), (quietCode, quietError));
    }

    [Fact]
    public void Check_EveryKind_PrintsEachKindInText()
    {
        var (code, output, _) = CliRunner.Run(null, "check", EveryKind);
        Assert.Equal(1, code);
        Assert.All(DiagnosticDescriptors.All, d => Assert.Contains($"{d.Code} {d.Kind}", output, StringComparison.Ordinal));
    }

    [Fact]
    public void Check_EveryKind_PrintsEachKindInJson()
    {
        var (code, output, _) = CliRunner.Run(null, "check", EveryKind, "--format", "json");
        Assert.Equal(1, code);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("contradictions/report@2", root.GetProperty("format").GetString());
        var kinds = root.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("kind").GetString()).ToHashSet();
        Assert.All(DiagnosticDescriptors.All, d => Assert.Contains(d.Kind, kinds));
        var summary = root.GetProperty("summary");
        Assert.Equal(root.GetProperty("diagnostics").GetArrayLength(), summary.GetProperty("errors").GetInt32() + summary.GetProperty("warnings").GetInt32() + summary.GetProperty("infos").GetInt32());
        var first = root.GetProperty("diagnostics")[0];
        foreach (var field in new[] { "code", "kind", "severity", "claims", "message", "evidence" })
        {
            Assert.True(first.TryGetProperty(field, out _), field);
        }
    }

    [Fact]
    public async Task Check_EveryKind_PrintsEachKindInValidSarif()
    {
        var (code, output, _) = CliRunner.Run(null, "check", EveryKind, "--format", "sarif");
        Assert.Equal(1, code);
        var schema = await JsonSchema.FromFileAsync(Repository.TestData("sarif-schema-2.1.0.json"));
        var errors = schema.Validate(output);
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors.Select(e => $"{e.Path}: {e.Kind}")));

        using var json = JsonDocument.Parse(output);
        var results = json.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        Assert.All(DiagnosticDescriptors.All, d => Assert.Contains(results, r => r.GetProperty("ruleId").GetString() == d.Code));
        var quantity = results.First(r => r.GetProperty("ruleId").GetString() == "CX0001");

        // The claim where it is in its file (qm-1's object starts on line 23, column 5), the article it quotes beside it.
        var inFile = quantity.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.EndsWith("every-kind.json", inFile.GetProperty("artifactLocation").GetProperty("uri").GetString(), StringComparison.Ordinal);
        Assert.Equal((23, 5), (inFile.GetProperty("region").GetProperty("startLine").GetInt32(), inFile.GetProperty("region").GetProperty("startColumn").GetInt32()));
        var located = quantity.GetProperty("relatedLocations").EnumerateArray().First(l => l.GetProperty("physicalLocation").TryGetProperty("region", out _));
        Assert.Equal(10, located.GetProperty("physicalLocation").GetProperty("region").GetProperty("charOffset").GetInt32());
        Assert.Equal("https://example.org/news", located.GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("default", quantity.GetProperty("message").GetProperty("id").GetString());
        Assert.Equal("qm", quantity.GetProperty("message").GetProperty("arguments")[1].GetString()!.Split(' ')[0]);
    }

    [Fact]
    public void Check_Severity_RemapsAndSwitchesOffCodes()
    {
        var (code, output, _) = CliRunner.Run(null, "check", "fixtures/dprk-russia", "fixtures/reference", "--severity", "CX0010=off", "--severity", "cx0005=warning", "--format", "json");
        Assert.Equal(1, code);
        using var json = JsonDocument.Parse(output);
        var diagnostics = json.RootElement.GetProperty("diagnostics").EnumerateArray().ToList();
        Assert.DoesNotContain(diagnostics, d => d.GetProperty("code").GetString() == "CX0010");
        Assert.Equal("warning", diagnostics.Single(d => d.GetProperty("code").GetString() == "CX0005").GetProperty("severity").GetString());

        var (everythingOff, _, _) = CliRunner.Run(null, "check", "fixtures/dprk-russia", "fixtures/reference", "--severity", "CX0005=info", "--severity", "CX0006=off", "--severity", "CX0007=warning", "--severity", "CX0008=warning");
        Assert.Equal(0, everythingOff);
    }

    [Fact]
    public void Check_OutputToAPlaceThatCannotBeWritten_IsOneLineAndExitsTwo()
    {
        var (code, output, error) = CliRunner.Run(null, "check", "fixtures/dprk-russia", "fixtures/reference", "-o", "/nonexistent/dir/report.txt");
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: cannot write the report to /nonexistent/dir/report.txt", line, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Dash_ReadsTheClaimsFromStandardInput_BesideFiles()
    {
        var claims = File.ReadAllText(Repository.Path("fixtures", "reference", "reference.json"));
        var (code, output, error) = CliRunner.Run(claims, "check", "fixtures/dprk-russia", "-", "--format", "json");
        Assert.Equal(1, code);
        Assert.Equal(string.Empty, error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(5, json.RootElement.GetProperty("summary").GetProperty("errors").GetInt32());

        var (badCode, _, badError) = CliRunner.Run("{ \"format\": ", "check", "-");
        Assert.Equal(2, badCode);
        Assert.StartsWith("(standard input): $: line 1", badError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_Interrupted_ExitsWithoutWritingTheReport()
    {
        // The command waits for standard input, so the interrupt surely arrives while it runs; the claims that follow
        // are then not checked, and no report, complete or partial, is left.
        var output = Path.Combine(Path.GetTempPath(), $"contradictions-{Guid.NewGuid():N}.json");
        var start = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardError = true, RedirectStandardOutput = true, WorkingDirectory = Repository.Root };
        foreach (var arg in new[] { CliRunner.Program, "check", "-", "--format", "json", "-o", output })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        await Task.Delay(TimeSpan.FromSeconds(5));
        using (var kill = System.Diagnostics.Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            kill.WaitForExit();
        }

        await process.StandardInput.WriteAsync(await File.ReadAllTextAsync(Repository.Path("fixtures", "reference", "reference.json")));
        process.StandardInput.Close();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(1)));
        Assert.Equal(130, process.ExitCode);
        Assert.Contains("cancelled; no report was written.", await error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
        Assert.Empty(Directory.GetFiles(Path.GetTempPath(), Path.GetFileName(output) + "*"));
    }

    [Fact]
    public void Resolve_WithoutAnAnchor_ResolvesAgainstToday()
    {
        var (code, output, _) = CliRunner.Run(null, "resolve", "today");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var anchor = json.RootElement.GetProperty("anchor").GetString();
        Assert.Equal(anchor, json.RootElement.GetProperty("start").GetString());

        // The process ran a moment before: it may have seen the day before, at midnight.
        var now = DateTime.Now;
        Assert.Contains(anchor, new[] { now, now.AddDays(-1) }.Select(d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void UnknownCommand_IsOneErrorAndHelpListsTheExitCodes()
    {
        var (code, _, error) = CliRunner.Run(null, "bogus");
        Assert.Equal(2, code);
        Assert.Single(error.Split('\n'), l => l.StartsWith("error:", StringComparison.Ordinal));
        Assert.Contains("'bogus'", error, StringComparison.Ordinal);

        var (helpCode, help, _) = CliRunner.Run(null, "--help");
        Assert.Equal(0, helpCode);
        Assert.Contains("Exit codes: 0", help, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_DirectoryWithUnrelatedJson_SkipsItOnceByName()
    {
        var dir = Directory.CreateTempSubdirectory("contradictions-").FullName;
        try
        {
            foreach (var file in Directory.GetFiles(Repository.Path("fixtures", "dprk-russia"), "*.json"))
            {
                File.Copy(file, Path.Combine(dir, Path.GetFileName(file)));
            }

            File.WriteAllText(Path.Combine(dir, "package.json"), """{ "name": "x", "version": "1.0.0" }""");
            var (code, output, error) = CliRunner.Run(null, "validate", dir);
            Assert.Equal(0, code);
            Assert.StartsWith("valid:", output, StringComparison.Ordinal);
            Assert.Equal($"skipped {Path.Combine(dir, "package.json")}: not a claim set (it declares no format and has none of the format's fields)", error.Trim());
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Validate_AFileOfAnotherFormatGivenByName_IsThatOneError()
    {
        var (code, _, error) = CliRunner.Run(null, "validate", "fixtures/dprk-russia/expected.json");
        Assert.Equal(2, code);
        Assert.Contains("Unsupported format 'contradictions/expected-diagnostics@1'", error, StringComparison.Ordinal);
        Assert.Contains("1 error.", error, StringComparison.Ordinal);
        Assert.DoesNotContain("unknown-field", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("CX0010=loud")]
    [InlineData("CX0010")]
    [InlineData("=off")]
    [InlineData("CX0010=1")]
    [InlineData("CX0010= 1")]
    [InlineData("CX0010=")]
    public void Check_SeverityNotUnderstood_IsAUsageError(string setting)
    {
        var (code, _, error) = CliRunner.Run(null, "check", "fixtures/dprk-russia", "--severity", setting);
        Assert.Equal(2, code);
        Assert.Contains("--severity", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SarifSchema_RejectsABrokenLog()
    {
        var schema = await JsonSchema.FromFileAsync(Repository.TestData("sarif-schema-2.1.0.json"));
        Assert.NotEmpty(schema.Validate("""{ "version": "2.1.0", "runs": [ { "results": [ { "level": "fatal" } ] } ] }"""));
    }

    [Fact]
    public void Check_MinSeverityAndOutputFile_FilterAndWrite()
    {
        var file = Path.Combine(Path.GetTempPath(), $"contradictions-{Guid.NewGuid():N}.json");
        try
        {
            var (code, output, _) = CliRunner.Run(null, "check", "fixtures/dprk-russia", "fixtures/reference", "--format", "json", "--min-severity", "error", "--output", file);
            Assert.Equal(1, code);
            Assert.Equal(string.Empty, output);
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            Assert.All(json.RootElement.GetProperty("diagnostics").EnumerateArray(), d => Assert.Equal("error", d.GetProperty("severity").GetString()));
            Assert.Equal(0, json.RootElement.GetProperty("summary").GetProperty("infos").GetInt32());
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Check_NoErrors_ExitsZero()
    {
        var (code, _, _) = CliRunner.Run(null, "check", "fixtures/reference");
        Assert.Equal(0, code);
    }

    [Fact]
    public void Check_InvalidInput_ExitsTwoWithPathAddressedErrors()
    {
        var file = Path.Combine(Path.GetTempPath(), $"contradictions-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, """{ "format": "contradictions/claim-set@1", "claims": [ { "id": "c1" } ] }""");
        try
        {
            var (code, _, error) = CliRunner.Run(null, "check", file);
            Assert.Equal(2, code);
            Assert.Contains("claims[0].source", error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Check_SkipInvalid_ChecksTheRestAndListsTheSkipped()
    {
        var file = Path.Combine(Path.GetTempPath(), $"contradictions-{Guid.NewGuid():N}.json");
        var json = File.ReadAllText(EveryKind).Replace("\"id\": \"qm-2\", \"source\": \"ref\"", "\"id\": \"qm-2\", \"source\": \"nowhere\"", StringComparison.Ordinal);
        File.WriteAllText(file, json);
        try
        {
            var (code, output, error) = CliRunner.Run(null, "check", file, "--skip-invalid");
            Assert.Equal(1, code);
            Assert.Contains("qm-2", error, StringComparison.Ordinal);
            Assert.Contains("skipped 1 invalid claim", error, StringComparison.Ordinal);
            Assert.DoesNotContain("CX0001", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Check_SkipInvalid_JsonAndSarifReportsListTheSkippedClaimsWithTheirReasons()
    {
        var file = Path.Combine(Path.GetTempPath(), $"contradictions-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, File.ReadAllText(EveryKind).Replace("\"id\": \"qm-2\", \"source\": \"ref\"", "\"id\": \"qm-2\", \"source\": \"nowhere\"", StringComparison.Ordinal));
        try
        {
            var (_, output, _) = CliRunner.Run(null, "check", file, "--skip-invalid", "--format", "json");
            using var json = JsonDocument.Parse(output);
            var problem = Assert.Single(json.RootElement.GetProperty("loadProblems").EnumerateArray());
            Assert.Equal(("qm-2", "claims[1].source", "unknown-source"), (problem.GetProperty("claim").GetString(), problem.GetProperty("path").GetString(), problem.GetProperty("code").GetString()));

            var (_, sarif, _) = CliRunner.Run(null, "check", file, "--skip-invalid", "--format", "sarif");
            var schema = await JsonSchema.FromFileAsync(Repository.TestData("sarif-schema-2.1.0.json"));
            Assert.Empty(schema.Validate(sarif));
            using var log = JsonDocument.Parse(sarif);
            var notification = Assert.Single(log.RootElement.GetProperty("runs")[0].GetProperty("invocations")[0].GetProperty("toolExecutionNotifications").EnumerateArray());
            Assert.Contains("(claim 'qm-2')", notification.GetProperty("message").GetProperty("text").GetString(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("check")]
    [InlineData("check", "--format", "xml", "x.json")]
    [InlineData("frobnicate")]
    [InlineData("resolve", "today", "--anchor", "2025-02-30")]
    public void BadUsage_ExitsTwo(params string[] args)
    {
        Assert.Equal(2, CliRunner.Run(null, args).ExitCode);
    }

    [Fact]
    public void Validate_ValidFixtures_ExitsZero()
    {
        var (code, output, _) = CliRunner.Run(null, "validate", "fixtures/dprk-russia", "fixtures/reference");
        Assert.Equal(0, code);
        Assert.Contains("61 claims from 6 sources", output, StringComparison.Ordinal);
    }

    public static TheoryData<string> HostileFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Repository.TestData("hostile"), "*.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(HostileFiles))]
    public void Validate_HostileFile_ExitsTwoWithPathAddressedErrorsAndNoStackTrace(string name)
    {
        var dir = Repository.TestData("hostile");
        string[] files = name.StartsWith("duplicate-ids", StringComparison.Ordinal)
            ? [Path.Combine(dir, "duplicate-ids-a.json"), Path.Combine(dir, "duplicate-ids-b.json")]
            : [Path.Combine(dir, name)];
        var (code, output, error) = CliRunner.Run(null, ["validate", .. files]);
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Matches(@": [$\w\[\]\.]+: .+ \[[a-z-]+\]", error);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MissingFile_ExitsTwo()
    {
        var (code, _, error) = CliRunner.Run(null, "validate", "no/such/file.json");
        Assert.Equal(2, code);
        Assert.Contains("No such file", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_EarlierThisYear_PrintsTheInterval()
    {
        var (code, output, _) = CliRunner.Run(null, "resolve", "earlier this year", "--anchor", "2025-10-10");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("2025-01-01", json.RootElement.GetProperty("start").GetString());
        Assert.Equal("2025-10-10", json.RootElement.GetProperty("end").GetString());
        Assert.Equal("year", json.RootElement.GetProperty("precision").GetString());
    }

    [Fact]
    public void Resolve_OpenEnd_IsNull()
    {
        var (_, output, _) = CliRunner.Run(null, "resolve", "since at least November", "--anchor", "2025-03");
        using var json = JsonDocument.Parse(output);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("widest").GetProperty("start").ValueKind);
    }

    [Theory]
    [InlineData("Thursday, October 10, 2025", "Friday")]
    [InlineData("in Septembr", "Septembr")]
    public void Resolve_WeekdayMismatchOrUnknownWord_ExitsTwoWithTheReason(string expression, string reason)
    {
        var (code, _, error) = CliRunner.Run(null, "resolve", expression, "--anchor", "2025-10-10");
        Assert.Equal(2, code);
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_FromStandardInput_WritesJsonLines()
    {
        var (code, output, _) = CliRunner.Run("earlier this year\nin Septembr\nlast year\n", "resolve", "--anchor", "2025");
        Assert.Equal(2, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l)).ToList();
        Assert.Equal(3, lines.Count);
        Assert.Equal("2025-12-31", lines[0].RootElement.GetProperty("end").GetString());
        Assert.True(lines[1].RootElement.TryGetProperty("error", out _));
        Assert.Equal("2024-01-01", lines[2].RootElement.GetProperty("start").GetString());
        lines.ForEach(l => l.Dispose());
    }

    [Fact]
    public void Explain_KnownCodeOrKind_PrintsHelp()
    {
        var (code, output, _) = CliRunner.Run(null, "explain", "date-mismatch");
        Assert.Equal(0, code);
        Assert.Contains("CX0005", output, StringComparison.Ordinal);
        Assert.Equal(2, CliRunner.Run(null, "explain", "CX9999").ExitCode);
    }
}
