namespace Library.Lending;

/// <summary>What an action did: the status before and after, a line for the history, and whom the partner hears from.</summary>
public sealed record LendingStep(LendingStatus From, LendingStatus To, string Note, PartnerEvent? PartnerEvent);

/// <summary>
/// Applies an allowed action, or a deadline that has passed, to a request; <see cref="LendingTransitions"/> decides
/// whether an action is allowed, <see cref="LendingDeadline"/> which deadline the request waits for.
/// </summary>
public static class LendingSteps
{
    public static LendingStep Apply(LendingRequest request, LendingCommand command, LendingSettings settings, string actor, DateTime now)
    {
        if (LendingTransitions.Refusal(request, command, actor) is { } refusal)
            throw new InvalidOperationException($"{refusal}; request {request.Id} is in status {request.Status.DisplayName()}.");

        var from = request.Status;
        var (to, detail, partnerEvent) = Decide(request, command, settings, actor, now);
        request.Status = to;
        request.UpdatedAt = now;
        AddNote(request, NoteKind.Internal, command.InternalNote, actor, now);
        AddNote(request, NoteKind.ToPartner, command.PartnerNote, actor, now);

        var note = Describe(EnumNames<LendingAction>.Of(command.Action), from, to,
            detail, Labelled("internal note", command.InternalNote), Labelled("note to partner", command.PartnerNote));
        return new LendingStep(from, to, note, partnerEvent);
    }

    /// <summary>The deadline the request waited for has passed: a loan goes Overdue, an unshipped request Expired (closed).</summary>
    public static LendingStep Lapse(LendingRequest request, LendingDeadline deadline, DateTime now)
    {
        var from = request.Status;
        request.UpdatedAt = now;
        if (deadline.Kind == LendingDeadlineKind.Overdue)
        {
            request.Status = LendingStatus.Overdue;
            request.OverdueDueDate = deadline.Date;
            return new LendingStep(from, request.Status, Describe("overdue", from, request.Status, $"due {deadline.Date:yyyy-MM-dd} passed"), PartnerEvent.Overdue);
        }
        request.Status = LendingStatus.Expired;
        request.ExpiredNeededBy = deadline.Date;
        request.Active = false;
        EndCondition(request);
        return new LendingStep(from, request.Status, Describe("expired", from, request.Status, $"needed by {deadline.Date:yyyy-MM-dd} passed"), PartnerEvent.Expired);
    }

    private static string Describe(string name, LendingStatus from, LendingStatus to, params string?[] details)
    {
        var change = from == to ? from.DisplayName() : $"{from.DisplayName()} → {to.DisplayName()}";
        return $"{name}: {change}{string.Concat(details.Where(d => d is { Length: > 0 }).Select(d => $"; {d}"))}";
    }

    /// <summary>Conditions no longer wait for an answer once the request ends another way.</summary>
    private static void EndCondition(LendingRequest request)
    {
        request.InterruptedStatus = null;
        request.ConditionReplyBy = null;
    }

