using System.Runtime.CompilerServices;
using Bunit;

namespace GovProcurement.Tests.Support;

/// <summary>
/// bUnit waits one second by default for a render to satisfy an assertion. The suite runs test classes in
/// parallel on two cores beside browser tests and PBKDF2 hashing, where a store round trip was seen to
/// take longer: every component test waits up to ten seconds. An assertion that never holds still fails.
/// </summary>
internal static class ComponentTestPatience
{
    [ModuleInitializer]
    internal static void Initialize() => BunitContext.DefaultWaitTimeout = TimeSpan.FromSeconds(10);
}
