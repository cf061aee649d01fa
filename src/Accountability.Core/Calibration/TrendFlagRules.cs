using Accountability.Scoring;

namespace Accountability.Calibration;

/// <summary>When a trend is flagged for early follow-up: a fall of more than a threshold, or a run of periods below a band.</summary>
/// <remarks>Immutable (init-only) and thread-safe. A rule left <see langword="null"/> raises no flag.</remarks>
public sealed class TrendFlagRules
{
    private readonly decimal? _dropThreshold;
    private readonly RatingBand? _floorBand;
    private readonly int _floorCycles = 2;

    /// <summary>Flag a fall from one period to the next of <b>more than</b> this amount (in the measure's units); above zero; none by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not above zero.</exception>
    public decimal? DropThreshold
    {
        get => _dropThreshold;
        init
        {
            if (value is { } v)
            {
                ArgumentOutOfRangeException.ThrowIfNegativeOrZero(v, nameof(DropThreshold));
            }

            _dropThreshold = value;
        }
    }

    /// <summary>Flag a run of periods with values below this band's minimum score; it must have one (not the lowest band); none by default.</summary>
    /// <exception cref="ArgumentException">The band is the lowest, which has no minimum.</exception>
    public RatingBand? FloorBand
    {
        get => _floorBand;
        init
        {
            if (value is not null && value.MinimumScore is null)
            {
                throw new ArgumentException($"The band '{value.Name}' is the lowest and has no minimum score to stay below.", nameof(FloorBand));
            }

            _floorBand = value;
        }
    }

    /// <summary>How many consecutive periods below <see cref="FloorBand"/> raise a flag; at least 1; 2 by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1.</exception>
    public int FloorCycles
    {
        get => _floorCycles;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1, nameof(FloorCycles));
            _floorCycles = value;
        }
    }
}
