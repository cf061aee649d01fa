using System.Collections.Concurrent;
using System.Diagnostics;

namespace Accountability.Storage.PostgreSql.Tests.Infrastructure;

/// <summary>
/// The appender child process (tests/Accountability.Storage.PostgreSql.Appender), started with <c>dotnet</c>; collects
/// the lines it prints. A line is only seen once the child flushed it, so every "ack" line is an acknowledged append.
/// </summary>
internal sealed class AppenderProcess : IDisposable
{
    private readonly Process _process;
    private readonly BlockingCollection<string> _lines = [];
    private readonly List<string> _seen = [];
    private readonly System.Text.StringBuilder _errors = new();

    private AppenderProcess(Process process)
    {
        _process = process;
    }

    public static AppenderProcess Start(params string[] arguments)
    {
        string dll = Path.Combine(AppContext.BaseDirectory, "Accountability.Storage.PostgreSql.Appender.dll");
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(dll);
        foreach (string argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        var process = new Process { StartInfo = info };
        var child = new AppenderProcess(process);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                child._lines.CompleteAdding();
            }
            else
            {
                child._lines.Add(e.Data);
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (child._errors)
                {
                    child._errors.AppendLine(e.Data);
                }
            }
        };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Every line read so far.</summary>
    public IReadOnlyList<string> Lines => _seen;

    public string Errors
    {
        get
        {
            lock (_errors)
            {
                return _errors.ToString();
            }
        }
    }

    /// <summary>Reads lines until <paramref name="stop"/> holds for one, or the output ends; false if it ended first.</summary>
    public bool ReadUntil(Func<string, bool> stop)
    {
        foreach (string line in _lines.GetConsumingEnumerable())
        {
            _seen.Add(line);
            if (stop(line))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>SIGKILL: the child gets no chance to finish anything.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
        ReadUntil(_ => false);
    }

    /// <summary>Waits for the child to end by itself; returns its exit code.</summary>
    public int WaitForExit()
    {
        ReadUntil(_ => false);
        _process.WaitForExit();
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
        _lines.Dispose();
    }
}
