using System.CommandLine;
using Contradictions.Checking;
using Contradictions.Diagnostics;
using Contradictions.Reporting;
using Contradictions.Serialization;
using Microsoft.Extensions.DependencyInjection;

namespace Contradictions.Cli.Commands;

/// <summary>
/// <c>contradictions check &lt;file-or-dir&gt;... [--format text|json|sarif|html] [--min-severity …] [--output file] [--skip-invalid] [--severity CODE=level]…</c>:
/// exit 0 when no error-severity diagnostic was found, 1 when one was, 2 for invalid input or usage.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(CliConsole console, IServiceProvider services)
    {
        var paths = new Argument<string[]>("paths") { Description = "Claim files, or directories of *.json claim files, or - for standard input; all are merged into one claim set.", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format", "-f") { Description = "Report format: text, json, sarif or html (one self-contained page with timelines; use with --output).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "sarif", "html");
        var minSeverity = new Option<string>("--min-severity") { Description = "Leave out diagnostics below this severity: info, warning or error.", DefaultValueFactory = _ => "info" };
        minSeverity.AcceptOnlyFromAmong("info", "warning", "error");
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Write the report to this file instead of standard output." };
        var skipInvalid = new Option<bool>("--skip-invalid") { Description = "Check the valid claims even when others are invalid; every skipped claim is listed with its reason." };
        var severity = new Option<string[]>("--severity")
        {
            Description = "Give a diagnostic code another severity, as .editorconfig does: CODE=off|info|warning|error (e.g. CX0010=off). Repeatable.",
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = false,
        };
        severity.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (ParseSeverity(token.Value) is null)
                {
                    result.AddError($"--severity '{token.Value}': expected CODE=off, CODE=info, CODE=warning or CODE=error, such as CX0010=off.");
                }
            }
        });
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Show no progress on standard error (it shows only on a terminal, and not under CI, NO_COLOR or TERM=dumb)." };
        var allInfos = new Option<bool>("--all-infos") { Description = "In the text report, write every reconciliation in full; by default the first 20 are, and the rest are summed up." };
        var consensus = new Option<bool>("--consensus") { Description = "Add the best-supported value where bodies disagree, and the bodies' and sources' trust (text, JSON, SARIF and HTML; the findings are the same)." };
        var command = new Command("check", "Check claim files for contradictions and print a report.") { paths, format, minSeverity, output, skipInvalid, severity, allInfos, consensus, quiet };
        command.SetAction(parsed => Run(
            console,
            services,
            parsed.GetValue(paths)!,
            parsed.GetValue(format)!,
            Enum.Parse<DiagnosticSeverity>(parsed.GetValue(minSeverity)!, ignoreCase: true),
            parsed.GetValue(output),
            parsed.GetValue(skipInvalid),
            parsed.GetValue(allInfos),
            parsed.GetValue(consensus),
            parsed.GetValue(quiet),
            [.. (parsed.GetValue(severity) ?? []).Select(s => ParseSeverity(s)!.Value)]));
        return command;
    }

    private static KeyValuePair<string, SeverityOverride>? ParseSeverity(string text)
    {
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            return null;
        }

        // By name only: Enum.TryParse would also take "1".
        var (code, level) = (text[..equals].Trim(), text[(equals + 1)..].Trim());
        return code.Length > 0 && level.Length > 0 && char.IsLetter(level[0]) && Enum.TryParse<SeverityOverride>(level, ignoreCase: true, out var setting)
            ? new(code, setting)
            : null;
    }

    private static int Run(CliConsole console, IServiceProvider services, string[] paths, string format, DiagnosticSeverity minimum, FileInfo? outputFile, bool skipInvalid, bool allInfos, bool consensus, bool quiet, KeyValuePair<string, SeverityOverride>[] severities)
    {
        // The checker copies the options when it is first resolved, which is below: settings made here reach it.
        var options = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<ContradictionOptions>>().Value;
        foreach (var (code, setting) in severities)
        {
            options.Diagnostics[code] = setting;
        }

        // Ctrl-C cancels the load and the check and leaves no report file behind: the report is written to a file
        // beside the output and renamed to it only once complete.
        using var cancel = new CancellationTokenSource();
        void OnCancel(object? sender, ConsoleCancelEventArgs e)
        {
            e.Cancel = true;
            cancel.Cancel();
        }

        Console.CancelKeyPress += OnCancel;
        var progress = ProgressLine.Wanted(quiet) ? new ProgressLine(console.Error) : null;
        try
        {
            return Run(console, services, paths, format, minimum, outputFile, skipInvalid, allInfos, consensus, progress, cancel.Token);
        }
        catch (OperationCanceledException)
        {
            progress?.Clear();
            console.Error.WriteLine("cancelled; no report was written.");
            return ExitCodes.Cancelled;
        }
        finally
        {
            Console.CancelKeyPress -= OnCancel;
        }
    }

    private static int Run(CliConsole console, IServiceProvider services, string[] paths, string format, DiagnosticSeverity minimum, FileInfo? outputFile, bool skipInvalid, bool allInfos, bool consensus, ProgressLine? progress, CancellationToken cancellationToken)
    {
        using var input = paths.Contains("-") ? console.OpenInput() : null;
        var loaded = services.GetRequiredService<ClaimSetLoader>().LoadFiles(paths, skipInvalid, input, progress, cancellationToken);
        progress?.Clear();
        ErrorPrinter.PrintSkippedFiles(loaded, console.Error);
        if (!loaded.Errors.IsEmpty)
        {
            ErrorPrinter.Print(loaded.Errors, console.Error);
        }

        if (loaded.ClaimSet is null)
        {
            return ExitCodes.InvalidInput;
        }

        if (!loaded.SkippedClaims.IsEmpty)
        {
            console.Error.WriteLine(Reporting.TerminalText.Safe($"skipped {loaded.SkippedClaims.Length} invalid claim(s): {string.Join(", ", loaded.SkippedClaims)}; checking the other {loaded.ClaimSet.Claims.Length}."));
        }

        progress?.Stage(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"checking {loaded.ClaimSet.Claims.Length:N0} claims…"));
        var checkedSet = services.GetRequiredService<ContradictionChecker>().Check(loaded.ClaimSet, progress, cancellationToken);
        progress?.Stage(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"writing {checkedSet.Diagnostics.Length:N0} findings…"));
        var report = checkedSet.WithLoadProblems(loaded.Errors).WithMinimumSeverity(minimum);
        if (consensus)
        {
            progress?.Stage("weighing the sources…");
            var options = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<ContradictionOptions>>().Value;
            report = report.WithConsensus(new Contradictions.Consensus.ConsensusEstimator(options).Estimate(loaded.ClaimSet, cancellationToken));
        }

        IReportWriter writer = format switch
        {
            "json" => new JsonReportWriter(),
            "sarif" => new SarifReportWriter(),
            "html" => new HtmlReportWriter { Tolerance = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<ContradictionOptions>>().Value.Tolerance },
            _ => new TextReportWriter { Colors = console.Colors && outputFile is null, MaxInfosInFull = allInfos ? int.MaxValue : 20 },
        };

        if (outputFile is null)
        {
            progress?.Clear();
            writer.Write(report, console.Output);
        }
        else
        {
            // A report that cannot be written is a usage problem (exit 2), said in one line: never a stack trace, and
            // never exit 1, which scripts read as "contradictions found".
            var partial = $"{outputFile.FullName}.{Environment.ProcessId}.partial";
            try
            {
                using (var file = new StreamWriter(partial, append: false, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
                {
                    writer.Write(report, file);
                }

                cancellationToken.ThrowIfCancellationRequested();
                File.Move(partial, outputFile.FullName, overwrite: true);
                progress?.Clear();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                progress?.Clear();
                console.Error.WriteLine($"error: cannot write the report to {outputFile.FullName}: {e.Message}");
                return ExitCodes.InvalidInput;
            }
            finally
            {
                if (File.Exists(partial))
                {
                    File.Delete(partial);
                }
            }

            console.Error.WriteLine($"wrote the {format} report to {outputFile.FullName}");
        }

        return report.HasErrors ? ExitCodes.ContradictionsFound : ExitCodes.Success;
    }
}
