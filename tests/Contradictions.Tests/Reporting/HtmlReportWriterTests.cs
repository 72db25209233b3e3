using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Contradictions.Checking;
using Contradictions.Claims;
using Contradictions.Diagnostics;
using Contradictions.Quantities;
using Contradictions.Reporting;
using Contradictions.Serialization;
using Contradictions.Time;
using Contradictions.Vocabulary;
using NodaTime;

namespace Contradictions.Tests.Reporting;

public sealed class HtmlReportWriterTests
{
    internal static ClaimSet Demo() =>
        new ClaimSetLoader().LoadFiles([Repository.Path("fixtures", "dprk-russia"), Repository.Path("fixtures", "reference")]).GetClaimSetOrThrow();

    internal static string Html(ContradictionReport report, HtmlReportWriter? writer = null)
    {
        using var output = new StringWriter();
        (writer ?? new HtmlReportWriter()).Write(report, output);
        return output.ToString();
    }

    internal static string Html(ClaimSet set) => Html(ContradictionChecker.CreateDefault().Check(set));

    [Fact]
    public void DemoReport_ListsEveryFinding_WithATimelineForEachGroup()
    {
        var html = Html(Demo());
        Assert.Equal(5, Regex.Count(html, "<li class=\"diag sev-error\""));
        Assert.Equal(2, Regex.Count(html, "<li class=\"diag sev-info\""));
        Assert.Equal(0, Regex.Count(html, "<li class=\"diag sev-warning\""));
        Assert.Equal(6, Regex.Count(html, "<section class=\"group\""));
        Assert.Equal(6, Regex.Count(html, "<svg class=\"timeline\""));
        Assert.Equal(2, Regex.Count(html, "<polyline class=\"growth\""));
        Assert.Contains("CX0005 date-mismatch", html, StringComparison.Ordinal);

        // Every section the header links to is on the page.
        var links = Regex.Matches(Regex.Match(html, "<nav class=\"sections\".*?</nav>").Value, "href=\"#([a-z-]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["findings", "timelines"], links);
        Assert.All(links, id => Assert.Contains($"id=\"{id}\"", html, StringComparison.Ordinal));
    }

    [Fact]
    public void FindingMessages_ShowTheClaimIdsAsCode_AndTheListCutsThemAtAWord()
    {
        var html = Html(Demo());
        var listed = Regex.Matches(html, "<li class=\"diag [^>]*>.*?<span class=\"message\">(.*?)</span></li>").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(7, listed.Count);
        Assert.StartsWith("<code>ref-treaty-signed</code> (Contradictions fixtures, 2026-11-24) dates", listed[0], StringComparison.Ordinal);
        Assert.All(listed, m =>
        {
            Assert.EndsWith("…", m, StringComparison.Ordinal);
            Assert.DoesNotContain("characters)", m, StringComparison.Ordinal);
            Assert.DoesNotContain("`", m, StringComparison.Ordinal);
            Assert.True(System.Net.WebUtility.HtmlDecode(Regex.Replace(m, "</?code>", string.Empty)).Length <= 161, m);
        });

        // Beside its timeline, the whole message.
        Assert.Contains("<code>a0-treaty-signed</code> (&quot;Kim Jong Un vows DPRK-Russia military alliance…&quot;, 2025-10) dates it to &quot;earlier this year&quot;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void TimelineLabels_CoverNoBox_AndNoOtherLabel()
    {
        // The demo's September and October figures of the death toll stand side by side: a label to the right of the
        // first would cover the second. Labels are estimated as the writer estimates them, 6.2 pixels a character.
        var html = Html(Demo());
        var labelled = 0;
        foreach (Match svg in Regex.Matches(html, "<svg class=\"timeline\".*?</svg>", RegexOptions.Singleline))
        {
            var boxes = Regex.Matches(svg.Value, "<rect class=\"main\" x=\"(-?[0-9]+)\" y=\"(-?[0-9]+)\" width=\"([0-9]+)\" height=\"([0-9]+)\"/>")
                .Select(m => (Left: Number(m, 1), Top: Number(m, 2), Right: Number(m, 1) + Number(m, 3), Bottom: Number(m, 2) + Number(m, 4))).ToList();
            var labels = Regex.Matches(svg.Value, "<text class=\"claim-label\" x=\"([0-9]+)\" y=\"([0-9]+)\" text-anchor=\"(start|end|middle)\">([^<]*)</text>")
                .Select(m =>
                {
                    var (x, baseline, width) = (Number(m, 1), Number(m, 2), (System.Net.WebUtility.HtmlDecode(m.Groups[4].Value).Length * 6.2) + 2);
                    var left = m.Groups[3].Value switch { "start" => x, "end" => x - width, _ => x - (width / 2) };
                    return (Left: left + 1, Top: baseline - 11, Right: left + width - 1, Bottom: baseline);
                }).ToList();
            labelled += labels.Count;
            for (var i = 0; i < labels.Count; i++)
            {
                Assert.DoesNotContain(boxes, b => Overlap(b, labels[i]));
                Assert.DoesNotContain(labels.Where((_, k) => k != i), l => Overlap(l, labels[i]));
            }
        }

        Assert.True(labelled >= 4, $"{labelled} labels");

        static double Number(Match m, int group) => double.Parse(m.Groups[group].Value, System.Globalization.CultureInfo.InvariantCulture);
        static bool Overlap((double Left, double Top, double Right, double Bottom) a, (double Left, double Top, double Right, double Bottom) b) =>
            a.Left < b.Right && b.Left < a.Right && a.Top < b.Bottom && b.Top < a.Bottom;
    }

    [Fact]
    public void FindingMessages_QuotingHostileIds_KeepThemText()
    {
        using var output = new StringWriter();
        HtmlText.WriteMessage(output, "`<img src=x onerror=alert(1)>` and `b` but not `this");
        Assert.Equal("<code>&lt;img src=x onerror=alert(1)&gt;</code> and <code>b</code> but not `this", output.ToString());

        // A preview cut inside a quoted id drops the id's opening backtick.
        using var preview = new StringWriter();
        HtmlText.WriteMessage(preview, "`a` is 400 but `a-very-long-claim-identifier` says 500", preview: 30);
        Assert.Equal("<code>a</code> is 400 but a-very-long-cl…", preview.ToString());
    }

    [Fact]
    public void Page_IsSelfContained_AndAllowsOnlyItsOwnScriptAndStyleByHash()
    {
        var html = Html(Demo());
        Assert.DoesNotMatch("(src|href)=\"(https?:)?//[^\"]*\\.(js|css|woff2?)", html);
        Assert.DoesNotContain("<link", html, StringComparison.Ordinal);
        var csp = Regex.Match(html, "<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]+)\">").Groups[1].Value;
        Assert.StartsWith("default-src 'none';", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        var script = Regex.Match(html, "<script>(.*?)</script>", RegexOptions.Singleline).Groups[1].Value;
        var style = Regex.Match(html, "<style>(.*?)</style>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Contains($"script-src 'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(script)))}'", csp, StringComparison.Ordinal);
        Assert.Contains($"style-src 'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(style)))}'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain(" style=\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ShuffledClaimsAndSources_GiveByteIdenticalPages()
    {
        foreach (var set in new[] { Demo(), new ClaimSetLoader().LoadFiles([Repository.TestData("every-kind.json")]).GetClaimSetOrThrow() })
        {
            var expected = Html(set);
            for (var seed = 1; seed <= 10; seed++)
            {
                var random = new Random(seed);
                Assert.Equal(expected, Html(new ClaimSet(set.Sources.OrderBy(_ => random.Next()), set.Claims.OrderBy(_ => random.Next()), set.Vocabulary)));
            }
        }
    }

    [Fact]
    public void HostileClaimFile_IsShownAsText_NeverAsMarkup()
    {
        var html = Html(new ClaimSetLoader().LoadFiles([Repository.TestData("hostile-report.json")]).GetClaimSetOrThrow());

        // Exactly one script element (the page's own), and no element or attribute from the file.
        Assert.Equal(1, Regex.Count(html, "<script"));
        Assert.DoesNotMatch("<(img|svg|b) [^>]*on(error|load|mouseover)", html);
        Assert.DoesNotContain("\u202E", html, StringComparison.Ordinal);
        Assert.Contains("\\u202e", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;document.documentElement.className=&#39;pwned&#39;&lt;/script&gt;", html, StringComparison.Ordinal);

        // Every attribute value stays in its quotes: no quote from the file is left unescaped inside a tag.
        foreach (Match tag in Regex.Matches(html, "<[a-z]+( [a-z-]+=\"[^\"]*\")*\\s*/?>"))
        {
            Assert.DoesNotContain("pwned'\"", tag.Value, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Consensus_ShowsWhereBodiesDisagree_AndTheirTrackRecords_LeastTrustedFirst()
    {
        // Two bodies give about 11,000 for the same day, a third (with a name that is markup) 50,000; a fourth subject
        // is given by one body only, so it is no disagreement.
        var set = new ClaimSetLoader().LoadJson("""
            { "format": "contradictions/claim-set@1",
              "vocabulary": { "properties": { "troops": { "type": "quantity", "dimension": "count" } } },
              "sources": [
                { "id": "a", "title": "A", "publisher": "Wire", "published": "2025-03-10" },
                { "id": "b", "title": "B", "publisher": "Times", "published": "2025-03-11" },
                { "id": "c", "title": "C", "publisher": "<b onmouseover=x>Herald", "published": "2025-03-12" } ],
              "claims": [
                { "id": "c1", "source": "a", "subject": "x", "property": "troops", "value": "11,000", "time": "2025-03-01" },
                { "id": "c2", "source": "b", "subject": "x", "property": "troops", "value": "about 11,000", "time": "2025-03-01" },
                { "id": "c3", "source": "c", "subject": "x", "property": "troops", "value": "50,000", "time": "2025-03-01" },
                { "id": "c4", "source": "a", "subject": "y", "property": "troops", "value": "300", "time": "2025-03-01" } ] }
            """).GetClaimSetOrThrow();
        var report = ContradictionChecker.CreateDefault().Check(set);
        var html = Html(report.WithConsensus(new Contradictions.Consensus.ConsensusEstimator().Estimate(set)));

        var section = Regex.Match(html, "<section id=\"consensus\">(.*?)</section>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Contains("2 subject · property · time items; 1 item where bodies disagree", section, StringComparison.Ordinal);
        var row = Assert.Single(Regex.Matches(section, "<tr><td>x · troops</td>.*?</tr>").Select(m => m.Value));
        Assert.Contains("<td>11000</td>", row, StringComparison.Ordinal);
        Assert.Matches("<td><code>c1</code>, <code>c2</code></td><td><code>c3</code></td></tr>$", row);
        Assert.DoesNotContain("y · troops", section, StringComparison.Ordinal);

        // Bodies by trust, the outlier's first, its name as text.
        var bodies = Regex.Matches(section, "<tr><td>([^<]*)</td><td><meter").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal("&lt;b onmouseover=x&gt;Herald", bodies[0]);
        Assert.Equal(["Times", "Wire"], bodies.Skip(1).Order(StringComparer.Ordinal));
        Assert.DoesNotContain("<b onmouseover", html, StringComparison.Ordinal);

        // Linked from the header; without a consensus, no section and no link.
        Assert.Contains("<a href=\"#consensus\">Best-supported values</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("consensus\"", Html(report), StringComparison.Ordinal);
    }

    [Fact]
    public void Consensus_LongLists_AreCutAtTheLimit_WithACountOfTheRest()
    {
        var claims = new System.Text.StringBuilder();
        for (var i = 0; i < 5; i++)
        {
            claims.Append(System.Globalization.CultureInfo.InvariantCulture, $$"""
                { "id": "a{{i}}", "source": "a", "subject": "s{{i}}", "property": "troops", "value": "100", "time": "2025-03-01" },
                { "id": "b{{i}}", "source": "b", "subject": "s{{i}}", "property": "troops", "value": "100", "time": "2025-03-01" },
                { "id": "c{{i}}", "source": "c", "subject": "s{{i}}", "property": "troops", "value": "900", "time": "2025-03-01" },
                """);
        }

        var set = new ClaimSetLoader().LoadJson($$"""
            { "format": "contradictions/claim-set@1",
              "vocabulary": { "properties": { "troops": { "type": "quantity", "dimension": "count" } } },
              "sources": [ { "id": "a", "title": "A", "published": "2025-03-10" }, { "id": "b", "title": "B", "published": "2025-03-10" },
                           { "id": "c", "title": "C", "published": "2025-03-10" } ],
              "claims": [ {{claims.ToString().TrimEnd().TrimEnd(',')}} ] }
            """).GetClaimSetOrThrow();
        var report = ContradictionChecker.CreateDefault().Check(set).WithConsensus(new Contradictions.Consensus.ConsensusEstimator().Estimate(set));
        var html = Html(report, new HtmlReportWriter { MaxConsensusRows = 2 });

        Assert.Equal(2, Regex.Count(html, "<tr><td>s[0-9] · troops</td>"));
        Assert.Contains("3 more items are in the JSON report", html, StringComparison.Ordinal);
        Assert.Contains("1 more body is in the JSON report", html, StringComparison.Ordinal);
    }

    [Fact]
    public void OnlyHttpUrls_BecomeLinks_AndLongStringsAreCut()
    {
        var published = PartialDate.FromDate(new LocalDate(2025, 3, 1));
        var evil = new Source("evil", new string('T', 100_000), published) { Url = new Uri("javascript:alert(document.domain)") };
        var good = new Source("good", "Good", published) { Url = new Uri("https://example.org/good") };
        var troops = new PropertyDefinition("troops", ValueKind.Quantity) { Dimension = Dimension.Count };
        Claim Claim(string id, Source source, decimal amount) =>
            new(id, source, "x", "troops", new QuantityValue(Quantity.From(amount, Qualifier.Exact, UnitCatalog.Item)), Validity.On(new LocalDate(2025, 3, 1))) { Quote = new string('q', 100_000) };
        var set = new ClaimSet([evil, good], [Claim("a", evil, 400), Claim("b", good, 2_000)], PropertyVocabulary.Empty.With(troops));

        var html = Html(set);
        Assert.DoesNotContain("href=\"javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("javascript:alert(document.domain), not linked", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://example.org/good\" rel=\"noopener noreferrer nofollow\"", html, StringComparison.Ordinal);
        Assert.Contains("(100,000 characters)", html, StringComparison.Ordinal);
        Assert.True(html.Length < 60_000, $"The page is {html.Length:N0} characters: long strings were not cut.");
    }

    [Fact]
    public void DatesAtTheEdgesOfTheCalendar_AreDrawnWithoutFailing()
    {
        var published = PartialDate.FromDate(new LocalDate(9999, 12, 1));
        var source = new Source("s", "S", published);
        var holder = new PropertyDefinition("holder", ValueKind.Entity) { OneValueAtATime = true };
        var first = new Claim("a", source, "x", "holder", new EntityValue("ann"), Validity.Until(new LocalDate(1, 1, 3)));
        var last = new Claim("b", source, "x", "holder", new EntityValue("bo"), Validity.From(new LocalDate(9999, 12, 31)));
        var both = new Claim("c", source, "x", "holder", new EntityValue("cy"), Validity.Throughout(new DateInterval(new LocalDate(1, 1, 1), new LocalDate(9999, 12, 31))));
        var report = ContradictionChecker.CreateDefault().Check(new ClaimSet([source], [first, last, both], PropertyVocabulary.Empty.With(holder)));
        Assert.NotEmpty(report.Diagnostics);
        Assert.Contains("<svg class=\"timeline\"", Html(report), StringComparison.Ordinal);
    }

    [Fact]
    public void AtScale_OnlyGroupsWithFindingsAreDrawn_AndTheRestCounted()
    {
        var set = Contradictions.Generation.ClaimSetGenerator.Generate(new Contradictions.Generation.GeneratorSettings { Claims = 10_000, Seed = 3 }).ClaimSet;
        var report = ContradictionChecker.CreateDefault().Check(set);
        var html = Html(report);
        var groupsWithFindings = report.Diagnostics.Select(d => (d.Subject, d.Property)).Distinct().Count();
        Assert.Equal(groupsWithFindings, Regex.Count(html, "<section class=\"group\""));
        Assert.Matches("<p class=\"muted\" id=\"not-drawn\">[0-9,]+ other subject · property groups", html);
        var perFinding = (double)Encoding.UTF8.GetByteCount(html) / Math.Max(1, report.Diagnostics.Length);
        // About 5.2 KB at 10⁴ generated claims (each finding's group drawn with all its claims): a few MB per thousand findings.
        Assert.True(perFinding < 6_000, $"{perFinding:N0} bytes per finding: the page should stay a few MB per thousand findings.");
    }
}
