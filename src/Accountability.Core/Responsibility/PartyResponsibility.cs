namespace Accountability.Responsibility;

/// <summary>One thing a party answers for: a code on a work item, held directly or through a role or team.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class PartyResponsibility
{
    internal PartyResponsibility(WorkItem item, ResponsibilityCode code, Party? via)
    {
        WorkItem = item;
        Code = code;
        Via = via;
    }

    /// <summary>The work item.</summary>
    public WorkItem WorkItem { get; }

    /// <summary>The code held.</summary>
    public ResponsibilityCode Code { get; }

    /// <summary>The role or team through which it is held; <see langword="null"/> when held directly.</summary>
    public Party? Via { get; }

    /// <summary>Returns <c>A on Set targets (set-targets) via Sales director (sales-director)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Code.Symbol + " on " + WorkItem + (Via is Party via ? " via " + via : string.Empty);
}
