using Contradictions.Claims;
using Contradictions.Quantities;
using Contradictions.Serialization;
using Contradictions.Time;
using NodaTime;

namespace Contradictions.Tests.Serialization;

public sealed class ClaimSetLoaderTests
{
    internal const string Vocabulary = """
        "vocabulary": { "properties": {
          "killed":     { "type": "quantity", "dimension": "count", "cumulative": true },
          "wounded":    { "type": "quantity", "dimension": "count", "cumulative": true },
          "casualties": { "type": "quantity", "dimension": "count", "cumulative": true, "sumOf": ["killed", "wounded"] },
          "launched":   { "type": "quantity", "dimension": "count", "atMost": "delivered" },
          "delivered":  { "type": "quantity", "dimension": "count" },
          "distance":   { "type": "quantity", "dimension": "length", "singleValued": true },
          "signed":     { "type": "date", "singleValued": true, "notAfter": "ratified" },
          "ratified":   { "type": "date", "singleValued": true },
          "holder":     { "type": "entity", "functional": true } } }
        """;

    internal const string Example = $$"""
        {
          "format": "contradictions/claim-set@1",
          {{Vocabulary}},
          "sources": [
            { "id": "s1", "title": "Kim vows alliance", "publisher": "Example Wire", "published": "2025-10", "url": "https://example.org/a" },
            { "id": "s3", "title": "More troops", "publisher": "Example Times", "published": "2025-03" },
            { "id": "ref", "title": "Reference tenures", "published": "2025-11-01", "trust": 1 }
          ],
          "claims": [
            { "id": "c1", "source": "s1", "origin": "South Korea NIS", "subject": "dprk-forces-in-russia",
              "property": "killed", "value": "roughly 2,000", "unit": "person", "time": "in September",
              "quote": "roughly 2,000", "span": { "start": 10, "end": 23 } },
            { "id": "c2", "source": "s1", "subject": "russia-dprk-treaty", "property": "signed", "value": "earlier this year" },
            { "id": "c3", "source": "ref", "subject": "nato-secretary-general", "property": "holder",
              "value": "mark-rutte", "time": { "from": "2024-10-01" } },
            { "id": "c4", "source": "s3", "subject": "us-president", "property": "holder", "value": "donald-trump", "negated": true },
            { "id": "c5", "source": "s3", "subject": "dprk-forces-in-russia", "property": "killed",
              "value": { "amount": 400, "qualifier": "approximately" }, "time": { "asOf": "late February" } },
            { "id": "c6", "source": "s3", "subject": "dprk-forces-in-russia", "property": "delivered",
              "value": { "min": 3000, "max": 5000 }, "time": "since November" },
            { "id": "c7", "source": "ref", "subject": "sergeevka-vladivostok", "property": "distance", "value": "about 130 km" },
            { "id": "c8", "source": "ref", "subject": "russia-dprk-treaty", "property": "ratified", "value": { "date": "2024-10-24" } }
          ]
        }
        """;

    private static ClaimSetLoadResult Load(string json, bool skipInvalidClaims = false) => new ClaimSetLoader().LoadJson(json, "test.json", skipInvalidClaims);

    private static ClaimSetError SingleError(string json)
    {
        var result = Load(json);
        Assert.False(result.Success);
        Assert.Null(result.ClaimSet);
        return Assert.Single(result.Errors);
    }

    private static string WithClaim(string claim) => $$"""
        { "format": "contradictions/claim-set@1", {{Vocabulary}},
          "sources": [ { "id": "s1", "title": "T", "published": "2025-10" } ],
          "claims": [ {{claim}} ] }
        """;

