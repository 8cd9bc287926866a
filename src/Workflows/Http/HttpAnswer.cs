namespace Workflows.Http;

/// <summary>The answer a <see cref="Activities.WriteHttpResponse"/> gives the caller whose request started or resumed the instance.</summary>
public sealed record HttpAnswer(int StatusCode, string Content, string ContentType, IReadOnlyDictionary<string, string[]> Headers);
