namespace GovProcurement.Tests.Support;

/// <summary>
/// Browser test classes run one after another: each starts its own portal and Chromium, and on two
/// cores several at once starve the live circuits they drive.
/// </summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection
{
    public const string Name = "Browser";
}
