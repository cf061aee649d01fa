using System.Globalization;
using System.Text.Json;
using Accountability.Goals;

namespace Accountability.Tests.Goals;

/// <summary>Loads the published apportionment vectors from <c>../shared/reference</c> beside the repository.</summary>
internal static class ReferenceVectors
{
    public static string Folder => FolderFrom(AppContext.BaseDirectory);

    /// <summary>Finds <c>../shared/reference</c> beside the repository root found above <paramref name="start"/>, or fails with a clear message.</summary>
    public static string FolderFrom(string start)
    {
        {
            DirectoryInfo? dir = new(start);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Accountability.Core.sln")))
            {
                dir = dir.Parent;
            }

            if (dir is null)
            {
                throw new InvalidOperationException(
                    "Reference vectors: could not find the repository root (the folder holding Accountability.Core.sln) above " + start + ".");
            }

            string folder = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "reference"));
            if (!Directory.Exists(folder))
            {
                throw new InvalidOperationException(
                    "Reference vectors are missing: expected the folder " + folder + " (a copy of shared/reference beside the repository root). " +
                    "These tests check the apportionment methods against published results and must not pass without them.");
            }

            return folder;
        }
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

    public static ApportionmentMethod? MapMethod(string? name)
    {
        if (name is null)
        {
            return null;
        }

        string s = name.Trim().ToLowerInvariant();
        if (s.Contains("droop", StringComparison.Ordinal) || s.Contains("modified", StringComparison.Ordinal))
        {
            return null;
        }

        if (s.StartsWith("hamilton", StringComparison.Ordinal) || s == "largest_remainder")
        {
            return ApportionmentMethod.LargestRemainder;
        }

        if (s is "jefferson" or "dhondt" || s.StartsWith("highest averages with divisors starting at 1 ", StringComparison.Ordinal))
        {
            return ApportionmentMethod.DHondt;
        }

        if (s is "webster" or "sainte_lague" or "saintelague" || s.StartsWith("highest averages with divisors starting at 0.5", StringComparison.Ordinal))
        {
            return ApportionmentMethod.SainteLague;
        }

        if (s.StartsWith("huntington", StringComparison.Ordinal))
        {
            return ApportionmentMethod.HuntingtonHill;
        }

        return null;
    }

    public static bool TryNumberArray(JsonElement c, string name, out decimal[] values)
    {
        values = [];
        if (!c.TryGetProperty(name, out JsonElement e) || e.ValueKind != JsonValueKind.Array)
        {
            return false;
        }

        var list = new List<decimal>();
        foreach (JsonElement x in e.EnumerateArray())
        {
            if (x.ValueKind != JsonValueKind.Number)
            {
                return false;
            }

            list.Add(x.GetDecimal());
        }

        values = [.. list];
        return true;
    }

    public static bool TryLongArray(JsonElement e, out long[] values)
    {
        values = [];
        if (e.ValueKind != JsonValueKind.Array)
        {
            return false;
        }

        var list = new List<long>();
        foreach (JsonElement x in e.EnumerateArray())
        {
            if (x.ValueKind != JsonValueKind.Number)
            {
                return false;
            }

            list.Add(x.GetInt64());
        }

        values = [.. list];
        return true;
    }

    public static string Show(IEnumerable<long> values) => "[" + string.Join(",", values.Select(v => v.ToString(CultureInfo.InvariantCulture))) + "]";
}
