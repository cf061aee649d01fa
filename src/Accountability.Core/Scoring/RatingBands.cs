using System.Globalization;

namespace Accountability.Scoring;

/// <summary>
/// The rating bands over overall scores, lowest first. Each band runs from its minimum score
/// (included) up to the next band's minimum (excluded); the lowest band has no lower bound and the
/// highest no upper bound, so every score has exactly one band and <b>a score exactly on a boundary
/// belongs to the higher band</b>. Comparisons are exact (<see cref="decimal"/>).
/// </summary>
/// <example>
/// <code>
/// RatingBands bands = RatingBands.StartingWith("Below expectations")
///     .Then(60m, "Partially meets")
///     .Then(90m, "Meets")
///     .Then(110m, "Exceeds")
///     .Then(130m, "Outstanding");
/// </code>
/// </example>
/// <remarks>Immutable and thread-safe; <see cref="Then"/> returns a new instance.</remarks>
public sealed class RatingBands
{
    private readonly RatingBand[] _bands;
    private readonly decimal[] _minimums;

    private RatingBands(RatingBand[] bands)
    {
        _bands = bands;
        _minimums = [.. bands.Skip(1).Select(b => b.MinimumScore.GetValueOrDefault())];
    }

    /// <summary>The bands, lowest first.</summary>
    public IReadOnlyList<RatingBand> Bands => _bands;

    /// <summary>Starts a band table with its lowest band, which has no lower bound.</summary>
    /// <param name="lowestBandName">The name of the lowest band.</param>
    /// <returns>A table with one band.</returns>
    /// <exception cref="AccountabilityException">The name is empty or white space.</exception>
    public static RatingBands StartingWith(string lowestBandName) => Create([(lowestBandName, null)]);

    /// <summary>Creates a band table from (name, minimum score) pairs, lowest first; the first minimum must be <see langword="null"/>.</summary>
    /// <param name="bands">The bands, lowest first.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="bands"/> is null.</exception>
    /// <exception cref="AccountabilityException">The table is empty, a name is empty or repeated, the first band has a minimum, a later one has none, or minimums do not strictly increase (every problem is listed).</exception>
    public static RatingBands Create(IEnumerable<(string Name, decimal? MinimumScore)> bands)
    {
        ArgumentNullException.ThrowIfNull(bands);
        (string Name, decimal? MinimumScore)[] items = [.. bands];
        var problems = new ProblemCollector();
        if (items.Length == 0)
        {
            problems.Error("bands", ScoringProblemCodes.BandsInvalid, "A band table needs at least one band.");
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < items.Length; i++)
        {
            string path = ProblemPath.Index("bands", i);
            (string name, decimal? minimum) = items[i];
            if (string.IsNullOrWhiteSpace(name))
            {
                problems.Error(ProblemPath.Join(path, "name"), ScoringProblemCodes.BandsInvalid, "A band needs a name.", name);
            }
            else if (!names.Add(name))
            {
                problems.Error(ProblemPath.Join(path, "name"), ScoringProblemCodes.BandsInvalid, $"The band name '{name}' is used twice.", name);
            }

            if (i == 0 && minimum is not null)
            {
                problems.Error(ProblemPath.Join(path, "minimumScore"), ScoringProblemCodes.BandsInvalid, "The lowest band has no lower bound; leave its minimum score empty.", minimum);
            }
            else if (i > 0 && minimum is null)
            {
                problems.Error(ProblemPath.Join(path, "minimumScore"), ScoringProblemCodes.BandsInvalid, $"The band '{name}' needs a minimum score; only the lowest band has none.");
            }
            else if (i > 1 && minimum is { } min && items[i - 1].MinimumScore is { } previous && min <= previous)
            {
                problems.Error(
                    ProblemPath.Join(path, "minimumScore"),
                    ScoringProblemCodes.BandsInvalid,
                    string.Create(CultureInfo.InvariantCulture, $"Band minimums must increase: '{name}' starts at {min}, not above '{items[i - 1].Name}' at {previous}."),
                    min);
            }
        }

        problems.ThrowIfErrors();
        return new RatingBands([.. items.Select((b, i) => new RatingBand(b.Name, b.MinimumScore, i))]);
    }

    /// <summary>Returns a new table with one more band on top, starting at <paramref name="minimumScore"/>.</summary>
    /// <param name="minimumScore">The lowest score of the new band, included; above the current top band's minimum.</param>
    /// <param name="name">The new band's name.</param>
    /// <returns>The extended table.</returns>
    /// <exception cref="AccountabilityException">The name is empty or repeated, or the minimum does not increase.</exception>
    public RatingBands Then(decimal minimumScore, string name) =>
        Create([.. _bands.Select(b => (b.Name, b.MinimumScore)), (name, minimumScore)]);

    /// <summary>Finds the band of <paramref name="score"/>: the highest band whose minimum is at or below it.</summary>
    /// <param name="score">An overall score.</param>
    /// <returns>The band.</returns>
    public RatingBand Find(decimal score) => _bands[IndexOf(score)];

    /// <summary>Finds a band by name.</summary>
    /// <param name="name">The band's name.</param>
    /// <returns>The band, or <see langword="null"/> when no band has that name.</returns>
    public RatingBand? FindByName(string name) => Array.Find(_bands, b => string.Equals(b.Name, name, StringComparison.Ordinal));

    internal int IndexOf(decimal score)
    {
        // Binary search for the last minimum <= score; a score on a boundary goes to the higher band.
        int lo = 0;
        int hi = _minimums.Length - 1;
        int found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_minimums[mid] <= score)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found + 1;
    }
}
