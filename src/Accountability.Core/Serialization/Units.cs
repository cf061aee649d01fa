namespace Accountability.Serialization;

/// <summary>Maps measurement units to and from their document shape.</summary>
internal static class Units
{
    public static UnitDocument ToDocument(MeasurementUnit unit) => unit.Kind switch
    {
        MeasurementKind.Money => new UnitDocument { Kind = unit.Kind.ToString(), Currency = unit.Currency!.Value.Code, MinorUnitDigits = unit.Currency.Value.MinorUnitDigits },
        MeasurementKind.Count => new UnitDocument { Kind = unit.Kind.ToString(), Name = unit.Name },
        _ => new UnitDocument { Kind = unit.Kind.ToString(), Name = unit.Name, Decimals = unit.Decimals },
    };

    public static MeasurementUnit? FromDocument(UnitDocument document, string path, DocumentFields read)
    {
        MeasurementKind? kind = read.Enum<MeasurementKind>(document.Kind, ProblemPath.Join(path, "kind"), required: true);
        switch (kind)
        {
            case MeasurementKind.Money:
                read.Absent(document.Name, ProblemPath.Join(path, "name"), "a money unit is named by its currency");
                read.Absent(document.Decimals, ProblemPath.Join(path, "decimals"), "a money unit's decimals are its currency's minor unit digits");
                string? code = read.Text(document.Currency, ProblemPath.Join(path, "currency"));
                int? digits = read.Whole(document.MinorUnitDigits, ProblemPath.Join(path, "minorUnitDigits"));
                return code is null || digits is null ? null : read.Construct(path, () => MeasurementUnit.Money(new Currency(code, digits.Value)));
            case MeasurementKind.Count:
                read.Absent(document.Currency, ProblemPath.Join(path, "currency"), "only money units have a currency");
                read.Absent(document.MinorUnitDigits, ProblemPath.Join(path, "minorUnitDigits"), "only money units have minor unit digits");
                read.Absent(document.Decimals, ProblemPath.Join(path, "decimals"), "counts are whole numbers");
                string? count = read.Text(document.Name, ProblemPath.Join(path, "name"));
                return count is null ? null : read.Construct(path, () => MeasurementUnit.Count(count));
            case MeasurementKind.Quantity or MeasurementKind.Rate:
                read.Absent(document.Currency, ProblemPath.Join(path, "currency"), "only money units have a currency");
                read.Absent(document.MinorUnitDigits, ProblemPath.Join(path, "minorUnitDigits"), "only money units have minor unit digits");
                string? name = read.Text(document.Name, ProblemPath.Join(path, "name"));
                int? decimals = read.Whole(document.Decimals, ProblemPath.Join(path, "decimals"));
                return name is null || decimals is null
                    ? null
                    : read.Construct(path, () => kind == MeasurementKind.Rate ? MeasurementUnit.Rate(name, decimals.Value) : MeasurementUnit.Quantity(name, decimals.Value));
            default:
                return null;
        }
    }
}
