using Microsoft.Playwright;
using UglyToad.PdfPig;

namespace GovProcurement.Tests.Browser;

/// <summary>Downloads what a PDF link points to, in the page's session, and reads its text.</summary>
public static class PdfLinks
{
    public static async Task<string> PdfTextAsync(this IPage page, ILocator link)
    {
        var response = await page.Context.APIRequest.GetAsync((await link.GetAttributeAsync("href"))!);
        Assert.Equal(200, response.Status);
        Assert.Equal("application/pdf", response.Headers["content-type"]);
        using var pdf = PdfDocument.Open(await response.BodyAsync());
        return string.Concat(pdf.GetPages().Select(p => p.Text));
    }
}
