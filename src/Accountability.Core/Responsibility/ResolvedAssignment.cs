namespace Accountability.Responsibility;

/// <summary>One person holding one code on a work item, directly or through a role or team.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ResolvedAssignment
{
    internal ResolvedAssignment(Party person, Party assigned, ResponsibilityCode code)
    {
        Person = person;
        Assigned = assigned;
        Code = code;
    }

    /// <summary>The person who holds the code.</summary>
    public Party Person { get; }

    /// <summary>The party named in the matrix cell: the person themself, or the role or team they hold the code through.</summary>
    public Party Assigned { get; }

    /// <summary>The role or team through which the person holds the code; <see langword="null"/> when assigned directly.</summary>
    public Party? Via => Assigned.Kind == PartyKind.Person ? null : Assigned;

    /// <summary>The code held.</summary>
    public ResponsibilityCode Code { get; }

    /// <summary>Returns <c>Li Wei (li-wei) as Regional manager East (rm-east)</c>, or just the person when direct.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Via is Party via ? Person + " as " + via : Person.ToString();
}
