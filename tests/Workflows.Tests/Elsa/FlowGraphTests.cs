using Workflows.Activities;
using Workflows.Runtime;
using Workflows.Tests.Infrastructure;

namespace Workflows.Tests.Elsa;

/// <summary>Connections are forward unless they close a loop, whatever order the definition lists them in.</summary>
public sealed class FlowGraphTests
{
    [Fact]
    public void A_loop_back_is_backward_and_both_sides_of_a_diamond_are_forward()
    {
        // start → a ─┬─ b ─┐
        //            └─ c ─┴─ d ─True→ a (loop-back, listed first)
        var definition = new Flow("graph")
            .Start().Add("a", nameof(Fork)).Add("b", nameof(Fork)).Add("c", nameof(Fork))
            .Add("d", nameof(Decision), new() { ["condition"] = true })
            .Connect("d", "a", Outcomes.True)
            .Chain("start", "a", "b", "d").Chain("a", "c", "d")
            .Build();

        var graph = new FlowGraph(definition, "start");

        Assert.Equal(["start"], graph.ForwardInbound("a").Select(c => c.Source));
        Assert.Equal(["d", "start"], graph.Inbound("a").Select(c => c.Source).Order());
        Assert.Equal(["b", "c"], graph.ForwardInbound("d").Select(c => c.Source).Order());
        Assert.Equal(["a", "b", "c", "start"], graph.Ancestors("d").Order());
        Assert.Equal(["start"], graph.Ancestors("a"));
    }

    [Fact]
    public void An_activity_the_start_does_not_reach_still_has_its_connections_classified()
    {
        var definition = new Flow("graph")
            .Start().Add("x", nameof(Fork)).Add("y", nameof(Fork))
            .Chain("x", "y", "x")
            .Build();

        var graph = new FlowGraph(definition, "start");

        Assert.Equal(["x"], graph.ForwardInbound("y").Select(c => c.Source));
        Assert.Empty(graph.ForwardInbound("x"));
        Assert.Single(graph.Inbound("x"));
    }
}
