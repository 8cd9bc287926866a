using Microsoft.Extensions.DependencyInjection;

namespace Library.Letters;

public static class LetterSetup
{
    /// <summary>The letter templates: one parser and its kept parses for the process, a composer per unit of work.</summary>
    public static IServiceCollection AddLetters(this IServiceCollection services)
    {
        services.AddSingleton<LiquidTemplates>();
        services.AddScoped<LetterComposer>();
        return services;
    }
}
