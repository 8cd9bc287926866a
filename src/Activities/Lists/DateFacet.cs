using System.Linq.Expressions;

namespace Library.Lists;

/// <summary>
/// The one way a list narrows a date column to a facet's bucket (created, updated, due): rows whose value falls in
/// [from, to), an open end leaving that side unbounded. The bounds reach the database as query parameters.
/// </summary>
public static class DateFacet
{
    public static IQueryable<T> Within<T, TDate>(this IQueryable<T> query, Expression<Func<T, TDate?>> column, (TDate? From, TDate? To) bucket)
        where TDate : struct
    {
        if (bucket.From is { } from) query = query.Where(Compare(column, ExpressionType.GreaterThanOrEqual, from));
        if (bucket.To is { } to) query = query.Where(Compare(column, ExpressionType.LessThan, to));
        return query;
    }

    private static Expression<Func<T, bool>> Compare<T, TDate>(Expression<Func<T, TDate?>> column, ExpressionType comparison, TDate bound)
        where TDate : struct
    {
        // A captured variable, not a constant, so the provider sends a parameter and reuses the query's plan.
        TDate? value = bound;
        Expression<Func<TDate?>> parameter = () => value;
        return Expression.Lambda<Func<T, bool>>(Expression.MakeBinary(comparison, column.Body, parameter.Body), column.Parameters);
    }
}
