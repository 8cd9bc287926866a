using System.Text.Json;
using System.Text.Json.Nodes;
using Workflows.Expressions;
using Workflows.Http;
using Workflows.Mail;
using Workflows.Runtime;

namespace Workflows.Activities;

/// <summary>What an activity sees of the instance it runs in: variables, inputs, services and the acting account.</summary>
public sealed class ActivityContext
{
    private readonly WorkflowExecution _execution;
    private readonly LoadedInstance _instance;

    internal ActivityContext(WorkflowExecution execution, LoadedInstance instance, string activityId, string? arrivedFrom)
    {
        _execution = execution;
        _instance = instance;
        ActivityId = activityId;
        ArrivedFrom = arrivedFrom;
    }

    public string ActivityId { get; }

    /// <summary>The activity whose outcome led here; null for the start activity and for a resume.</summary>
    public string? ArrivedFrom { get; }

    public Guid InstanceId => _instance.Entity.Id;
    public string? CorrelationId => _instance.Entity.CorrelationId;
    public string Actor => _execution.Actor;
    public IServiceProvider Services => _execution.Services;
    public CancellationToken CancellationToken => _execution.CancellationToken;
    public DateTime UtcNow => _execution.UtcNow;

    /// <summary>
    /// For an activity a state machine's action runs: what the caller sent with the action (null for a timer and for
    /// a flowchart's activities, which read a resumption's payload in <see cref="Activity.ResumeAsync"/>).
    /// </summary>
    public System.Text.Json.Nodes.JsonObject? ActionPayload { get; internal init; }

    /// <summary>For an activity a state machine's action runs: the status the instance is in as the action begins.</summary>
    public string? Status => _instance.State.Machine?.Status;

    /// <summary>
    /// For an activity a state machine's action (or start) runs after the activity whose outcome picks the target, or in
    /// a list where none does: the status the action leads to, so the activity can record it with the rest of the
    /// action's work. Null before it is known.
    /// </summary>
    public string? Entering { get; internal init; }

    /// <summary>
    /// For the start trigger that started the instance (an Event or HttpEndpoint right after Start), as it first runs:
    /// what arrived, as a resumption would bring it; null otherwise. A trigger takes it instead of waiting.
    /// </summary>
    public Resumption? TakeTrigger() => _execution.TakeTrigger(InstanceId, ActivityId);

    /// <summary>A line for the instance's history explaining what this step did.</summary>
    public string? Note { get; set; }

    public JsonObject Variables => _instance.State.Variables;

    internal CompiledDefinition Definition => _instance.Definition;
    internal InstanceState State => _instance.State;

    public T Get<T>(Input<T> input)
    {
        var node = input.Expression is null ? input.Literal : Evaluate(input.Expression);
        return node is null ? default! : node.Deserialize<T>(DefinitionJson.Options)!;
    }

    /// <summary>Evaluates an expression, keeping the variables it set, as Elsa copies a script's variables back.</summary>
    private JsonNode? Evaluate(string expression)
    {
        var evaluation = _execution.Expressions.Run(expression, Variables, new ScriptScope(InstanceId, CorrelationId));
        foreach (var (name, value) in evaluation.Changed) Variables[name] = value;
        return evaluation.Value;
    }

    public T? Get<T>(Input<T>? input, T? fallback) => input is null ? fallback : Get(input);

    public void SetVariable(string name, JsonNode? value) => Variables[name] = value?.DeepClone();

    /// <summary>Queues an e-mail in this step's transaction; it is sent after the step commits.</summary>
    public void SendEmail(EmailMessage message) => _execution.EnqueueEmail(_instance.Entity.Id, message);

    /// <summary>
    /// Queues an HTTP POST in this step's transaction; it is delivered after the step commits, after every post queued
    /// before it under the same ordering key (<see cref="HttpPost"/>), and its answer goes to the application's
    /// <see cref="IHttpDeliveryReceipt"/>.
    /// </summary>
    public Task PostHttpAsync(HttpPost post) => _execution.EnqueueHttpAsync(_instance.Entity.Id, post);

    /// <summary>
    /// Runs <paramref name="work"/> after this step has committed, and not at all if it rolls back. Not durable:
    /// a crash right after the commit skips it, so use it only for tidying that may be skipped.
    /// </summary>
    public void OnCommitted(Func<CancellationToken, Task> work) => _execution.AfterCommit.Add(work);

    /// <summary>Starts a child instance in this step's transaction; returns its id.</summary>
    public Task<Guid> StartChildAsync(string definitionId, JsonObject? input, string? correlationId = null) =>
        _execution.ScheduleChildAsync(_instance, definitionId, input, correlationId);

    /// <summary>
    /// Starts an instance that is not this one's child, in this step's transaction; returns its id. It runs on after this
    /// instance ends, and its end resumes nothing here: work handed on rather than waited for.
    /// </summary>
    public Task<Guid> StartInstanceAsync(string definitionId, JsonObject? input, string? correlationId) =>
        _execution.ScheduleInstanceAsync(definitionId, input, correlationId);
}
