using Workflows.Http;

namespace Workflows.Tests.Infrastructure;

/// <summary>The application's receipt as the tests register it: keeps every answer and failure it is handed, or fails while <see cref="Failing"/>.</summary>
public sealed class RecordedAnswers : IHttpDeliveryReceipt
{
    private readonly Lock _gate = new();
    private readonly List<HttpDeliveryAnswer> _answers = [];
    private readonly List<HttpDeliveryFailure> _failures = [];

    public volatile bool Failing;

    public IReadOnlyList<HttpDeliveryAnswer> Answers
    {
        get { lock (_gate) return [.. _answers]; }
    }

    public IReadOnlyList<HttpDeliveryFailure> Failures
    {
        get { lock (_gate) return [.. _failures]; }
    }

    public Task GaveUpAsync(HttpDeliveryFailure failure, CancellationToken ct)
    {
        if (Failing) throw new InvalidOperationException("the receipt cannot take failures");
        lock (_gate) _failures.Add(failure);
        return Task.CompletedTask;
    }

    public Task ReceivedAsync(HttpDeliveryAnswer answer, CancellationToken ct)
    {
        if (Failing) throw new InvalidOperationException("the receipt cannot take answers");
        lock (_gate) _answers.Add(answer);
        return Task.CompletedTask;
    }
}
