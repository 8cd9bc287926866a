using System.Text.Json.Nodes;
using Library.Patrons;
using Library.Persistence;
using Library.Rules;
using Microsoft.EntityFrameworkCore;
using Workflows.Runtime;

namespace Library.Digitization;

/// <summary>
/// Where digitization requests begin. <see cref="PlaceAsync"/> checks a new request against the library's policy,
/// records it with the profile rule that routes it and starts its workflow, in one commit. A lending request's "Create
/// digitization request" builds the request with <see cref="New"/> inside its own step, and starts the workflow as a
/// child with <see cref="WorkflowInput"/>.
/// </summary>
public sealed class DigitizationRequests(LibraryDbContext db, RequestPolicy policy, WorkflowRuntime runtime, TimeProvider clock)
{
    public const string WorkflowId = "digitization";

    /// <summary>
    /// How often a placement is decided again after another placement for the same requester counted on their load
    /// first; each lost race means one of them committed, so this covers a burst of that many at once.
    /// </summary>
    private const int MaxAttempts = 16;

    public async Task<Placement> PlaceAsync(NewDigitizationRequest incoming, string actor, CancellationToken ct)
    {
        var (requester, item, scope, part, department, note, inventory) = incoming;
        var source = await ElectronicSourceAsync(item, inventory, ct);
        if (source is InventoryChoice.Missing missing) return new Placement.NoInventory(missing.Reason);
        var facts = new RequestFacts(requester.UserGroup, item.Library, item.Location, item.MaterialType, scope, requester.Type);
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var decision = await policy.DecideAsync(facts, requester.Id, department, ct);
            if (decision is PolicyDecision.Refused refused) return new Placement.Refused(refused);
            var request = New(requester, item, scope, part, note, (PolicyDecision.Allowed)decision, clock.GetUtcNow().UtcDateTime,
                sourceRepresentationId: (source as InventoryChoice.Electronic)?.RepresentationId);
            db.DigitizationRequests.Add(request);
            (await db.PatronLoadOfAsync(requester.Id, ct)).Opened();
            try
            {
                await runtime.StartAsync(WorkflowId, WorkflowInput(request), request.Id.ToString(), actor, ct);
                return new Placement.Placed(request);
            }
            // The load's count changed since the policy read it: decided again on the new count.
            catch (DbUpdateConcurrencyException e) when (e.Entries.Any(entry => entry.Entity is PatronLoad))
            {
                db.ChangeTracker.Clear();
            }
        }
        return new Placement.Contended(
            $"{MaxAttempts} other requests of requester {requester.Id} were placed or closed while this one was being placed; " +
            "nothing was stored, send it again.");
    }

    /// <summary>
    /// What the request is digitized from: the electronic inventory when asked for (missing if the repository has
    /// none), or when the item's record has a representation and the catalogue no item to fetch; otherwise the item.
    /// </summary>
    private async Task<InventoryChoice> ElectronicSourceAsync(RequestedItem item, DigitizationInventory? asked, CancellationToken ct)
    {
        if (asked == DigitizationInventory.Physical) return new InventoryChoice.Physical();
        if (await db.ElectronicInventoryOfAsync(item, ct) is { } representation)
            return asked == DigitizationInventory.Electronic || !await db.HasPhysicalInventoryAsync(item.Barcode, ct)
                ? new InventoryChoice.Electronic(representation)
                : new InventoryChoice.Physical();
        return asked == DigitizationInventory.Electronic
            ? new InventoryChoice.Missing($"No electronic inventory for item {item.Barcode}: the repository has no active representation of it" +
                                          (item.MmsId is { } mmsId ? $" or of record {mmsId}." : "."))
            : new InventoryChoice.Physical();
    }

    private abstract record InventoryChoice
    {
        public sealed record Physical : InventoryChoice;
        public sealed record Electronic(Guid RepresentationId) : InventoryChoice;
        public sealed record Missing(string Reason) : InventoryChoice;
    }

    /// <summary>
    /// The request as placed; with <paramref name="sourceRepresentationId"/> an electronic one, which starts at the
    /// department's digitization since no item has to be fetched.
    /// </summary>
    public static DigitizationRequest New(Requester requester, RequestedItem item, DigitizationScope scope, RequestedPart? part,
        string? note, PolicyDecision.Allowed allowed, DateTime now, Guid? lendingRequestId = null, Guid? sourceRepresentationId = null)
    {
        var (rule, department) = allowed;
        return new DigitizationRequest
        {
            Id = Guid.CreateVersion7(),
            Requester = requester,
            Item = item,
            Scope = scope,
            Part = part,
            Department = department.Code,
            Note = note,
            LendingRequestId = lendingRequestId,
            Inventory = sourceRepresentationId is null ? DigitizationInventory.Physical : DigitizationInventory.Electronic,
            SourceRepresentationId = sourceRepresentationId,
            Status = sourceRepresentationId is null ? DigitizationStatus.PickupFromShelf : DigitizationStatus.Digitization,
            Routing = new Routing
            {
                RuleId = rule.Id, RuleName = rule.Name, Target = rule.Outputs.Target, MaxAccessCount = rule.Outputs.MaxAccessCount,
                Approval = rule.Outputs.Approval, CopyrightClearance = rule.Outputs.CopyrightClearance,
                ApprovalManagement = rule.Outputs.ApprovalManagement, ApprovalReason = rule.Outputs.ApprovalReason,
            },
            ExpiresAt = department.WorkTimeDays is { } days ? now.AddDays(days) : null,
            CreatedAt = now,
            UpdatedAt = now,
        };
    }

    public static JsonObject WorkflowInput(DigitizationRequest request) => new()
    {
        ["requestId"] = request.Id.ToString(),
        ["barcode"] = request.Item.Barcode,
        ["department"] = request.Department,
        ["needsApproval"] = request.Routing.NeedsApproval,
        ["approvalManagement"] = request.Routing.NeedsApproval ? request.Routing.ApprovalManagement?.ToString() : null,
    };
}
