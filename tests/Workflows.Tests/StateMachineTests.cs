using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Definitions;
using Workflows.Persistence;
using Workflows.Runtime;
using Workflows.Tests.Infrastructure;
using Workflows.Timers;

namespace Workflows.Tests;

public sealed class StateMachineTests
{
    /// <summary>A loan: lent, paused and resumed where it was, extended while flag a is on, returned, reopened while flag b is on.</summary>
    private const string Loan = """
        {
          "id": "loan", "kind": "stateMachine", "name": "A loan",
          "variables": { "expiresAt": null },
          "start": { "to": "Requested" },
          "states": [
            { "name": "Requested", "group": "active", "timers": [ { "at": "expiresAt", "action": "expire" } ] },
            { "name": "Lent", "group": "active" },
            { "name": "Paused", "group": "active" },
            { "name": "Returned", "group": "completed", "final": true },
            { "name": "Expired", "group": "completed", "final": true }
          ],
          "actions": [
            { "name": "lend", "from": ["Requested"], "to": "Lent", "run": [ { "id": "check", "type": "Refusable" } ] },
            { "name": "answer", "from": "Requested", "to": { "Yes": "Lent", "No": null },
              "run": [ { "id": "ask", "type": "Answer" }, { "id": "mark", "type": "SetVariable", "inputs": { "variable": "answered", "value": true } } ] },
            { "name": "pause", "from": ["Requested", "Lent"], "to": "Paused", "remember": true },
            { "name": "unpause", "from": ["Paused"], "to": "$interrupted" },
            { "name": "extend", "from": ["Lent"], "when": { "flag": "a" } },
            { "name": "return", "from": ["Lent"], "to": "Returned" },
            { "name": "expire", "from": ["Requested"], "to": "Expired" },
            { "name": "note", "from": ["Requested", "Lent", "Paused"] },
            { "name": "reopen", "from": ["Returned"], "to": "Requested", "when": { "flag": "b" } }
          ]
        }
        """;

    private static async Task<(WorkflowTestHost Host, Guid Id)> StartLoanAsync(JsonObject? input = null, bool persistentTimers = false)
    {
        var host = await WorkflowTestHost.StartAsync(persistentTimers: persistentTimers);
        var reader = host.Services.GetRequiredService<DefinitionReader>();
        await host.PublishAsync(reader.Read(Loan, "loan.json"));
        var started = await host.StartAsync("loan", input, correlationId: "L-1");
        return (host, started.InstanceId);
    }

    private static async Task<string[]> OpenAsync(WorkflowTestHost host) => [.. (await host.PositionAsync("L-1", "loan"))!.OpenActions];
    private static async Task<string> StatusAsync(WorkflowTestHost host) => (await host.PositionAsync("L-1", "loan"))!.Status;

    [Fact]
    public async Task A_new_instance_enters_the_start_status_and_waits_with_one_bookmark_per_open_action()
    {
        var (host, id) = await StartLoanAsync();
        await using var _ = host;

        var instance = await host.InstanceAsync(id);
        Assert.Equal(WorkflowStatus.Suspended, instance.Status);
        Assert.Equal("Requested", await StatusAsync(host));
        Assert.Equal(["lend", "answer", "pause", "expire", "note"], await OpenAsync(host));
        Assert.All(instance.Bookmarks, b => Assert.Equal(("L-1", "Requested"), (b.Key, b.ActivityId)));
        Assert.Equal(["answer", "expire", "lend", "note", "pause"], instance.Bookmarks.Select(b => b.Name).Order());
        var start = Assert.Single(instance.History);
        Assert.Equal(("start", "Start", "Requested"), (start.ActivityId, start.ActivityType, start.Outcome));
    }

    [Fact]
    public async Task An_action_leads_to_its_status_and_an_action_not_open_there_finds_no_bookmark()
    {
        var (host, id) = await StartLoanAsync();
        await using var _ = host;

        Assert.Equal(ResumeStatus.NotFound, (await host.ActAsync("return", "L-1")).Status);
        Assert.Equal(ResumeStatus.Resumed, (await host.ActAsync("lend", "L-1")).Status);

        Assert.Equal("Lent", await StatusAsync(host));
        Assert.Equal(["pause", "return", "note"], await OpenAsync(host));
        Assert.Equal(ResumeStatus.NotFound, (await host.ActAsync("lend", "L-1")).Status);
        var instance = await host.InstanceAsync(id);
        Assert.Equal(1, instance.Count("lend/check"));
        var lend = instance.History.Last();
        Assert.Equal(("lend", "Action", "Lent"), (lend.ActivityId, lend.ActivityType, lend.Outcome));
        Assert.StartsWith("from Requested", lend.Note);
    }

