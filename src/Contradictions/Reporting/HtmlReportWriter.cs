using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Contradictions.Checking;
using Contradictions.Claims;
using Contradictions.Diagnostics;
using Contradictions.Quantities;

namespace Contradictions.Reporting;

/// <summary>
/// Writes a report to look at: one self-contained HTML page (inline CSS, script and SVG; nothing fetched from any
/// network) with the findings listed by severity — filtered by severity, kind, subject and source, and searched — and,
/// for each subject · property with findings, a timeline of its claims and a table of them with their quotes, sources
/// and resolved times. The format is described in <c>docs/report-format.md</c>.
/// </summary>
/// <remarks>
/// <para>
/// Everything from a claim file is escaped; only http(s) URLs become links; a Content-Security-Policy allows no script
/// or style but the page's own, by hash, so text that got past escaping still could not run. The same report gives the
/// same bytes.
/// </para>
/// <para>
/// At scale only the subject · property groups with findings are drawn, each with at most <see cref="MaxClaimsPerTimeline"/>
/// claims (those of its findings first); the page says how many groups and claims it leaves out.
/// </para>
/// </remarks>
public sealed class HtmlReportWriter : IReportWriter
{
    private const string Style = """
        :root{color-scheme:light dark;--bg:#fff;--fg:#1b1b1f;--muted:#5d5d6b;--line:#d5d5dd;--panel:#f5f5f8;--error:#c62828;--warning:#b26a00;--info:#1565c0;--none:#6b7280}
        @media (prefers-color-scheme:dark){:root{--bg:#141418;--fg:#ececf1;--muted:#a3a3b2;--line:#3a3a44;--panel:#1f1f26;--error:#ef6b6b;--warning:#f0b04a;--info:#6aa8f0;--none:#9ca3af}}
        *{box-sizing:border-box}body{margin:0 auto;max-width:72rem;padding:1rem 1.25rem 3rem;background:var(--bg);color:var(--fg);font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif}
        h1{font-size:1.5rem;margin:.2rem 0}h2{font-size:1.2rem;margin:2rem 0 .4rem;border-bottom:1px solid var(--line);padding-bottom:.2rem}h3{font-size:1.05rem;margin:1.6rem 0 .3rem}
        .summary{color:var(--muted)}.count-error{color:var(--error);font-weight:600}.count-warning{color:var(--warning);font-weight:600}.count-info{color:var(--info);font-weight:600}
        .filters{display:flex;flex-wrap:wrap;gap:.5rem;align-items:end;background:var(--panel);padding:.6rem;border-radius:6px;margin:.8rem 0}
        .filters label{display:flex;flex-direction:column;font-size:.8rem;color:var(--muted)}.filters select,.filters input{font:inherit;padding:.2rem;max-width:16rem}
        ol.diagnostics{list-style:none;padding:0;margin:0}.diag{border-left:4px solid var(--none);padding:.35rem .6rem;margin:.35rem 0;background:var(--panel);border-radius:0 6px 6px 0}
        .diag.sev-error{border-color:var(--error)}.diag.sev-warning{border-color:var(--warning)}.diag.sev-info{border-color:var(--info)}.diag[hidden]{display:none}
        .badge{font-size:.75rem;font-weight:700;text-transform:uppercase;margin-right:.4rem}.sev-error .badge{color:var(--error)}.sev-warning .badge{color:var(--warning)}.sev-info .badge{color:var(--info)}
        .diag a{color:inherit}.diag .message{display:block;margin-top:.15rem}code{font-size:.9em}
        svg.timeline{width:100%;height:auto;display:block;margin:.4rem 0;font:11px system-ui,sans-serif}
        .axis{stroke:var(--muted)}.tick{stroke:var(--line);stroke-dasharray:2 3}.grid{stroke:var(--line)}.tick-label{fill:var(--muted);text-anchor:middle}.value-label{fill:var(--muted);text-anchor:end}
        .claim .wide{fill:var(--none);fill-opacity:.12;stroke:none}.claim .main{fill:var(--none);fill-opacity:.55}.claim-label,.lane-label{fill:var(--fg)}
        .claim.sev-error .main{fill:var(--error);fill-opacity:.8}.claim.sev-error .wide{fill:var(--error)}.claim.sev-warning .main{fill:var(--warning);fill-opacity:.8}.claim.sev-warning .wide{fill:var(--warning)}
        .claim.sev-info .main{fill:var(--info);fill-opacity:.7}.claim.sev-info .wide{fill:var(--info)}.claim.negated .main{fill-opacity:.15;stroke:var(--fg);stroke-dasharray:3 2}
        .growth{fill:none;stroke:var(--info);stroke-width:2;stroke-dasharray:6 3}
        .group-findings{margin:.2rem 0 .5rem 1rem;padding:0}.group-findings li{margin:.2rem 0}
        table{border-collapse:collapse;width:100%;font-size:.85rem;margin:.4rem 0}th,td{border-top:1px solid var(--line);padding:.3rem .4rem;text-align:left;vertical-align:top}th{color:var(--muted);font-weight:600}
        td.sev-error{border-left:3px solid var(--error)}td.sev-warning{border-left:3px solid var(--warning)}td.sev-info{border-left:3px solid var(--info)}
        .quote{font-style:italic}.muted{color:var(--muted)}a{color:var(--info)}:focus-visible{outline:2px solid var(--info);outline-offset:2px}
        meter{width:5rem;vertical-align:middle}nav.sections{font-size:.9rem;color:var(--muted)}
        @media print{.filters{display:none}body{max-width:none}section.group{break-inside:avoid}}
        """;

