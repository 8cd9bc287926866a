using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using Fluid;
using Library.Languages;

namespace Library.Letters;

/// <summary>
/// Parses letter templates with Fluid and renders them as plain text. A template is parsed once per version: the
/// parsed subject and body of each letter and language are kept with the source they came from, and parsed again
/// only when that source changes, so sending a letter costs a render, not a parse.
/// </summary>
public sealed partial class LiquidTemplates
{
    private readonly FluidParser parser = new();
    private readonly ConcurrentDictionary<(string Code, Language Language, string Part), (string Source, IFluidTemplate Template)> parsed = new();

    // Dates print in UTC, as the letters always did; a template that loops without end is stopped.
    private readonly TemplateOptions options = new()
    {
        CultureInfo = CultureInfo.InvariantCulture, TimeZone = TimeZoneInfo.Utc, MaxSteps = 100_000, MaxRecursion = 20,
    };

    /// <summary>Why <paramref name="source"/> does not parse; null when it does.</summary>
    public LetterSyntaxError? ErrorIn(string source)
    {
        if (parser.TryParse(source, out _, out var error)) return null;
        var message = error.Split("\nSource:", 2)[0].Trim();
        return new LetterSyntaxError(message, Position().Match(message) is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null);
    }

    /// <summary>The subject and body of <paramref name="text"/> for <paramref name="model"/>, from the kept parse of that version.</summary>
    public (string Subject, string Body) Render(LetterText text, IReadOnlyDictionary<string, object?> model) =>
        (Render(Cached(text, "subject", text.Subject), model).Trim(), Render(Cached(text, "body", text.Body), model));

    /// <summary>Renders a text that is not kept, such as an edit being previewed before it is saved.</summary>
    public (string Subject, string Body) RenderOnce(string subject, string body, IReadOnlyDictionary<string, object?> model) =>
        (Render(Parse(subject), model).Trim(), Render(Parse(body), model));

    private IFluidTemplate Cached(LetterText text, string part, string source)
    {
        var key = (text.Code, text.Language, part);
        if (parsed.TryGetValue(key, out var kept) && kept.Source == source) return kept.Template;
        var template = Parse(source);
        parsed[key] = (source, template);
        return template;
    }

    private IFluidTemplate Parse(string source) =>
        parser.TryParse(source, out var template, out var error)
            ? template
            : throw new LetterTemplateException($"The template does not parse: {error.Split("\nSource:", 2)[0].Trim()}");

    private string Render(IFluidTemplate template, IReadOnlyDictionary<string, object?> model)
    {
        try
        {
            return template.Render(new TemplateContext(model, options));
        }
        catch (Exception e) when (e is InvalidOperationException or FluidException)
        {
            throw new LetterTemplateException($"The template could not be rendered: {e.Message}");
        }
    }

    [GeneratedRegex(@"at \((\d+):\d+\)")]
    private static partial Regex Position();
}
