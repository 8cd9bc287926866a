using System.ComponentModel;
using Library.Persistence;
using Library.Digitization;
using Microsoft.EntityFrameworkCore;
using Workflows.Activities;

namespace Library.Approvals;

/// <summary>Waits for a manager to approve or reject the request (the approval signal), and records the decision.</summary>
[Description("Waits for the approval signal and records the decision.")]
[Outcomes(Approved, Rejected)]
[WaitsFor(Signal.BookmarkPrefix + ApprovalVerdict.Signal)]
public sealed class AwaitApprovalDecision(LibraryDbContext db) : Activity
{
    public const string Approved = "Approved";
    public const string Rejected = "Rejected";

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) =>
        ValueTask.FromResult(ActivityResult.Wait(new BookmarkRequest(Signal.BookmarkName(ApprovalVerdict.Signal), context.CorrelationId!)));

    public override async ValueTask<ActivityResult> ResumeAsync(ActivityContext context, Resumption resumption)
    {
        var verdict = ApprovalVerdict.From(resumption.Payload);
        if (ApprovalVerdict.CheckReason(verdict.Decision, verdict.Reason) is { } refusal) throw new InvalidOperationException(refusal);
        var request = await db.DigitizationRequestOfAsync(context);
        var approval = await db.Approvals.SingleAsync(a => a.RequestId == request.Id, context.CancellationToken);
        if (verdict.Decision == ApprovalDecision.Approve && approval.MissingCopyrightFields().Any())
            throw new InvalidOperationException($"Approval needs {string.Join(", ", approval.MissingCopyrightFields())}.");

        approval.Status = verdict.Decision == ApprovalDecision.Approve ? ApprovalStatus.Approved : ApprovalStatus.Rejected;
        approval.Reason = verdict.Reason;
        approval.Note = verdict.Note;
        approval.DecidedBy = context.Actor;
        approval.DecidedAt = context.UtcNow;
        context.SetVariable(CreateApproval.Decision, verdict.Decision.Name());
        context.Note = $"{(verdict.Decision == ApprovalDecision.Approve ? "Approved" : "Rejected")}: {verdict.Reason}"
                       + (verdict.Note is { Length: > 0 } ? $" ({verdict.Note})" : "");
        return ActivityResult.Outcome(verdict.Decision == ApprovalDecision.Approve ? Approved : Rejected);
    }
}
