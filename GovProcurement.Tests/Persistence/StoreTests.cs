using GovProcurement.Domain.Audit;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Organizations;
using GovProcurement.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Tests.Persistence;

public class StoreTests
{
    [Fact]
    public async Task SecondWriter_GetsAClearConflict_NotASilentOverwrite()
    {
        await using var store = await TestStore.CreateAsync(demoData: true);
        await using var first = store.Db();
        await using var second = store.Db();
        var a = await first.Organizations.SingleAsync(o => o.Name == "鹤山市教育局");
        var b = await second.Organizations.SingleAsync(o => o.Name == "鹤山市教育局");
        a.Rename("鹤山市教育局（甲）");
        await first.SaveChangesAsync();
        b.Rename("鹤山市教育局（乙）");
        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => second.SaveChangesAsync());
        Assert.Contains("已被其他用户修改", conflict.Text.Zh);
        await using var check = store.Db();
        Assert.Equal("鹤山市教育局（甲）", (await check.Organizations.SingleAsync(o => o.Id == a.Id)).Name);
    }

    [Fact]
    public async Task Times_ComeBackAsUtc()
    {
        await using var store = await TestStore.CreateAsync(demoData: true);
        await using var db = store.Db();
        var organization = await db.Organizations.FirstAsync();
        Assert.Equal(DateTimeKind.Utc, organization.CreatedUtc.Kind);
    }

    [Fact]
    public async Task AuditChain_IsIntact_AfterNormalUse()
    {
        await using var store = await TestStore.CreateAsync(demoData: true);
        var audit = store.Get<AuditLog>();
        await audit.AppendAsync(AuditEventType.SignIn, "gdjyt", null, "登录成功");
        var report = await audit.VerifyAsync();
        Assert.True(report.IsIntact);
        Assert.True(report.VerifiedEntries > 10);
    }

    [Fact]
    public async Task AuditChain_DetectsAnEditedRow()
    {
        await using var store = await TestStore.CreateAsync(demoData: true);
        await store.ExecuteSqlAsync("UPDATE \"AuditEntries\" SET \"Actor\" = 'someone-else' WHERE \"Sequence\" = 3");
        var report = await store.Get<AuditLog>().VerifyAsync();
        Assert.False(report.IsIntact);
        Assert.Equal(3, report.FirstBrokenSequence);
        Assert.Contains("修改", report.Problem!.Zh);
    }

    [Fact]
    public async Task AuditChain_DetectsADeletedRow()
    {
        await using var store = await TestStore.CreateAsync(demoData: true);
        await store.ExecuteSqlAsync("DELETE FROM \"AuditEntries\" WHERE \"Sequence\" = 2");
        var report = await store.Get<AuditLog>().VerifyAsync();
        Assert.False(report.IsIntact);
        Assert.Equal(1, report.VerifiedEntries);
    }

    [Fact]
    public async Task AuditLog_RefusesUpdatesThroughTheApplication()
    {
        await using var store = await TestStore.CreateAsync(demoData: true);
        await using var db = store.Db();
        var entry = await db.AuditEntries.FirstAsync();
        db.AuditEntries.Remove(entry);
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task DemoData_HasTheUnitsAgencySuppliersAndRegulators()
    {
        await using var store = await TestStore.CreateAsync(demoData: true);
        await using var db = store.Db();
        Assert.Equal(5, await db.Organizations.OfType<BudgetUnit>().CountAsync());
        Assert.Equal(3, await db.Organizations.OfType<Supplier>().CountAsync());
        Assert.Equal(1, await db.Organizations.OfType<Agency>().CountAsync());
        Assert.Equal(["440000", "440700", "440784"], await db.Organizations.OfType<Regulator>().Select(r => r.RegionCode).OrderBy(c => c).ToListAsync());
        var names = await db.Users.Select(u => u.UserName).ToListAsync();
        Assert.Contains("440784201001002", names);
        Assert.Contains("gdjyt", names);
        Assert.Contains("admin", names);
    }

    [Fact]
    public async Task Jurisdiction_OfJiangmen_IncludesHeshan_ButHeshanSeesOnlyItself()
    {
        await using var store = await TestStore.CreateAsync(demoData: true);
        var queries = store.Get<OrganizationQueries>();
        var jiangmen = await queries.SearchAsync(new OrganizationQuery("440700", OrganizationKind.BudgetUnit));
        var heshan = await queries.SearchAsync(new OrganizationQuery("440784", OrganizationKind.BudgetUnit));
        Assert.Equal(4, jiangmen.TotalCount);
        Assert.Equal(["鹤山市教育局", "鹤山市第一中学"], heshan.Items.Select(i => i.Name).Order());
    }

    [Fact]
    public async Task CompetentUnitProfile_ListsItsSubordinates()
    {
        await using var store = await TestStore.CreateAsync(demoData: true);
        await using var db = store.Db();
        var bureau = await db.Organizations.SingleAsync(o => o.Name == "江门市教育局");
        var profile = await store.Get<OrganizationQueries>().ProfileAsync(bureau.Id);
        Assert.Equal("广东省 / 江门市", profile!.RegionPath);
        Assert.Equal(["江门市第一中学"], profile.SubordinateUnits.Select(u => u.Name));
        Assert.Equal(2, profile.SubordinateUnits[0].AccountCount);
    }

    [Fact]
    public async Task WithoutAConfiguredPassword_TheAdministratorGetsARandomOne()
    {
        await using var store = await TestStore.CreateAsync(adminPassword: null);
        await using var db = store.Db();
        var admin = await db.Users.SingleAsync(u => u.UserName == "admin");
        var hasher = store.Get<Microsoft.AspNetCore.Identity.IPasswordHasher<GovProcurement.Domain.Accounts.ApplicationUser>>();
        Assert.True(admin.MustChangePassword);
        Assert.Equal(Microsoft.AspNetCore.Identity.PasswordVerificationResult.Failed, hasher.VerifyHashedPassword(admin, admin.PasswordHash!, "a123456-"));
        Assert.Equal(Microsoft.AspNetCore.Identity.PasswordVerificationResult.Failed, hasher.VerifyHashedPassword(admin, admin.PasswordHash!, ""));
    }

    [Fact]
    public async Task AdminActionOnAStaleAccountList_IsAConflict()
    {
        await using var store = await TestStore.CreateAsync(demoData: true);
        var accounts = store.Get<GovProcurement.Domain.Accounts.AccountAdministration>();
        var listed = (await accounts.SearchAsync("440784cz", 0, 10)).Items.Single();
        await accounts.DisableAsync(listed.Id, listed.ConcurrencyStamp, "admin");

        // A second administrator still looking at the old row.
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            accounts.SetRoleAsync(listed.Id, listed.ConcurrencyStamp, GovProcurement.Domain.Accounts.Roles.Regulator, false, "admin2"));
        var fresh = (await accounts.SearchAsync("440784cz", 0, 10)).Items.Single();
        Assert.True(fresh.IsDisabled);
        Assert.Contains(GovProcurement.Domain.Accounts.Roles.Regulator, fresh.Roles);
    }
}