    private const string Script = """
        (function(){
          var d=document,items=[].slice.call(d.querySelectorAll('li.diag')),f=function(id){return d.getElementById(id)};
          var sev=f('f-severity'),kind=f('f-kind'),subject=f('f-subject'),source=f('f-source'),q=f('f-search'),shown=f('f-shown');
          function apply(){var n=0,text=q.value.toLowerCase();items.forEach(function(li){var ok=(!sev.value||li.dataset.severity===sev.value)&&(!kind.value||li.dataset.kind===kind.value)&&(!subject.value||li.dataset.subject===subject.value)&&(!source.value||(' '+li.dataset.sources+' ').indexOf(' '+source.value+' ')>=0)&&(!text||li.textContent.toLowerCase().indexOf(text)>=0);li.hidden=!ok;if(ok)n++});shown.textContent=n+' of '+items.length+' shown'}
          [sev,kind,subject,source].forEach(function(e){e.addEventListener('change',apply)});q.addEventListener('input',apply);apply();
          d.documentElement.setAttribute('data-ready','1');
        })();
        """;

    // The page allows its own style and script only, by their hashes: no other script runs, not even inline.
    private static readonly string ContentSecurityPolicy =
        $"default-src 'none'; style-src '{Hash(Style)}'; script-src '{Hash(Script)}'; img-src data:; base-uri 'none'; form-action 'none'";

    private const int ListedMessageLength = 160;

    /// <summary>Gets the most claims drawn in one timeline; the claims of its findings come first. Default 200.</summary>
    public int MaxClaimsPerTimeline { get; init; } = 200;

    /// <summary>
    /// Gets the most rows of each consensus table (items where bodies disagree; bodies by trust) when the report carries
    /// a consensus; the page counts the rest. Default 200.
    /// </summary>
    public int MaxConsensusRows { get; init; } = 200;

    /// <summary>Gets the tolerance the amounts are drawn with; use the one the check ran with. Default: the default policy.</summary>
    public TolerancePolicy Tolerance { get; init; } = new();

