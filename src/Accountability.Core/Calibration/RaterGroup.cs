namespace Accountability.Calibration;

/// <summary>Who a rating comes from, relative to its subject (the groups of a 360° review).</summary>
public enum RaterGroup
{
    /// <summary>The subject rating themselves; the rater must be the subject.</summary>
    Self,

    /// <summary>The subject's manager.</summary>
    Manager,

    /// <summary>A peer of the subject.</summary>
    Peer,

    /// <summary>Someone who reports to the subject.</summary>
    DirectReport,
}
