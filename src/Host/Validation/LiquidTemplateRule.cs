using FluentValidation;
using Library.Letters;

namespace Library.Host.Validation;

public static class LiquidTemplateRule
{
    /// <summary>Refuses a text that does not parse as Liquid, with the parser's message and the line it points at.</summary>
    public static IRuleBuilderOptions<T, string?> LiquidTemplate<T>(this IRuleBuilder<T, string?> rule, LiquidTemplates liquid) =>
        rule.Must((_, text, context) =>
        {
            if (text is null || liquid.ErrorIn(text) is not { } error) return true;
            context.MessageFormatter.AppendArgument("Problem", error.Line is { } line ? $"line {line}: {error.Message}" : error.Message);
            return false;
        }).WithMessage("'{PropertyName}' is not a valid Liquid template, {Problem}");
}
