namespace Workflows.Tests.Elsa;

/// <summary>Flowcharts that merge branches into one activity, "merged", with a given mergeMode (null: none).</summary>
internal static class MergeFlows
{
    private static string Mode(string? mode) => mode is null ? "" : $", \"mergeMode\": \"{mode}\"";

    /// <summary>
    /// start → fork ─┬─ a (waits for signal "arrive"/"a") ──────────────┐
    ///               └─ decide ─True→ b ────────────────────────────────┼─ merged (WriteLine)
    ///                          └False→ c ──────────────────────────────┘
    /// </summary>
    public static string ForkWithDecision(string? mode) => $$"""
        {
          "id": "merge", "name": "Merge",
          "activities": [
            { "id": "start", "type": "Start" },
            { "id": "fork", "type": "Fork" },
            { "id": "a", "type": "Signal", "inputs": { "name": "arrive", "key": "a" } },
            { "id": "decide", "type": "Decision", "inputs": { "condition": true } },
            { "id": "b", "type": "WriteLine", "inputs": { "text": "b" } },
            { "id": "c", "type": "WriteLine", "inputs": { "text": "c" } },
            { "id": "merged", "type": "WriteLine", "inputs": { "text": "merged" }{{Mode(mode)}} }
          ],
          "connections": [
            { "source": "start", "target": "fork" }, { "source": "fork", "target": "a" }, { "source": "fork", "target": "decide" },
            { "source": "decide", "outcome": "True", "target": "b" }, { "source": "decide", "outcome": "False", "target": "c" },
            { "source": "a", "target": "merged" }, { "source": "b", "target": "merged" }, { "source": "c", "target": "merged" }
          ]
        }
        """;

    /// <summary>
    /// start → fork ─┬─ a ─┐
    ///               └─ b ─┴─ merged;   a and b are each a wait (<c>"Signal"</c>, <c>"Timer"</c>) or a WriteLine.
    /// </summary>
    public static string TwoBranches(string? mode, string a = "WriteLine", string b = "WriteLine", string merged = "merged") => $$"""
        {
          "id": "merge", "name": "Merge",
          "activities": [
            { "id": "start", "type": "Start" },
            { "id": "fork", "type": "Fork" },
            {{Branch("a", a)}},
            {{Branch("b", b)}},
            { "id": "{{merged}}", "type": "WriteLine", "inputs": { "text": "merged" }{{Mode(mode)}} }
          ],
          "connections": [
            { "source": "start", "target": "fork" }, { "source": "fork", "target": "a" }, { "source": "fork", "target": "b" },
            { "source": "a", "target": "{{merged}}" }, { "source": "b", "target": "{{merged}}" }
          ]
        }
        """;

    private static string Branch(string id, string type) => type switch
    {
        "Signal" => $$"""{ "id": "{{id}}", "type": "Signal", "inputs": { "name": "arrive", "key": "{{id}}" } }""",
        "Timer" => $$"""{ "id": "{{id}}", "type": "Timer", "inputs": { "duration": "01:00:00" } }""",
        _ => $$"""{ "id": "{{id}}", "type": "WriteLine", "inputs": { "text": "{{id}}" } }""",
    };

    /// <summary>
    /// start → a → merged → again ─True→ merged (a loop-back: a backward connection)
    ///                            └False→ end;   "again" counts the rounds in i and goes round while i &lt; 3.
    /// </summary>
    public static string LoopBack(string? mode) => $$"""
        {
          "id": "loop", "name": "Loop", "variables": { "i": 0 },
          "activities": [
            { "id": "start", "type": "Start" },
            { "id": "a", "type": "WriteLine", "inputs": { "text": "a" } },
            { "id": "merged", "type": "WriteLine", "inputs": { "text": "merged" }{{Mode(mode)}} },
            { "id": "again", "type": "Decision", "inputs": { "condition": { "expression": "variables.i = variables.i + 1; return variables.i < 3;" } } },
            { "id": "end", "type": "End" }
          ],
          "connections": [
            { "source": "start", "target": "a" }, { "source": "a", "target": "merged" }, { "source": "merged", "target": "again" },
            { "source": "again", "outcome": "True", "target": "merged" }, { "source": "again", "outcome": "False", "target": "end" }
          ]
        }
        """;
}
