using FluentValidation;

namespace Library.Host.Validation;

/// <summary>
/// The dates the API takes: from 2000 to 2999. Deadlines are computed from them (the day after, midnight in the
/// library's time zone, timers), and a date at the edge of the calendar, such as 9999-12-31, would overflow that
/// arithmetic deep inside a workflow step instead of being refused at the door.
/// </summary>
public static class CalendarDates
{
    public static readonly DateOnly Earliest = new(2000, 1, 1);
    public static readonly DateOnly Latest = new(2999, 12, 31);

    private const string Message = "'{PropertyName}' must be a date from 2000-01-01 to 2999-12-31.";

    public static IRuleBuilderOptions<T, DateOnly?> WithinCalendar<T>(this IRuleBuilder<T, DateOnly?> rule) =>
        rule.Must(date => date is null || (date >= Earliest && date <= Latest)).WithMessage(Message);

    public static IRuleBuilderOptions<T, DateTime?> WithinCalendar<T>(this IRuleBuilder<T, DateTime?> rule) =>
        rule.Must(time => time is null || (DateOnly.FromDateTime(time.Value) >= Earliest && DateOnly.FromDateTime(time.Value) <= Latest))
            .WithMessage(Message);
}
