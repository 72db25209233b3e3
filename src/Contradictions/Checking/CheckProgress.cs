namespace Contradictions.Checking;

/// <summary>
/// How far a check is, as reported to an <see cref="IProgress{T}"/> given to
/// <see cref="ContradictionChecker.Check(Claims.ClaimSet, IProgress{CheckProgress}?, CancellationToken)"/>: the groups
/// formed, then each rule as it finishes. Reports come from the threads that run the rules.
/// </summary>
public readonly struct CheckProgress
{
    /// <summary>Creates a progress report.</summary>
    public CheckProgress(int groups, int rulesDone, int totalRules, int findings) =>
        (Groups, RulesDone, TotalRules, Findings) = (groups, rulesDone, totalRules, findings);

    /// <summary>Gets the number of subject · property groups the claims form (each rule checks every group).</summary>
    public int Groups { get; }

    /// <summary>Gets how many rules have checked every group.</summary>
    public int RulesDone { get; }

    /// <summary>Gets how many rules the check runs.</summary>
    public int TotalRules { get; }

    /// <summary>Gets how many findings the finished rules made (before severities are applied).</summary>
    public int Findings { get; }
}
