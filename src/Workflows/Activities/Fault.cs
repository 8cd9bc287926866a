using System.ComponentModel;

namespace Workflows.Activities;

/// <summary>
/// Elsa's Fault: the definition says the work failed. The instance ends Faulted with the message as its fault.
/// </summary>
/// <remarks>
/// Unlike an activity that throws, whose step is rolled back and kept for a retry once its cause is fixed, this step
/// commits with everything before it (the lines written, the variables set): the failure is the definition's verdict,
/// not an accident, so running it again would only fail again, and an Elsa user finds the instance faulted with its
/// history up to the fault, as Elsa records the incident and leaves the workflow faulted. Its Done outcome is never
/// taken; it is there because Elsa gives every flowchart activity that port, and exported definitions connect it.
/// </remarks>
[Description("Ends the instance as faulted, with a message saying why.")]
public sealed class Fault : Activity
{
    [Description("A code for the fault, e.g. an error number; \"0\" when none is given.")]
    public Input<string?>? Code { get; init; }

    [Description("What kind of fault it is, e.g. HTTP or Alteration; \"General\" when none is given.")]
    public Input<string?>? Category { get; init; }

    [Description("Whose fault it is, e.g. Business or Integration; \"System\" when none is given.")]
    public Input<string?>? FaultType { get; init; }

    [Description("What went wrong: the instance's fault.")]
    public Input<string?>? Message { get; init; }

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var message = context.Get(Message, null) is { Length: > 0 } given ? given : "the workflow faulted";
        context.Note = $"{context.Get(FaultType, null) ?? "System"} fault, category {context.Get(Category, null) ?? "General"}, code {context.Get(Code, null) ?? "0"}: {message}";
        return ValueTask.FromResult(ActivityResult.Fail(message));
    }
}
