namespace Accountability.Reviews;

/// <summary>How one criterion's score changed from the last cycle to this one (see <see cref="CriterionChange"/>).</summary>
public enum CriterionChangeKind
{
    /// <summary>Scored both times, higher now.</summary>
    Improved = 0,

    /// <summary>Scored both times, lower now.</summary>
    Declined = 1,

    /// <summary>Scored both times, the same score.</summary>
    Unchanged = 2,

    /// <summary>Scored now but not last cycle (a new criterion, or one not applicable or left out then).</summary>
    New = 3,

    /// <summary>Scored last cycle but not now (dropped from the scorecard, or not applicable or left out now).</summary>
    Dropped = 4,

    /// <summary>In both results but scored in neither (not applicable or left out both times).</summary>
    NotScored = 5,
}
