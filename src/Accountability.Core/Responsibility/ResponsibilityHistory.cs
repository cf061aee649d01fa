using NodaTime;

namespace Accountability.Responsibility;

/// <summary>
/// The versions of one responsibility matrix, oldest first, so that "who answered for this on that date" has an
/// answer after responsibilities have moved.
/// </summary>
/// <remarks>
/// Immutable and thread-safe: <see cref="Append"/> returns a new history. Versions have increasing numbers and
/// non-decreasing effective dates; only the first may apply from the beginning (no effective date).
/// </remarks>
public sealed class ResponsibilityHistory
{
    private readonly ResponsibilityMatrix[] _versions;

    private ResponsibilityHistory(ResponsibilityMatrix[] versions) => _versions = versions;

    /// <summary>The versions, oldest first.</summary>
    public IReadOnlyList<ResponsibilityMatrix> Versions => _versions;

    /// <summary>The latest version.</summary>
    public ResponsibilityMatrix Current => _versions[^1];

    /// <summary>Starts a history with its first version.</summary>
    /// <param name="first">The first version.</param>
    /// <returns>The history.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="first"/> is null.</exception>
    public static ResponsibilityHistory Start(ResponsibilityMatrix first)
    {
        ArgumentNullException.ThrowIfNull(first);
        return new([first]);
    }

    /// <summary>Adds the next version.</summary>
    /// <param name="next">A version with a higher number, the same scheme and an effective date on or after the current one's.</param>
    /// <returns>The longer history; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="next"/> is null.</exception>
    /// <exception cref="AccountabilityException">
    /// The version number is not higher (<c>version-not-increasing</c>), the scheme differs (<c>scheme-mismatch</c>), or the
    /// effective date is missing or earlier than the current version's (<c>effective-date-not-increasing</c>).
    /// </exception>
    public ResponsibilityHistory Append(ResponsibilityMatrix next)
    {
        ArgumentNullException.ThrowIfNull(next);
        var problems = new ProblemCollector();
        ResponsibilityMatrix current = Current;
        if (next.Version <= current.Version)
        {
            problems.Error("version", ResponsibilityProblemCodes.VersionNotIncreasing, $"Version {next.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)} cannot follow version {current.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)}.", next.Version);
        }

        if (!ResponsibilityMatrix.SameScheme(current.Scheme, next.Scheme))
        {
            problems.Error("scheme", ResponsibilityProblemCodes.SchemeMismatch, $"A {next.Scheme.Name} matrix cannot follow a {current.Scheme.Name} matrix.", next.Scheme.Name);
        }

        if (next.EffectiveFrom is not LocalDate date || (current.EffectiveFrom is LocalDate before && date < before))
        {
            problems.Error("effectiveFrom", ResponsibilityProblemCodes.EffectiveDateNotIncreasing, "A later version needs an effective date on or after the current version's" + (current.EffectiveFrom is LocalDate c ? " (" + Tenure.Iso(c) + ")." : "."), next.EffectiveFrom);
        }

        problems.ThrowIfErrors();
        return new([.. _versions, next]);
    }

    /// <summary>Returns the version that applies on <paramref name="date"/>: the latest whose effective date is on or before it.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The version in effect.</returns>
    /// <exception cref="AccountabilityException">No version applies yet on that date (<c>no-version-in-effect</c>).</exception>
    public ResponsibilityMatrix At(LocalDate date)
    {
        for (int i = _versions.Length - 1; i >= 0; i--)
        {
            if (_versions[i].EffectiveFrom is not LocalDate from || from <= date)
            {
                return _versions[i];
            }
        }

        throw new AccountabilityException([new Problem("date", ResponsibilityProblemCodes.NoVersionInEffect, $"No version of the matrix applies on {Tenure.Iso(date)}; the first applies from {Tenure.Iso(_versions[0].EffectiveFrom!.Value)}.", ProblemSeverity.Error, date)]);
    }

    /// <summary>Returns the version numbered <paramref name="version"/>.</summary>
    /// <param name="version">The version number.</param>
    /// <returns>The matrix.</returns>
    /// <exception cref="AccountabilityException">The history has no such version (<c>unknown-version</c>).</exception>
    public ResponsibilityMatrix Version(int version) =>
        Array.Find(_versions, v => v.Version == version) ??
        throw new AccountabilityException([new Problem("version", ResponsibilityProblemCodes.UnknownVersion, $"The history has no version {version.ToString(System.Globalization.CultureInfo.InvariantCulture)}.", ProblemSeverity.Error, version)]);

    /// <summary>Returns the audit trail: the diff from each version to the next, oldest first.</summary>
    /// <returns>One diff per version after the first; empty for a history of one version.</returns>
    public IReadOnlyList<MatrixDiff> AuditTrail()
    {
        var diffs = new MatrixDiff[_versions.Length - 1];
        for (int i = 1; i < _versions.Length; i++)
        {
            diffs[i - 1] = MatrixDiff.Between(_versions[i - 1], _versions[i]);
        }

        return diffs;
    }

    /// <summary>Answers who answers for <paramref name="item"/> on <paramref name="on"/>, using the version in effect that day.</summary>
    /// <param name="item">The work item.</param>
    /// <param name="on">The date.</param>
    /// <param name="checks">The checks and limits; <see cref="ResponsibilityChecks.Default"/> when omitted.</param>
    /// <returns>The explained answer.</returns>
    /// <exception cref="AccountabilityException">No version applies on that date, or that version cannot answer (see <see cref="ResponsibilityMatrix.WhoAnswersFor(WorkItemId, LocalDate, ResponsibilityChecks)"/>).</exception>
    public AccountabilityAnswer WhoAnswersFor(WorkItemId item, LocalDate on, ResponsibilityChecks? checks = null) => At(on).WhoAnswersFor(item, on, checks);
}
