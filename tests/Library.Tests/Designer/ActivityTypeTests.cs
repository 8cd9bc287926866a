using System.Net;
using Library.Host.Contracts;
using Library.Tests.Infrastructure;

namespace Library.Tests.Designer;

/// <summary>The designer's palette: every registered activity type with its inputs and outcomes.</summary>
public sealed class ActivityTypeTests : HostTest
{
    private async Task<List<ActivityTypeView>> TypesAsync() =>
        await (await Client.GetAsync("/api/activity-types")).ReadAsync<List<ActivityTypeView>>(HttpStatusCode.OK);

    [Fact]
    public async Task Activity_types_are_listed_by_type_with_the_built_ins_and_the_library_activities()
    {
        var types = (await TypesAsync()).Select(t => t.Type).ToList();

        Assert.Equal(types.Order(StringComparer.Ordinal), types);
        Assert.Equal(types.Distinct(), types);
        Assert.Contains("Start", types);
        Assert.Contains("SetVariable", types);
        Assert.Contains("ScanIn", types);
        Assert.Contains("AttachDocuments", types);
    }

    [Fact]
    public async Task Inputs_carry_their_value_type_whether_they_are_required_and_their_description()
    {
        var types = (await TypesAsync()).ToDictionary(t => t.Type);

        var setVariable = types["SetVariable"];
        Assert.Equal("Sets a variable to a value or to the result of an expression.", setVariable.Description);
        Assert.Equal(["Done"], setVariable.Outcomes);
        Assert.Equal(["variable", "value"], setVariable.Inputs.Select(i => i.Name));
        Assert.Equal(("string", true), Input(setVariable, "variable"));
        // Any JSON value is edited as JSON.
        Assert.Equal(("object", true), Input(setVariable, "value"));

        Assert.Equal(("boolean", true), Input(types["Decision"], "condition"));
        Assert.Equal(["True", "False"], types["Decision"].Outcomes);
        Assert.Equal(("duration", false), Input(types["Timer"], "duration"));
        Assert.Equal(("date-time", false), Input(types["Timer"], "until"));
        Assert.Equal(("object", false), Input(types["RunWorkflow"], "arguments"));
        Assert.Equal(("boolean", false), Input(types["End"], "cancelled"));
        Assert.Equal("True when this end means the work was cancelled rather than completed.",
            types["End"].Inputs.Single(i => i.Name == "cancelled").Description);
        // An enum input (a request status) is written by its name.
        Assert.Equal(("string", true), Input(types["SetRequestStatus"], "status"));
        Assert.Equal(["Arrived", "InTransit", "Electronic"], types["ScanIn"].Outcomes);
        Assert.Empty(types["Start"].Inputs);
    }

    private static (string ValueType, bool Required) Input(ActivityTypeView type, string name) =>
        type.Inputs.Single(i => i.Name == name) is var input ? (input.ValueType, input.Required) : default;
}
