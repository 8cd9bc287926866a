using FluentValidation;

namespace Library.Host.Contracts;

/// <summary>
/// A department as <c>PUT /api/departments/{code}</c> takes it. No <c>servedLibraries</c>, or an empty list:
/// the department serves the whole institution.
/// </summary>
public sealed record DepartmentBody(string Name, string? Description, int? WorkTimeDays, List<string>? ServedLibraries)
{
    /// <summary>The served libraries without repeats (codes compare without regard to case), in the order given.</summary>
    public List<string> Libraries() => (ServedLibraries ?? []).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
}

public sealed class DepartmentBodyValidator : AbstractValidator<DepartmentBody>
{
    public const int MaxWorkTimeDays = 3650;

    public DepartmentBodyValidator()
    {
        RuleFor(d => d.Name).NotEmpty().MaximumLength(200);
        RuleFor(d => d.Description).MaximumLength(2000);
        RuleFor(d => d.WorkTimeDays).InclusiveBetween(1, MaxWorkTimeDays).When(d => d.WorkTimeDays is not null)
            .WithMessage($"'workTimeDays' is a number of days from 1 to {MaxWorkTimeDays}, or null for no expiry.");
        RuleFor(d => d.ServedLibraries).Must(l => l!.Count <= 500).When(d => d.ServedLibraries is not null)
            .WithMessage("A department serves at most 500 libraries; an empty list means the whole institution.");
        RuleForEach(d => d.ServedLibraries).NotEmpty().WithMessage("A library code must not be blank.").MaximumLength(50);
    }

    /// <summary>Why a department code from the path is refused, or null when it is a valid code.</summary>
    public static string? CodeProblem(string code) => Validation.ConfigurationCode.Problem(code, "a department");
}
