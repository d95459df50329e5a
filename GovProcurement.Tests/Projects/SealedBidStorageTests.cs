using GovProcurement.Domain.Bids;
using GovProcurement.Domain.Common;
using GovProcurement.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace GovProcurement.Tests.Projects;

/// <summary>What a copy of the data folder gives away: file permissions, and the size of each sealed bid.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class SealedBidStorageTests : ProjectScenarioTest
{

    [Fact]
    public async Task Bids_of_different_sizes_are_stored_with_the_same_sealed_size_and_still_open_against_their_receipts()
    {
        var projectId = await Scenario.PreparedProjectAsync();
        var deadline = await Scenario.AnnounceAsync(projectId);
        var small = await Scenario.BidAsync(projectId, ProjectScenario.SmallSupplier, 1_500_000m, "short");
        var large = await Scenario.BidAsync(projectId, ProjectScenario.MicroSupplier, 1_480_000m, new string('x', 200_000));

        Assert.Equal(small.Size, large.Size);
        await using (var db = Store.Db())
        {
            var sealedSizes = await db.Bids.Where(b => b.ProjectId == projectId).Select(b => new { b.Size, Length = b.SealedContent.Length }).ToListAsync();
            Assert.Single(sealedSizes.Select(s => s.Length).Distinct());
            Assert.All(sealedSizes, s => Assert.Equal(s.Length, s.Size));
            Assert.True(sealedSizes[0].Length >= Store.Get<IOptions<BidSealingOptions>>().Value.MinimumPaddedBytes);
        }

        Time.SetUtcNow(deadline);
        var record = await Store.Get<BidOpening>().OpenAsync(projectId, await Scenario.ActorAsync(ProjectScenario.Agency));
        Assert.Equal(new[] { small.Digest, large.Digest }.Order(), record.Lines.Select(l => l.Digest).Order());
    }

    [Theory]
    [InlineData(0, 4096, 4096)]
    [InlineData(4095, 4096, 4096)]
    [InlineData(4096, 4096, 8192)]
    [InlineData(5_000_000, 1_048_576, 8_388_608)]
    public void Padding_rounds_up_to_the_minimum_then_to_powers_of_two(int length, int minimum, int expected) =>
        Assert.Equal(expected, SealedSize.PaddedLength(length, minimum));

    [Fact]
    public void Padding_comes_off_exactly_even_when_the_package_ends_in_zeros()
    {
        byte[] package = [0x7B, 0x00, 0x80, 0x00, 0x00];
        Assert.Equal(package, SealedSize.Unpad(SealedSize.Pad(package, 4096)));
    }

    [Fact]
    public async Task The_data_folder_and_everything_in_it_are_owner_only()
    {
        var projectId = await Scenario.PreparedProjectAsync();
        await Scenario.AnnounceAsync(projectId);
        await Scenario.BidAsync(projectId, ProjectScenario.SmallSupplier, 1_500_000m, "sealed with the key file");
        var root = Store.Get<AppDataFolder>().Root;

        var entries = new DirectoryInfo(root).EnumerateFileSystemInfos("*", SearchOption.AllDirectories).Prepend(new DirectoryInfo(root)).ToList();
        Assert.Contains(entries, e => e.Name == "govprocurement.db");
        Assert.Contains(entries, e => e.Name == "govprocurement.db-wal");
        Assert.Contains(entries, e => e.Name == "bid-sealing.key");
        Assert.All(entries, e => Assert.Equal(e is DirectoryInfo ? OwnerOnlyFiles.FolderPermissions : OwnerOnlyFiles.FilePermissions, e.UnixFileMode));
    }

    [Fact]
    public async Task A_data_folder_left_readable_by_an_earlier_version_is_tightened_at_start()
    {
        var root = Store.Get<AppDataFolder>().Root;
        var export = Path.Combine(root, "exports", "old.xlsx");
        Directory.CreateDirectory(Path.GetDirectoryName(export)!);
        await File.WriteAllTextAsync(export, "old export");
        File.SetUnixFileMode(export, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        File.SetUnixFileMode(root, (UnixFileMode)Convert.ToInt32("755", 8));

        await GovProcurement.Domain.Seeding.StoreInitializer.InitializeStoreAsync(Store.Services);

        Assert.Equal(OwnerOnlyFiles.FolderPermissions, File.GetUnixFileMode(root));
        Assert.Equal(OwnerOnlyFiles.FolderPermissions, File.GetUnixFileMode(Path.GetDirectoryName(export)!));
        Assert.Equal(OwnerOnlyFiles.FilePermissions, File.GetUnixFileMode(export));
    }

    [Fact]
    public async Task After_a_key_rotation_bids_sealed_under_the_retired_key_still_open_and_without_it_they_do_not()
    {
        var projectId = await Scenario.PreparedProjectAsync();
        var deadline = await Scenario.AnnounceAsync(projectId);
        await Scenario.BidAsync(projectId, ProjectScenario.SmallSupplier, 1_500_000m, "sealed before the rotation");
        Time.SetUtcNow(deadline);
        await Store.Get<BidOpening>().OpenAsync(projectId, await Scenario.ActorAsync(ProjectScenario.Agency));

        var keys = Path.Combine(Store.Get<AppDataFolder>().Root, "keys");
        var retired = Path.Combine(keys, "bid-sealing.key");
        var current = Path.Combine(keys, "bid-sealing-2027.key");
        BidVault VaultWith(params string[] retiredKeys)
        {
            var options = Options.Create(new BidSealingOptions { KeyFile = current, RetiredKeyFiles = [.. retiredKeys] });
            return new BidVault(new SealingKeyFile(options), options);
        }

        await using var db = Store.Db();
        var project = await db.Projects.SingleAsync(p => p.Id == projectId);
        var bid = await db.Bids.SingleAsync(b => b.ProjectId == projectId);
        var expected = Store.Get<BidVault>().Unseal(project, bid, deadline);

        Assert.Equal(expected, VaultWith(retired).Unseal(project, bid, deadline));
        var refused = Assert.Throws<DomainException>(() => VaultWith().Unseal(project, bid, deadline));
        Assert.Contains("密钥不符", refused.Message);
        Assert.Equal(OwnerOnlyFiles.FilePermissions, File.GetUnixFileMode(current));
    }

    [Fact]
    public void A_retired_key_file_that_is_missing_stops_the_vault_instead_of_being_recreated()
    {
        var folder = Path.Combine(Store.ContentRoot, "rotation");
        var options = Options.Create(new BidSealingOptions { KeyFile = Path.Combine(folder, "new.key"), RetiredKeyFiles = [Path.Combine(folder, "lost.key")] });
        Assert.Throws<InvalidOperationException>(() => new SealingKeyFile(options).OpeningKeys);
        Assert.False(File.Exists(Path.Combine(folder, "lost.key")));
    }
}
