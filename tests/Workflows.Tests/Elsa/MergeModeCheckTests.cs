using Workflows.Tests.Infrastructure;

namespace Workflows.Tests.Elsa;

/// <summary>The definition check reads merge modes and join modes, refusing what it cannot run with the activity's name.</summary>
public sealed class MergeModeCheckTests
{
    [Theory]
    [InlineData("Stream")]
    [InlineData("merge")]
    [InlineData("CONVERGE")]
    [InlineData("Cascade")]
    [InlineData("Race")]
    [InlineData("None")]
    public async Task Every_mode_Elsa_names_is_read_in_any_case(string mode)
    {
        await using var host = await WorkflowTestHost.StartAsync();

        Assert.Empty(host.Problems(MergeFlows.TwoBranches(mode)));
    }

    [Theory]
    [InlineData("Sometimes")]
    [InlineData("2")]
    [InlineData("")]
    public async Task An_unknown_mode_is_refused_naming_the_activity(string mode)
    {
        await using var host = await WorkflowTestHost.StartAsync();

        var problem = Assert.Single(host.Problems(MergeFlows.TwoBranches(mode)));

        Assert.Equal("merged", problem.ActivityId);
        Assert.Equal($"activity 'merged' has unknown mergeMode '{mode}'; give Stream, Merge, Converge, Cascade, Race", problem.Message);
    }

    [Theory]
    [InlineData("\"Sometimes\"", "activity 'j' (Join) input 'mode': '\"Sometimes\"' is not a JoinMode")]
    [InlineData("{ \"expression\": \"'WaitAny'\" }", "activity 'j' (Join) input 'mode' must be \"WaitAll\" or \"WaitAny\", not an expression")]
    public async Task A_join_mode_must_be_one_of_the_two_written_out(string mode, string problem)
    {
        await using var host = await WorkflowTestHost.StartAsync();
        var json = MergeFlows.TwoBranches(null, merged: "j").Replace("""{ "id": "j", "type": "WriteLine", "inputs": { "text": "merged" } }""",
            $$"""{ "id": "j", "type": "Join", "inputs": { "mode": {{mode}} } }""");

        Assert.Contains(host.Problems(json), p => p.ActivityId == "j" && p.Message.StartsWith(problem));
    }
}
