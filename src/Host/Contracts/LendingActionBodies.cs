using FluentValidation;
using Library.Lending;

namespace Library.Host.Contracts;

/// <summary>The notes any lending action may carry: one for staff, one for the partner (seed 003).</summary>
/// <summary>A lending action's body that says, by itself, which command it is.</summary>
public interface ILendingActionBody
{
    LendingCommand ToCommand();
}

public sealed record ActionNotesBody(string? InternalNote, string? PartnerNote)
{
    public LendingCommand ToCommand(LendingAction action) => new(action, InternalNote, PartnerNote);
}

public sealed record ShipPhysicallyBody(DateOnly? DueDate, IReadOnlyList<string>? Barcodes, string? InternalNote, string? PartnerNote) : ILendingActionBody
{
    public LendingCommand ToCommand() => new(LendingAction.ShipPhysically, InternalNote, PartnerNote, DueDate: DueDate, Barcodes: Barcodes);
}

/// <summary>"Create move request": the resource-sharing library and location the item is brought to.</summary>
public sealed record MoveRequestBody(string? Library, string? Location, string? Note) : ILendingActionBody
{
    public LendingCommand ToCommand() => new(LendingAction.MoveRequest, InternalNote: Note, MoveTo: Moves.Place.Shelf(Library!, Location!));
}

public sealed class MoveRequestBodyValidator : AbstractValidator<MoveRequestBody>
{
    public MoveRequestBodyValidator()
    {
        RuleFor(b => b.Library).NotEmpty().MaximumLength(50);
        RuleFor(b => b.Location).NotEmpty().MaximumLength(50);
        RuleFor(b => b.Note).MaximumLength(2000);
    }
}

/// <summary>"Create digitization request": the department that digitizes the item for the partner.</summary>
public sealed record DigitizationRequestBody(string? Department, string? Note) : ILendingActionBody
{
    public LendingCommand ToCommand() =>
        new(LendingAction.DigitizationRequest, InternalNote: Note, Department: Department ?? Departments.Department.InstitutionCode);
}

public sealed class DigitizationRequestBodyValidator : AbstractValidator<DigitizationRequestBody>
{
    public DigitizationRequestBodyValidator()
    {
        RuleFor(b => b.Department).MaximumLength(50);
        RuleFor(b => b.Note).MaximumLength(2000);
    }
}

public sealed record RenewBody(DateOnly? DueDate, string? InternalNote, string? PartnerNote) : ILendingActionBody
{
    public LendingCommand ToCommand() => new(LendingAction.Renew, InternalNote, PartnerNote, DueDate: DueDate);
}

public sealed record RejectBody(string? Reason, string? InternalNote, string? PartnerNote) : ILendingActionBody
{
    public LendingCommand ToCommand() => new(LendingAction.Reject, InternalNote, PartnerNote, Reason: Reason);
}

/// <summary>Conditions the lender sets: a reason, the last day to reply, and a note that goes to the partner.</summary>
public sealed record ConditionalBody(string? Reason, DateOnly? ReplyBy, string? Note) : ILendingActionBody
{
    public LendingCommand ToCommand() => new(LendingAction.Conditional, PartnerNote: Note, Reason: Reason, ReplyBy: ReplyBy);
}

public sealed record ConditionalReplyBody(bool? Accept) : ILendingActionBody
{
    public LendingCommand ToCommand() => new(LendingAction.ConditionalReply, Accept: Accept);
}

/// <summary>A recall: the date the partner must now return the item by, if it changes.</summary>
public sealed record RecallBody(DateOnly? DueDate, string? InternalNote, string? PartnerNote) : ILendingActionBody
{
    public LendingCommand ToCommand() => new(LendingAction.Recall, InternalNote, PartnerNote, DueDate: DueDate);
}

/// <summary>The lender's answer to the partner's cancel request.</summary>
public sealed record CancelReplyBody(bool? Accept, string? InternalNote, string? PartnerNote) : ILendingActionBody
{
    public LendingCommand ToCommand() => new(LendingAction.CancelReply, InternalNote, PartnerNote, Accept: Accept);
}

