using System.Globalization;

namespace Accountability.Calibration;

/// <summary>A group of equal scores that reached past its band's target range in a <see cref="ForcedDistribution"/>: kept together in one band, so the band holds more than its target.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class TieDeviation
{
    private readonly PartyId[] _subjects;

    internal TieDeviation(decimal score, PartyId[] subjects, GuidelineBand band, int firstPosition, int lastPosition, int beyondTarget)
    {
        Score = score;
        _subjects = subjects;
        Band = band;
        FirstPosition = firstPosition;
        LastPosition = lastPosition;
        BeyondTarget = beyondTarget;
    }

    /// <summary>The score the group shares.</summary>
    public decimal Score { get; }

    /// <summary>The subjects with that score, in identifier order.</summary>
    public IReadOnlyList<PartyId> Subjects => _subjects;

    /// <summary>The band all of them got (the band of the best-placed of them).</summary>
    public GuidelineBand Band { get; }

    /// <summary>The first ordinal position the group occupies.</summary>
    public int FirstPosition { get; }

    /// <summary>The last ordinal position the group occupies.</summary>
    public int LastPosition { get; }

    /// <summary>How many of the group lie beyond the band's target range and would have gone to a lower band by position alone.</summary>
    public int BeyondTarget { get; }

    /// <summary>Explains the deviation in one sentence.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{_subjects.Length} subjects tied at {Score} (positions {FirstPosition}–{LastPosition}) all go to '{Band.Name}'; {BeyondTarget} of them lie beyond its target and would have gone lower by position alone.");
}
