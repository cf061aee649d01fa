namespace Accountability.Feedback;

/// <summary>The order in which a query returns records: the order the store appended them, or the reverse.</summary>
public enum RecordOrder
{
    /// <summary>Oldest appended first.</summary>
    Ascending = 0,

    /// <summary>Newest appended first.</summary>
    Descending = 1,
}
