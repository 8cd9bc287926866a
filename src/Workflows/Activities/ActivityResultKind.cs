namespace Workflows.Activities;

public enum ActivityResultKind { Outcome, Wait, Halt, End, Declined }
