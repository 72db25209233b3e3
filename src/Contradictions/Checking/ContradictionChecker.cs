using System.Collections.Immutable;
using Contradictions.Checking.Rules;
using Contradictions.Claims;
using Contradictions.Diagnostics;

namespace Contradictions.Checking;

/// <summary>
/// Checks a claim set with a list of rules and returns a <see cref="ContradictionReport"/>. Contradictions are data,
/// not exceptions. Immutable and safe to share between threads; the same claims in any order give the same report.
/// The rules of one check run in parallel (<see cref="ContradictionOptions.MaxDegreeOfParallelism"/>), so a rule must
/// not depend on another's side effects.
/// </summary>
public sealed class ContradictionChecker
{
    private readonly ContradictionOptions options;

    /// <summary>Creates a checker that runs <paramref name="rules"/> under <paramref name="options"/>.</summary>
    /// <exception cref="ArgumentException">The options are invalid; the message lists every problem.</exception>
    public ContradictionChecker(IEnumerable<IContradictionRule> rules, ContradictionOptions options)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(options);
        this.options = options.ValidatedSnapshot(nameof(options));
        Rules = [.. rules];
        if (Rules.Any(r => r is null))
        {
            throw new ArgumentException("The rules must not include null.", nameof(rules));
        }
    }

    /// <summary>Gets the rules the checker runs, in order.</summary>
    public ImmutableArray<IContradictionRule> Rules { get; }

    /// <summary>Gets a new instance of each built-in rule.</summary>
    public static ImmutableArray<IContradictionRule> BuiltInRules() =>
    [
        new QuantityMismatchRule(), new CumulativeRule(), new SumMismatchRule(), new BoundViolationRule(), new DateMismatchRule(),
        new TemporalOrderRule(), new FunctionalConflictRule(), new NegationConflictRule(), new WeekdayMismatchRule(), new SimilarIdsRule(),
    ];

    /// <summary>Creates a checker with the built-in rules, without a container.</summary>
    public static ContradictionChecker CreateDefault(ContradictionOptions? options = null) => new(BuiltInRules(), options ?? new ContradictionOptions());

    /// <summary>Checks <paramref name="claimSet"/>.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public ContradictionReport Check(ClaimSet claimSet, CancellationToken cancellationToken) => Check(claimSet, null, cancellationToken);

    /// <summary>Checks <paramref name="claimSet"/>, reporting to <paramref name="progress"/> as each rule finishes.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public ContradictionReport Check(ClaimSet claimSet, IProgress<CheckProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claimSet);
        var context = new CheckContext(claimSet, options.Snapshot(), cancellationToken);
        progress?.Report(new CheckProgress(context.Groups.Length, 0, Rules.Length, 0));

        // Rules are independent and the context is read-only: they run side by side. Each rule's findings are kept
        // apart and the report sorts them, so the result does not depend on which finishes first.
        var found = new List<Diagnostic>[Rules.Length];
        var (done, findings) = (0, 0);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism, CancellationToken = cancellationToken };
        Parallel.For(0, Rules.Length, parallel, i =>
        {
            found[i] = [.. Rules[i].Check(context)];
            if (progress is not null)
            {
                var total = Interlocked.Add(ref findings, found[i].Count);
                progress.Report(new CheckProgress(context.Groups.Length, Interlocked.Increment(ref done), Rules.Length, total));
            }
        });
        return new ContradictionReport(claimSet, ApplySeverities(found.SelectMany(f => f)));
    }

    /// <summary>
    /// Applies <see cref="ContradictionOptions.Diagnostics"/>: a finding at its descriptor's default severity (it holds
    /// under every reading) gets the code's setting, a lower one (only the default reading) one step less.
    /// </summary>
    private IEnumerable<Diagnostic> ApplySeverities(IEnumerable<Diagnostic> diagnostics)
    {
        if (options.Diagnostics.Count == 0)
        {
            return diagnostics;
        }

        return diagnostics.Select(Remap).OfType<Diagnostic>();

        Diagnostic? Remap(Diagnostic diagnostic)
        {
            if (!options.Diagnostics.TryGetValue(diagnostic.Code, out var setting))
            {
                return diagnostic;
            }

            if (setting == SeverityOverride.Off)
            {
                return null;
            }

            var severity = setting switch
            {
                SeverityOverride.Error => DiagnosticSeverity.Error,
                SeverityOverride.Warning => DiagnosticSeverity.Warning,
                _ => DiagnosticSeverity.Info,
            };
            var certain = diagnostic.Severity >= diagnostic.Descriptor.DefaultSeverity;
            return diagnostic.WithSeverity(certain || severity == DiagnosticSeverity.Info ? severity : severity - 1);
        }
    }
}
