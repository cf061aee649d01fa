using System.Globalization;

namespace Accountability.Calibration;

/// <summary>
/// Recognises the best performers: the top N, or the top P %, with <b>everyone tied with the last place within the cut
/// included</b>, each with the reason they qualified. Stateless and thread-safe.
/// </summary>
public static class Recognition
{
    /// <summary>Recognises the top <paramref name="count"/> subjects, and everyone tied with the <paramref name="count"/>-th.</summary>
    /// <param name="scores">One score per subject.</param>
    /// <param name="count">How many places; at or above zero (more than the population recognises everyone).</param>
    /// <param name="order">Which end of the scores is best; the highest by default.</param>
    /// <returns>The recognised subjects.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scores"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative or <paramref name="order"/> unknown.</exception>
    /// <exception cref="AccountabilityException">A subject is missing or repeated.</exception>
    public static RecognitionResult TopCount(IEnumerable<(PartyId Subject, decimal Score)> scores, int count, RankOrder order = RankOrder.HighestFirst)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        SubjectScores.CheckOrder(order);
        (PartyId Subject, decimal Score)[] items = SubjectScores.Read(scores);
        return Recognize(items, count, string.Create(CultureInfo.InvariantCulture, $"top {count}"), order);
    }

    /// <summary>
    /// Recognises the top <paramref name="percent"/> % of subjects: <c>⌊n × P ÷ 100⌋</c> places (rounded down, so the
    /// share is never exceeded except by ties), and everyone tied with the last of them.
    /// </summary>
    /// <param name="scores">One score per subject.</param>
    /// <param name="percent">The share, 0 to 100.</param>
    /// <param name="order">Which end of the scores is best; the highest by default.</param>
    /// <returns>The recognised subjects.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scores"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percent"/> is outside 0–100 or <paramref name="order"/> unknown.</exception>
    /// <exception cref="AccountabilityException">A subject is missing or repeated.</exception>
    public static RecognitionResult TopPercent(IEnumerable<(PartyId Subject, decimal Score)> scores, decimal percent, RankOrder order = RankOrder.HighestFirst)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(percent);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percent, 100m);
        SubjectScores.CheckOrder(order);
        (PartyId Subject, decimal Score)[] items = SubjectScores.Read(scores);
        int count = (int)decimal.Floor(items.Length * percent / 100m);
        return Recognize(items, count, string.Create(CultureInfo.InvariantCulture, $"top {percent} %"), order);
    }

    private static RecognitionResult Recognize((PartyId Subject, decimal Score)[] items, int count, string rule, RankOrder order)
    {
        SubjectScores.SortBestFirst(items, order);
        int n = items.Length;
        int places = Math.Min(count, n);
        if (places == 0)
        {
            return new RecognitionResult(rule, n, 0, null, []);
        }

        decimal cut = items[places - 1].Score;
        int end = places;
        while (end < n && items[end].Score == cut)
        {
            end++;
        }

        var recognized = new RecognizedSubject[end];
        int rank = 1;
        for (int i = 0; i < end; i++)
        {
            if (i > 0 && items[i].Score != items[i - 1].Score)
            {
                rank = i + 1;
            }

            bool tied = i >= places;
            string reason = tied
                ? string.Create(CultureInfo.InvariantCulture, $"{items[i].Subject}: rank {rank} of {n} with {items[i].Score}, tied with the last place within the {rule} ({cut}); everyone tied at the cut is included.")
                : string.Create(CultureInfo.InvariantCulture, $"{items[i].Subject}: rank {rank} of {n} with {items[i].Score}, within the {rule}.");
            recognized[i] = new RecognizedSubject(items[i].Subject, items[i].Score, rank, i + 1, tied, reason);
        }

        return new RecognitionResult(rule, n, places, cut, recognized);
    }
}
