using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Workflows.Activities;
using Workflows.Definitions;
using Workflows.Expressions;
using Workflows.Mail;
using Workflows.Runtime;
using Workflows.Timers;

namespace Workflows;

public static class WorkflowsServiceCollectionExtensions
{
    /// <summary>
    /// Registers the runtime with the built-in activities. The caller registers a scoped
    /// <see cref="Persistence.WorkflowDbContext"/> and Quartz (with <see cref="ResumeTimerJob"/> resolvable).
    /// </summary>
    public static IServiceCollection AddWorkflows(this IServiceCollection services, IConfiguration configuration, Action<ActivityRegistry>? activities = null)
    {
        var registry = new ActivityRegistry().AddFromAssemblyOf<Start>();
        activities?.Invoke(registry);
        services.AddSingleton(registry);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(Persistence.CommitGate.Open);
        // The application replaces it with the waits it resumes (RequiredWaits).
        services.TryAddSingleton(RequiredWaits.None);
        services.AddSingleton<DefinitionReader>();
        services.AddSingleton<WorkflowDefinitionStore>();
        services.AddSingleton<DefinitionImporter>();
        services.AddSingleton<ExpressionEvaluator>();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<TimerScheduler>();
        services.AddTransient<ResumeTimerJob>();
        services.AddScoped<WorkflowRuntime>();
        services.AddScoped<Traces.WorkflowTraces>();
        services.AddScoped<OutboxLetters>();
        services.Configure<SmtpOptions>(configuration.GetSection("Smtp"));
        services.AddHostedService<MailDispatcher>();
        services.AddHostedService<TimerRecovery>();
        return services;
    }
}
