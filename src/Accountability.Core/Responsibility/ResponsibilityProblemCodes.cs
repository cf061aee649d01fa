namespace Accountability.Responsibility;

/// <summary>
/// The stable codes of the problems the responsibility stage reports (see <see cref="Problem.Code"/>): building a
/// scheme or a matrix, the built-in checks, the who-answers queries, diffs, handovers and histories.
/// </summary>
/// <remarks>
/// Lower-case kebab-case, like every stage's codes (see <see cref="KernelProblemCodes"/>). Codes are part of the public
/// contract: they do not change between versions. Use them to test for a problem, or to change its severity with
/// <see cref="ResponsibilityOptions.WithSeverity"/>.
/// </remarks>
public static class ResponsibilityProblemCodes
{
    /// <summary>A scheme defines the same code symbol twice.</summary>
    public const string DuplicateCode = "duplicate-code";

    /// <summary>A scheme does not have exactly one code meaning Accountable.</summary>
    public const string SchemeAccountableCode = "scheme-accountable-code";

    /// <summary>A scheme has no code meaning Responsible.</summary>
    public const string SchemeResponsibleCode = "scheme-responsible-code";

    /// <summary>A symbol is not a code of the scheme (in a cell, a forbidden combination or an option).</summary>
    public const string UnknownCode = "unknown-code";

    /// <summary>A matrix defines the same party twice.</summary>
    public const string DuplicateParty = "duplicate-party";

    /// <summary>A matrix defines the same work item twice.</summary>
    public const string DuplicateWorkItem = "duplicate-work-item";

    /// <summary>A work item the matrix does not define is named (as a parent, in a cell, or in a query).</summary>
    public const string UnknownWorkItem = "unknown-work-item";

    /// <summary>A party the matrix does not define is named (in a tenure, a cell, a handover or a query).</summary>
    public const string UnknownParty = "unknown-party";

    /// <summary>A work item is nested under itself through its parents.</summary>
    public const string WorkItemCycle = "work-item-cycle";

    /// <summary>A tenure is held by a role or a team instead of a person.</summary>
    public const string TenureHolderNotPerson = "tenure-holder-not-person";

    /// <summary>A tenure is in a person instead of a role or a team.</summary>
    public const string TenureTargetNotRoleOrTeam = "tenure-target-not-role-or-team";

    /// <summary>A tenure ends before it starts.</summary>
    public const string TenureEndsBeforeStart = "tenure-ends-before-start";

    /// <summary>A cell holds no code.</summary>
    public const string AssignmentWithoutCodes = "assignment-without-codes";

    /// <summary>A matrix already has the last version number a matrix can have, so no change can follow it.</summary>
    public const string VersionLimit = "version-limit";

    /// <summary>No one is Accountable for a work item.</summary>
    public const string AccountableMissing = "accountable-missing";

    /// <summary>More than one party is Accountable for a work item.</summary>
    public const string AccountableMultiple = "accountable-multiple";

    /// <summary>The Accountable role or team of a work item stands for more than one person on the date.</summary>
    public const string AccountableAmbiguous = "accountable-ambiguous";

    /// <summary>No one is Responsible for a work item.</summary>
    public const string ResponsibleMissing = "responsible-missing";

    /// <summary>A code is held by more parties on one work item than its maximum.</summary>
    public const string CodeAboveMaximum = "code-above-maximum";

    /// <summary>The Accountable party lacks the authority the work item requires.</summary>
    public const string AuthorityMismatch = "authority-mismatch";

    /// <summary>A role no one holds, or a team with no member, holds a code on the date.</summary>
    public const string Vacancy = "vacancy";

    /// <summary>One party holds two codes on a work item that may not be held together.</summary>
    public const string ForbiddenCombination = "forbidden-combination";

    /// <summary>More parties are Consulted on a work item than the options allow.</summary>
    public const string TooManyConsulted = "too-many-consulted";

    /// <summary>A party is Accountable for more work items than the options allow.</summary>
    public const string Overload = "overload";

    /// <summary>A party answers for nothing on the date.</summary>
    public const string PartyUnassigned = "party-unassigned";

    /// <summary>A custom check failed: it threw, returned null, reported a null problem, or its name could not be read.</summary>
    public const string CheckFault = "check-fault";

    /// <summary>A custom check has an empty name.</summary>
    public const string CheckNameMissing = "check-name-missing";

    /// <summary>Two checks run together share a name.</summary>
    public const string DuplicateCheck = "duplicate-check";

    /// <summary>No one can be named as answering for a work item, because errors concern it.</summary>
    public const string AccountabilityUnresolved = "accountability-unresolved";

    /// <summary>A subject holds no Responsible code on a work item, nor on any item nested under it, on the date (directly or through a role or team).</summary>
    public const string NotResponsible = "not-responsible";

    /// <summary>A subject is scored on a criterion for work they hold no responsibility for (measured on what they own).</summary>
    public const string ScoredWithoutResponsibility = "scored-without-responsibility";

    /// <summary>
    /// The party Accountable for work a subject is scored on and Responsible for lacks the authority the work item
    /// requires (the rule of <see cref="AuthorityMismatch"/>, reported for the subject measured on that work).
    /// </summary>
    public const string ManagerLacksAuthority = "manager-lacks-authority";

    /// <summary>A criterion a subject is scored on names no work item, so whether the subject owns that work cannot be checked.</summary>
    public const string CriterionWithoutWorkItem = "criterion-without-work-item";

    /// <summary>A matrix version is asked about a date before it applies; ask the version in effect that day.</summary>
    public const string DateBeforeVersion = "date-before-version";

    /// <summary>Two matrices with different schemes are compared or put in one history.</summary>
    public const string SchemeMismatch = "scheme-mismatch";

    /// <summary>A diff starts from another version than the matrix it is applied to.</summary>
    public const string DiffVersionMismatch = "diff-version-mismatch";

    /// <summary>A diff does not fit the content of the matrix it is applied to.</summary>
    public const string DiffDoesNotApply = "diff-does-not-apply";

    /// <summary>A party is asked to hand over to itself.</summary>
    public const string HandoverToSelf = "handover-to-self";

    /// <summary>A handover is dated before the version it starts from applies.</summary>
    public const string HandoverBeforeVersion = "handover-before-version";

    /// <summary>A handover would give the receiver two codes on one work item that the scheme forbids together.</summary>
    public const string HandoverForbiddenCombination = "handover-forbidden-combination";

    /// <summary>A version appended to a history does not have a higher number.</summary>
    public const string VersionNotIncreasing = "version-not-increasing";

    /// <summary>A version appended to a history has no effective date, or one before the current version's.</summary>
    public const string EffectiveDateNotIncreasing = "effective-date-not-increasing";

    /// <summary>No version of a history applies on the date asked about.</summary>
    public const string NoVersionInEffect = "no-version-in-effect";

    /// <summary>A history has no version with the number asked for.</summary>
    public const string UnknownVersion = "unknown-version";
}