    [Fact]
    public void Load_TheFormatExample_ResolvesEveryClaim()
    {
        var set = Load(Example).GetClaimSetOrThrow();
        Assert.Equal(8, set.Claims.Length);

        Assert.True(set.TryGetClaim("c1", out var c1));
        var killed = Assert.IsType<QuantityValue>(c1.Value).Quantity;
        Assert.Equal(Qualifier.Approximately, killed.Qualifier);
        Assert.Equal(2000m, killed.Amount);
        Assert.Equal(ValidityKind.AsOf, c1.Validity.Kind);
        Assert.Equal(new TimeInterval(new LocalDate(2025, 9, 1), new LocalDate(2025, 9, 30)), c1.Validity.Time.Reading);
        Assert.Null(c1.Validity.Time.Narrowest);
        Assert.Equal("South Korea NIS", c1.Origin);
        Assert.Equal(new TextSpan(10, 23), c1.Span);

        Assert.True(set.TryGetClaim("c2", out var c2));
        var signed = Assert.IsType<DateValue>(c2.Value).Time;
        Assert.Equal(new TimeInterval(new LocalDate(2025, 1, 1), new LocalDate(2025, 10, 31)), signed.Reading);
        Assert.Equal(ValidityKind.Publication, c2.Validity.Kind);
        Assert.Equal(new TimeInterval(new LocalDate(2025, 10, 1), new LocalDate(2025, 10, 31)), c2.Validity.Time.Reading);

        Assert.True(set.TryGetClaim("c3", out var c3));
        Assert.True(c3.Validity.HoldsThroughout);
        // No end: open at widest, and surely held until the source stated it (its publication).
        Assert.Equal(new TimeInterval(new LocalDate(2024, 10, 1), null), c3.Validity.Time.Widest);
        Assert.Equal(new TimeInterval(new LocalDate(2024, 10, 1), new LocalDate(2025, 11, 1)), c3.Validity.Time.Narrowest);

        Assert.True(set.TryGetClaim("c4", out var c4));
        Assert.True(c4.Negated);
        Assert.Equal("donald-trump", Assert.IsType<EntityValue>(c4.Value).EntityId);

        Assert.True(set.TryGetClaim("c6", out var c6));
        Assert.Equal(ValidityKind.Span, c6.Validity.Kind);
        Assert.Equal(Qualifier.Range, Assert.IsType<QuantityValue>(c6.Value).Quantity.Qualifier);

        Assert.True(set.TryGetClaim("c7", out var c7));
        Assert.Equal("km", Assert.IsType<QuantityValue>(c7.Value).Quantity.Unit.Id);
    }

