using System.Diagnostics;

namespace Accountability.Storage.Sqlite.Tests;

/// <summary>The sample console's <c>--db</c>: the first run stores the story, the second reads it back and appends nothing.</summary>
public sealed class SampleConsoleDbTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static (int Code, string Output, string Errors) RunSample(params string[] args)
    {
        DirectoryInfo tfm = new(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        string root = tfm.Parent!.Parent!.Parent!.Parent!.Parent!.FullName;
        string dll = Path.Combine(root, "samples", "Accountability.Samples.Console", "bin", tfm.Parent.Name, tfm.Name, "Accountability.Samples.Console.dll");
        Assert.True(File.Exists(dll), "the sample is built: " + dll);
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(dll);
        foreach (string arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using Process process = Process.Start(info)!;
        Task<string> errors = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, errors.Result);
    }

    [Fact]
    public void Db_FirstRunStoresTheStory_SecondRunReadsItBack_AndAppendsNothing()
    {
        string db = _folder.File("story.db");

        (int code, string first, string firstErrors) = RunSample("reviews", "--db", db);
        Assert.True(code == 0, firstErrors);
        Assert.Contains($"Kept in {db}:", first, StringComparison.Ordinal);
        Assert.Contains("Appeal by liu-yang on calls", first, StringComparison.Ordinal);

        (code, string second, string secondErrors) = RunSample("--db", db, "reviews");
        Assert.True(code == 0, secondErrors);
        Assert.Contains($"{db} already holds the story from an earlier run:", second, StringComparison.Ordinal);
        Assert.DoesNotContain("Appeal by liu-yang on calls", second, StringComparison.Ordinal);
        Assert.Contains("Stored result sales-rep-fy2026/liu-yang/2026-04-01..2026-06-30: v1 ", second, StringComparison.Ordinal);

        (code, string third, _) = RunSample("reviews", "--db", db);
        Assert.Equal(0, code);
        Assert.Equal(second, third);
    }

    [Fact]
    public void Db_Misused_OrOnABadFile_IsAClearError()
    {
        (int code, _, string errors) = RunSample("reviews", "--db");
        Assert.Equal(2, code);
        Assert.Contains("--db needs a path", errors, StringComparison.Ordinal);

        (code, _, errors) = RunSample("goals", "--db", _folder.File("x.db"));
        Assert.Equal(2, code);
        Assert.Contains("not with 'goals'", errors, StringComparison.Ordinal);

        string notes = _folder.File("notes.txt");
        File.WriteAllText(notes, "not a database, just some notes that are long enough to be more than a header");
        (code, _, errors) = RunSample("reviews", "--db", notes);
        Assert.Equal(1, code);
        Assert.Contains("not-a-database: The file", errors, StringComparison.Ordinal);
    }
}
