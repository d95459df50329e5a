using System.Security.Cryptography;
using System.Text;
using GovProcurement.Domain.Audit;
using GovProcurement.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GovProcurement.Tests.Persistence;

/// <summary>
/// Someone with write access to the database (but not to the key file or the checkpoint folder)
/// edits, rewrites and truncates the audit log: each is reported with the first entry affected.
/// </summary>
public sealed class AuditChainTests : IAsyncLifetime
{
    private TestStore store = default!;

    public async Task InitializeAsync() => store = await TestStore.CreateAsync(demoData: true);

    public async Task DisposeAsync() => await store.DisposeAsync();

    private AuditLog Audit => store.Get<AuditLog>();

    [Fact]
    public async Task An_untouched_log_is_intact_and_matches_its_checkpoint()
    {
        var checkpoint = await store.Get<AuditCheckpoints>().WriteAsync();

        var report = await Audit.VerifyAsync();

        Assert.Equal(AuditChainState.Intact, report.State);
        Assert.Equal(checkpoint, report.Anchor);
        Assert.Equal(checkpoint!.Count, report.VerifiedEntries);
    }

    [Fact]
    public async Task An_edited_entry_is_reported_as_edited_at_that_entry()
    {
        await store.Get<AuditCheckpoints>().WriteAsync();
        await store.ExecuteSqlAsync("UPDATE \"AuditEntries\" SET \"Actor\" = 'someone-else' WHERE \"Sequence\" = 4");

        var report = await Audit.VerifyAsync();

        Assert.Equal(AuditChainState.Edited, report.State);
        Assert.Equal(4, report.FirstAffected);
        Assert.Contains("第 4 条记录已被修改", report.Problem!.Zh);
    }

    public static TheoryData<string> Forgeries => ["sha256", "hmac-with-another-key", "legacy-unkeyed"];

