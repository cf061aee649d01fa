namespace Accountability.Calibration;

/// <summary>What a multi-rater aggregation does with a rater group that has fewer raters than its anonymity minimum.</summary>
public enum AnonymityFallback
{
    /// <summary>The group is left out of the subject's score; the other groups' weights are re-normalised. Its ratings are never shown.</summary>
    Exclude,

    /// <summary>
    /// The groups below their minimums are pooled into one group of "other raters" weighing the sum of their weights;
    /// the pool counts when it has at least the largest of their minimums, otherwise it is left out. Only the pool's
    /// mean is shown, never a pooled group's own mean or ratings.
    /// </summary>
    Pool,
}
