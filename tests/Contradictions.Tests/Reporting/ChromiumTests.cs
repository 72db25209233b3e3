using System.Diagnostics;
using System.Text.RegularExpressions;
using Contradictions.Checking;
using Contradictions.Serialization;

namespace Contradictions.Tests.Reporting;

/// <summary>
/// The HTML report in a real browser: headless Chromium from the distribution's packages (<c>.ci/run</c> installs it).
/// Skipped, saying why, only where no Chromium can be found.
/// </summary>
public sealed class ChromiumTests
{
    [ChromiumFact]
    public void DemoReport_LoadsWithoutConsoleErrors_ShowsEveryFinding_AndRunsItsScript()
    {
        var page = Write(HtmlReportWriterTests.Html(HtmlReportWriterTests.Demo()));
        var (dom, log) = Chromium.Run("--dump-dom", page);
        File.Delete(page);

        Assert.Matches("<html[^>]*data-ready=\"1\"", dom);
        Assert.Equal(5, Regex.Count(dom, "<li class=\"diag sev-error\""));
        Assert.Equal(2, Regex.Count(dom, "<li class=\"diag sev-info\""));
        Assert.Contains("7 of 7 shown", dom, StringComparison.Ordinal);
        var problems = log.Split('\n').Where(l => l.Contains("CONSOLE", StringComparison.Ordinal) || l.Contains("Content Security Policy", StringComparison.Ordinal)).ToList();
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [ChromiumFact]
    public void DemoReport_CanBeScreenshot()
    {
        var page = Write(HtmlReportWriterTests.Html(HtmlReportWriterTests.Demo()));
        var png = Path.Combine(Path.GetTempPath(), $"contradictions-demo-{Environment.ProcessId}.png");
        Chromium.Run($"--screenshot={png}", page, "--window-size=1280,1600");
        var bytes = File.ReadAllBytes(png);
        Assert.True(bytes.Length > 10_000, $"The screenshot is {bytes.Length} bytes.");
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        File.Delete(png);
        File.Delete(page);
    }

    [ChromiumFact]
    public void HostileReport_RunsNoScriptFromTheClaimFile()
    {
        var set = new ClaimSetLoader().LoadFiles([Repository.TestData("hostile-report.json")]).GetClaimSetOrThrow();
        var page = Write(HtmlReportWriterTests.Html(ContradictionChecker.CreateDefault().Check(set)));
        var (dom, _) = Chromium.Run("--dump-dom", page);
        File.Delete(page);

        // The page's own script ran; nothing from the file did (it would set the class "pwned" on the root element).
        Assert.Matches("<html[^>]*data-ready=\"1\"", dom);
        Assert.DoesNotMatch("<html[^>]*class=\"pwned\"", dom);
    }

    private static string Write(string html)
    {
        var path = Path.Combine(Path.GetTempPath(), $"contradictions-{Guid.NewGuid():N}.html");
        File.WriteAllText(path, html);
        return path;
    }
}

/// <summary>A fact that is skipped, with the reason, where no Chromium is installed.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Chromium.Executable is null)
        {
            Skip = "Chromium is not installed (apt-get install chromium; .ci/run does): the HTML report is not tried in a browser.";
        }
    }
}

/// <summary>Runs headless Chromium on a local page.</summary>
internal static class Chromium
{
    public static string? Executable { get; } = Find();

    public static (string Output, string Log) Run(string action, string page, string? extra = null)
    {
        var start = new ProcessStartInfo(Executable!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--enable-logging=stderr", "--v=0", "--virtual-time-budget=3000", action })
        {
            start.ArgumentList.Add(argument);
        }

        if (extra is not null)
        {
            start.ArgumentList.Add(extra);
        }

        start.ArgumentList.Add(new Uri(page).AbsoluteUri);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromSeconds(90)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("Chromium did not finish within 90 s.");
        }

        return (output, error.Result);
    }

    private static string? Find()
    {
        var candidates = new[] { Environment.GetEnvironmentVariable("CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" };
        return candidates.FirstOrDefault(c => !string.IsNullOrEmpty(c) && File.Exists(c));
    }
}
