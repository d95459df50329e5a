using GovProcurement.Domain.Audit;

namespace GovProcurement.Tests.Domain;

public class AuditEntryTests
{
    [Fact]
    public void Hash_CoversEveryField()
    {
        var entry = Create("detail");
        Assert.Equal(entry.Hash, entry.ComputeHash());
        typeof(AuditEntry).GetProperty(nameof(AuditEntry.Detail))!.SetValue(entry, "changed");
        Assert.NotEqual(entry.Hash, entry.ComputeHash());
    }

    [Fact]
    public void Hash_DependsOnThePreviousEntry() =>
        Assert.NotEqual(Create("x", AuditEntry.GenesisHash).Hash, Create("x", new string('1', 64)).Hash);

    private static AuditEntry Create(string detail, string previous = AuditEntry.GenesisHash) =>
        new(1, new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), AuditEventType.SignIn, "actor", null, detail, previous);
}
