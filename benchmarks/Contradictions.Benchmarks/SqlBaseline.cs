using System.Data.Common;
using System.Diagnostics;
using Contradictions.Checking;
using Contradictions.Claims;
using Contradictions.Quantities;
using DuckDB.NET.Data;
using Microsoft.Data.Sqlite;

namespace Contradictions.Benchmarks;

/// <summary>
/// What a user would write instead: the quantity-mismatch and cumulative-decrease checks as SQL self-joins over a flat
/// table of claims, with the index a competent user would add, in SQLite and in DuckDB. Returns the conflicting
/// (subject, property) groups, so that the results can be compared with the checker's.
/// </summary>
internal static class SqlBaseline
{
    private const string Create = """
        CREATE TABLE claims (id INTEGER, grp INTEGER, cumulative INTEGER, timeless INTEGER, t0 BIGINT, t1 BIGINT,
                             lo DOUBLE, hi DOUBLE, lo_open INTEGER, hi_open INTEGER, body INTEGER, src INTEGER, p0 BIGINT, p1 BIGINT)
        """;

    private const string Index = "CREATE INDEX claims_grp_t0 ON claims (grp, t0)";

    // Two intervals are disjoint when one ends below the other's start (an open end excludes the equal value).
    private const string Disjoint = """
        (a.lo > b.hi OR b.lo > a.hi OR (a.lo = b.hi AND (a.lo_open = 1 OR b.hi_open = 1)) OR (b.lo = a.hi AND (b.lo_open = 1 OR a.hi_open = 1)))
        """;

    // A later figure from the same body (origin, or publisher without one) in a publication known to be later revises
    // the earlier one: a revision, not a conflict.
    private const string Revision = """
        (a.body = b.body AND a.body >= 0 AND a.src <> b.src AND (a.p1 < b.p0 OR b.p1 < a.p0))
        """;

    private const string Mismatch = $"""
        SELECT DISTINCT a.grp FROM claims a JOIN claims b ON a.grp = b.grp AND a.id < b.id
        WHERE (a.timeless = 1 OR (a.t0 <= b.t1 AND b.t0 <= a.t1 AND (a.cumulative = 0 OR (a.t0 = a.t1 AND b.t0 = b.t1 AND a.t0 = b.t0))))
          AND {Disjoint} AND NOT {Revision}
        """;

    private const string Decrease = $"""
        SELECT DISTINCT a.grp FROM claims a JOIN claims b ON a.grp = b.grp
        WHERE a.cumulative = 1 AND a.timeless = 0 AND a.t1 < b.t0
          AND (a.lo > b.hi OR (a.lo = b.hi AND (a.lo_open = 1 OR b.hi_open = 1))) AND NOT {Revision}
        """;

    public sealed record Result(TimeSpan Load, TimeSpan Queries, HashSet<string> Mismatches, HashSet<string> Decreases);

