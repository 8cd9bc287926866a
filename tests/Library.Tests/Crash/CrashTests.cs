using Xunit.Abstractions;

namespace Library.Tests.Crash;

/// <summary>The crash run keeps the machine busy and times its kills against the work: it runs alone.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CrashCollection
{
    public const string Name = "Crash";
}

/// <summary>
/// The short crash run of <c>./test.sh</c> (<see cref="CrashPlan"/>); <c>scripts/crash-test.sh</c> runs a long one. It
/// runs on the engine the suite runs on.
/// </summary>
[Collection(CrashCollection.Name)]
public sealed class CrashTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Work_goes_on_unharmed_while_the_host_is_killed_at_random_moments()
    {
        var plan = CrashPlan.FromEnvironment();
        output.WriteLine(plan.ToString());

        var report = await CrashRun.RunAsync(plan, output.WriteLine);

        output.WriteLine(report.ToString());
        Assert.True(report.Findings.Count == 0, $"{report}{Environment.NewLine}{string.Join(Environment.NewLine, report.Findings.Take(30))}");
        Assert.Equal(plan.Kills, report.Restarts.Count);
        Assert.True(report.StepsAcknowledged > 0 && report.DigitizationsCompleted > 0 && report.LoansCompleted > 0, report.ToString());
    }
}