    [Fact]
    public async Task The_last_activity_with_outcomes_picks_the_target_and_null_keeps_the_status()
    {
        var (host, id) = await StartLoanAsync();
        await using var _ = host;

        await host.ActAsync("answer", "L-1", new JsonObject { ["answer"] = "No" });
        Assert.Equal("Requested", await StatusAsync(host));
        Assert.Contains("answer", await OpenAsync(host));
        Assert.Equal(true, (bool?)(await host.InstanceAsync(id)).Variables["answered"]);

        await host.ActAsync("answer", "L-1", new JsonObject { ["answer"] = "Yes" });
        Assert.Equal("Lent", await StatusAsync(host));
    }

    [Theory]
    [InlineData("Yes", "lent")]
    [InlineData("No", "kept")]
    public async Task An_activity_given_an_outcome_to_run_on_runs_only_on_that_outcome_of_the_deciding_one(string answer, string said)
    {
        await using var host = await WorkflowTestHost.StartAsync();
        var answering = JsonNode.Parse(Loan)!.AsObject();
        Action(answering, "answer")["run"] = new JsonArray(
            new JsonObject { ["id"] = "ask", ["type"] = "Answer" },
            new JsonObject { ["id"] = "yes", ["type"] = "SetVariable", ["on"] = "Yes", ["inputs"] = new JsonObject { ["variable"] = "said", ["value"] = "lent" } },
            new JsonObject { ["id"] = "no", ["type"] = "SetVariable", ["on"] = "No", ["inputs"] = new JsonObject { ["variable"] = "said", ["value"] = "kept" } },
            new JsonObject { ["id"] = "mark", ["type"] = "SetVariable", ["inputs"] = new JsonObject { ["variable"] = "answered", ["value"] = true } });
        await host.PublishAsync(host.Services.GetRequiredService<DefinitionReader>().Read(answering.ToJsonString(), "answering"));
        var id = (await host.StartAsync("loan", correlationId: "L-1")).InstanceId;

        Assert.Equal(ResumeStatus.Resumed, (await host.ActAsync("answer", "L-1", new JsonObject { ["answer"] = answer })).Status);

        var instance = await host.InstanceAsync(id);
        Assert.Equal((said, true), ((string?)instance.Variables["said"], (bool?)instance.Variables["answered"]));
        Assert.Equal(answer == "Yes" ? (1, 0) : (0, 1), (instance.Count("answer/yes"), instance.Count("answer/no")));
    }

    [Fact]
    public async Task An_activity_that_declines_saves_nothing_and_keeps_the_action_open()
    {
        var (host, id) = await StartLoanAsync();
        await using var _ = host;
        var before = await host.InstanceAsync(id);

        var declined = await host.ActAsync("lend", "L-1", new JsonObject { ["refuse"] = true });

        Assert.Equal((ResumeStatus.Declined, "refused"), (declined.Status, declined.Reason));
        var after = await host.InstanceAsync(id);
        Assert.Equal(before.Instance.Version, after.Instance.Version);
        Assert.Equal(before.History.Count, after.History.Count);
        Assert.Equal(before.Bookmarks.Select(b => b.Id).Order(), after.Bookmarks.Select(b => b.Id).Order());
        Assert.Equal(ResumeStatus.Resumed, (await host.ActAsync("lend", "L-1")).Status);
        Assert.Equal(1, (int?)(await host.InstanceAsync(id)).Variables["taken"]);
    }

    [Fact]
    public async Task Interrupted_leads_back_to_the_status_the_remembering_action_left()
    {
        var (host, _) = await StartLoanAsync();
        await using var __ = host;

        await host.ActAsync("pause", "L-1");
        await host.ActAsync("unpause", "L-1");
        Assert.Equal("Requested", await StatusAsync(host));

        await host.ActAsync("lend", "L-1");
        await host.ActAsync("pause", "L-1");
        Assert.Equal("Paused", await StatusAsync(host));
        await host.ActAsync("unpause", "L-1");
        Assert.Equal("Lent", await StatusAsync(host));
    }

