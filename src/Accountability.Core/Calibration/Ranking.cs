using System.Globalization;
using System.Text;

namespace Accountability.Calibration;

/// <summary>
/// Subjects ranked by score under every named convention at once — ordinal (ties broken by <see cref="PartyId"/>),
/// standard competition (RANK.EQ), fractional (RANK.AVG), dense — with each score's percent ranks
/// (PERCENTRANK.INC and PERCENTRANK.EXC). One sort, <c>O(n log n)</c>.
/// </summary>
/// <remarks>
/// Ranks depend only on the order of the scores, so any strictly increasing transformation of the scores leaves every
/// rank and percent rank unchanged; nothing depends on the order of the input. Immutable and thread-safe.
/// </remarks>
/// <example>
/// <code>
/// Ranking ranking = Ranking.Create([("ana", 92m), ("ben", 88m), ("cy", 92m)]);
/// // ana: Rank 1, Position 1; cy: Rank 1, Position 2; ben: Rank 3, DenseRank 2.
/// </code>
/// </example>
public sealed class Ranking
{
    private readonly RankedSubject[] _entries;
    private Dictionary<PartyId, RankedSubject>? _bySubject;

    private Ranking(RankedSubject[] entries, RankOrder order, int significance)
    {
        _entries = entries;
        Order = order;
        PercentRankSignificance = significance;
    }

    /// <summary>The subjects in ordinal order (position 1 first).</summary>
    public IReadOnlyList<RankedSubject> Entries => _entries;

    /// <summary>Which end of the scores ranks first.</summary>
    public RankOrder Order { get; }

    /// <summary>Decimal places the percent ranks keep (truncated, as the spreadsheet does).</summary>
    public int PercentRankSignificance { get; }

    /// <summary>Ranks subjects by score.</summary>
    /// <param name="scores">One score per subject; may be empty.</param>
    /// <param name="order">Which end ranks first; the highest score by default.</param>
    /// <param name="percentRankSignificance">Decimal places kept by the percent ranks, 1 to 12; 3 as in the spreadsheet.</param>
    /// <returns>The ranking.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scores"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="order"/> is unknown or <paramref name="percentRankSignificance"/> is outside 1–12.</exception>
    /// <exception cref="AccountabilityException">A subject is missing or appears twice (every problem is listed).</exception>
    public static Ranking Create(IEnumerable<(PartyId Subject, decimal Score)> scores, RankOrder order = RankOrder.HighestFirst, int percentRankSignificance = 3)
    {
        SubjectScores.CheckOrder(order);
        Statistics.CheckSignificance(percentRankSignificance);
        (PartyId Subject, decimal Score)[] items = SubjectScores.Read(scores);
        SubjectScores.SortBestFirst(items, order);
        return new Ranking(Rank(items, order, percentRankSignificance), order, percentRankSignificance);
    }

    /// <summary>Finds a subject's place.</summary>
    /// <param name="subject">The subject.</param>
    /// <returns>The subject's place, or <see langword="null"/> when it is not ranked.</returns>
    public RankedSubject? Find(PartyId subject) =>
        LazyInitializer.EnsureInitialized(ref _bySubject, () => _entries.ToDictionary(e => e.Subject)).GetValueOrDefault(subject);

    /// <summary>Explains the ranking: the conventions, then one line per subject.</summary>
    /// <returns>Text, made only when asked.</returns>
    public string Explain()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Ranking of {_entries.Length} subjects, {(Order == RankOrder.HighestFirst ? "highest" : "lowest")} score first. ")
            .AppendLine("Rank = RANK.EQ (ties share the best place), dense = no gaps after ties, fractional = RANK.AVG, position = ties broken by subject id (ordinal).")
            .AppendLine(CultureInfo.InvariantCulture, $"Percent ranks are PERCENTRANK.INC / PERCENTRANK.EXC of the score, truncated to {PercentRankSignificance} places.");
        foreach (RankedSubject entry in _entries)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {entry.Position}. {entry.Subject} — score {entry.Score}: rank {entry.Rank}, dense {entry.DenseRank}, fractional {entry.FractionalRank}{(entry.TieCount > 1 ? $" (tied with {entry.TieCount - 1} other{(entry.TieCount == 2 ? string.Empty : "s")})" : string.Empty)}; percent rank {entry.PercentRankInclusive} inc, {entry.PercentRankExclusive} exc");
        }

        return text.ToString();
    }

    /// <summary>Ranks items already sorted best first.</summary>
    internal static RankedSubject[] Rank((PartyId Subject, decimal Score)[] sorted, RankOrder order, int significance)
    {
        int n = sorted.Length;
        var entries = new RankedSubject[n];
        int dense = 0;
        int start = 0;
        while (start < n)
        {
            int end = start + 1;
            while (end < n && sorted[end].Score == sorted[start].Score)
            {
                end++;
            }

            dense++;
            int first = start + 1;
            int last = end;
            int ties = end - start;
            decimal fractional = (first + last) / 2m;

            // Subjects scoring strictly below this score, whichever end ranks first.
            int below = order == RankOrder.HighestFirst ? n - last : start;
            decimal inclusive = n == 1 ? 1m : CalibrationMath.Truncate(below, n - 1, significance);
            decimal exclusive = CalibrationMath.Truncate(below + 1, n + 1, significance);
            for (int i = start; i < end; i++)
            {
                entries[i] = new RankedSubject(sorted[i].Subject, sorted[i].Score, i + 1, first, fractional, dense, ties, inclusive, exclusive);
            }

            start = end;
        }

        return entries;
    }
}