    public static Result RunSqlite(ClaimSet set, TolerancePolicy tolerance)
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        return Run(connection, set, tolerance);
    }

    public static Result RunDuckDb(ClaimSet set, TolerancePolicy tolerance)
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        return Run(connection, set, tolerance);
    }

    private static Result Run(DbConnection connection, ClaimSet set, TolerancePolicy tolerance)
    {
        var (rows, groups) = Rows(set, tolerance);
        var load = Stopwatch.StartNew();
        Execute(connection, Create);
        if (connection is DuckDBConnection duck)
        {
            // DuckDB's appender: what its documentation recommends for bulk loading (row-by-row inserts are slow).
            using var appender = duck.CreateAppender("claims");
            foreach (var r in rows)
            {
                appender.CreateRow()
                    .AppendValue((int?)r.Id).AppendValue((int?)r.Group).AppendValue((int?)r.Cumulative).AppendValue((int?)r.Timeless)
                    .AppendValue((long?)r.T0).AppendValue((long?)r.T1).AppendValue((double?)r.Lo).AppendValue((double?)r.Hi)
                    .AppendValue((int?)r.LoOpen).AppendValue((int?)r.HiOpen)
                    .AppendValue((int?)r.Body).AppendValue((int?)r.Source).AppendValue((long?)r.P0).AppendValue((long?)r.P1)
                    .EndRow();
            }
        }
        else
        {
            // SQLite: one prepared insert, reused for every row, in one transaction.
            using var transaction = connection.BeginTransaction();
            using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO claims VALUES ($id, $grp, $cumulative, $timeless, $t0, $t1, $lo, $hi, $lo_open, $hi_open, $body, $src, $p0, $p1)";
            var parameters = new[] { "id", "grp", "cumulative", "timeless", "t0", "t1", "lo", "hi", "lo_open", "hi_open", "body", "src", "p0", "p1" }.Select(n =>
            {
                var p = insert.CreateParameter();
                p.ParameterName = "$" + n;
                insert.Parameters.Add(p);
                return p;
            }).ToArray();
            insert.Prepare();
            foreach (var r in rows)
            {
                object[] values = [r.Id, r.Group, r.Cumulative, r.Timeless, r.T0, r.T1, r.Lo, r.Hi, r.LoOpen, r.HiOpen, r.Body, r.Source, r.P0, r.P1];
                for (var i = 0; i < values.Length; i++)
                {
                    parameters[i].Value = values[i];
                }

                insert.ExecuteNonQuery();
            }

            transaction.Commit();
        }

        Execute(connection, Index);
        load.Stop();

        // Best of three, like the checker's figures: the first run pays for planning and cold caches.
        var best = TimeSpan.MaxValue;
        HashSet<string> mismatches = [], decreases = [];
        for (var i = 0; i < 3; i++)
        {
            var queries = Stopwatch.StartNew();
            mismatches = Groups(connection, Mismatch, groups);
            decreases = Groups(connection, Decrease, groups);
            queries.Stop();
            best = queries.Elapsed < best ? queries.Elapsed : best;
        }

        return new Result(load.Elapsed, best, mismatches, decreases);
    }

    /// <summary>The flat table a user would export: one row per positive quantity claim, amounts in the unit's base.</summary>
    private static (List<Row> Rows, List<string> Groups) Rows(ClaimSet set, TolerancePolicy tolerance)
    {
        var rows = new List<Row>();
        var groups = new List<string>();
        var groupIds = new Dictionary<(string, string), int>();
        var bodies = new Dictionary<string, int>(StringComparer.Ordinal);
        var sources = new Dictionary<string, int>(StringComparer.Ordinal);
        int Number(Dictionary<string, int> numbers, string key) => numbers.TryGetValue(key, out var n) ? n : numbers[key] = numbers.Count;
        foreach (var claim in set.Claims)
        {
            if (claim.Negated || claim.Value is not QuantityValue { Quantity: var quantity } || !set.Vocabulary.TryGetProperty(claim.Property, out var property))
            {
                continue;
            }

            if (!groupIds.TryGetValue((claim.Subject, claim.Property), out var group))
            {
                group = groupIds.Count;
                groupIds.Add((claim.Subject, claim.Property), group);
                groups.Add($"{claim.Subject}/{claim.Property}");
            }

            var value = quantity.ToInterval(tolerance).Scale(quantity.Unit.Factor);
            var time = claim.Validity.Time.Reading;
            rows.Add(new Row(
                rows.Count, group, property.Cumulative ? 1 : 0, property.Timeless ? 1 : 0,
                time.Start is { } s ? s.ToDateOnly().DayNumber : int.MinValue, time.End is { } e ? e.ToDateOnly().DayNumber : int.MaxValue,
                value.Lower is { } lo ? (double)lo : -1e300, value.Upper is { } hi ? (double)hi : 1e300, value.LowerOpen ? 1 : 0, value.UpperOpen ? 1 : 0,
                Provenance.Body(claim) is { } body ? Number(bodies, Provenance.Key(body)) : -1,
                Number(sources, claim.Source.Id),
                claim.Source.Published.Interval.Start!.Value.ToDateOnly().DayNumber,
                claim.Source.Published.Interval.End!.Value.ToDateOnly().DayNumber));
        }

        return (rows, groups);
    }

    private readonly record struct Row(int Id, int Group, int Cumulative, int Timeless, long T0, long T1, double Lo, double Hi, int LoOpen, int HiOpen, int Body, int Source, long P0, long P1);

    /// <summary>The groups the checker's two corresponding rules flag, for comparison.</summary>
    public static (HashSet<string> Mismatches, HashSet<string> Decreases, TimeSpan Elapsed) RunChecker(ClaimSet set)
    {
        var checker = new ContradictionChecker([new Checking.Rules.QuantityMismatchRule(), new Checking.Rules.CumulativeRule()], new ContradictionOptions());
        var watch = Stopwatch.StartNew();
        var report = checker.Check(set);
        watch.Stop();
        static HashSet<string> Of(IEnumerable<Diagnostics.Diagnostic> ds, string kind) => [.. ds.Where(d => d.Kind == kind).Select(d => $"{d.Subject}/{d.Property}")];
        return (Of(report.Diagnostics, "quantity-mismatch"), Of(report.Diagnostics, "cumulative-decrease"), watch.Elapsed);
    }

    private static HashSet<string> Groups(DbConnection connection, string sql, List<string> names)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        using var reader = command.ExecuteReader();
        var result = new HashSet<string>();
        while (reader.Read())
        {
            result.Add(names[Convert.ToInt32(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)]);
        }

        return result;
    }

    private static void Execute(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