    [Fact]
    public async Task Gates_are_read_when_a_status_is_entered_and_an_action_without_target_enters_it_again()
    {
        var (host, _) = await StartLoanAsync();
        await using var __ = host;

        await host.ActAsync("lend", "L-1");
        Assert.DoesNotContain("extend", await OpenAsync(host));
        host.Flags.On.Add("a");
        Assert.DoesNotContain("extend", await OpenAsync(host));

        await host.ActAsync("note", "L-1");
        Assert.Equal("Lent", await StatusAsync(host));
        Assert.Contains("extend", await OpenAsync(host));
        Assert.Equal(ResumeStatus.Resumed, (await host.ActAsync("extend", "L-1")).Status);
        Assert.Equal("Lent", await StatusAsync(host));
    }

    [Fact]
    public async Task A_final_status_with_no_action_open_ends_the_instance_and_one_with_an_open_action_waits()
    {
        var (host, id) = await StartLoanAsync();
        await using var _ = host;

        host.Flags.On.Add("b");
        await host.ActAsync("lend", "L-1");
        await host.ActAsync("return", "L-1");
        Assert.Equal(WorkflowStatus.Suspended, (await host.InstanceAsync(id)).Status);
        Assert.Equal(["reopen"], await OpenAsync(host));

        host.Flags.On.Remove("b");
        await host.ActAsync("reopen", "L-1");
        await host.ActAsync("lend", "L-1");
        await host.ActAsync("return", "L-1");

        var ended = await host.InstanceAsync(id);
        Assert.Equal((WorkflowStatus.Finished, "Returned"), (ended.Status, ended.Instance.Result));
        Assert.Empty(ended.Bookmarks);
    }

