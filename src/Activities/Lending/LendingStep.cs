namespace Library.Lending;

/// <summary>What an action did: the status before and after, and a line for the history.</summary>
public sealed record LendingStep(LendingStatus From, LendingStatus To, string Note);

/// <summary>
/// What an action, or a deadline that has passed, does to a request besides its status, which the lending definition
/// decides: dates, notes, reasons and the history line. What the partner is told is the definition's to say.
/// </summary>
public static class LendingSteps
{
    public static LendingStep Apply(LendingRequest request, LendingCommand command, LendingStatus to, LendingSettings settings, string actor, DateTime now)
    {
        var from = request.Status;
        var detail = Decide(request, command, settings, actor, now);
        request.Status = to;
        request.UpdatedAt = now;
        AddNote(request, NoteKind.Internal, command.InternalNote, actor, now);
        AddNote(request, NoteKind.ToPartner, command.PartnerNote, actor, now);

        var note = Describe(command.Action, from, to,
            detail, Labelled("internal note", command.InternalNote), Labelled("note to partner", command.PartnerNote));
        return new LendingStep(from, to, note);
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
            return new LendingStep(from, request.Status, Describe("overdue", from, request.Status, $"due {deadline.Date:yyyy-MM-dd} passed"));
        }
        request.Status = LendingStatus.Expired;
        request.ExpiredNeededBy = deadline.Date;
        request.Active = false;
        EndCondition(request);
        return new LendingStep(from, request.Status, Describe("expired", from, request.Status, $"needed by {deadline.Date:yyyy-MM-dd} passed"));
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

    private static string? Decide(LendingRequest request, LendingCommand command, LendingSettings settings, string actor, DateTime now)
    {
        var status = request.Status;
        switch (command.Known)
        {
            case null:
                // An action a published version added: its status change and notes are all it records.
                return null;
            case LendingAction.WillSupply:
                return null;
            case LendingAction.ShipPhysically:
                request.DueDate = command.DueDate;
                request.ShippedBarcodes = [.. command.Barcodes!];
                return $"due {command.DueDate:yyyy-MM-dd}, items {string.Join(", ", command.Barcodes!)}";
            case LendingAction.ShipNonReturnable:
                // Nothing comes back, so no due date is set; where it leads (Shipped Physically for a physical resource)
                // is the definition's.
                return null;
            case LendingAction.ShipDigitally:
                request.DigitalShipment = command.Shipment;
                return $"sent {command.Shipment}" + (command.Shipment?.TermsOfUse is { } terms ? $" under {terms}" : "");
            case LendingAction.Renew:
                var previous = request.DueDate;
                request.DueDate = command.DueDate;
                return $"due {previous:yyyy-MM-dd} → {command.DueDate:yyyy-MM-dd}";
            case LendingAction.CheckIn:
                return null;
            case LendingAction.Reject:
                request.RejectionReason = command.Reason;
                request.InternalRejectionReason = command.InternalReason;
                request.Active = settings.RsKeepRejectedRequestActive != KeepRejectedRequestActive.None;
                return $"reason {command.Reason}" + (command.InternalReason is { } internalReason ? $", internal reason {internalReason}" : "")
                    + (request.Active ? "; kept active" : "");
            case LendingAction.Conditional:
                request.InterruptedStatus = status;
                request.ConditionReason = command.Reason;
                request.ConditionReplyBy = command.ReplyBy;
                return $"reason {command.Reason}, reply by {command.ReplyBy:yyyy-MM-dd}";
            case LendingAction.ConditionalReply:
                EndCondition(request);
                if (command.Accept == true) return "the partner accepted the conditions";
                request.RejectionReason = "Conditions not accepted";
                request.Active = settings.RsKeepRejectedRequestActive != KeepRejectedRequestActive.None;
                return "the partner declined the conditions";
            case LendingAction.RenewRequested:
                // The partner's message; the lender answers with renew.
                return $"due {request.DueDate:yyyy-MM-dd}";
            case LendingAction.Recall:
                var recalledFrom = request.DueDate;
                request.DueDate = command.DueDate ?? request.DueDate;
                return command.DueDate is null ? $"due {recalledFrom:yyyy-MM-dd}" : $"due {recalledFrom:yyyy-MM-dd} → {command.DueDate:yyyy-MM-dd}";
            case LendingAction.Damaged:
                return null;
            case LendingAction.CancelRequested:
                request.CancelInterruptedStatus = status;
                return "the partner asked to cancel";
            case LendingAction.CancelReply:
                request.CancelInterruptedStatus = null;
                if (command.Accept != true) return "cancellation declined";
                request.Active = false;
                EndCondition(request);
                return "cancellation accepted" + (command.Reason is { } reason ? $", reason {reason}" : "");
            case LendingAction.Reactivate:
                request.Active = true;
                return null;
            case LendingAction.Assign:
                var before = request.Assignee;
                request.Assignee = command.Operator;
                return $"assigned to {command.Operator}" + (before is null ? "" : $" (was {before})");
            case LendingAction.Release:
                var released = request.Assignee;
                request.Assignee = null;
                return $"released by {actor} (was {released})";
            case LendingAction.MoveRequest:
                // The activity that applies this starts the move itself (LinkedRequests).
                return $"move to {command.MoveTo}";
            case LendingAction.DigitizationRequest:
                return $"digitization by {command.Department}";
            case LendingAction.PartnerEmail:
                request.Communications.Add(new PartnerCommunication
                    { To = request.Partner.Email!, Subject = command.Subject!, Body = command.Body!, Sender = actor, At = now });
                return $"e-mail to partner: {command.Subject}";
            case LendingAction.ReceivedByPartner or LendingAction.ReturnedByPartner or LendingAction.Lost or LendingAction.Notes:
                return null;
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