    private static (LendingStatus To, string? Detail, PartnerEvent? Event) Decide(
        LendingRequest request, LendingCommand command, LendingSettings settings, string actor, DateTime now)
    {
        var status = request.Status;
        var awaitsReceipt = request.Partner.Profile.AwaitDigitalReceipt;
        switch (command.Action)
        {
            case LendingAction.WillSupply:
                return (LendingStatus.WillSupply, null, PartnerEvent.WillSupply);
            case LendingAction.ShipPhysically:
                request.DueDate = command.DueDate;
                request.ShippedBarcodes = [.. command.Barcodes!];
                return (LendingStatus.ShippedPhysically, $"due {command.DueDate:yyyy-MM-dd}, items {string.Join(", ", command.Barcodes!)}", PartnerEvent.ShippedPhysically);
            case LendingAction.ShipNonReturnable:
                // Nothing comes back, so it ends as a digital shipment does (Alma: Managing Resource Sharing Lending
                // Requests, "Ship non-returnable").
                return (awaitsReceipt ? LendingStatus.ShippedDigitally : LendingStatus.RequestCompleted, null, PartnerEvent.ShippedNonReturnable);
            case LendingAction.ShipDigitally:
                request.DigitalShipment = command.Shipment;
                return (awaitsReceipt && !command.CompleteRequest ? LendingStatus.ShippedDigitally : LendingStatus.RequestCompleted,
                    $"sent {command.Shipment}" + (command.Shipment?.TermsOfUse is { } terms ? $" under {terms}" : ""), PartnerEvent.ShippedDigitally);
            case LendingAction.ReceivedByPartner:
                // A digital receipt is the last thing a digital shipment waits for.
                return (status == LendingStatus.ShippedDigitally ? LendingStatus.RequestCompleted : LendingStatus.ReceivedByPartner, null, null);
            case LendingAction.Renew:
                var previous = request.DueDate;
                request.DueDate = command.DueDate;
                return (settings.LendingRequestsRenewedStatus ? LendingStatus.RenewAccepted : LendingStatus.ReceivedByPartner,
                    $"due {previous:yyyy-MM-dd} → {command.DueDate:yyyy-MM-dd}", PartnerEvent.Renewed);
            case LendingAction.ReturnedByPartner:
                return (LendingStatus.ReturnedByPartner, null, null);
            case LendingAction.CheckIn:
                return (LendingStatus.RequestCompleted, null, PartnerEvent.CheckedIn);
            case LendingAction.Reject:
                request.RejectionReason = command.Reason;
                request.InternalRejectionReason = command.InternalReason;
                request.Active = settings.RsKeepRejectedRequestActive != KeepRejectedRequestActive.None;
                return (LendingStatus.Rejected, $"reason {command.Reason}" + (command.InternalReason is { } internalReason ? $", internal reason {internalReason}" : "")
                    + (request.Active ? "; kept active" : ""), PartnerEvent.Rejected);
            case LendingAction.Conditional:
                request.InterruptedStatus = status;
                request.ConditionReason = command.Reason;
                request.ConditionReplyBy = command.ReplyBy;
                return (LendingStatus.Conditional, $"reason {command.Reason}, reply by {command.ReplyBy:yyyy-MM-dd}", PartnerEvent.Conditional);
            case LendingAction.ConditionalReply:
                var interrupted = request.InterruptedStatus ?? LendingStatus.LendingRequestCreated;
                EndCondition(request);
                if (command.Accept == true) return (interrupted, "the partner accepted the conditions", null);
                request.RejectionReason = "Conditions not accepted";
                request.Active = settings.RsKeepRejectedRequestActive != KeepRejectedRequestActive.None;
                return (LendingStatus.Rejected, "the partner declined the conditions", null);
            case LendingAction.Lost:
                return (LendingStatus.Lost, null, null);
            case LendingAction.RenewRequested:
                // The partner's message; the lender answers with renew.
                return (LendingStatus.RenewRequested, $"due {request.DueDate:yyyy-MM-dd}", null);
            case LendingAction.Recall:
                var recalledFrom = request.DueDate;
                request.DueDate = command.DueDate ?? request.DueDate;
                return (LendingStatus.Recalled,
                    command.DueDate is null ? $"due {recalledFrom:yyyy-MM-dd}" : $"due {recalledFrom:yyyy-MM-dd} → {command.DueDate:yyyy-MM-dd}", PartnerEvent.Recalled);
            case LendingAction.Damaged:
                return (LendingStatus.Damaged, null, PartnerEvent.Damaged);
            case LendingAction.CancelRequested:
                request.CancelInterruptedStatus = status;
                return (LendingStatus.CancelReply, "the partner asked to cancel", null);
            case LendingAction.CancelReply:
                var resumed = request.CancelInterruptedStatus ?? LendingStatus.LendingRequestCreated;
                request.CancelInterruptedStatus = null;
                if (command.Accept != true) return (resumed, "cancellation declined", PartnerEvent.CancelDeclined);
                request.Active = false;
                EndCondition(request);
                return (LendingStatus.Cancelled, "cancellation accepted" + (command.Reason is { } reason ? $", reason {reason}" : ""), PartnerEvent.CancelAccepted);
            case LendingAction.Reactivate:
                request.Active = true;
                return (LendingStatus.RequestReactivated, null, null);
            case LendingAction.Assign:
                var before = request.Assignee;
                request.Assignee = command.Operator;
                return (status, $"assigned to {command.Operator}" + (before is null ? "" : $" (was {before})"), null);
            case LendingAction.Release:
                var released = request.Assignee;
                request.Assignee = null;
                return (status, $"released by {actor} (was {released})", null);
            case LendingAction.MoveRequest:
                // The step that applies this starts the move itself (LinkedRequests); the status stays.
                return (status, $"move to {command.MoveTo}", null);
            case LendingAction.DigitizationRequest:
                return (status, $"digitization by {command.Department}", null);
            case LendingAction.Notes:
                return (status, null, null);
            case LendingAction.PartnerEmail:
                request.Communications.Add(new PartnerCommunication
                    { To = request.Partner.Email!, Subject = command.Subject!, Body = command.Body!, Sender = actor, At = now });
                return (status, $"e-mail to partner: {command.Subject}", PartnerEvent.Communication);
            default:
                throw new ArgumentOutOfRangeException(nameof(command), command.Action, "Unknown lending action.");
        }
    }

    private static void AddNote(LendingRequest request, NoteKind kind, string? text, string actor, DateTime now)
    {
        if (text is { Length: > 0 }) request.Notes.Add(new LendingNote { Kind = kind, Text = text, Author = actor, At = now });
    }

    private static string? Labelled(string label, string? text) => text is { Length: > 0 } ? $"{label}: {text}" : null;
}
