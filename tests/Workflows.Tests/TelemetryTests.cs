using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Text.Json.Nodes;
using Workflows.Diagnostics;
using Workflows.Runtime;
using Workflows.Tests.Infrastructure;

namespace Workflows.Tests;

/// <summary>The runtime's spans and instruments, as any System.Diagnostics listener (OpenTelemetry among them) receives them.</summary>
public sealed class TelemetryTests
{
    private static Definitions.WorkflowDefinition Gated() =>
        new Flow("gated").Start().Add("gate", nameof(Gate)).End().Chain("start", "gate", "end").Build();

    [Fact]
    public async Task A_start_and_a_resume_are_spans_tagged_with_the_definition_the_instance_and_the_bookmark()
    {
        await using var host = await WorkflowTestHost.StartAsync();
        await host.PublishAsync(Gated());
        using var recorded = new Recorded();

        var started = await host.StartAsync("gated");
        var bookmark = Assert.Single((await host.InstanceAsync(started.InstanceId)).Bookmarks);
        await host.ResumeAsync(bookmark.Id);

        var instanceId = started.InstanceId.ToString();
        var start = Assert.Single(recorded.Spans, s => s.OperationName == WorkflowTelemetry.StartSpan);
        Assert.Equal(("gated", instanceId), (start.GetTagItem(WorkflowTelemetry.DefinitionIdTag), start.GetTagItem(WorkflowTelemetry.InstanceIdTag)));
        var resume = Assert.Single(recorded.Spans, s => s.OperationName == WorkflowTelemetry.ResumeSpan);
        Assert.Equal(("gated", instanceId, "gate"), (resume.GetTagItem(WorkflowTelemetry.DefinitionIdTag),
            resume.GetTagItem(WorkflowTelemetry.InstanceIdTag), resume.GetTagItem(WorkflowTelemetry.BookmarkNameTag)));
    }

    [Fact]
    public async Task Steps_resumes_by_result_faults_and_commits_are_measured_and_a_fault_marks_its_span()
    {
        await using var host = await WorkflowTestHost.StartAsync();
        await host.PublishAsync(Gated());
        await host.PublishAsync(new Flow("faulty").Start().Add("step", nameof(Explode)).End().Chain("start", "step", "end").Build());
        using var recorded = new Recorded();

        var started = await host.StartAsync("gated");
        var bookmark = Assert.Single((await host.InstanceAsync(started.InstanceId)).Bookmarks);
        await host.ResumeAsync(bookmark.Id, new JsonObject { ["open"] = false });
        await host.ResumeAsync(bookmark.Id);
        await host.ResumeAsync(Guid.NewGuid());
        await Assert.ThrowsAsync<ActivityFaultException>(() => host.StartAsync("faulty"));

        Assert.Equal(["declined", "resumed", "not-found"], recorded.Tags("workflow.resumes", WorkflowTelemetry.ResumeResultTag));
        Assert.Equal(["Start:Done", "Gate:Waiting", "Gate:Done", "End:Completed", "Start:Done"], recorded.Measurements
            .Where(m => m.Instrument == "workflow.steps")
            .Select(m => $"{m.Tags[WorkflowTelemetry.ActivityTypeTag]}:{m.Tags[WorkflowTelemetry.OutcomeTag]}"));
        Assert.Equal([nameof(Explode)], recorded.Tags("workflow.faults", WorkflowTelemetry.ActivityTypeTag));
        var faulted = Assert.Single(recorded.Spans, s => Equals(s.GetTagItem(WorkflowTelemetry.DefinitionIdTag), "faulty"));
        Assert.Equal(ActivityStatusCode.Error, faulted.Status);
        // The start and the resume that went through committed; the declined, missing and faulted ones did not.
        Assert.Equal(2, recorded.Measurements.Count(m => m.Instrument == "workflow.commit.duration" && m.Value > 0));
    }

    /// <summary>
    /// What the runtime emitted in this test's own flow of calls: listeners hear the whole process, where other tests
    /// run at the same time.
    /// </summary>
    private sealed class Recorded : IDisposable
    {
        private static readonly AsyncLocal<Recorded?> Current = new();
        private readonly ActivityListener _spans;
        private readonly MeterListener _instruments = new();

        public Recorded()
        {
            Current.Value = this;
            _spans = new ActivityListener
            {
                ShouldListenTo = source => source.Name == WorkflowTelemetry.Name,
                Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
                ActivityStopped = span => { if (Current.Value == this) Spans.Enqueue(span); },
            };
            ActivitySource.AddActivityListener(_spans);
            _instruments.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == WorkflowTelemetry.Name) listener.EnableMeasurementEvents(instrument);
            };
            _instruments.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Measured(instrument, value, tags));
            _instruments.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Measured(instrument, value, tags));
            _instruments.Start();
        }

        public ConcurrentQueue<Activity> Spans { get; } = new();
        public ConcurrentQueue<(string Instrument, double Value, Dictionary<string, object?> Tags)> Measurements { get; } = new();

        public IEnumerable<object?> Tags(string instrument, string tag) =>
            Measurements.Where(m => m.Instrument == instrument).Select(m => m.Tags[tag]);

        private void Measured(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            if (Current.Value == this) Measurements.Enqueue((instrument.Name, value, new Dictionary<string, object?>(tags.ToArray())));
        }

        public void Dispose()
        {
            _spans.Dispose();
            _instruments.Dispose();
        }
    }
}
