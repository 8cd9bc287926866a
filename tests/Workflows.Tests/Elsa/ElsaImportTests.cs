using System.Text.Json.Nodes;
using Workflows.Activities;
using Workflows.Definitions;
using Workflows.Elsa;
using static Workflows.Tests.Elsa.ElsaSamples;

namespace Workflows.Tests.Elsa;

/// <summary>Each Elsa sample translated into our definition format: types, inputs, connections, variables and children.</summary>
public sealed class ElsaImportTests
{
    [Fact]
    public void Start_and_End_keep_their_ids_connection_and_designer_positions()
    {
        var import = Import("start-end");

        var definition = import.Definition!;
        Assert.Equal(("elsa-start-end", "Start and End", true), (definition.Id, definition.Name, import.Publish));
        Assert.Equal([("start1", nameof(Start)), ("end1", nameof(End))], definition.Activities.Select(a => (a.Id, a.Type)));
        Assert.Equal([("start1", Outcomes.Done, "end1")], definition.Edges());
        Assert.Equal("""{"x":0,"y":120}""", Text(definition.Node("end1").Position));
        Assert.Empty(import.Children);
        Assert.Empty(import.Validate(new DefinitionReader(Registry, RequiredWaits.None)));
    }

    [Fact]
    public void WriteLine_text_is_a_literal_or_a_JavaScript_expression()
    {
        var definition = Import("write-line").Definition!;

        Assert.Equal(("WriteLine", """{"text":"Hello, world"}"""), (definition.Node("hello").Type, Text(definition.Node("hello").Inputs)));
        Assert.Equal("""{"text":{"expression":"return 'one and two make ' + (1 + 2);"}}""", Text(definition.Node("sum").Inputs));
    }

    [Fact]
    public void Variables_get_typed_initial_values_and_SetVariable_names_its_variable_by_id()
    {
        var definition = Import("set-variable").Definition!;

        Assert.Equal("""{"count":0,"greeting":null,"name":"Ada","ready":false}""", Text(definition.Variables));
        // A literal is converted to the variable's type, as Elsa converts it when it stores it.
        Assert.Equal("""{"variable":"count","value":5}""", Text(definition.Node("set-count").Inputs));
        Assert.Equal("""{"variable":"count","value":{"expression":"variables.count + 1"}}""", Text(definition.Node("add-one").Inputs));
        Assert.Equal("greeting", (string?)definition.Node("set-greeting").Inputs["variable"]);
    }

    [Fact]
    public void A_Variable_expression_reads_the_variable_its_id_names()
    {
        var definition = Import("variable-expression").Definition!;

        Assert.Equal("""{"variable":"copy","value":{"expression":"getVariable(\"name\")"}}""", Text(definition.Node("copy").Inputs));
        Assert.Equal("""{"text":{"expression":"getVariable(\"copy\")"}}""", Text(definition.Node("say").Inputs));
    }

    [Fact]
    public void FlowDecision_is_a_Decision_whose_ports_are_its_outcomes_and_where_branches_meet_Elsa_streams()
    {
        var definition = Import("flow-decision").Definition!;

        Assert.Equal(nameof(Decision), definition.Node("is-large").Type);
        Assert.Equal("""{"condition":{"expression":"return variables.amount > 100;"}}""", Text(definition.Node("is-large").Inputs));
        Assert.Contains(("is-large", Outcomes.True, "large"), definition.Edges());
        Assert.Contains(("is-large", Outcomes.False, "small"), definition.Edges());
        Assert.Equal(nameof(MergeMode.Stream), definition.Node("end1").MergeMode);
        Assert.All(definition.Activities.Where(a => a.Id != "end1"), a => Assert.Null(a.MergeMode));
        Assert.Equal("""{"amount":150,"size":null}""", Text(definition.Variables));
    }

    [Fact]
    public void FlowJoin_WaitAll_is_a_Join_without_a_mode_and_keeps_its_own_merging()
    {
        var definition = Import("flow-join-wait-all").Definition!;

        var join = definition.Node("join");
        Assert.Equal((nameof(Join), "{}", null), (join.Type, Text(join.Inputs), join.MergeMode));
        Assert.Equal((nameof(Activities.Timer), """{"duration":"00:01:00"}"""), (definition.Node("wait").Type, Text(definition.Node("wait").Inputs)));
        Assert.Equal([("start1", "Done", "left"), ("start1", "Done", "wait")], definition.Edges().Where(e => e.Item1 == "start1"));
    }

    [Fact]
    public void FlowJoin_WaitAny_is_a_Join_with_that_mode()
    {
        var join = Import("flow-join-wait-any").Definition!.Node("join");

        Assert.Equal((nameof(Join), """{"mode":"WaitAny"}""", null), (join.Type, Text(join.Inputs), join.MergeMode));
    }

    [Fact]
    public void FlowFork_is_a_Fork_with_its_branches_as_outcomes()
    {
        var definition = Import("flow-fork").Definition!;

        Assert.Equal((nameof(Fork), """{"branches":["Left","Right"]}"""), (definition.Node("fork").Type, Text(definition.Node("fork").Inputs)));
        Assert.Equal([("fork", "Left", "left"), ("fork", "Right", "right")], definition.Edges().Where(e => e.Item1 == "fork"));
    }

