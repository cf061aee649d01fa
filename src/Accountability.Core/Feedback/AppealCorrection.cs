using System.Globalization;

namespace Accountability.Feedback;

/// <summary>
/// What an upheld appeal corrects: the criterion's actual value, or one of the subject's own reference values of the
/// criterion (such as their <c>target</c>).
/// </summary>
/// <remarks>Immutable and thread-safe; plain values.</remarks>
public sealed class AppealCorrection
{
    private AppealCorrection(string? referenceName, decimal value)
    {
        ReferenceName = referenceName;
        Value = value;
    }

    /// <summary>The reference value corrected, such as <c>target</c>; <see langword="null"/> when the actual is corrected.</summary>
    public string? ReferenceName { get; }

    /// <summary>Tells whether the actual value is corrected.</summary>
    public bool IsActual => ReferenceName is null;

    /// <summary>The corrected value.</summary>
    public decimal Value { get; }

    /// <summary>Corrects the criterion's actual value.</summary>
    /// <param name="value">The corrected actual.</param>
    /// <returns>The correction.</returns>
    public static AppealCorrection Actual(decimal value) => new(null, value);

    /// <summary>Corrects one of the subject's own reference values of the criterion (one the scorecard takes per subject).</summary>
    /// <param name="name">The reference value's name, such as <c>target</c>.</param>
    /// <param name="value">The corrected value.</param>
    /// <returns>The correction.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null, empty or white space.</exception>
    public static AppealCorrection Reference(string name, decimal value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new AppealCorrection(name, value);
    }

    /// <summary>Returns <c>actual = v</c> or <c>name = v</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => (ReferenceName ?? "actual") + " = " + Value.ToString(CultureInfo.InvariantCulture);
}
