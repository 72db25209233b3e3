using System.Diagnostics;
using System.Globalization;
using Contradictions.Checking;
using Contradictions.Serialization;

namespace Contradictions.Cli;

/// <summary>
/// Progress of a long run on one line of standard error, redrawn in place at most ten times a second: bytes read,
/// claims loaded, the rate and the time left; then the groups checked and the rules done. Only on a terminal: nothing when standard error is redirected, under
/// <c>CI</c>, <c>NO_COLOR</c> or <c>TERM=dumb</c>, or with <c>--quiet</c> (<see cref="Wanted"/>). Reports may come
/// from several threads.
/// </summary>
internal sealed class ProgressLine(TextWriter error) : IProgress<LoadProgress>, IProgress<CheckProgress>
{
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly Lock gate = new();
    private long lastDrawn = -1;
    private int width;

    public static bool Wanted(bool quiet) =>
        !quiet && !Console.IsErrorRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"))
        && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")) && Environment.GetEnvironmentVariable("TERM") != "dumb";

    public void Report(LoadProgress value)
    {
        lock (gate)
        {
            var now = clock.ElapsedMilliseconds;
            if (lastDrawn >= 0 && now - lastDrawn < 100 && value.ClaimsLoaded < value.TotalClaims)
            {
                return;
            }

            lastDrawn = now;
            var seconds = Math.Max(clock.Elapsed.TotalSeconds, 0.001);
            var rate = value.ClaimsLoaded / seconds;
            var left = value.TotalClaims > 0 && rate > 0 ? (value.TotalClaims - value.ClaimsLoaded) / rate : double.NaN;
            Draw(string.Create(CultureInfo.InvariantCulture, $"loading: {value.BytesRead / 1048576.0:N1} MiB read, {value.ClaimsLoaded:N0} of {value.TotalClaims:N0} claims, {rate:N0} claims/s{(double.IsNaN(left) ? string.Empty : $", {left:N1} s left")}"));
        }
    }

    public void Report(CheckProgress value)
    {
        lock (gate)
        {
            Draw(string.Create(CultureInfo.InvariantCulture, $"checking {value.Groups:N0} groups: {value.RulesDone} of {value.TotalRules} rules done, {value.Findings:N0} findings"));
        }
    }

    /// <summary>Says what runs now, when it reports nothing on its way.</summary>
    public void Stage(string text)
    {
        lock (gate)
        {
            Draw(text);
        }
    }

    /// <summary>Clears the line, so that what follows starts on a clean one.</summary>
    public void Clear()
    {
        lock (gate)
        {
            Draw(string.Empty);
            error.Write('\r');
        }
    }

    private void Draw(string text)
    {
        error.Write('\r');
        error.Write(text.PadRight(width));
        width = text.Length;
    }
}