    [Fact]
    public void Delay_is_a_Timer_for_its_time_span()
    {
        var wait = Import("delay").Definition!.Node("wait");

        Assert.Equal((nameof(Activities.Timer), """{"duration":"00:00:10"}"""), (wait.Type, Text(wait.Inputs)));
    }

    [Fact]
    public void Event_waits_on_its_event_name()
    {
        var paid = Import("event").Definition!.Node("paid");

        Assert.Equal(("Event", """{"eventName":"order-paid"}"""), (paid.Type, Text(paid.Inputs)));
    }

    [Fact]
    public void Fault_keeps_its_code_category_type_and_message()
    {
        var fail = Import("fault").Definition!.Node("fail");

        Assert.Equal(("Fault", """{"code":"404","category":"Business","faultType":"Business","message":"Order not found"}"""), (fail.Type, Text(fail.Inputs)));
    }

    [Fact]
    public void FlowNode_runs_a_single_body_activity_in_its_place_and_a_flowchart_body_as_a_child_definition()
    {
        var import = Import("flow-node");
        var definition = import.Definition!;

        Assert.Equal((nameof(SetVariable), """{"variable":"outer","value":"set in a FlowNode"}"""), (definition.Node("single").Type, Text(definition.Node("single").Inputs)));
        Assert.Equal((nameof(RunWorkflow), """{"workflow":"elsa-flow-node.nested","arguments":{"expression":"variables"}}"""),
            (definition.Node("nested").Type, Text(definition.Node("nested").Inputs)));
        var child = Assert.Single(import.Children);
        Assert.Equal(("elsa-flow-node.nested", "FlowNode / nested"), (child.Id, child.Name));
        Assert.Equal(["inner-start", "inner-mark", "inner-end"], child.Activities.Select(a => a.Id));
        Assert.Equal("""{"outer":null,"inner":null}""", Text(child.Variables));
        Assert.Equal("""{"variable":"inner","value":{"expression":"variables.outer + ', then in a flowchart'"}}""", Text(child.Node("inner-mark").Inputs));
    }

    [Fact]
    public void A_nested_flowchart_without_a_Start_is_a_child_definition_that_begins_at_its_first_activity()
    {
        var import = Import("nested-flowchart");

        Assert.Equal("""{"workflow":"elsa-nested-flowchart.doubling","arguments":{"expression":"variables"}}""", Text(import.Definition!.Node("doubling").Inputs));
        var child = Assert.Single(import.Children);
        Assert.Equal([("start", nameof(Start)), ("inner-set", nameof(SetVariable))], child.Activities.Select(a => (a.Id, a.Type)));
        Assert.Equal([("start", Outcomes.Done, "inner-set")], child.Edges());
        Assert.Equal("""{"input":21,"result":null}""", Text(child.Variables));
    }

    [Fact]
    public void ParallelForEach_runs_its_body_as_a_child_definition_that_has_CurrentValue_and_CurrentIndex()
    {
        var import = Import("parallel-for-each");

        var each = import.Definition!.Node("each");
        Assert.Equal((nameof(ParallelForEach), """{"body":"elsa-parallel-for-each.each","items":["red","green","blue"]}"""), (each.Type, Text(each.Inputs)));
        var body = Assert.Single(import.Children);
        Assert.Equal("elsa-parallel-for-each.each", body.Id);
        Assert.Equal("""{"finished":false,"shout":null,"CurrentValue":null,"CurrentIndex":null}""", Text(body.Variables));
        Assert.Equal(["body-start", "shout"], body.Activities.Select(a => a.Id));
        Assert.Empty(import.Validate(new DefinitionReader(Registry, RequiredWaits.None)));
    }

    [Fact]
    public void HttpEndpoint_that_starts_the_workflow_follows_a_generated_Start_and_WriteHttpResponse_keeps_status_content_and_headers()
    {
        var definition = Import("http-endpoint").Definition!;

        Assert.Equal([("start", nameof(Start)), ("request", "HttpEndpoint"), ("respond", "WriteHttpResponse")], definition.Activities.Select(a => (a.Id, a.Type)));
        Assert.Equal(("start", Outcomes.Done, "request"), definition.Edges()[0]);
        Assert.Equal("""{"path":"greetings/hello","methods":["GET"],"access":"open"}""", Text(definition.Node("request").Inputs));
        Assert.Equal("""{"statusCode":"OK","content":"Hello from a workflow","contentType":"text/plain","headers":{"X-Greeting":["hello"]}}""",
            Text(definition.Node("respond").Inputs));
    }

    [Theory]
    [InlineData("stream", nameof(MergeMode.Stream))]
    [InlineData("merge", nameof(MergeMode.Merge))]
    [InlineData("converge", nameof(MergeMode.Converge))]
    [InlineData("race", nameof(MergeMode.Race))]
    // Running on every arrival is what an activity without a mode does here.
    [InlineData("cascade", null)]
    public void An_activity_keeps_the_merge_mode_Elsa_gives_it(string sample, string? mode)
    {
        var definition = Import($"merge-{sample}").Definition!;

        Assert.Equal(mode, definition.Node("meet").MergeMode);
        Assert.Equal([("fork", "A", "a"), ("fork", "B", "b")], definition.Edges().Where(e => e.Item1 == "fork"));
    }

