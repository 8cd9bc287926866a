namespace Library.Host.Contracts;

public sealed record HistoryView(int Sequence, DateTime At, string Actor, string Activity, string Type, string? Outcome, string? Note);
