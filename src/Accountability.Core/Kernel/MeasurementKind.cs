namespace Accountability;

/// <summary>What a target measures, which decides how it is split and rolled up.</summary>
public enum MeasurementKind
{
    /// <summary>Money in one currency, on the currency's minor unit grid; split exactly, rolled up by sum.</summary>
    Money = 0,

    /// <summary>Whole things (deals, visits, units sold); split in whole numbers, rolled up by sum.</summary>
    Count = 1,

    /// <summary>A decimal quantity with a declared number of decimal places; split exactly on that grid, rolled up by sum.</summary>
    Quantity = 2,

    /// <summary>
    /// A rate or average (customer satisfaction, margin %) with a declared number of decimal places; not split (each
    /// child keeps a rate), rolled up as a mean weighted by a declared measure (such as the number of responses).
    /// </summary>
    Rate = 3,
}
