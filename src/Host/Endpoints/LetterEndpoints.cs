using Library.Delivery;
using Library.Host.Authorization;
using Library.Host.Contracts;
using Library.Host.Problems;
using Library.Host.Validation;
using Library.Languages;
using Library.Lending;
using Library.Letters;
using Library.Notifications;
using Library.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Library.Host.Endpoints;

/// <summary>
/// The letters and their templates (Alma: Configuring Digitization, "Letters": General &gt; Letters &gt; Letter
/// Configuration). Every letter ships in English, French and Chinese; a letter administrator edits a language's subject
/// and body in Liquid, previews it against a request, returns it to the shipped wording, and enables or disables the
/// letter. Any staff member reads them.
/// </summary>
public static class LetterEndpoints
{
    public static IEndpointRouteBuilder MapLetters(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/letters").WithTags("Letters");
        group.MapGet("/", List).Needs(StaffPolicies.Staff);
        group.MapGet("/{code}/{language}", Get).Needs(StaffPolicies.Staff).Refuses(StatusCodes.Status404NotFound);
        group.MapPut("/{code}/{language}", Save).Needs(StaffPolicies.LetterAdministration).Validate<LetterTemplateBody>()
            .Refuses(StatusCodes.Status404NotFound);
        group.MapDelete("/{code}/{language}", Restore).Needs(StaffPolicies.LetterAdministration).Refuses(StatusCodes.Status404NotFound);
        group.MapPost("/{code}/{language}/preview", Preview).Needs(StaffPolicies.LetterAdministration).Validate<LetterPreviewBody>()
            .Refuses(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Ok<List<LetterSummary>>> List(LibraryDbContext db, CancellationToken ct)
    {
        var saved = await db.LetterTemplates.AsNoTracking().Select(t => new { t.Code, t.Language, t.UpdatedAt, t.UpdatedBy }).ToListAsync(ct);
        var disabled = await db.LetterSwitches.AsNoTracking().Where(s => !s.Enabled).Select(s => s.Code).ToListAsync(ct);
        return TypedResults.Ok(LetterKinds.All.Select(kind => new LetterSummary(
            kind.Code, kind.Name, kind.Recipient, !disabled.Contains(kind.Code),
            Enum.GetValues<Language>().Select(language => saved.FirstOrDefault(t => t.Code == kind.Code && t.Language == language) is { } edit
                ? new LetterLanguageView(language, true, edit.UpdatedAt, edit.UpdatedBy)
                : new LetterLanguageView(language, false, null, null)).ToList(),
            kind.Fields)).ToList());
    }

    private static async Task<Results<Ok<LetterTemplateView>, ProblemHttpResult>> Get(
        string code, string language, LibraryDbContext db, LetterComposer letters, CancellationToken ct) =>
        Find(code, language, out var kind, out var written) is { } unknown ? unknown : TypedResults.Ok(await ViewAsync(kind, written, db, letters, ct));

    /// <summary>Saves the language's templates, once they parse, and/or switches the letter, as the body says.</summary>
    private static async Task<Results<Ok<LetterTemplateView>, ProblemHttpResult>> Save(
        string code, string language, LetterTemplateBody? body, HttpContext http, TimeProvider clock, LibraryDbContext db, LetterComposer letters,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body); // the validation filter refuses a missing body
        if (Find(code, language, out var kind, out var written) is { } unknown) return unknown;
        var who = ActingAccount.Of(http);
        var now = clock.GetUtcNow().UtcDateTime;
        if (body is { Subject: { } subject, Body: { } text })
        {
            if (await db.LetterTemplates.FindAsync([kind.Code, written], ct) is not { } template)
                db.LetterTemplates.Add(template = new LetterTemplate { Code = kind.Code, Language = written, Subject = "", Body = "", UpdatedBy = who });
            (template.Subject, template.Body, template.UpdatedAt, template.UpdatedBy) = (subject.Trim(), text.ReplaceLineEndings("\n"), now, who);
        }
        if (body.Enabled is { } enabled) await SwitchAsync(kind, enabled, who, now, db, ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(await ViewAsync(kind, written, db, letters, ct));
    }

    /// <summary>Forgets the language's edit, so the letter is written as shipped again.</summary>
    private static async Task<Results<Ok<LetterTemplateView>, ProblemHttpResult>> Restore(
        string code, string language, LibraryDbContext db, LetterComposer letters, CancellationToken ct)
    {
        if (Find(code, language, out var kind, out var written) is { } unknown) return unknown;
        await db.LetterTemplates.Where(t => t.Code == kind.Code && t.Language == written).ExecuteDeleteAsync(ct);
        return TypedResults.Ok(await ViewAsync(kind, written, db, letters, ct));
    }

    private static async Task<Results<Ok<LetterPreviewView>, ProblemHttpResult>> Preview(
        string code, string language, LetterPreviewBody? body, LibraryDbContext db, LetterComposer letters, LiquidTemplates liquid,
        IOptions<DeliveryOptions> delivery, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body); // the validation filter refuses a missing body
        if (Find(code, language, out var kind, out var written) is { } unknown) return unknown;
        var reader = await ReaderAsync(kind, body.RequestId, db, delivery.Value, ct);
        if (reader is null)
        {
            var what = kind.Recipient == LetterRecipient.Requester ? "digitization" : "lending";
            return ApiProblems.NotFound($"No {what} request {body.RequestId}: the {kind.Name} is previewed against a {what} request.");
        }
        var text = await letters.TextAsync(kind, written, ct);
        try
        {
            var (subject, letter) = liquid.RenderOnce(body.Subject ?? text.Subject, body.Body ?? text.Body, reader.Value.Model);
            return TypedResults.Ok(new LetterPreviewView(reader.Value.To, text.Language, subject, letter, await letters.IsEnabledAsync(kind.Code, ct)));
        }
        catch (LetterTemplateException e)
        {
            return ApiProblems.Invalid(body.Body is not null ? "body" : "subject", e.Message);
        }
    }

    /// <summary>Whom the letter would go to for the request, and the values its template prints; null when there is no such request.</summary>
    private static async Task<(string To, IReadOnlyDictionary<string, object?> Model)?> ReaderAsync(
        LetterKind kind, Guid requestId, LibraryDbContext db, DeliveryOptions delivery, CancellationToken ct)
    {
        if (kind.Recipient == LetterRecipient.Requester)
        {
            if (await db.DigitizationRequests.FindAsync([requestId], ct) is not { } request) return null;
            var letter = Enum.GetValues<Letter>().First(l => LetterKinds.Of(l) == kind);
            var details = await db.LetterDetailsAsync(letter, request, delivery, ct);
            return (request.Requester.Email, RequesterLetterModel.Of(request, details));
        }
        var lending = await db.LendingRequests.AsNoTracking().Include(r => r.Notes).Include(r => r.Communications).AsSplitQuery()
            .SingleOrDefaultAsync(r => r.Id == requestId, ct);
        if (lending is null) return null;
        var partnerEvent = Enum.GetValues<PartnerEvent>().First(e => LetterKinds.Of(e) == kind);
        return (lending.Partner.Email ?? "", PartnerLetters.ModelOf(partnerEvent, lending));
    }

    private static async Task SwitchAsync(LetterKind kind, bool enabled, string who, DateTime now, LibraryDbContext db, CancellationToken ct)
    {
        var setting = await db.LetterSwitches.FindAsync([kind.Code], ct);
        if (setting is null) db.LetterSwitches.Add(setting = new LetterSwitch { Code = kind.Code, UpdatedBy = who });
        if (setting.Enabled == enabled && db.Entry(setting).State != EntityState.Added) return;
        (setting.Enabled, setting.UpdatedAt, setting.UpdatedBy) = (enabled, now, who);
    }

    private static async Task<LetterTemplateView> ViewAsync(LetterKind kind, Language language, LibraryDbContext db, LetterComposer letters, CancellationToken ct)
    {
        var saved = await db.LetterTemplates.AsNoTracking().FirstOrDefaultAsync(t => t.Code == kind.Code && t.Language == language, ct);
        var text = await letters.TextAsync(kind, language, ct);
        return new LetterTemplateView(kind.Code, kind.Name, text.Language, text.Subject, text.Body, await letters.IsEnabledAsync(kind.Code, ct),
            saved is not null, saved?.UpdatedAt, saved?.UpdatedBy, kind.Fields);
    }

    /// <summary>A 404 naming what is known when the letter or the language is not.</summary>
    private static ProblemHttpResult? Find(string code, string language, out LetterKind kind, out Language written)
    {
        kind = LetterKinds.Find(code)!;
        written = default;
        if (kind is null) return ApiProblems.NotFound($"No letter '{code}'; GET /api/letters lists them.");
        return LanguageCodes.TryParse(language, out written)
            ? null
            : ApiProblems.NotFound($"Letters are written in {LanguageCodes.Listed}, not '{language}'.");
    }
}
