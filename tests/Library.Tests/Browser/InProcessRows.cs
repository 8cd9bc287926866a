using System.Text;
using Library.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Library.Tests.Browser;

/// <summary>What the browser tests check on the in-process items page, and the small PDF they upload.</summary>
public static class InProcessRows
{
    /// <summary>The row buttons in the order the page shows them, by the API's action names.</summary>
    private static readonly (string Action, string Button)[] ActionButtons =
    [
        ("next-step", "Next Step"), ("attach", "Attach documents"), ("add-representation", "Add digital inventory"),
        ("done", "Done"), ("change-to-electronic", "Change to electronic"), ("change-to-physical", "Change to physical"), ("mark-missing", "Mark missing"),
        ("cancel", "Cancel"),
    ];

    /// <summary>The row shows exactly the buttons of the actions the API gives the request now, which are <paramref name="expected"/>.</summary>
    public static async Task ExpectActionsAsync(this HttpClient client, ILocator row, Guid requestId, string[] expected)
    {
        var actions = (await client.GetRequestAsync(requestId)).Actions;
        Assert.Equal(expected, actions);
        var buttons = ActionButtons.Where(a => actions.Contains(a.Action)).Select(a => a.Button).ToArray();
        await Expect(row.GetByRole(AriaRole.Button)).ToHaveTextAsync(buttons);
    }

    /// <summary>A minimal PDF carrying <paramref name="text"/>, so two uploads differ.</summary>
    public static byte[] Pdf(string text) =>
        Encoding.ASCII.GetBytes($"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% {text}\ntrailer << /Root 1 0 R >>\n%%EOF\n");
}
