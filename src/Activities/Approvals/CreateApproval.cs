using System.ComponentModel;
using Library.Persistence;
using Library.Digitization;
using Library.Rules;
using Workflows.Activities;

namespace Library.Approvals;

/// <summary>
/// Opens the approval task the request's profile rule asks for. An automatically approved rule records the
/// approval at once with the rule's reason; otherwise the task waits in the Approval Requests List.
/// </summary>
[Description("Creates the request's approval task from its profile rule.")]
[Outcomes(Approved, Pending)]
public sealed class CreateApproval(LibraryDbContext db) : Activity
{
    public const string Approved = "Approved";
    public const string Pending = "Pending";
    public const string Decision = "decision";

    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var request = await db.DigitizationRequestOfAsync(context);
        var routing = request.Routing;
        var management = routing.ApprovalManagement ?? throw new InvalidOperationException($"Rule '{routing.RuleName}' asks for approval but says not when.");
        var automatic = management == ApprovalManagement.AutomaticallyApproved;
        db.Approvals.Add(new ApprovalRequest
        {
            Id = Guid.CreateVersion7(),
            RequestId = request.Id,
            Status = automatic ? ApprovalStatus.Approved : ApprovalStatus.Pending,
            Management = management,
            RequiresCopyrightClearance = routing.CopyrightClearance,
            RuleId = routing.RuleId,
            RuleName = routing.RuleName,
            Reason = automatic ? routing.ApprovalReason : null,
            DecidedBy = automatic ? context.Actor : null,
            DecidedAt = automatic ? context.UtcNow : null,
            CreatedAt = context.UtcNow,
        });
        if (!automatic)
        {
            context.Note = $"Approval required by rule '{routing.RuleName}' ({management})";
            return ActivityResult.Outcome(Pending);
        }
        context.SetVariable(Decision, ApprovalDecision.Approve.Name());
        context.Note = $"Automatically approved by rule '{routing.RuleName}': {routing.ApprovalReason}";
        return ActivityResult.Outcome(Approved);
    }
}
