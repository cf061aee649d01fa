using System.Diagnostics;
using System.Globalization;
using Accountability.Feedback;
using Accountability.Tests.Feedback;
using NodaTime;

namespace Accountability.Storage.Sqlite.Tests;

/// <summary>Runs the writer child process (tests/Accountability.Storage.Sqlite.Writer) and collects what it acknowledged.</summary>
internal sealed class WriterProcess : IDisposable
{
    private readonly Process _process;
    private readonly List<string> _lines = [];
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private WriterProcess(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                _closed.TrySetResult();
                return;
            }

            lock (_lines)
            {
                _lines.Add(e.Data);
            }

            if (e.Data == "ready")
            {
                _ready.TrySetResult();
            }
        };
        process.BeginOutputReadLine();
    }

    /// <summary>The writer's assembly, built beside the tests (same configuration and framework).</summary>
    private static string WriterDll()
    {
        string here = AppContext.BaseDirectory; // .../tests/Accountability.Storage.Sqlite.Tests/bin/<config>/<tfm>/
        DirectoryInfo tfm = new(here.TrimEnd(Path.DirectorySeparatorChar));
        string config = tfm.Parent!.Name;
        string tests = tfm.Parent.Parent!.Parent!.Parent!.FullName;
        string dll = Path.Combine(tests, "Accountability.Storage.Sqlite.Writer", "bin", config, tfm.Name, "Accountability.Storage.Sqlite.Writer.dll");
        Assert.True(File.Exists(dll), "the writer is built: " + dll);
        return dll;
    }

    public static WriterProcess Start(string db, string prefix, int streams, int count, string? go = null)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = false,
            UseShellExecute = false,
        };
        foreach (string arg in new[] { WriterDll(), db, prefix, streams.ToString(CultureInfo.InvariantCulture), count.ToString(CultureInfo.InvariantCulture) })
        {
            info.ArgumentList.Add(arg);
        }

        if (go is not null)
        {
            info.ArgumentList.Add(go);
        }

        return new WriterProcess(Process.Start(info)!);
    }

    public Task Ready => _ready.Task;

    /// <summary>Kills the process at once (SIGKILL on Linux) and waits until its output is read to the end.</summary>
    public async Task KillAsync()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It had already exited.
        }

        await _process.WaitForExitAsync();
        await _closed.Task;
    }

    public async Task<int> WaitAsync()
    {
        await _process.WaitForExitAsync();
        await _closed.Task;
        return _process.ExitCode;
    }

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_lines)
            {
                return [.. _lines];
            }
        }
    }

    /// <summary>The records acknowledged: stream, version, identifier.</summary>
    public IReadOnlyList<(string Stream, long Version, string Id)> Acknowledged => [.. Lines
        .Where(l => l.StartsWith("ok ", StringComparison.Ordinal))
        .Select(l => l.Split(' '))
        .Select(p => (p[1], long.Parse(p[2], CultureInfo.InvariantCulture), p[3]))];

    /// <summary>The conflicts reported: stream, expected, actual.</summary>
    public IReadOnlyList<(string Stream, long Expected, long Actual)> Conflicts => [.. Lines
        .Where(l => l.StartsWith("conflict ", StringComparison.Ordinal))
        .Select(l => l.Split(' '))
        .Select(p => (p[1], long.Parse(p[2], CultureInfo.InvariantCulture), long.Parse(p[3], CultureInfo.InvariantCulture)))];

    /// <summary>The record the writer made under <paramref name="id"/> (the same code as the writer's).</summary>
    public static FeedbackRecord Expected(string id)
    {
        int dash = id.LastIndexOf('-');
        string prefix = id[..dash];
        int n = int.Parse(id[(dash + 1)..], CultureInfo.InvariantCulture);
        return TestRecords.Feedback(
            id,
            author: prefix,
            subject: "rep-" + (n % 5).ToString(CultureInfo.InvariantCulture),
            at: TestRecords.Start + Duration.FromSeconds(n),
            text: "Record " + n.ToString(CultureInfo.InvariantCulture) + " of " + prefix + ": well done — ✓");
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }
}
