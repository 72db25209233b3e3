using Contradictions.Checking;
using Contradictions.Claims;
using Contradictions.Quantities;
using Contradictions.Time;

namespace Contradictions.Consensus;

/// <summary>
/// Finds the best-supported value of every subject · property · validity with quantity claims, and learns how far
/// each source can be trusted from the whole claim set — truth discovery in the manner of TruthFinder (Yin, Han and
/// Yu) and of Pasternack and Roth's Investment, extended to what this library knows: values are intervals (hedges and
/// round figures), times are validities, and who said it matters.
/// </summary>
/// <remarks>
/// <para>
/// <b>Items.</b> The claims of one subject and property (not negated, quantities, in one base unit) that are valid for
/// the same time (their default reading; one item for a timeless property) form an item. Each claim stands for the
/// numbers its default reading allows.
/// </para>
/// <para>
/// <b>Votes.</b> In an item, each independent body has one vote: a claim's body is its origin or, without one, its
/// publisher (as for revisions, <c>docs/diagnostics.md</c>), so outlets relaying one agency vote once, and a body that
/// revised its figure votes with its latest publication (the earliest claim id among figures of the same moment). A
/// vote weighs its source's trust.
/// </para>
/// <para>
/// <b>Value.</b> The best-supported value is found by a sweep over the votes' interval ends: the number covered by
/// the most weight (the lowest such number at a tie), then what every vote covering it allows (the intersection of
/// their intervals). Its confidence is the weight covering it over the weight of every vote. Claims whose numbers
/// contain it support it; claims whose numbers exclude it are outliers.
/// </para>
/// <para>
/// <b>Trust.</b> Trust is learned per body — most articles carry one or two figures, too few to learn from; the body
/// behind them gives many. A body starts from the <c>trust</c> field of the sources that publish in its own name (their
/// mean) or <see cref="DefaultPrior"/>. Each round, its trust becomes the prior, weighted as two figures, averaged with
/// the confidence of the values its contested figures support (0 for a figure that does not support its item's value);
/// a figure is contested when at least two bodies gave one for its item — an uncontested figure says nothing of a
/// record. Rounds repeat until no trust moves by more than 10⁻⁹ (at most 50). Each round is linear in the claims (the
/// sweeps' order is computed once); the result depends on neither the order of the claims nor of the files. A
/// source's trust is that of the bodies its claims speak for, averaged.
/// </para>
/// <para>
/// Consensus adds information; it never hides a contradiction: the checker's findings are the same with or without it.
/// </para>
/// </remarks>
public sealed class ConsensusEstimator
{
    /// <summary>The trust a source starts from when its <c>trust</c> field is absent.</summary>
    public const double DefaultPrior = 0.8;

    private const double PriorWeight = 2;
    private const int MaxRounds = 50;
    private const double Settled = 1e-9;

    private readonly ContradictionOptions options;

    /// <summary>Creates an estimator that reads quantities as <paramref name="options"/> say (tolerance, exchange rates).</summary>
    public ConsensusEstimator(ContradictionOptions? options = null) => this.options = options ?? new ContradictionOptions();

