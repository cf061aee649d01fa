using System.Globalization;

namespace Accountability.Scoring;

/// <summary>A named band of overall scores, such as "Meets expectations" from 90.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class RatingBand
{
    internal RatingBand(string name, decimal? minimumScore, int index)
    {
        Name = name;
        MinimumScore = minimumScore;
        Index = index;
    }

    /// <summary>The band's name.</summary>
    public string Name { get; }

    /// <summary>The lowest score in the band, included; <see langword="null"/> for the lowest band, which has no lower bound.</summary>
    public decimal? MinimumScore { get; }

    /// <summary>The band's position, 0 for the lowest.</summary>
    public int Index { get; }

    /// <summary>Returns the band's name and where it starts.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() =>
        MinimumScore is { } min ? string.Create(CultureInfo.InvariantCulture, $"{Name} (from {min})") : $"{Name} (lowest)";
}