    [Theory]
    [MemberData(nameof(Forgeries))]
    public async Task A_rewrite_with_recomputed_hashes_is_reported_from_the_first_rewritten_entry(string forgery)
    {
        await store.Get<AuditCheckpoints>().WriteAsync();
        var wrongKey = RandomNumberGenerator.GetBytes(32);

        await RewriteFromAsync(5, "改写后的详情", entry => forgery switch
        {
            "sha256" => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(entry.Canonical()))),
            "hmac-with-another-key" => Convert.ToHexStringLower(HMACSHA256.HashData(wrongKey, Encoding.UTF8.GetBytes(entry.Canonical()))),
            _ => Unkeyed(entry),
        });

        var report = await Audit.VerifyAsync();
        Assert.Equal(AuditChainState.Rewritten, report.State);
        Assert.Equal(5, report.FirstAffected);
        Assert.Equal(4, report.VerifiedEntries);
        Assert.Contains("自第 5 条起记录被改写", report.Problem!.Zh);
    }

    [Fact]
    public async Task Deleting_the_last_entries_is_reported_as_a_truncation_after_the_last_kept_entry()
    {
        var checkpoint = (await store.Get<AuditCheckpoints>().WriteAsync())!;
        var kept = checkpoint.Count - 3;
        await store.ExecuteSqlAsync("DELETE FROM \"AuditEntries\" WHERE \"Sequence\" > @kept", ("@kept", kept));

        var report = await Audit.VerifyAsync();

        Assert.Equal(AuditChainState.Truncated, report.State);
        Assert.Equal(kept + 1, report.FirstAffected);
        Assert.Contains($"第 {kept} 条之后的记录被删除", report.Problem!.Zh);
    }

    [Fact]
    public async Task Entries_cut_and_appended_again_no_longer_match_the_checkpoint_head()
    {
        var checkpoints = store.Get<AuditCheckpoints>();
        var first = (await checkpoints.WriteAsync())!;
        await Audit.AppendAsync(AuditEventType.SignIn, "gdjyt", null, "登录成功");
        await Audit.AppendAsync(AuditEventType.SignIn, "gdjyt", null, "登录成功");
        await checkpoints.WriteAsync();
        await store.ExecuteSqlAsync("DELETE FROM \"AuditEntries\" WHERE \"Sequence\" > @kept", ("@kept", first.Count));
        for (var i = 0; i < 3; i++)
        {
            await Audit.AppendAsync(AuditEventType.SignOut, "gdjyt", null, "退出");
        }

        var report = await Audit.VerifyAsync();

        Assert.Equal(AuditChainState.Rewritten, report.State);
        Assert.Equal(first.Count + 1, report.FirstAffected);
    }

    [Fact]
    public async Task The_hosted_service_writes_a_checkpoint_of_the_head_on_shutdown()
    {
        var service = store.Services.GetServices<IHostedService>().OfType<AuditCheckpointService>().Single();
        await service.StartAsync(CancellationToken.None);
        await Audit.AppendAsync(AuditEventType.SignIn, "gdjyt", null, "登录成功");
        await service.StopAsync(CancellationToken.None);

        await using var db = store.Db();
        var head = await db.AuditEntries.OrderByDescending(e => e.Sequence).FirstAsync();
        var last = store.Get<AuditCheckpoints>().Read().Last!;
        Assert.Equal((head.Sequence, head.Hash), (last.Count, last.Head));
    }

    [Fact]
    public async Task A_forged_checkpoint_line_is_not_trusted()
    {
        var checkpoints = store.Get<AuditCheckpoints>();
        var written = (await checkpoints.WriteAsync())!;
        await File.AppendAllTextAsync(checkpoints.FilePath, System.Text.Json.JsonSerializer.Serialize(written with { Count = 1 }) + "\n");

        var report = await Audit.VerifyAsync();

        Assert.Equal(AuditChainState.CheckpointForged, report.State);
        Assert.Contains("第 2 行", report.Problem!.Zh);
    }

    [Fact]
    public async Task The_checkpoint_file_is_owner_only_and_not_repeated_when_nothing_changed()
    {
        var checkpoints = store.Get<AuditCheckpoints>();
        await checkpoints.WriteAsync();
        await checkpoints.WriteAsync();

        Assert.Single(await File.ReadAllLinesAsync(checkpoints.FilePath));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(checkpoints.FilePath));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.GetDirectoryName(checkpoints.FilePath)!));
        }
    }

    [Fact]
    public async Task A_legacy_sha256_log_is_refused_until_sealed_and_then_verifies_with_edits_still_found()
    {
        // A store from before keying: every entry unkeyed, plain SHA-256.
        await RewriteFromAsync(1, null, Unkeyed);
        var unsealed = await Audit.VerifyAsync();
        Assert.Equal(AuditChainState.Rewritten, unsealed.State);
        Assert.Equal(1, unsealed.FirstAffected);

        await Audit.SealLegacyChainAsync();
        await Audit.AppendAsync(AuditEventType.SignIn, "gdjyt", null, "登录成功");
        Assert.Equal(AuditChainState.Intact, (await Audit.VerifyAsync()).State);
        await using (var db = store.Db())
        {
            var seal = await db.AuditEntries.OrderByDescending(e => e.Sequence).Skip(1).FirstAsync();
            Assert.Equal(AuditEventType.AuditChainKeyed, seal.Type);
        }

        await store.ExecuteSqlAsync("UPDATE \"AuditEntries\" SET \"Detail\" = 'x' WHERE \"Sequence\" = 2");
        var edited = await Audit.VerifyAsync();
        Assert.Equal(AuditChainState.Edited, edited.State);
        Assert.Equal(2, edited.FirstAffected);
    }

    /// <summary>What an attacker without the key does: change entries from <paramref name="from"/> on and recompute every hash and link.</summary>
    private async Task RewriteFromAsync(long from, string? detail, Func<AuditEntry, string> hash)
    {
        await using var db = store.Db();
        var entries = await db.AuditEntries.AsNoTracking().Where(e => e.Sequence >= from - 1).OrderBy(e => e.Sequence).ToListAsync();
        var previous = entries[0].Sequence == from ? AuditEntry.GenesisHash : entries[0].Hash;
        foreach (var entry in entries.Where(e => e.Sequence >= from))
        {
            if (detail is not null && entry.Sequence == from)
            {
                Set(entry, nameof(AuditEntry.Detail), detail);
            }

            Set(entry, nameof(AuditEntry.PreviousHash), previous);
            Set(entry, nameof(AuditEntry.Hash), hash(entry));
            previous = entry.Hash;
            await store.ExecuteSqlAsync("UPDATE \"AuditEntries\" SET \"Detail\" = @d, \"PreviousHash\" = @p, \"Hash\" = @h, \"KeyId\" = @k WHERE \"Sequence\" = @s",
                ("@d", entry.Detail), ("@p", entry.PreviousHash), ("@h", entry.Hash), ("@k", entry.KeyId), ("@s", entry.Sequence));
        }
    }

    private static string Unkeyed(AuditEntry entry)
    {
        Set(entry, nameof(AuditEntry.KeyId), null);
        return entry.LegacyHash();
    }

    private static void Set(AuditEntry entry, string property, object? value) => typeof(AuditEntry).GetProperty(property)!.SetValue(entry, value);
}
