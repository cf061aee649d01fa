using System.Globalization;

namespace Accountability.Calibration;

/// <summary>One rating: a rater's value for a subject, on a rating scale, from one rater group.</summary>
/// <remarks>
/// Immutable and thread-safe. The rating is checked where it is used (calibration, multi-rater aggregation), so that
/// every problem of a batch of ratings is reported at once: a missing party, an unknown group, a value off the scale,
/// a second rating by one rater for one subject, a self-rating by someone else.
/// </remarks>
public sealed class Rating
{
    /// <summary>Creates a rating.</summary>
    /// <param name="rater">Who gave the rating.</param>
    /// <param name="subject">Who was rated.</param>
    /// <param name="group">The rater's relation to the subject.</param>
    /// <param name="value">The rating, on the scale of the session.</param>
    public Rating(PartyId rater, PartyId subject, RaterGroup group, decimal value)
    {
        Rater = rater;
        Subject = subject;
        Group = group;
        Value = value;
    }

    /// <summary>Who gave the rating.</summary>
    public PartyId Rater { get; }

    /// <summary>Who was rated.</summary>
    public PartyId Subject { get; }

    /// <summary>The rater's relation to the subject.</summary>
    public RaterGroup Group { get; }

    /// <summary>The rating.</summary>
    public decimal Value { get; }

    /// <summary>Returns the rating as <c>rater → subject: value (group)</c>.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Rater} → {Subject}: {Value} ({Group})");
}
