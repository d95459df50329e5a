using GovProcurement.Domain.Audit;
using Microsoft.Extensions.Options;

namespace GovProcurement.Tests.Domain;

public sealed class AuditEntryTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("gp-audit-key").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Signature_CoversEveryField()
    {
        var keys = Ring("a.key");
        var entry = Create(keys, "detail");
        Assert.True(entry.HasValidHash(keys));
        typeof(AuditEntry).GetProperty(nameof(AuditEntry.Detail))!.SetValue(entry, "changed");
        Assert.False(entry.HasValidHash(keys));
    }

    [Fact]
    public void Signature_DependsOnThePreviousEntry() =>
        Assert.NotEqual(Create(Ring("a.key"), "x", AuditEntry.GenesisHash).Hash, Create(Ring("a.key"), "x", new string('1', 64)).Hash);

    [Fact]
    public void Signature_NeedsTheKey_AndARetiredKeyStillVerifiesWhatItSigned()
    {
        var old = Ring("a.key");
        var entry = Create(old, "x");
        Assert.False(entry.HasValidHash(Ring("b.key")));

        var rotated = new AuditKeyRing(Options.Create(new AuditOptions { KeyFile = Path.Combine(folder, "b.key"), RetiredKeyFiles = [Path.Combine(folder, "a.key")] }));
        Assert.True(entry.HasValidHash(rotated));
        Assert.NotEqual(entry.KeyId, Create(rotated, "y").KeyId);
    }

    [Fact]
    public void TheKeyFile_IsCreatedOwnerOnly()
    {
        _ = Ring("a.key").CurrentKeyId;
        Assert.Equal(32, new FileInfo(Path.Combine(folder, "a.key")).Length);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(folder, "a.key")));
        }
    }

    private AuditKeyRing Ring(string file) => new(Options.Create(new AuditOptions { KeyFile = Path.Combine(folder, file) }));

    private static AuditEntry Create(AuditKeyRing keys, string detail, string previous = AuditEntry.GenesisHash) =>
        new(1, new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), new AuditRecord(AuditEventType.SignIn, "actor", null, detail), previous, keys);
}
