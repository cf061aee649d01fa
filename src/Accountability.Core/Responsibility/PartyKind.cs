namespace Accountability.Responsibility;

/// <summary>What kind of party can hold responsibility.</summary>
public enum PartyKind
{
    /// <summary>A named individual; the only kind that holds roles and belongs to teams.</summary>
    Person = 0,

    /// <summary>A position, such as <c>regional manager East</c>, held by people over time.</summary>
    Role = 1,

    /// <summary>A group of people, such as <c>East sales reps</c>, whose members change over time.</summary>
    Team = 2,
}
