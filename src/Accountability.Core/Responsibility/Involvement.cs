namespace Accountability.Responsibility;

/// <summary>
/// What a code of a <see cref="ResponsibilityScheme"/> means, in the terms the library's checks and
/// queries understand. DACI's Approver, for example, is <see cref="Accountable"/>.
/// </summary>
public enum Involvement
{
    /// <summary>Answers for the outcome; exactly one per work item.</summary>
    Accountable = 0,

    /// <summary>Does the work; at least one per work item.</summary>
    Responsible = 1,

    /// <summary>Asked before decisions; two-way communication.</summary>
    Consulted = 2,

    /// <summary>Told of progress and decisions; one-way communication.</summary>
    Informed = 3,

    /// <summary>Helps those who do the work (RASCI's S).</summary>
    Support = 4,

    /// <summary>Checks the result against its criteria (RACI-VS's V).</summary>
    Verifier = 5,

    /// <summary>Signs the result off (RACI-VS's S).</summary>
    Signatory = 6,

    /// <summary>An integrator's own meaning, which the built-in checks do not interpret.</summary>
    Other = 7,
}
