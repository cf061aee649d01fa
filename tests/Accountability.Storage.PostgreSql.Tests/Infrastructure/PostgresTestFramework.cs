using System.Reflection;
using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: TestFramework("Accountability.Storage.PostgreSql.Tests.Infrastructure.PostgresTestFramework", "Accountability.Storage.PostgreSql.Tests")]

namespace Accountability.Storage.PostgreSql.Tests.Infrastructure;

/// <summary>
/// xunit's framework, except that the store contract's tests (plain <c>[Fact]</c>/<c>[Theory]</c> methods inherited
/// from the shared contract classes, which this project runs unchanged and so cannot mark with
/// <see cref="PostgresFactAttribute"/>) are reported as skipped, with the same message, when there is no server.
/// </summary>
public sealed class PostgresTestFramework(IMessageSink messageSink) : XunitTestFramework(messageSink)
{
    protected override ITestFrameworkDiscoverer CreateDiscoverer(IAssemblyInfo assemblyInfo)
    {
        // Said once in the run's output (diagnostic messages are on in xunit.runner.json), not only in each skip reason.
        if (PostgresServer.SkipReason is { } reason)
        {
            DiagnosticMessageSink.OnMessage(new DiagnosticMessage(reason));
        }

        return new Discoverer(assemblyInfo, SourceInformationProvider, DiagnosticMessageSink);
    }

    private sealed class Discoverer(IAssemblyInfo assemblyInfo, ISourceInformationProvider sourceProvider, IMessageSink diagnosticMessageSink)
        : XunitTestFrameworkDiscoverer(assemblyInfo, sourceProvider, diagnosticMessageSink)
    {
        protected override bool FindTestsForMethod(ITestMethod testMethod, bool includeSourceInformation, IMessageBus messageBus, ITestFrameworkDiscoveryOptions discoveryOptions)
        {
            if (PostgresServer.SkipReason is not { } reason || !IsInheritedTest(testMethod))
            {
                return base.FindTestsForMethod(testMethod, includeSourceInformation, messageBus, discoveryOptions);
            }

            var skipped = new XunitSkippedDataRowTestCase(
                DiagnosticMessageSink,
                discoveryOptions.MethodDisplayOrDefault(),
                discoveryOptions.MethodDisplayOptionsOrDefault(),
                testMethod,
                reason);
            return ReportDiscoveredTestCase(skipped, includeSourceInformation, messageBus);
        }

        private static bool IsInheritedTest(ITestMethod testMethod) =>
            testMethod.Method is IReflectionMethodInfo { MethodInfo: MethodInfo method }
            && testMethod.TestClass.Class is IReflectionTypeInfo { Type: Type testClass }
            && method.DeclaringType != testClass
            && method.GetCustomAttributes<FactAttribute>(inherit: true).Any();
    }
}
