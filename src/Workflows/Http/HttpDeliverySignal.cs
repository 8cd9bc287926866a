using Workflows.Mail;

namespace Workflows.Http;

/// <summary>Wakes the HTTP dispatcher when a commit has queued a post.</summary>
public sealed class HttpDeliverySignal : OutboxSignal;