    /// <summary>Estimates the best-supported values and the sources' trust.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public ConsensusResult Estimate(ClaimSet claimSet, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claimSet);
        var context = CheckContext.Create(claimSet, options, cancellationToken);
        var groups = new List<(ClaimGroup Group, string Unit, TimeInterval Time, int[] Claims)>();
        foreach (var group in context.Groups)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var (unit, members) in group.PartitionByUnitBase())
            {
                var byTime = members.GroupBy(i => group.Property.Timeless ? new TimeInterval(null, null) : group.Claims[i].Validity.Time.Reading);
                groups.AddRange(byTime.Select(claims => (group, unit, claims.Key, claims.ToArray())));
            }
        }

        // Bodies, numbered in ordinal order of their keys; each shown with the first of its spellings in ordinal order.
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        var ownTrust = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        var claimKeys = new string[groups.Count][];
        for (var g = 0; g < groups.Count; g++)
        {
            var (group, _, _, claims) = groups[g];
            claimKeys[g] = new string[claims.Length];
            for (var k = 0; k < claims.Length; k++)
            {
                var claim = group.Claims[claims[k]];
                var (key, name) = Body(claim, keys);
                claimKeys[g][k] = key;
                if (!names.TryGetValue(key, out var shown) || string.CompareOrdinal(name, shown) < 0)
                {
                    names[key] = name;
                }

                // A source's trust field is the prior of the body it speaks for: itself, when it cites no origin.
                if (claim.Origin is null && claim.Source.Trust is { } sourceTrust)
                {
                    (ownTrust.TryGetValue(key, out var list) ? list : ownTrust[key] = []).Add(sourceTrust);
                }
            }
        }

        var bodyKeys = names.Keys.Order(StringComparer.Ordinal).ToList();
        var bodyIndex = bodyKeys.Select((key, i) => (key, i)).ToDictionary(p => p.key, p => p.i, StringComparer.Ordinal);
        var prior = bodyKeys.Select(key => ownTrust.TryGetValue(key, out var list) ? list.Average() : DefaultPrior).ToArray();
        var items = new List<Item>(groups.Count);
        for (var g = 0; g < groups.Count; g++)
        {
            var bodies = new int[claimKeys[g].Length];
            for (var k = 0; k < bodies.Length; k++)
            {
                bodies[k] = bodyIndex[claimKeys[g][k]];
            }

            items.Add(new Item(groups[g].Group, groups[g].Unit, groups[g].Time, groups[g].Claims, bodies));
        }

        items.Sort((a, b) => a.CompareTo(b));

        var trust = (double[])prior.Clone();
        var rounds = 0;
        while (true)
        {
            rounds++;
            var sum = new double[trust.Length];
            var count = new int[trust.Length];
            foreach (var item in items)
            {
                item.Estimate(trust);
                item.Score(sum, count);
            }

            var moved = 0.0;
            for (var b = 0; b < trust.Length; b++)
            {
                var next = ((PriorWeight * prior[b]) + sum[b]) / (PriorWeight + count[b]);
                moved = Math.Max(moved, Math.Abs(next - trust[b]));
                trust[b] = next;
            }

            if (moved <= Settled || rounds == MaxRounds)
            {
                break;
            }
        }

        var contested = new int[trust.Length];
        var supported = new int[trust.Length];
        var sources = new Dictionary<Source, (Source Source, double Trust, int Claims, int Contested, int Supported)>(ReferenceEqualityComparer.Instance);
        foreach (var item in items)
        {
            item.Estimate(trust);
            item.Count(contested, supported);
            item.AddToSources(sources, trust);
        }

        return new ConsensusResult(
            [.. items.Select(i => i.ToResult())],
            [.. bodyKeys.Select((key, b) => new TrustRecord(names[key], prior[b], trust[b], contested[b], supported[b]))],
            [.. sources.Values.OrderBy(s => s.Source.Id, StringComparer.Ordinal).Select(s => new TrustRecord(s.Source.Id, s.Source.Trust ?? DefaultPrior, s.Trust / s.Claims, s.Contested, s.Supported))],
            rounds);
    }

    /// <summary>The body behind a claim, as a key compared and a name shown: its origin, else its publisher, else its source.</summary>
    private static (string Key, string Name) Body(Claim claim, Dictionary<string, string> keys)
    {
        if (Provenance.Body(claim) is not { } body)
        {
            return ("source:" + claim.Source.Id, claim.Source.Id);
        }

        // Names repeat (a few publishers and origins for many claims): each is normalised once.
        if (!keys.TryGetValue(body, out var key))
        {
            key = "body:" + Provenance.Key(body);
            keys.Add(body, key);
        }

        return (key, body);
    }

    /// <summary>One subject · property · unit · validity: its claims, their bodies' votes, and the sweep's order, computed once.</summary>
    private sealed class Item
    {
        private readonly ClaimGroup group;
        private readonly string unit;
        private readonly TimeInterval time;
        private readonly int[] claims;
        private readonly int[] bodies;
        private readonly int[] votes;
        private readonly (decimal Value, bool Opens, int Vote)[] ends;
        private decimal point;
        private double confidence;

        public Item(ClaimGroup group, string unit, TimeInterval time, int[] claims, int[] bodies)
        {
            (this.group, this.unit, this.time, this.claims, this.bodies) = (group, unit, time, claims, bodies);

            // One vote per body: its latest figure (the earliest id among figures of one moment). Items are small (most
            // hold one or two claims), so bodies are matched by a scan rather than a dictionary.
            var latest = new List<int>(claims.Length);
            for (var k = 0; k < claims.Length; k++)
            {
                var found = latest.FindIndex(v => bodies[v] == bodies[k]);
                if (found < 0)
                {
                    latest.Add(k);
                }
                else if (Later(group.Claims[claims[k]], group.Claims[claims[latest[found]]]))
                {
                    latest[found] = k;
                }
            }

            latest.Sort();
            votes = [.. latest];
            var amounts = group.DefaultAmounts;
            ends = new (decimal, bool, int)[2 * votes.Length];
            for (var v = 0; v < votes.Length; v++)
            {
                var amount = amounts[claims[votes[v]]];
                ends[2 * v] = (amount.Lower ?? decimal.MinValue, true, v);
                ends[(2 * v) + 1] = (amount.Upper ?? decimal.MaxValue, false, v);
            }

            // Closed intervals: at one number, an interval that opens there counts before one that closes there.
            if (votes.Length > 1)
            {
                Array.Sort(ends, EndOrder);
            }
        }

        private static int EndOrder((decimal Value, bool Opens, int Vote) a, (decimal Value, bool Opens, int Vote) b) =>
            a.Value != b.Value ? a.Value.CompareTo(b.Value) : a.Opens != b.Opens ? (a.Opens ? -1 : 1) : a.Vote.CompareTo(b.Vote);

        private static bool Later(Claim candidate, Claim current)
        {
            var order = candidate.Source.ComparePublication(current.Source);
            return order > 0 || (order == 0 && string.CompareOrdinal(candidate.Id, current.Id) < 0);
        }

        public int CompareTo(Item other)
        {
            var c = string.CompareOrdinal(group.Subject, other.group.Subject);
            c = c != 0 ? c : string.CompareOrdinal(group.Property.Id, other.group.Property.Id);
            c = c != 0 ? c : string.CompareOrdinal(unit, other.unit);
            c = c != 0 ? c : Nullable.Compare(time.Start, other.time.Start);
            return c != 0 ? c : Nullable.Compare(time.End, other.time.End);
        }

        /// <summary>The number covered by the most weight, and the share of the weight that covers it.</summary>
        public void Estimate(double[] trust)
        {
            var (total, running, best) = (0.0, 0.0, -1.0);
            foreach (var vote in votes)
            {
                total += trust[bodies[vote]];
            }

            foreach (var (value, opens, vote) in ends)
            {
                var weight = trust[bodies[votes[vote]]];
                if (!opens)
                {
                    running -= weight;
                    continue;
                }

                running += weight;
                if (running > best + 1e-12)
                {
                    (best, point) = (running, value);
                }
            }

            confidence = total > 0 ? Math.Clamp(best / total, 0, 1) : 0;
        }

        private bool Supports(int k) => Covers(group.DefaultAmounts[claims[k]], point);

        /// <summary>Whether the closed interval covers the number (the sweep reads ends as closed).</summary>
        private static bool Covers(NumericInterval amount, decimal number) =>
            (amount.Lower is not { } lower || lower <= number) && (amount.Upper is not { } upper || number <= upper);

        public void Score(double[] sum, int[] count)
        {
            if (votes.Length < 2)
            {
                return;
            }

            for (var k = 0; k < claims.Length; k++)
            {
                count[bodies[k]]++;
                if (Supports(k))
                {
                    sum[bodies[k]] += confidence;
                }
            }
        }

        public void Count(int[] contested, int[] supported)
        {
            if (votes.Length < 2)
            {
                return;
            }

            for (var k = 0; k < claims.Length; k++)
            {
                contested[bodies[k]]++;
                supported[bodies[k]] += Supports(k) ? 1 : 0;
            }
        }

        /// <summary>Adds each claim's body's trust and record to its source's (a source's trust is its claims' bodies', averaged).</summary>
        public void AddToSources(Dictionary<Source, (Source Source, double Trust, int Claims, int Contested, int Supported)> sources, double[] trust)
        {
            for (var k = 0; k < claims.Length; k++)
            {
                var source = group.Claims[claims[k]].Source;
                var (_, sum, count, contested, supported) = sources.TryGetValue(source, out var entry) ? entry : (source, 0.0, 0, 0, 0);
                var isContested = votes.Length > 1;
                sources[source] = (source, sum + trust[bodies[k]], count + 1, contested + (isContested ? 1 : 0), supported + (isContested && Supports(k) ? 1 : 0));
            }
        }

        public ConsensusItem ToResult()
        {
            // What every vote covering the number allows: the intersection of their intervals.
            var (lower, upper) = ((decimal?)null, (decimal?)null);
            var (lowerOpen, upperOpen) = (false, false);
            foreach (var vote in votes)
            {
                var amount = group.DefaultAmounts[claims[vote]];
                if (!Covers(amount, point))
                {
                    continue;
                }

                if (amount.Lower is { } l && (lower is null || l > lower || (l == lower && amount.LowerOpen)))
                {
                    (lower, lowerOpen) = (l, amount.LowerOpen);
                }

                if (amount.Upper is { } u && (upper is null || u < upper || (u == upper && amount.UpperOpen)))
                {
                    (upper, upperOpen) = (u, amount.UpperOpen);
                }
            }

            var value = new NumericInterval(lower, upper, lowerOpen && lower != upper, upperOpen && lower != upper);
            var support = new List<string>();
            var outliers = new List<string>();
            for (var k = 0; k < claims.Length; k++)
            {
                var amount = group.DefaultAmounts[claims[k]];
                if (Supports(k))
                {
                    support.Add(group.Claims[claims[k]].Id);
                }
                else if (amount.IsBelow(value) || value.IsBelow(amount))
                {
                    outliers.Add(group.Claims[claims[k]].Id);
                }
            }

            support.Sort(StringComparer.Ordinal);
            outliers.Sort(StringComparer.Ordinal);
            return new ConsensusItem(group.Subject, group.Property.Id, time, value, unit, [.. support], [.. outliers], votes.Length, Math.Round(confidence, 6));
        }
    }
}
