using System.Globalization;
using System.Text.Json;
using Accountability.Goals;

namespace Accountability.Tests.Goals;

/// <summary>
/// Loads the project's own apportionment reference vectors from <c>Goals/Data/*.json</c> in the test output folder
/// (copied there by the test project). Each file names its published sources; the figures are facts transcribed
/// from them (textbook apportionment examples, official election results, money-allocation libraries' examples).
/// </summary>
/// <remarks>
/// File format: <c>title</c>, <c>sources</c> (where the figures were published), <c>rule</c> (the remainder rule the
/// source uses), <c>checks</c>, and <c>cases</c>. An apportionment case has <c>case</c>, <c>total</c> (units),
/// <c>weights</c>, an optional <c>zeroBelow</c> (a threshold or quorum: weights below it count as zero for the
/// expectations) and <c>expect</c>, a list of <c>{ method, shares }</c> with method <c>largest-remainder</c>,
/// <c>dhondt</c>, <c>sainte-lague</c> or <c>huntington-hill</c>. A split case has <c>case</c>, <c>amount</c>,
/// <c>decimals</c> and <c>weights</c>.
/// </remarks>
internal static class ReferenceVectors
{
    public static string Folder => FolderFrom(AppContext.BaseDirectory);

    /// <summary>The data folder below <paramref name="baseDirectory"/>, or a clear failure when the test data was not copied there.</summary>
    public static string FolderFrom(string baseDirectory)
    {
        string folder = Path.Combine(baseDirectory, "Goals", "Data");
        if (!Directory.Exists(folder))
        {
            throw new InvalidOperationException(
                "Reference vectors are missing: expected the folder " + folder + " (the test project copies Goals/Data/*.json to its output). " +
                "These tests check the apportionment methods against published results and must not pass without them.");
        }

        return folder;
    }

    public static JsonElement Load(string fileName)
    {
        string path = Path.Combine(Folder, fileName);
        if (!File.Exists(path))
        {
            throw new InvalidOperationException("Reference vector file is missing: " + path);
        }

        using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(path));
        return doc.RootElement.Clone();
    }

    public static ApportionmentMethod Method(string name) => name switch
    {
        "largest-remainder" => ApportionmentMethod.LargestRemainder,
        "dhondt" => ApportionmentMethod.DHondt,
        "sainte-lague" => ApportionmentMethod.SainteLague,
        "huntington-hill" => ApportionmentMethod.HuntingtonHill,
        _ => throw new InvalidOperationException("Unknown method in the reference vectors: " + name),
    };

    public static decimal[] Decimals(JsonElement e) => [.. e.EnumerateArray().Select(x => x.GetDecimal())];

    public static long[] Longs(JsonElement e) => [.. e.EnumerateArray().Select(x => x.GetInt64())];

    public static string Show(IEnumerable<long> values) => "[" + string.Join(",", values.Select(v => v.ToString(CultureInfo.InvariantCulture))) + "]";
}
