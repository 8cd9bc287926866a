namespace Library.Lending;

/// <summary>What an action did: the status before and after, a line for the history, and whom the partner hears from.</summary>
public sealed record LendingStep(LendingStatus From, LendingStatus To, string Note, PartnerEvent? PartnerEvent);

/// <summary>
/// What an action, or a deadline that has passed, does to a request besides its status, which the lending definition
/// decides: dates, notes, reasons, the history line and whom the partner hears from.
/// </summary>
public static class LendingSteps
{
    public static LendingStep Apply(LendingRequest request, LendingCommand command, LendingStatus to, LendingSettings settings, string actor, DateTime now)
    {
        var from = request.Status;
        var (detail, partnerEvent) = Decide(request, command, settings, actor, now);
        request.Status = to;
        request.UpdatedAt = now;
        AddNote(request, NoteKind.Internal, command.InternalNote, actor, now);
        AddNote(request, NoteKind.ToPartner, command.PartnerNote, actor, now);

        var note = Describe(command.Action, from, to,
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

    private static (string? Detail, PartnerEvent? Event) Decide(
        LendingRequest request, LendingCommand command, LendingSettings settings, string actor, DateTime now)
    {
        var status = request.Status;
        switch (command.Known)
        {
            case null:
                // An action a published version added: its status change and notes are all it records.
                return (null, null);
            case LendingAction.WillSupply:
                return (null, PartnerEvent.WillSupply);
            case LendingAction.ShipPhysically:
                request.DueDate = command.DueDate;
                request.ShippedBarcodes = [.. command.Barcodes!];
                return ($"due {command.DueDate:yyyy-MM-dd}, items {string.Join(", ", command.Barcodes!)}", PartnerEvent.ShippedPhysically);
            case LendingAction.ShipNonReturnable:
                // Nothing comes back, so it ends as a digital shipment does (Alma: Managing Resource Sharing Lending
                // Requests, "Ship non-returnable").
                return (null, PartnerEvent.ShippedNonReturnable);
            case LendingAction.ShipDigitally:
                request.DigitalShipment = command.Shipment;
                return ($"sent {command.Shipment}" + (command.Shipment?.TermsOfUse is { } terms ? $" under {terms}" : ""), PartnerEvent.ShippedDigitally);
            case LendingAction.Renew:
                var previous = request.DueDate;
                request.DueDate = command.DueDate;
                return ($"due {previous:yyyy-MM-dd} → {command.DueDate:yyyy-MM-dd}", PartnerEvent.Renewed);
            case LendingAction.CheckIn:
                return (null, PartnerEvent.CheckedIn);
            case LendingAction.Reject:
                request.RejectionReason = command.Reason;
                request.InternalRejectionReason = command.InternalReason;
                request.Active = settings.RsKeepRejectedRequestActive != KeepRejectedRequestActive.None;
                return ($"reason {command.Reason}" + (command.InternalReason is { } internalReason ? $", internal reason {internalReason}" : "")
                    + (request.Active ? "; kept active" : ""), PartnerEvent.Rejected);
            case LendingAction.Conditional:
                request.InterruptedStatus = status;
                request.ConditionReason = command.Reason;
                request.ConditionReplyBy = command.ReplyBy;
                return ($"reason {command.Reason}, reply by {command.ReplyBy:yyyy-MM-dd}", PartnerEvent.Conditional);
            case LendingAction.ConditionalReply:
                EndCondition(request);
                if (command.Accept == true) return ("the partner accepted the conditions", null);
                request.RejectionReason = "Conditions not accepted";
                request.Active = settings.RsKeepRejectedRequestActive != KeepRejectedRequestActive.None;
                return ("the partner declined the conditions", null);
            case LendingAction.RenewRequested:
                // The partner's message; the lender answers with renew.
                return ($"due {request.DueDate:yyyy-MM-dd}", null);
            case LendingAction.Recall:
                var recalledFrom = request.DueDate;
                request.DueDate = command.DueDate ?? request.DueDate;
                return (command.DueDate is null ? $"due {recalledFrom:yyyy-MM-dd}" : $"due {recalledFrom:yyyy-MM-dd} → {command.DueDate:yyyy-MM-dd}", PartnerEvent.Recalled);
            case LendingAction.Damaged:
                return (null, PartnerEvent.Damaged);
            case LendingAction.CancelRequested:
                request.CancelInterruptedStatus = status;
                return ("the partner asked to cancel", null);
            case LendingAction.CancelReply:
                request.CancelInterruptedStatus = null;
                if (command.Accept != true) return ("cancellation declined", PartnerEvent.CancelDeclined);
                request.Active = false;
                EndCondition(request);
                return ("cancellation accepted" + (command.Reason is { } reason ? $", reason {reason}" : ""), PartnerEvent.CancelAccepted);
            case LendingAction.Reactivate:
                request.Active = true;
                return (null, null);
            case LendingAction.Assign:
                var before = request.Assignee;
                request.Assignee = command.Operator;
                return ($"assigned to {command.Operator}" + (before is null ? "" : $" (was {before})"), null);
            case LendingAction.Release:
                var released = request.Assignee;
                request.Assignee = null;
                return ($"released by {actor} (was {released})", null);
            case LendingAction.MoveRequest:
                // The activity that applies this starts the move itself (LinkedRequests).
                return ($"move to {command.MoveTo}", null);
            case LendingAction.DigitizationRequest:
                return ($"digitization by {command.Department}", null);
            case LendingAction.PartnerEmail:
                request.Communications.Add(new PartnerCommunication
                    { To = request.Partner.Email!, Subject = command.Subject!, Body = command.Body!, Sender = actor, At = now });
                return ($"e-mail to partner: {command.Subject}", PartnerEvent.Communication);
            case LendingAction.ReceivedByPartner or LendingAction.ReturnedByPartner or LendingAction.Lost or LendingAction.Notes:
                return (null, null);
            default:
                throw new ArgumentOutOfRangeException(nameof(command), command.Action, "A lending action without a step.");
        }
    }

    private static void AddNote(LendingRequest request, NoteKind kind, string? text, string actor, DateTime now)
    {
        if (text is { Length: > 0 }) request.Notes.Add(new LendingNote { Kind = kind, Text = text, Author = actor, At = now });
    }

    private static string? Labelled(string label, string? text) => text is { Length: > 0 } ? $"{label}: {text}" : null;
}
