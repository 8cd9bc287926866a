using Workflows.Activities;
using Workflows.Mail;

namespace Workflows.Tests.Infrastructure;

/// <summary>The test host's recipient policy: letters may go to example.org addresses, and nowhere else.</summary>
public sealed class ExampleRecipients : IRecipientPolicy
{
    public const string Refusal = "only example.org addresses receive the tests' letters";

    public ValueTask<string?> RefusalAsync(ActivityContext context, string address) =>
        ValueTask.FromResult(address.EndsWith("@example.org", StringComparison.OrdinalIgnoreCase) ? null : Refusal);
}