    /// <inheritdoc />
    public void Write(ContradictionReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var set = report.ClaimSet;
        var groups = Groups(report);

        output.WriteLine("<!DOCTYPE html>");
        output.WriteLine("<html lang=\"en\">");
        output.WriteLine("<head>");
        output.WriteLine("<meta charset=\"utf-8\">");
        output.WriteLine($"<meta http-equiv=\"Content-Security-Policy\" content=\"{ContentSecurityPolicy}\">");
        output.WriteLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        output.WriteLine("<title>Contradictions report</title>");
        output.WriteLine($"<style>{Style}</style>");
        output.WriteLine("</head>");
        output.WriteLine("<body>");
        output.WriteLine("<header>");
        output.WriteLine("<h1>Contradictions report</h1>");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"<p class=\"summary\">{Count(set.Claims.Length, "claim")} from {Count(set.Sources.Length, "source")} checked: <span class=\"count-error\" id=\"count-errors\">{Count(report.Errors, "error")}</span>, <span class=\"count-warning\" id=\"count-warnings\">{Count(report.Warnings, "warning")}</span>, <span class=\"count-info\" id=\"count-infos\">{report.Infos} reconciled</span>{(report.SeparateProblems < report.Errors + report.Warnings ? $"; the contradictions come down to {Count(report.SeparateProblems, "separate problem")}" : string.Empty)}.</p>"));
        if (!report.LoadProblems.IsEmpty)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"<p class=\"summary\">{Count(report.LoadProblems.Length, "claim")} could not be loaded and were left out (listed at the end).</p>"));
        }

        // The page is long at scale: its sections, one link each.
        output.Write("<nav class=\"sections\" aria-label=\"Sections\"><a href=\"#findings\">Findings</a> · <a href=\"#timelines\">Timelines</a>");
        output.Write(report.Consensus is null ? string.Empty : " · <a href=\"#consensus\">Best-supported values</a>");
        output.WriteLine(report.LoadProblems.IsEmpty ? "</nav>" : " · <a href=\"#load-problems\">Claims not loaded</a></nav>");
        output.WriteLine("</header>");
        WriteFindings(output, report, groups);
        WriteGroups(output, report, groups);
        if (report.Consensus is { } consensus)
        {
            HtmlConsensus.Write(output, consensus, MaxConsensusRows);
        }

        output.WriteLine("</main>");
        WriteLoadProblems(output, report);
        output.WriteLine($"<script>{Script}</script>");
        output.WriteLine("</body>");
        output.WriteLine("</html>");
    }

    /// <summary>The subject · property groups with findings, in ordinal order, each with its findings in report order.</summary>
    private static List<(string Subject, string Property, string Anchor, List<Diagnostic> Findings)> Groups(ContradictionReport report)
    {
        var groups = report.Diagnostics
            .GroupBy(d => (d.Subject, d.Property))
            .OrderBy(g => g.Key.Subject, StringComparer.Ordinal).ThenBy(g => g.Key.Property, StringComparer.Ordinal)
            .Select((g, i) => (g.Key.Subject, g.Key.Property, string.Create(CultureInfo.InvariantCulture, $"t{i + 1}"), g.ToList()))
            .ToList();
        return groups;
    }

    private static void WriteFindings(TextWriter output, ContradictionReport report, List<(string Subject, string Property, string Anchor, List<Diagnostic> Findings)> groups)
    {
        var anchors = groups.ToDictionary(g => (g.Subject, g.Property), g => g.Anchor);
        output.WriteLine("<main>");
        output.WriteLine("<h2 id=\"findings\">Findings</h2>");
        output.WriteLine("<form class=\"filters\" role=\"search\" aria-label=\"Filter the findings\">");
        Select(output, "f-severity", "Severity", ["error", "warning", "info"]);
        Select(output, "f-kind", "Kind", report.Diagnostics.Select(d => d.Kind).Distinct().Order(StringComparer.Ordinal));
        Select(output, "f-subject", "Subject", report.Diagnostics.Select(d => d.Subject).Distinct().Order(StringComparer.Ordinal));
        Select(output, "f-source", "Source", report.Diagnostics.SelectMany(d => d.Claims).Select(c => c.Source.Id).Distinct().Order(StringComparer.Ordinal));
        output.WriteLine("<label>Search<input id=\"f-search\" type=\"search\" autocomplete=\"off\"></label>");
        output.WriteLine("<output id=\"f-shown\" class=\"muted\" aria-live=\"polite\"></output>");
        output.WriteLine("</form>");
        if (report.Diagnostics.IsEmpty)
        {
            output.WriteLine("<p>No contradictions found.</p>");
        }

        output.WriteLine("<ol class=\"diagnostics\">");
        foreach (var diagnostic in report.Diagnostics)
        {
            var severity = diagnostic.Severity.ToString().ToLowerInvariant();
            output.Write($"<li class=\"diag sev-{severity}\" data-severity=\"{severity}\" data-kind=\"");
            HtmlText.Write(output, diagnostic.Kind);
            output.Write("\" data-subject=\"");
            HtmlText.Write(output, diagnostic.Subject);
            output.Write("\" data-sources=\"");
            HtmlText.Write(output, string.Join(' ', diagnostic.Claims.Select(c => c.Source.Id).Distinct().Order(StringComparer.Ordinal)));
            output.Write($"\"><span class=\"badge\">{severity}</span><a href=\"#{anchors[(diagnostic.Subject, diagnostic.Property)]}\"><code>");
            HtmlText.Write(output, $"{diagnostic.Code} {diagnostic.Kind}");
            output.Write("</code> ");
            HtmlText.Write(output, $"{diagnostic.Subject} · {diagnostic.Property}");
            output.Write("</a><span class=\"message\">");

            // The start of the message here, the whole of it beside the timeline it links to.
            HtmlText.WriteMessage(output, diagnostic.Message, preview: ListedMessageLength);
            output.WriteLine("</span></li>");
        }

        output.WriteLine("</ol>");
    }

    private void WriteGroups(TextWriter output, ContradictionReport report, List<(string Subject, string Property, string Anchor, List<Diagnostic> Findings)> groups)
    {
        var set = report.ClaimSet;
        var wanted = groups.Select(g => (g.Subject, g.Property)).ToHashSet();
        var claimsOf = new Dictionary<(string, string), List<Claim>>();
        var otherGroups = new HashSet<(string, string)>();
        var otherClaims = 0;
        foreach (var claim in set.Claims)
        {
            var key = (claim.Subject, claim.Property);
            if (!wanted.Contains(key))
            {
                otherGroups.Add(key);
                otherClaims++;
                continue;
            }

            if (!claimsOf.TryGetValue(key, out var list))
            {
                claimsOf[key] = list = [];
            }

            list.Add(claim);
        }

        output.WriteLine("<h2 id=\"timelines\">Timelines</h2>");
        output.WriteLine("<p class=\"muted\">Each claim is drawn over the time it holds for; a quantity also over the numbers it allows. Solid: the default reading; faint: the widest honest reading. Red, amber and blue mark the claims of errors, warnings and reconciliations; a dashed line is growth that reconciles figures.</p>");
        if (otherGroups.Count > 0)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"<p class=\"muted\" id=\"not-drawn\">{otherGroups.Count:N0} other subject · property groups ({Count(otherClaims, "claim")}) have no findings and are not drawn.</p>"));
        }

        foreach (var (subject, property, anchor, findings) in groups)
        {
            set.Vocabulary.TryGetProperty(property, out var definition);
            var marked = new Dictionary<string, DiagnosticSeverity>(StringComparer.Ordinal);
            foreach (var finding in findings)
            {
                foreach (var claim in finding.Claims)
                {
                    marked[claim.Id] = marked.TryGetValue(claim.Id, out var seen) && seen > finding.Severity ? seen : finding.Severity;
                }
            }

            var all = claimsOf.TryGetValue((subject, property), out var found) ? found : [];
            var drawn = all.OrderBy(c => marked.ContainsKey(c.Id) ? 0 : 1).ThenBy(c => c.Id, StringComparer.Ordinal).Take(MaxClaimsPerTimeline)
                .OrderBy(c => c.Id, StringComparer.Ordinal).ToList();

            output.Write($"<section class=\"group\" id=\"{anchor}\" data-subject=\"");
            HtmlText.Write(output, subject);
            output.Write("\"><h3>");
            HtmlText.Write(output, $"{subject} · {property}");
            output.WriteLine("</h3>");
            output.WriteLine("<ul class=\"group-findings\">");
            foreach (var finding in findings)
            {
                output.Write($"<li class=\"sev-{finding.Severity.ToString().ToLowerInvariant()}\"><span class=\"badge\">{finding.Severity.ToString().ToLowerInvariant()}</span><code>");
                HtmlText.Write(output, $"{finding.Code} {finding.Kind}");
                output.Write("</code> ");
                HtmlText.WriteMessage(output, finding.Message, 2_000);
                output.WriteLine("</li>");
            }

            output.WriteLine("</ul>");
            var growth = findings.Where(f => f.Kind == DiagnosticDescriptors.ReconciledByTime.Kind).ToList();
            new HtmlTimeline(definition, drawn, marked, growth, Tolerance).Write(output, $"Timeline of {subject} {property}");
            if (all.Count > drawn.Count)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"<p class=\"muted\">{drawn.Count:N0} of {all.Count:N0} claims drawn and listed: those of the findings first.</p>"));
            }

            WriteClaimTable(output, drawn, marked);
            output.WriteLine("<p><a href=\"#findings\">Back to the findings</a></p>");
            output.WriteLine("</section>");
        }
    }

    private static void WriteClaimTable(TextWriter output, List<Claim> claims, Dictionary<string, DiagnosticSeverity> marked)
    {
        output.WriteLine("<table><thead><tr><th scope=\"col\">Claim</th><th scope=\"col\">Value</th><th scope=\"col\">Holds</th><th scope=\"col\">Source</th><th scope=\"col\">Quote</th></tr></thead><tbody>");
        foreach (var claim in claims)
        {
            var severity = marked.TryGetValue(claim.Id, out var s) ? s.ToString().ToLowerInvariant() : "none";
            output.Write($"<tr><td class=\"sev-{severity}\"><code>");
            HtmlText.Write(output, claim.Id);
            output.Write("</code>");
            if (claim.Draft is { } draft)
            {
                // A drafter's proposal nobody has reviewed: the reader should know before trusting the finding.
                output.Write("<br><span class=\"muted\">draft (");
                HtmlText.Write(output, string.Create(CultureInfo.InvariantCulture, $"{draft.Drafter}, {draft.Confidence:0.##}"));
                output.Write(")</span>");
            }

            output.Write("</td><td>");
            if (claim.Negated)
            {
                output.Write("not ");
            }

            HtmlText.Write(output, claim.ValueText ?? claim.Value.ToString());
            if (claim.Value is DateValue date)
            {
                output.Write(" <span class=\"muted\">(");
                HtmlText.Write(output, Readings(date.Time));
                output.Write(")</span>");
            }

            output.Write("</td><td>");
            HtmlText.Write(output, ClaimPhrases.When(claim));
            if (claim.Validity.Time.Widest != claim.Validity.Time.Reading)
            {
                output.Write(" <span class=\"muted\">");
                HtmlText.Write(output, Readings(claim.Validity.Time));
                output.Write("</span>");
            }

            output.Write("</td><td>");
            var source = claim.Source;
            if (HtmlText.SafeLink(source.Url) is { } link)
            {
                output.Write("<a href=\"");
                HtmlText.Write(output, link, 2_000);
                output.Write("\" rel=\"noopener noreferrer nofollow\">");
                HtmlText.Write(output, source.Title, 120);
                output.Write("</a>");
            }
            else
            {
                HtmlText.Write(output, source.Title, 120);
                if (source.Url is { } url)
                {
                    output.Write(" <span class=\"muted\">(");
                    HtmlText.Write(output, url.OriginalString, 120);
                    output.Write(", not linked)</span>");
                }
            }

            output.Write("<br><span class=\"muted\">");
            HtmlText.Write(output, $"{source.Publisher ?? "no publisher"}, {source.PublicationText}");
            output.Write("</span>");
            if (claim.Origin is { } origin)
            {
                output.Write("<br>citing ");
                HtmlText.Write(output, origin);
            }

            output.Write("</td><td class=\"quote\">");
            HtmlText.Write(output, claim.Quote);
            output.WriteLine("</td></tr>");
        }

        output.WriteLine("</tbody></table>");
    }

    private static void WriteLoadProblems(TextWriter output, ContradictionReport report)
    {
        if (report.LoadProblems.IsEmpty)
        {
            return;
        }

        output.WriteLine("<h2 id=\"load-problems\">Claims not loaded</h2><ul>");
        foreach (var problem in report.LoadProblems)
        {
            output.Write("<li>");
            HtmlText.Write(output, problem.ToString(), 2_000);
            output.WriteLine("</li>");
        }

        output.WriteLine("</ul>");
    }

    private static string Readings(Time.ResolvedTime time) =>
        time.Widest == time.Reading ? time.Reading.ToString() : $"{time.Reading}; at widest {time.Widest}{(time.Narrowest is { } n ? $"; surely {n}" : "; no day certain")}";

    private static void Select(TextWriter output, string id, string label, IEnumerable<string> values)
    {
        output.Write($"<label>{label}<select id=\"{id}\"><option value=\"\">all</option>");
        foreach (var value in values)
        {
            output.Write("<option value=\"");
            HtmlText.Write(output, value);
            output.Write("\">");
            HtmlText.Write(output, value, 60);
            output.Write("</option>");
        }

        output.WriteLine("</select></label>");
    }

    private static string Count(int count, string noun) => ClaimPhrases.Count(count, noun);

    private static string Hash(string inline) => $"sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(inline)))}";
}