    [Fact]
    public void Load_MalformedJson_ReportsTheLine()
    {
        var error = SingleError("{ \"format\": \"contradictions/claim-set@1\",\n  \"claims\": [ { \"id\": } ] }");
        Assert.Equal(ClaimSetErrorCodes.InvalidJson, error.Code);
        Assert.Equal("$", error.Path);
        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ \"format\": \"contradictions/claim-set@1\", \"claims\": [ ")]
    [InlineData("{ \"format\": \"contradictions/claim-set@1\", \"claims\": [ { \"value\": NaN } ] }")]
    [InlineData("{ \"format\": \"contradictions/claim-set@1\", \"claims\": [ { \"value\": Infinity } ] }")]
    [InlineData("")]
    [InlineData("{ \"a\": 1, }")]
    public void Load_TruncatedOrNonJson_IsInvalidJson(string json)
    {
        Assert.Equal(ClaimSetErrorCodes.InvalidJson, SingleError(json).Code);
    }

    [Fact]
    public void Load_NotAnObject_IsWrongType()
    {
        var error = SingleError("[1, 2]");
        Assert.Equal(ClaimSetErrorCodes.WrongType, error.Code);
    }

    [Fact]
    public void Load_MissingFormat_IsReported()
    {
        var error = SingleError("{ \"claims\": [] }");
        Assert.Equal(ClaimSetErrorCodes.UnsupportedFormat, error.Code);
        Assert.Equal("format", error.Path);
    }

    [Fact]
    public void Load_WrongFormatVersion_IsReported()
    {
        Assert.Equal(ClaimSetErrorCodes.UnsupportedFormat, SingleError("{ \"format\": \"contradictions/claim-set@2\" }").Code);
    }

    [Theory]
    [InlineData("\"negated\": \"yes\"", "claims[0].negated")]
    [InlineData("\"value\": true", "claims[0].value")]
    [InlineData("\"time\": 2024", "claims[0].time")]
    [InlineData("\"span\": [1, 2]", "claims[0].span")]
    [InlineData("\"origin\": 5", "claims[0].origin")]
    public void Load_WrongTypes_AreReportedAtTheirPath(string field, string path)
    {
        var error = SingleError(WithClaim($$"""{ "id": "c1", "source": "s1", "subject": "x", "property": "killed", "value": "400", {{field}} }""".Replace("\"value\": \"400\", \"value\"", "\"value\"", StringComparison.Ordinal)));
        Assert.Equal(ClaimSetErrorCodes.WrongType, error.Code);
        Assert.Equal(path, error.Path);
        Assert.Equal("c1", error.ClaimId);
    }

    [Theory]
    [InlineData("id", null)]
    [InlineData("source", null)]
    [InlineData("subject", null)]
    [InlineData("property", null)]
    [InlineData("value", null)]
    [InlineData("id", "\"\"")]
    [InlineData("source", "\"   \"")]
    [InlineData("subject", "\"\\t\"")]
    [InlineData("property", "\" \"")]
    public void Load_MissingOrBlankClaimField_IsRequired(string field, string? blank)
    {
        var fields = new Dictionary<string, string> { ["id"] = "\"c1\"", ["source"] = "\"s1\"", ["subject"] = "\"x\"", ["property"] = "\"killed\"", ["value"] = "\"400\"" };
        if (blank is null)
        {
            fields.Remove(field);
        }
        else
        {
            fields[field] = blank;
        }

        var claim = "{ " + string.Join(", ", fields.Select(f => $"\"{f.Key}\": {f.Value}")) + " }";
        var error = SingleError(WithClaim(claim));
        Assert.Equal(ClaimSetErrorCodes.Required, error.Code);
        Assert.Equal($"claims[0].{field}", error.Path);
    }

    [Theory]
    [InlineData("id")]
    [InlineData("title")]
    [InlineData("published")]
    public void Load_EveryMissingSourceField_IsRequired(string field)
    {
        var fields = new Dictionary<string, string> { ["id"] = "\"s1\"", ["title"] = "\"T\"", ["published"] = "\"2025\"" };
        fields.Remove(field);
        var source = "{ " + string.Join(", ", fields.Select(f => $"\"{f.Key}\": {f.Value}")) + " }";
        var result = Load($$"""{ "format": "contradictions/claim-set@1", "sources": [ {{source}} ] }""");
        var error = Assert.Single(result.Errors);
        Assert.Equal(ClaimSetErrorCodes.Required, error.Code);
        Assert.Equal($"sources[0].{field}", error.Path);
    }

    [Fact]
    public void Load_UnknownSourceAndProperty_NameWhatIsKnown()
    {
        var result = Load(WithClaim("""{ "id": "c1", "source": "s9", "subject": "x", "property": "kiled", "value": "400" }"""));
        Assert.Collection(
            result.Errors,
            e =>
            {
                Assert.Equal(ClaimSetErrorCodes.UnknownSource, e.Code);
                Assert.Equal("claims[0].source", e.Path);
                Assert.Contains("s1", e.Message, StringComparison.Ordinal);
            },
            e =>
            {
                Assert.Equal(ClaimSetErrorCodes.UnknownProperty, e.Code);
                Assert.Equal("claims[0].property", e.Path);
                Assert.Contains("killed", e.Message, StringComparison.Ordinal);
            });
    }

    [Fact]
    public void Load_UnknownField_IsRejectedWithASuggestion()
    {
        var error = SingleError(WithClaim("""{ "id": "c1", "source": "s1", "subject": "x", "property": "killed", "value": "400", "Negated": true }"""));
        Assert.Equal(ClaimSetErrorCodes.UnknownField, error.Code);
        Assert.Equal("claims[0].Negated", error.Path);
        Assert.Contains("negated", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DuplicateIdsAcrossFiles_AreReportedInTheSecondFile()
    {
        var first = ClaimSetInput.FromJson("a.json", WithClaim("""{ "id": "c1", "source": "s1", "subject": "x", "property": "killed", "value": "400" }"""));
        var second = ClaimSetInput.FromJson("b.json", WithClaim("""{ "id": "c1", "source": "s1", "subject": "x", "property": "killed", "value": "500" }"""));
        var result = new ClaimSetLoader().Load([first, second]);
        Assert.Collection(
            result.Errors,
            e =>
            {
                Assert.Equal(("b.json", "sources[0].id", ClaimSetErrorCodes.DuplicateId), (e.File, e.Path, e.Code));
            },
            e =>
            {
                Assert.Equal(("b.json", "claims[0].id", ClaimSetErrorCodes.DuplicateId), (e.File, e.Path, e.Code));
                Assert.Contains("a.json", e.Message, StringComparison.Ordinal);
            });
    }

    [Fact]
    public void Load_SamePropertyDefinedIdenticallyInTwoFiles_IsFine()
    {
        var a = ClaimSetInput.FromJson("a.json", $$"""{ "format": "contradictions/claim-set@1", {{Vocabulary}} }""");
        var b = ClaimSetInput.FromJson("b.json", $$"""{ "format": "contradictions/claim-set@1", {{Vocabulary}} }""");
        Assert.True(new ClaimSetLoader().Load([a, b]).Success);
    }

    [Fact]
    public void Load_SamePropertyDefinedDifferently_IsAConflict()
    {
        var a = ClaimSetInput.FromJson("a.json", """{ "format": "contradictions/claim-set@1", "vocabulary": { "properties": { "killed": { "type": "quantity", "cumulative": true } } } }""");
        var b = ClaimSetInput.FromJson("b.json", """{ "format": "contradictions/claim-set@1", "vocabulary": { "properties": { "killed": { "type": "quantity" } } } }""");
        var error = Assert.Single(new ClaimSetLoader().Load([a, b]).Errors);
        Assert.Equal(("b.json", "vocabulary.properties.killed", ClaimSetErrorCodes.VocabularyConflict), (error.File, error.Path, error.Code));
    }

    [Theory]
    [InlineData("{ \"amount\": 1e400 }", "claims[0].value.amount", ClaimSetErrorCodes.OutOfRange)]
    [InlineData("{ \"amount\": -5 }", "claims[0].value.amount", ClaimSetErrorCodes.OutOfRange)]
    [InlineData("\"-5\"", "claims[0].value", ClaimSetErrorCodes.InvalidExpression)]
    [InlineData("{ \"min\": 5000, \"max\": 3000 }", "claims[0].value.max", ClaimSetErrorCodes.OutOfRange)]
    [InlineData("{ \"amount\": 5, \"qualifier\": \"roughly-ish\" }", "claims[0].value.qualifier", ClaimSetErrorCodes.WrongType)]
    [InlineData("{ \"date\": \"2024-10-24\" }", "claims[0].value", ClaimSetErrorCodes.WrongValueKind)]
    [InlineData("\"a great many\"", "claims[0].value", ClaimSetErrorCodes.InvalidExpression)]
    [InlineData("\"130 km\"", "claims[0].value", ClaimSetErrorCodes.WrongDimension)]
    [InlineData("{ }", "claims[0].value", ClaimSetErrorCodes.Required)]
    public void Load_BadValues_AreReportedAtTheirPath(string value, string path, string code)
    {
        var error = SingleError(WithClaim($$"""{ "id": "c1", "source": "s1", "subject": "x", "property": "killed", "value": {{value}} }"""));
        Assert.Equal((path, code), (error.Path, error.Code));
    }

    [Fact]
    public void Load_UnitOfTheWrongDimension_IsReported()
    {
        var error = SingleError(WithClaim("""{ "id": "c1", "source": "s1", "subject": "x", "property": "killed", "value": "400", "unit": "km" }"""));
        Assert.Equal(("claims[0].unit", ClaimSetErrorCodes.WrongDimension), (error.Path, error.Code));
    }

    [Fact]
    public void Load_UnknownUnit_IsReported()
    {
        var error = SingleError(WithClaim("""{ "id": "c1", "source": "s1", "subject": "x", "property": "killed", "value": "400", "unit": "parsec" }"""));
        Assert.Equal(("claims[0].unit", ClaimSetErrorCodes.UnknownUnit), (error.Path, error.Code));
    }

    [Theory]
    [InlineData("\"2025-02-30\"", "claims[0].time")]
    [InlineData("\"in Septembr\"", "claims[0].time")]
    [InlineData("{ \"asOf\": \"the other day\" }", "claims[0].time.asOf")]
    [InlineData("{ \"from\": \"2024-13\" }", "claims[0].time.from")]
    public void Load_UnresolvableTimes_AreReportedAtTheirPath(string time, string path)
    {
        var error = SingleError(WithClaim($$"""{ "id": "c1", "source": "s1", "subject": "x", "property": "killed", "value": "400", "time": {{time}} }"""));
        Assert.Equal((path, ClaimSetErrorCodes.InvalidExpression), (error.Path, error.Code));
    }

    [Fact]
    public void Load_SpanValidityEndingBeforeItStarts_IsReported()
    {
        var error = SingleError(WithClaim("""{ "id": "c1", "source": "s1", "subject": "x", "property": "killed", "value": "400", "time": { "from": "2025", "to": "2024" } }"""));
        Assert.Equal(("claims[0].time", ClaimSetErrorCodes.InvalidSpan), (error.Path, error.Code));
    }

    [Fact]
    public void Load_TextSpanEndingBeforeItStarts_IsReported()
    {
        var error = SingleError(WithClaim("""{ "id": "c1", "source": "s1", "subject": "x", "property": "killed", "value": "400", "span": { "start": 20, "end": 10 } }"""));
        Assert.Equal(("claims[0].span", ClaimSetErrorCodes.InvalidSpan), (error.Path, error.Code));
    }

    [Fact]
    public void Load_QuoteLongerThanItsSpan_IsReported()
    {
        var error = SingleError(WithClaim("""{ "id": "c1", "source": "s1", "subject": "x", "property": "killed", "value": "400", "quote": "400 killed", "span": { "start": 0, "end": 3 } }"""));
        Assert.Equal(("claims[0].span", ClaimSetErrorCodes.InvalidSpan), (error.Path, error.Code));
    }

    [Fact]
    public void Load_ImpossiblePublicationDate_IsReported()
    {
        var result = Load("""{ "format": "contradictions/claim-set@1", "sources": [ { "id": "s1", "title": "T", "published": "2025-02-30" } ] }""");
        var error = Assert.Single(result.Errors);
        Assert.Equal(("sources[0].published", ClaimSetErrorCodes.InvalidDate), (error.Path, error.Code));
    }

    [Fact]
    public void Load_AllProblemsOfAnInput_AreReportedTogether()
    {
        var result = Load(WithClaim("""
            { "id": "c1", "source": "s9", "subject": "x", "property": "killed", "value": "400" },
            { "id": "c2", "source": "s1", "subject": "x", "property": "killed", "value": "lots" },
            { "id": "c3", "source": "s1", "subject": "x", "property": "killed", "value": "400", "time": "whenever" },
            { "id": "c4", "source": "s1", "subject": "x", "property": "killed", "value": "400" }
            """));
        Assert.Equal(["claims[0].source", "claims[1].value", "claims[2].time"], result.Errors.Select(e => e.Path));
    }

    [Fact]
    public void Load_SkipInvalid_KeepsTheValidClaimsAndListsEverySkippedOne()
    {
        var json = WithClaim("""
            { "id": "c1", "source": "s9", "subject": "x", "property": "killed", "value": "400" },
            { "id": "c2", "source": "s1", "subject": "x", "property": "killed", "value": "500" },
            { "source": "s1", "subject": "x", "property": "killed", "value": "500" }
            """);
        var result = new ClaimSetLoader().LoadJson(json, "test.json", skipInvalidClaims: true);
        Assert.False(result.Success);
        Assert.NotNull(result.ClaimSet);
        Assert.Equal(["c2"], result.ClaimSet.Claims.Select(c => c.Id));
        Assert.Equal(["c1", "test.json: claims[2]"], result.SkippedClaims.AsEnumerable());
    }

    [Fact]
    public void Load_DeepNesting_IsAnErrorNotACrash()
    {
        var json = "{ \"format\": \"contradictions/claim-set@1\", \"claims\": [" + new string('[', 500) + new string(']', 500) + "] }";
        Assert.Equal(ClaimSetErrorCodes.InvalidJson, SingleError(json).Code);
    }

    [Fact]
    public void Load_ByteOrderMark_IsAccepted()
    {
        var bytes = System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes(Example)).ToArray();
        Assert.True(new ClaimSetLoader().Load([new ClaimSetInput("bom.json", bytes)]).Success);
    }

    [Fact]
    public void Load_InvalidUtf8_IsInvalidJson()
    {
        var bytes = "{ \"format\": \"x\xff\" }"u8.ToArray();
        bytes[14] = 0xFF;
        var result = new ClaimSetLoader().Load([new ClaimSetInput("bad.json", bytes)]);
        Assert.Equal(ClaimSetErrorCodes.InvalidJson, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void Load_MoreClaimsThanTheLimit_IsReported()
    {
        var options = new ContradictionOptions();
        options.Limits.MaxClaims = 2;
        var result = new ClaimSetLoader(options).LoadJson(Example);
        Assert.Equal(ClaimSetErrorCodes.LimitExceeded, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void Load_EscapedStrings_AreUnescapedInEveryField()
    {
        // Pooled fields (subject, source, property, time) are copied out of the UTF-8 with their escapes undone, like
        // the plain ones (id, quote); an escaped field name is the field it spells.
        var longSubject = new string('x', 300);
        var result = Load(WithClaim($$"""
            { "\u0069d": "c\u0031", "sour\u0063e": "s\u0031", "subject": "dprk\u002Dforces \"A\"", "property": "kill\u0065d",
              "value": "400", "time": "in Sept\u0065mber", "quote": "caf\u00e9 \ud83d\ude00" },
            { "id": "c2", "source": "s1", "subject": "{{longSubject}}", "property": "killed", "value": "5" }
            """));
        Assert.True(result.Success, string.Join(Environment.NewLine, result.Errors));
        var first = result.ClaimSet!.Claims[0];
        Assert.Equal(("c1", "s1", "dprk-forces \"A\"", "killed", "café 😀"), (first.Id, first.Source.Id, first.Subject, first.Property, first.Quote));
        Assert.Equal(new LocalDate(2025, 9, 1), first.Validity.Time.Reading.Start);
        Assert.Equal(longSubject, result.ClaimSet.Claims[1].Subject);
    }

    [Fact]
    public void Load_ACalendarDate_IsOneTimeUnderEverySource_ARelativeOneIsReadUnderEach()
    {
        var set = Load($$"""
            { "format": "contradictions/claim-set@1", {{Vocabulary}},
              "sources": [ { "id": "a", "title": "A", "published": "2024-11-02" }, { "id": "b", "title": "B", "published": "2025-10-20" } ],
              "claims": [
                { "id": "c1", "source": "a", "subject": "x", "property": "killed", "value": "400", "time": { "asOf": "2024-10-24" } },
                { "id": "c2", "source": "b", "subject": "x", "property": "killed", "value": "500", "time": { "asOf": "2024-10-24" } },
                { "id": "c3", "source": "a", "subject": "x", "property": "ratified", "value": "2024-10-24" },
                { "id": "c4", "source": "b", "subject": "x", "property": "signed", "value": "2024-10-24" },
                { "id": "c5", "source": "a", "subject": "y", "property": "killed", "value": "400", "time": { "asOf": "in September" } },
                { "id": "c6", "source": "b", "subject": "y", "property": "killed", "value": "500", "time": { "asOf": "in September" } } ] }
            """).GetClaimSetOrThrow();
        var claims = set.Claims.ToDictionary(c => c.Id);

        Assert.Same(claims["c1"].Validity, claims["c2"].Validity);
        Assert.Equal(new LocalDate(2024, 10, 24), claims["c1"].Validity.Time.Reading.Start);
        Assert.Same(((DateValue)claims["c3"].Value).Time, ((DateValue)claims["c4"].Value).Time);

        // "In September" is the September before each article: 2024 under the first, 2025 under the second.
        Assert.Equal(new LocalDate(2024, 9, 1), claims["c5"].Validity.Time.Reading.Start);
        Assert.Equal(new LocalDate(2025, 9, 1), claims["c6"].Validity.Time.Reading.Start);
    }

    [Fact]
    public void Load_RepeatedNames_AreSharedByTheLoadedClaims()
    {
        var result = Load(WithClaim("""
            { "id": "c1", "source": "s1", "subject": "dprk-forces-in-russia", "property": "killed", "value": "400", "time": "in September" },
            { "id": "c2", "source": "s1", "subject": "dprk-forces-in-russia", "property": "killed", "value": "500", "time": "in September" }
            """));
        var claims = result.ClaimSet!.Claims;
        Assert.Equal(claims[0].Subject, claims[1].Subject);
        Assert.Same(claims[0].Subject, claims[1].Subject);
        Assert.Same(claims[0].Property, claims[1].Property);
    }

    [Fact]
    public void Load_DeepUnknownFieldWithinARaisedDepthLimit_IsAnUnknownFieldNotACrash()
    {
        // Each claim is read on its own; it must honour the configured limit, not the reader's default of 64.
        var options = new ContradictionOptions();
        options.Limits.MaxDepth = 200;
        var deep = new string('[', 150) + new string(']', 150);
        var result = new ClaimSetLoader(options).LoadJson(WithClaim($$"""{ "id": "c1", "source": "s1", "subject": "x", "property": "killed", "value": "4", "extra": {{deep}} }"""));
        var error = Assert.Single(result.Errors);
        Assert.Equal((ClaimSetErrorCodes.UnknownField, "claims[0].extra", "c1"), (error.Code, error.Path, error.ClaimId));

        // So must each source, read apart from the others.
        var sources = new ClaimSetLoader(options).LoadJson($$"""{ "format": "contradictions/claim-set@1", "sources": [ { "id": "s1", "title": "T", "published": "2025", "note": {{deep}} } ] }""");
        var sourceError = Assert.Single(sources.Errors);
        Assert.Equal((ClaimSetErrorCodes.WrongType, "sources[0].note"), (sourceError.Code, sourceError.Path));
    }

    [Theory]
    [InlineData("""{ "format": "contradictions/claim-set@1", "claims": [ { "id": "c1" } ], "sources": [ }""")]
    [InlineData("""{ "format": "contradictions/claim-set@1", "claims": [ { "id": "c1" } ] } { }""")]
    [InlineData("""{ "format": "contradictions/claim-set@1", "claims": [ { "id": "c1", } ] }""")]
    [InlineData("""{ "format": "contradictions/claim-set@1", "sources": [ { "id": "s1", "title": "T\ud800" } ] }""")]
    [InlineData("""{ "format": "contradictions/claim-set@1", "claims": [ { "id": "c1", "subject": "x\udc00y" } ] }""")]
    [InlineData("""{ "format": "contradictions/claim-set@1", "claims": [ { "id": "c1", "n\ud800": 1 } ] }""")]
    [InlineData("""{ "format": "contradictions/claim-set@1", "\ud83d": 1 }""")]
    [InlineData("""{ "format": "contradictions/claim-set@1", "vocabulary": { "properties": { "k\ud800": { "type": "quantity" } } } }""")]
    [InlineData(""" "\ud800" """)]
    public void Load_BadJsonAnywhere_IsOneInvalidJsonErrorAndNothingElse(string json)
    {
        // Claims are read after the whole file has been checked: a syntax error after them reports no claim problems.
        Assert.Equal(ClaimSetErrorCodes.InvalidJson, SingleError(json).Code);
    }

    [Fact]
    public void Load_ClaimsTwice_ReadsTheFirstAndReportsTheSecond()
    {
        var result = Load($$"""
            { "format": "contradictions/claim-set@1", {{Vocabulary}},
              "sources": [ { "id": "s1", "title": "T", "published": "2025-10" } ],
              "claims": [ { "id": "c1", "source": "s1", "subject": "x", "property": "killed", "value": "4" } ],
              "claims": [ { "id": "c2" } ] }
            """);
        var error = Assert.Single(result.Errors);
        Assert.Equal((ClaimSetErrorCodes.DuplicateField, "claims"), (error.Code, error.Path));
    }

    [Fact]
    public void Load_ClaimsTwiceTheFirstNotAnArray_ReadsNeither()
    {
        var result = Load($$"""
            { "format": "contradictions/claim-set@1", {{Vocabulary}},
              "sources": [ { "id": "s1", "title": "T", "published": "2025-10" } ],
              "claims": "c1",
              "claims": [ { "id": "c2", "source": "s1", "subject": "x", "property": "killed", "value": "4" } ] }
            """);
        Assert.Equal([(ClaimSetErrorCodes.WrongType, "claims"), (ClaimSetErrorCodes.DuplicateField, "claims")], result.Errors.Select(e => (e.Code, e.Path)));
        Assert.Null(result.ClaimSet);
    }

    [Fact]
    public void Load_ClaimsNotAnArray_IsWrongType()
    {
        var error = SingleError("""{ "format": "contradictions/claim-set@1", "claims": "c1" }""");
        Assert.Equal((ClaimSetErrorCodes.WrongType, "claims"), (error.Code, error.Path));
        Assert.Contains("the string \"c1\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SameValueTextUnderOtherUnitsOrProperties_ResolvesEachOnItsOwn()
    {
        // Value expressions are resolved once per (text, unit, property) in a load; none of the three may be ignored.
        var result = Load(WithClaim("""
            { "id": "c1", "source": "s1", "subject": "x", "property": "distance", "value": "about 130", "unit": "km" },
            { "id": "c2", "source": "s1", "subject": "x", "property": "distance", "value": "about 130", "unit": "m" },
            { "id": "c3", "source": "s1", "subject": "x", "property": "killed", "value": "about 130" },
            { "id": "c4", "source": "s1", "subject": "x", "property": "distance", "value": "about 130" },
            { "id": "c5", "source": "s1", "subject": "x", "property": "holder", "value": "about 130" }
            """), skipInvalidClaims: true);
        var claims = result.ClaimSet!.Claims.ToDictionary(c => c.Id);
        Assert.Equal("km", ((QuantityValue)claims["c1"].Value).Quantity.Unit.Id);
        Assert.Equal("m", ((QuantityValue)claims["c2"].Value).Quantity.Unit.Id);
        Assert.Equal(Dimension.Count, ((QuantityValue)claims["c3"].Value).Quantity.Unit.Dimension);
        Assert.Equal("about 130", ((EntityValue)claims["c5"].Value).EntityId);
        var error = Assert.Single(result.Errors);
        Assert.Equal(("claims[3].value", "c4"), (error.Path, error.ClaimId));
    }

    [Fact]
    public void Load_EachClaim_KeepsItsFileIndexLineAndColumn()
    {
        // Two claims on one line after text in several UTF-8 lengths: columns count UTF-16 code units, as SARIF does.
        var json = WithClaim("""
            { "id": "c1", "source": "s1", "subject": "x", "property": "killed", "value": "400", "note": "é😀" }, { "id": "c2", "source": "s1", "subject": "x", "property": "killed", "value": "500" },
              { "id": "c3", "source": "s1", "subject": "x", "property": "killed", "value": "600" }
            """);
        var set = new ClaimSetLoader().LoadJson(json, "claims.json").GetClaimSetOrThrow();
        foreach (var (claim, index) in set.Claims.Select((c, i) => (c, i)))
        {
            var at = json.IndexOf($"{{ \"id\": \"{claim.Id}\"", StringComparison.Ordinal);
            var expected = (Line: json[..at].Count(c => c == '\n') + 1, Column: at - json.LastIndexOf('\n', at - 1));
            var location = claim.Location!;
            Assert.Equal(("claims.json", index, $"claims[{index}]"), (location.File, location.Index, location.Path));
            Assert.Equal(expected, (location.Line, location.Column));
        }

        Assert.Null(new ClaimSetBuilder().AddSource("s1", "T", "2025").AddProperty(new Contradictions.Vocabulary.PropertyDefinition("k", Contradictions.Vocabulary.ValueKind.Quantity))
            .AddClaim("c1", "s1", "x", "k", "4").Build().GetClaimSetOrThrow().Claims[0].Location);
    }

    [Theory]
    [InlineData("""{ "name": "x", "version": "1.0.0" }""", "$", "not a claim set")]
    [InlineData("""{ "format": "contradictions/expected-diagnostics@1", "inputs": [], "diagnostics": [] }""", "format", "Unsupported format")]
    public void Load_JsonOfAnotherKind_IsOneFormatError(string json, string path, string message)
    {
        var error = SingleError(json);
        Assert.Equal((ClaimSetErrorCodes.UnsupportedFormat, path), (error.Code, error.Path));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_AnEntityWhereADateIsTaken_SaysAnEntity()
    {
        var error = SingleError(WithClaim("""{ "id": "c1", "source": "s1", "subject": "x", "property": "signed", "value": { "entity": "mark-rutte" } }"""));
        Assert.Contains("but this is an entity; give a date expression", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadFiles_ReportsProgress_UpToEveryClaimAndByte()
    {
        var files = Directory.GetFiles(Repository.Path("fixtures", "dprk-russia"), "a*.json").Order(StringComparer.Ordinal).ToList();
        var reports = new System.Collections.Concurrent.ConcurrentQueue<LoadProgress>();
        var result = new ClaimSetLoader().LoadFiles(files, progress: new Collect(reports));
        var claims = result.GetClaimSetOrThrow().Claims.Length;
        var bytes = files.Sum(f => new FileInfo(f).Length);
        Assert.NotEmpty(reports);
        Assert.All(reports, r => Assert.Equal((bytes, bytes), (r.BytesRead, r.TotalBytes)));
        Assert.Equal(claims, reports.Max(r => r.ClaimsLoaded));
        Assert.All(reports.Where(r => r.TotalClaims > 0), r => Assert.Equal(claims, r.TotalClaims));
    }

    private sealed class Collect(System.Collections.Concurrent.ConcurrentQueue<LoadProgress> reports) : IProgress<LoadProgress>
    {
        public void Report(LoadProgress value) => reports.Enqueue(value);
    }

    [Fact]
    public void LoadFiles_MissingPath_IsAnError()
    {
        var result = new ClaimSetLoader().LoadFiles(["/no/such/file.json"]);
        Assert.Equal(ClaimSetErrorCodes.Unreadable, Assert.Single(result.Errors).Code);
    }
}