public sealed record AssignBody(string? Operator, string? Note) : ILendingActionBody
{
    public LendingCommand ToCommand() => new(LendingAction.Assign, InternalNote: Note, Operator: Operator);
}

public sealed record PartnerEmailBody(string? Subject, string? Body) : ILendingActionBody
{
    public LendingCommand ToCommand() => new(LendingAction.PartnerEmail, Subject: Subject, Body: Body);
}

public sealed class ActionNotesBodyValidator : AbstractValidator<ActionNotesBody>
{
    public ActionNotesBodyValidator()
    {
        RuleFor(b => b.InternalNote).MaximumLength(2000);
        RuleFor(b => b.PartnerNote).MaximumLength(2000);
    }
}

public sealed class ShipPhysicallyBodyValidator : AbstractValidator<ShipPhysicallyBody>
{
    public ShipPhysicallyBodyValidator()
    {
        RuleFor(b => b.DueDate).NotNull();
        RuleFor(b => b.Barcodes).NotEmpty().WithMessage("'barcodes' needs at least one item barcode.");
        RuleForEach(b => b.Barcodes).NotEmpty().MaximumLength(100);
        RuleFor(b => b.InternalNote).MaximumLength(2000);
        RuleFor(b => b.PartnerNote).MaximumLength(2000);
    }
}

public sealed class RenewBodyValidator : AbstractValidator<RenewBody>
{
    public RenewBodyValidator()
    {
        RuleFor(b => b.DueDate).NotNull();
        RuleFor(b => b.InternalNote).MaximumLength(2000);
        RuleFor(b => b.PartnerNote).MaximumLength(2000);
    }
}

public sealed class RejectBodyValidator : AbstractValidator<RejectBody>
{
    public RejectBodyValidator()
    {
        RuleFor(b => b.Reason).NotEmpty().MaximumLength(200);
        RuleFor(b => b.InternalNote).MaximumLength(2000);
        RuleFor(b => b.PartnerNote).MaximumLength(2000);
    }
}

public sealed class ConditionalBodyValidator : AbstractValidator<ConditionalBody>
{
    public ConditionalBodyValidator()
    {
        RuleFor(b => b.Reason).NotEmpty().MaximumLength(200);
        RuleFor(b => b.ReplyBy).NotNull();
        RuleFor(b => b.Note).MaximumLength(2000);
    }
}

public sealed class ConditionalReplyBodyValidator : AbstractValidator<ConditionalReplyBody>
{
    public ConditionalReplyBodyValidator() => RuleFor(b => b.Accept).NotNull().WithMessage("'accept' must be true or false.");
}

public sealed class RecallBodyValidator : AbstractValidator<RecallBody>
{
    public RecallBodyValidator()
    {
        RuleFor(b => b.InternalNote).MaximumLength(2000);
        RuleFor(b => b.PartnerNote).MaximumLength(2000);
    }
}

public sealed class CancelReplyBodyValidator : AbstractValidator<CancelReplyBody>
{
    public CancelReplyBodyValidator()
    {
        RuleFor(b => b.Accept).NotNull().WithMessage("'accept' must be true or false.");
        RuleFor(b => b.InternalNote).MaximumLength(2000);
        RuleFor(b => b.PartnerNote).MaximumLength(2000);
    }
}

public sealed class AssignBodyValidator : AbstractValidator<AssignBody>
{
    public AssignBodyValidator()
    {
        RuleFor(b => b.Operator).NotEmpty().MaximumLength(200);
        // Seed 003: the assignment note is limited to 1,000 characters.
        RuleFor(b => b.Note).MaximumLength(1000);
    }
}

public sealed class PartnerEmailBodyValidator : AbstractValidator<PartnerEmailBody>
{
    public PartnerEmailBodyValidator()
    {
        RuleFor(b => b.Subject).NotEmpty().MaximumLength(300);
        RuleFor(b => b.Body).NotEmpty().MaximumLength(10000);
    }
}