    [Fact]
    public void An_Elsa_3_0_preview_document_with_flat_connections_and_no_Start_is_read_and_stays_a_draft()
    {
        var import = Import("legacy-flat");

        var definition = import.Definition!;
        Assert.False(import.Publish);
        Assert.Equal([("start", Outcomes.Done, "double"), ("double", Outcomes.Done, "check"), ("check", Outcomes.False, "double"), ("check", Outcomes.True, "done")],
            definition.Edges());
        Assert.Equal("""{"total":1}""", Text(definition.Variables));
        Assert.Equal(nameof(MergeMode.Stream), definition.Node("double").MergeMode);
    }

    [Theory]
    // Without a Start, Elsa begins at the first activity that can start the workflow (3.0 wrote the flag on the activity)...
    [InlineData("", "paid")]
    // ... unless the flowchart names its start.
    [InlineData(""" "start": "note", """, "note")]
    public void Without_a_Start_activity_the_generated_Start_leads_where_Elsa_would_begin(string start, string first)
    {
        var json = $$"""
            { "definitionId": "triggered", "root": { "type": "Elsa.Flowchart", {{start}}
              "activities": [
                { "id": "note", "type": "Elsa.WriteLine", "text": "not connected" },
                { "id": "paid", "type": "Elsa.Event", "canStartWorkflow": true, "eventName": "order-paid" },
                { "id": "after", "type": "Elsa.WriteLine", "text": "paid" } ],
              "connections": [ { "source": { "activity": "paid", "port": "Done" }, "target": { "activity": "after", "port": "In" } } ] } }
            """;

        var definition = new ElsaDocument(Registry).Read(json).Definition!;

        Assert.Equal(("start", nameof(Start)), (definition.Activities[0].Id, definition.Activities[0].Type));
        Assert.Equal(("start", Outcomes.Done, first), definition.Edges()[0]);
        Assert.Equal("""{"text":"not connected"}""", Text(definition.Node("note").Inputs));
    }

    [Fact]
    public void Every_unsupported_activity_type_and_expression_language_is_refused_at_once()
    {
        var import = new ElsaDocument(Registry).Read(Json("unsupported"));

        Assert.Null(import.Definition);
        Assert.Empty(import.Children);
        Assert.Equal(["sms", "steps", "greet", "compute"], import.Problems.Select(p => p.ActivityId));
        var messages = string.Join("\n", import.Problems);
        Assert.Contains("'Acme.SendSms'", messages);
        Assert.Contains("'Elsa.Sequence'", messages);
        Assert.Contains("input 'text' is a Liquid expression", messages);
        Assert.Contains("input 'value' is a CSharp expression", messages);
    }

    [Fact]
    public void The_id_given_with_the_import_replaces_the_definition_id_and_names_the_children()
    {
        var import = new ElsaDocument(Registry).Read(Json("nested-flowchart"), id: "doubler");

        Assert.Equal("doubler", import.Definition!.Id);
        Assert.Equal("doubler.doubling", Assert.Single(import.Children).Id);
    }

    [Theory]
    [InlineData("""{"definitionId":"x","root":{"type":"Elsa.Sequence","activities":[]}}""", "only an Elsa.Flowchart root")]
    [InlineData("""{"name":"nameless","root":{"type":"Elsa.Flowchart","activities":[]}}""", "'definitionId' is missing")]
    [InlineData("""[1,2]""", "no Elsa workflow definition")]
    [InlineData("""{"definitionId":"x","root":{"type":"Elsa.Flowchart","activities":[{"id":"a","type":"Elsa.Start","customProperties":{"mergeMode":"Sometimes"}}]}}""", "'Sometimes' is not a merge mode")]
    [InlineData("""{"definitionId":"x","root":{"type":"Elsa.Flowchart","activities":[{"id":"d","type":"Elsa.Delay","timeSpan":{"typeName":"TimeSpan","expression":{"type":"Literal","value":"soon"}}}]}}""", "'soon' is not a duration")]
    [InlineData("""{"definitionId":"x","root":{"type":"Elsa.Flowchart","activities":[{"id":"s","type":"Elsa.SetVariable","variable":{"id":"v-9","name":"nine"},"value":"9"}]}}""", "sets variable 'v-9', which the workflow does not declare")]
    [InlineData("""{"definitionId":"x","variables":[{"id":"v","name":"n","typeName":"Int32","value":"many"}],"root":{"type":"Elsa.Flowchart","activities":[]}}""", "variable 'n': 'many' is not a number")]
    public void A_document_that_cannot_be_read_is_refused_with_the_reason(string json, string reason)
    {
        var import = new ElsaDocument(Registry).Read(json);

        Assert.Null(import.Definition);
        Assert.Contains(reason, string.Join("\n", import.Problems));
    }
}
