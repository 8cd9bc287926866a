using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;

namespace Library.Host.Validation;

/// <summary>Names invalid fields as the JSON names them (<c>requester.email</c>), not as C# does.</summary>
public static class JsonPropertyNames
{
    public static string? Resolve(Type type, MemberInfo? member, LambdaExpression? expression)
    {
        if (expression is null) return member is null ? null : JsonNamingPolicy.CamelCase.ConvertName(member.Name);
        var names = new Stack<string>();
        var node = expression.Body;
        while (node is UnaryExpression { NodeType: ExpressionType.Convert } unary) node = unary.Operand;
        while (node is MemberExpression access)
        {
            names.Push(JsonNamingPolicy.CamelCase.ConvertName(access.Member.Name));
            node = access.Expression;
            while (node is UnaryExpression { NodeType: ExpressionType.Convert } inner) node = inner.Operand;
        }
        return names.Count == 0 ? null : string.Join('.', names);
    }
}