    [Fact]
    public async Task A_status_timer_takes_its_action_when_due_and_leaving_the_status_cancels_it()
    {
        var due = WorkflowTestHost.Epoch.AddHours(1).UtcDateTime;
        var (host, id) = await StartLoanAsync(new JsonObject { ["expiresAt"] = due }, persistentTimers: true);
        await using var _ = host;

        var timer = Assert.Single((await host.InstanceAsync(id)).Bookmarks, b => b.DueAt is not null);
        Assert.Equal((Activities.Timer.BookmarkName, due), (timer.Name, timer.DueAt));
        Assert.DoesNotContain(Activities.Timer.BookmarkName, await OpenAsync(host));

        host.Clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));
        var expired = await host.WaitForAsync(id, i => i.Status != WorkflowStatus.Suspended);
        Assert.Equal((WorkflowStatus.Finished, "Expired"), (expired.Status, expired.Instance.Result));
        var taken = expired.History.Last();
        Assert.Equal(("expire", ResumeTimerJob.Actor), (taken.ActivityId, taken.Actor));
        Assert.StartsWith("timer due", taken.Note);
    }

    [Fact]
    public async Task Leaving_a_status_unschedules_its_timer()
    {
        var due = WorkflowTestHost.Epoch.AddHours(1).UtcDateTime;
        var (host, id) = await StartLoanAsync(new JsonObject { ["expiresAt"] = due }, persistentTimers: true);
        await using var _ = host;
        var timer = Assert.Single((await host.InstanceAsync(id)).Bookmarks, b => b.DueAt is not null);

        await host.ActAsync("lend", "L-1");

        var scheduler = await host.SchedulerAsync();
        Assert.Null(await scheduler.GetTrigger(new Quartz.TriggerKey(timer.Id.ToString(), TimerScheduler.Group)));
        Assert.DoesNotContain((await host.InstanceAsync(id)).Bookmarks, b => b.DueAt is not null);
        Assert.Equal("Lent", await StatusAsync(host));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Of_two_actions_taken_at_once_from_one_status_only_one_is_taken_when_the_other_is_not_allowed_after_it(bool groupCommit)
    {
        await using var host = await WorkflowTestHost.StartAsync(groupCommit: groupCommit);
        var racing = JsonNode.Parse(Loan)!.AsObject();
        foreach (var name in new[] { "lend", "expire" })
            Action(racing, name)["run"] = new JsonArray(new JsonObject { ["id"] = "meet", ["type"] = "Rendezvous" });
        await host.PublishAsync(host.Services.GetRequiredService<DefinitionReader>().Read(racing.ToJsonString(), "racing"));
        var started = await host.StartAsync("loan", correlationId: "L-1");

        // Both have loaded the instance in Requested before either commits. An action the loser named that is still
        // allowed in the winner's status would be taken there next, as if it had come a moment later: neither is.
        var results = await Task.WhenAll(Task.Run(() => host.ActAsync("lend", "L-1")), Task.Run(() => host.ActAsync("expire", "L-1")));

        Assert.Equal([ResumeStatus.Resumed, ResumeStatus.Conflict], results.Select(r => r.Status).Order());
        var instance = await host.InstanceAsync(started.InstanceId);
        var taken = Assert.Single(instance.History, h => h.ActivityType == WorkflowExecution.ActionType);
        Assert.Equal(1, instance.Count($"{taken.ActivityId}/meet"));
    }

    // Validation: each rule, on the loan changed in one place.

    private static async Task<IReadOnlyList<DefinitionProblem>> ProblemsAsync(Action<JsonObject> change)
    {
        await using var host = await WorkflowTestHost.StartAsync();
        var json = JsonNode.Parse(Loan)!.AsObject();
        change(json);
        return host.Services.GetRequiredService<DefinitionReader>().Check(json.ToJsonString()).Problems;
    }

    private static JsonObject Action(JsonObject definition, string name) =>
        definition["actions"]!.AsArray().Select(a => a!.AsObject()).First(a => (string?)a["name"] == name);

    private static JsonObject State(JsonObject definition, string name) =>
        definition["states"]!.AsArray().Select(a => a!.AsObject()).First(a => (string?)a["name"] == name);

    [Fact]
    public async Task The_loan_is_valid()
    {
        Assert.Empty(await ProblemsAsync(_ => { }));
    }

    [Theory]
    [InlineData("from-unknown", "action:lend", "action 'lend' is allowed from 'Nowhere', which is not a status")]
    [InlineData("to-unknown", "action:lend", "action 'lend' leads nowhere: 'Nowhere' is not a status")]
    [InlineData("unreachable", "state:Paused", "status 'Paused' cannot be reached from the start")]
    [InlineData("no-way-out", "state:Paused", "status 'Paused' cannot reach a final status")]
    [InlineData("twice", "action:note", "'note' is allowed twice from 'Lent'")]
    [InlineData("unknown-type", "action:lend", "action 'lend': activity 'check' has unknown type 'Nope'")]
    [InlineData("bad-input", "action:answer", "action 'answer': activity 'mark' (SetVariable) has no input 'colour'")]
    [InlineData("unknown-source", "action:extend", "action 'extend': gate source 'weather' is unknown; known: flag")]
    [InlineData("unknown-flag", "action:extend", "action 'extend': flag has no flag 'z'; it has a, b")]
    [InlineData("timer-action", "state:Requested", "status 'Requested': its timer takes 'return', which is not an action allowed from it")]
    [InlineData("outcome-missing", "action:answer", "action 'answer' does not say where outcome 'No' of ask (Answer) leads")]
    [InlineData("outcome-unknown", "action:answer", "action 'answer' maps outcome 'Maybe', which ask (Answer) does not have (it has Yes, No)")]
    [InlineData("on-before-deciding", "action:answer", "action 'answer': activity 'ask' runs on outcome 'Yes', but no activity before it decides an outcome")]
    [InlineData("on-unknown", "action:answer", "action 'answer': activity 'mark' runs on outcome 'Maybe', which ask (Answer) does not have (it has Yes, No)")]
    [InlineData("no-remember", "action:unpause", "action 'unpause' leads back to the status it interrupted, but no action with 'remember' leads to 'Paused'")]
    [InlineData("start-unknown", "start", "start leads nowhere: 'Nowhere' is not a status")]
    [InlineData("state-twice", "state:Lent", "two statuses are called 'Lent'")]
    [InlineData("waits", "action:lend", "action 'lend': activity 'check' (Timer) waits; the activities an action runs end with an outcome, and the status is the wait")]
    [InlineData("no-from", "action:note", "action 'note' has no 'from'")]
    [InlineData("bad-gate", "action:extend", "action 'extend': the gate {\"flag\":\"a\",\"other\":\"b\"} must name one source and its flag, with an optional \"equals\": true or false")]
    public async Task Each_rule_refuses_a_machine_naming_the_part_it_is_about(string change, string key, string message)
    {
        var problems = await ProblemsAsync(d =>
        {
            switch (change)
            {
                case "from-unknown": Action(d, "lend")["from"] = new JsonArray("Requested", "Nowhere"); break;
                case "to-unknown": Action(d, "lend")["to"] = "Nowhere"; break;
                case "unreachable":
                    Action(d, "pause")["from"] = new JsonArray("Paused");
                    break;
                case "no-way-out": Action(d, "unpause")["from"] = new JsonArray("Lent"); break;
                case "twice": d["actions"]!.AsArray().Add(new JsonObject { ["name"] = "note", ["from"] = "Lent" }); break;
                case "unknown-type": Action(d, "lend")["run"]![0]!["type"] = "Nope"; break;
                case "bad-input": Action(d, "answer")["run"]![1]!["inputs"]!["colour"] = "red"; break;
                case "unknown-source": Action(d, "extend")["when"] = new JsonObject { ["weather"] = "a" }; break;
                case "unknown-flag": Action(d, "extend")["when"] = new JsonObject { ["flag"] = "z" }; break;
                case "timer-action": State(d, "Requested")["timers"]![0]!["action"] = "return"; break;
                case "outcome-missing": Action(d, "answer")["to"]!.AsObject().Remove("No"); break;
                case "outcome-unknown": Action(d, "answer")["to"]!["Maybe"] = "Lent"; break;
                case "on-before-deciding": Action(d, "answer")["run"]![0]!["on"] = "Yes"; break;
                case "on-unknown": Action(d, "answer")["run"]![1]!["on"] = "Maybe"; break;
                case "no-remember": Action(d, "pause").Remove("remember"); break;
                case "start-unknown": d["start"]!["to"] = "Nowhere"; break;
                case "state-twice": d["states"]!.AsArray().Add(new JsonObject { ["name"] = "Lent" }); break;
                case "waits": Action(d, "lend")["run"] = new JsonArray(new JsonObject { ["id"] = "check", ["type"] = "Timer", ["inputs"] = new JsonObject { ["duration"] = "00:05:00" } }); break;
                case "no-from": Action(d, "note").Remove("from"); break;
                case "bad-gate": Action(d, "extend")["when"] = new JsonObject { ["flag"] = "a", ["other"] = "b" }; break;
            }
        });

        Assert.Contains(problems, p => p.Key == key && p.Message == message);
    }

    [Fact]
    public async Task One_action_name_may_be_listed_twice_from_a_status_under_gates_that_exclude_each_other()
    {
        Assert.Empty(await ProblemsAsync(d =>
        {
            Action(d, "extend")["when"] = new JsonObject { ["flag"] = "a", ["equals"] = false };
            d["actions"]!.AsArray().Add(new JsonObject { ["name"] = "extend", ["from"] = "Lent", ["when"] = new JsonObject { ["flag"] = "a" } });
        }));
    }

    [Fact]
    public async Task A_machine_exports_without_flowchart_lists_and_reads_back_to_the_same_content()
    {
        await using var host = await WorkflowTestHost.StartAsync();
        var reader = host.Services.GetRequiredService<DefinitionReader>();
        var definition = reader.Read(Loan, "loan.json");

        var written = DefinitionFile.Write(definition);

        Assert.DoesNotContain("\"activities\"", written);
        Assert.DoesNotContain("\"connections\"", written);
        Assert.Equal(DefinitionReader.ContentHash(definition), DefinitionReader.ContentHash(reader.Read(written, "export")));
    }

    [Fact]
    public async Task Instances_stay_on_their_version_when_a_version_with_a_new_action_is_activated()
    {
        var (host, _) = await StartLoanAsync();
        await using var __ = host;
        var changed = JsonNode.Parse(Loan)!.AsObject();
        changed["actions"]!.AsArray().Add(new JsonObject { ["name"] = "lose", ["from"] = "Requested", ["to"] = "Expired" });
        await host.PublishAsync(host.Services.GetRequiredService<DefinitionReader>().Read(changed.ToJsonString(), "loan v2"));
        await host.StartAsync("loan", correlationId: "L-2");

        Assert.DoesNotContain("lose", await OpenAsync(host));
        Assert.Equal(ResumeStatus.NotFound, (await host.ActAsync("lose", "L-1")).Status);
        Assert.Contains("lose", (await host.PositionAsync("L-2", "loan"))!.OpenActions);
        Assert.Equal(ResumeStatus.Resumed, (await host.ActAsync("lose", "L-2")).Status);
    }

    [Fact]
    public async Task A_child_started_by_an_action_reports_its_end_through_the_action_child_ended()
    {
        await using var host = await WorkflowTestHost.StartAsync();
        var reader = host.Services.GetRequiredService<DefinitionReader>();
        await host.PublishAsync(new Flow("waiting-child").Start().Signal("wait", "go", "c-1").End().Chain("start", "wait", "end").Build());
        await host.PublishAsync(reader.Read("""
            {
              "id": "parent-machine", "kind": "stateMachine", "name": "Starts a child and hears of its end",
              "start": { "to": "Open" },
              "states": [ { "name": "Open" }, { "name": "Busy" }, { "name": "Done", "final": true } ],
              "actions": [
                { "name": "spawn", "from": "Open", "to": "Busy", "run": [ { "id": "start", "type": "StartChild" } ] },
                { "name": "child-ended", "from": ["Open", "Busy"], "run": [ { "id": "record", "type": "RecordChildEnd" } ] },
                { "name": "finish", "from": "Busy", "to": "Done" }
              ]
            }
            """, "parent-machine.json"));
        var parent = (await host.StartAsync("parent-machine", correlationId: "P-1")).InstanceId;

        Assert.Equal(ResumeStatus.Resumed, (await host.ActAsync("spawn", "P-1", new JsonObject { ["child"] = "waiting-child" })).Status);
        var child = Assert.Single(await host.InstancesAsync(), i => i.ParentInstanceId == parent);
        Assert.Equal(ResumeStatus.Resumed, (await host.SignalAsync("go", "c-1")).Status);

        var after = await host.InstanceAsync(parent);
        Assert.Equal($"{child.Id} cancelled=false", (string?)after.Variables["ended"]);
        Assert.Equal("Busy", (await host.PositionAsync("P-1", "parent-machine"))!.Status);
        Assert.Equal(ResumeStatus.Resumed, (await host.ActAsync("finish", "P-1")).Status);
        Assert.Equal(WorkflowStatus.Finished, (await host.InstanceAsync(parent)).Status);
    }

    [Theory]
    [InlineData("Yes", "Lent")]
    [InlineData("No", "Requested")]
    public async Task Activities_after_the_deciding_one_learn_the_status_the_action_leads_to(string answer, string entering)
    {
        await using var host = await WorkflowTestHost.StartAsync();
        await host.PublishAsync(host.Services.GetRequiredService<DefinitionReader>().Read("""
            {
              "id": "asking", "kind": "stateMachine", "name": "Records where an answer leads",
              "start": { "to": "Requested", "run": [ { "id": "first", "type": "RecordEntering" } ] },
              "states": [ { "name": "Requested" }, { "name": "Lent" }, { "name": "Returned", "final": true } ],
              "actions": [
                { "name": "answer", "from": "Requested", "to": { "Yes": "Lent", "No": null },
                  "run": [ { "id": "before", "type": "RecordEntering" }, { "id": "ask", "type": "Answer" }, { "id": "after", "type": "RecordEntering" } ] },
                { "name": "return", "from": ["Requested", "Lent"], "to": "Returned" }
              ]
            }
            """, "asking.json"));
        var id = (await host.StartAsync("asking", correlationId: "A-1")).InstanceId;
        Assert.Equal("Requested", (string?)(await host.InstanceAsync(id)).Variables["entering"]);

        Assert.Equal(ResumeStatus.Resumed, (await host.ActAsync("answer", "A-1", new JsonObject { ["answer"] = answer })).Status);

        Assert.Equal(entering, (string?)(await host.InstanceAsync(id)).Variables["entering"]);
    }

    [Fact]
    public async Task An_interruption_of_an_interruption_returns_to_each_status_in_turn()
    {
        await using var host = await WorkflowTestHost.StartAsync();
        await host.PublishAsync(host.Services.GetRequiredService<DefinitionReader>().Read("""
            {
              "id": "nested", "kind": "stateMachine", "name": "Paused, then held while paused",
              "start": { "to": "Open" },
              "states": [ { "name": "Open" }, { "name": "Paused" }, { "name": "Held" }, { "name": "Closed", "final": true } ],
              "actions": [
                { "name": "pause", "from": "Open", "to": "Paused", "remember": true },
                { "name": "hold", "from": "Paused", "to": "Held", "remember": true },
                { "name": "resume", "from": ["Paused", "Held"], "to": "$interrupted" },
                { "name": "close", "from": "Open", "to": "Closed" }
              ]
            }
            """, "nested.json"));
        await host.StartAsync("nested", correlationId: "N-1");
        async Task<string> Act(string action)
        {
            Assert.Equal(ResumeStatus.Resumed, (await host.ActAsync(action, "N-1")).Status);
            return (await host.PositionAsync("N-1", "nested"))!.Status;
        }

        Assert.Equal("Paused", await Act("pause"));
        Assert.Equal("Held", await Act("hold"));
        Assert.Equal("Paused", await Act("resume"));
        Assert.Equal("Open", await Act("resume"));
        Assert.Equal("Paused", await Act("pause"));
        Assert.Equal("Open", await Act("resume"));
    }

    /// <summary>
    /// An instance of a flowchart version moved onto a state-machine version of the same definition: its signal wait
    /// gone, the status's actions and timer open, the remembered status where "$interrupted" returns, one history entry.
    /// An unknown status is refused and changes nothing.
    /// </summary>
    [Fact]
    public async Task A_running_flowchart_instance_moves_onto_a_state_machine_version_at_a_named_status()
    {
        await using var host = await WorkflowTestHost.StartAsync();
        var flowchart = new Flow("loan").Start().Signal("wait", "lend", "L-1").End().Chain("start", "wait", "end").Build();
        await host.PublishAsync(flowchart);
        var started = await host.StartAsync("loan", correlationId: "L-1");
        var machine = await host.PublishAsync(host.Services.GetRequiredService<DefinitionReader>().Read(Loan, "loan.json"));
        var before = await host.InstanceAsync(started.InstanceId);
        var due = WorkflowTestHost.Epoch.AddDays(3).UtcDateTime;

        async Task MoveAsync(string status)
        {
            await using var scope = host.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<WorkflowRuntime>()
                .MoveToStateMachineAsync(started.InstanceId, machine, status, ["Lent"], new JsonObject { ["expiresAt"] = due }, "upgrade");
        }

        var refused = await Assert.ThrowsAsync<ArgumentException>(() => MoveAsync("Lost"));
        Assert.Contains("no status 'Lost'", refused.Message);
        var unchanged = await host.InstanceAsync(started.InstanceId);
        Assert.Equal((1, before.Instance.Version, before.Bookmarks.Single().Id), (unchanged.Instance.DefinitionVersion, unchanged.Instance.Version, unchanged.Bookmarks.Single().Id));

        await MoveAsync("Paused");

        var moved = await host.InstanceAsync(started.InstanceId);
        Assert.Equal((machine, WorkflowStatus.Suspended), (moved.Instance.DefinitionVersion, moved.Status));
        Assert.Equal("Paused", await StatusAsync(host));
        Assert.Equal(due, moved.Variables["expiresAt"]!.GetValue<DateTime>());
        Assert.Equal(["unpause", "note"], await OpenAsync(host));
        Assert.DoesNotContain(moved.Bookmarks, b => b.Id == before.Bookmarks.Single().Id);
        var entry = moved.History.Last();
        Assert.Equal(("moved", "Move", "Paused", "upgrade"), (entry.ActivityId, entry.ActivityType, entry.Outcome, entry.Actor));
        Assert.StartsWith($"moved from version 1 to version {machine} at status Paused", entry.Note);

        await host.ActAsync("unpause", "L-1");
        Assert.Equal("Lent", await StatusAsync(host));
    }
}
