using ClosedXML.Excel;
using GovProcurement.Domain.Onboarding;
using GovProcurement.Domain.Organizations;
using GovProcurement.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Tests.Onboarding;

public class OrganizationImportTests
{
    [Fact]
    public async Task GoodFile_CreatesTheOrganisations_AndTheirAccountsByTheRules()
    {
        await using var store = await TestStore.CreateAsync();
        var file = ImportFile.From(
            ImportFile.Unit("开平市教育局", "440783", "783001", "301001"),
            ImportFile.Unit("开平市第一中学", "440783", "783002", "301002", competent: "783001"),
            ImportFile.Unit("惠州市财政局机关", "441300", "130001"),
            ImportFile.Supplier("开平市华美文具有限公司", "440783", "91440783MA4UJ8R5XQ".Remove(17) + UnifiedSocialCreditCode.CheckCharacter("91440783MA4UJ8R5X")));

        var result = await store.Get<OrganizationOnboarding>().ImportAsync(file, "admin");

        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.MessageZh)));
        Assert.Equal(["130001", "440783301001001", "440783301001002", "440783301002001", "440783301002002", "91440783MA4UJ8R5X" + UnifiedSocialCreditCode.CheckCharacter("91440783MA4UJ8R5X")],
            result.Accounts.Select(a => a.UserName).Order(StringComparer.Ordinal));
        await using var db = store.Db();
        var school = await db.Organizations.OfType<BudgetUnit>().SingleAsync(u => u.BudgetCode == "783002");
        var bureau = await db.Organizations.OfType<BudgetUnit>().SingleAsync(u => u.BudgetCode == "783001");
        Assert.Equal(bureau.Id, school.CompetentUnitId);
        Assert.True(await db.Users.Where(u => u.UserName == "440783301002002").Select(u => u.MustChangePassword).SingleAsync());
        Assert.Contains(await db.AuditEntries.Select(e => e.Type).ToListAsync(), t => t == GovProcurement.Domain.Audit.AuditEventType.OrganizationsImported);
    }

    [Fact]
    public async Task FileWithErrors_ChangesNothing_AndReportsEachRowAndColumn()
    {
        await using var store = await TestStore.CreateAsync(demoData: true);
        int Count() { using var db = store.Db(); return db.Organizations.Count() + db.Users.Count() + db.AuditEntries.Count(); }
        var before = Count();
        var file = ImportFile.From(
            ImportFile.Unit("开平市教育局", "440783", "783001", "301001"),          // row 2: fine
            ImportFile.Unit("深圳某局", "440304", "300001"),                         // row 3: Shenzhen
            ImportFile.Unit("江门某局", "440700", "701001", "109999"),               // row 4: budget code taken by demo data
            ImportFile.Unit("台山某局", "440781", "781001"),                         // row 5: finance code missing under Jiangmen's rule
            ImportFile.Supplier("某公司", "440783", "91440783MA4UJ8R5X0"),          // row 6: bad check character
            ImportFile.Unit("开平某校", "440783", "783005", "301005", "999999"),     // row 7: unknown competent unit
            ["单位", "某单位", "440783", "", "", "", "", "", "", ""]);                // row 8: unknown kind

        var result = await store.Get<OrganizationOnboarding>().ImportAsync(file, "admin");

        Assert.False(result.Succeeded);
        var errors = result.Errors.Select(e => (e.RowNumber, e.Column)).ToList();
        Assert.Contains((3, ImportColumns.RegionCode), errors);
        Assert.Contains((4, ImportColumns.BudgetCode), errors);
        Assert.Contains((5, ImportColumns.FinanceCode), errors);
        Assert.Contains((6, ImportColumns.CreditCode), errors);
        Assert.Contains((7, ImportColumns.CompetentBudgetCode), errors);
        Assert.Contains((8, ImportColumns.Kind), errors);
        Assert.DoesNotContain(result.Errors, e => e.RowNumber == 2);
        Assert.Contains(result.Errors, e => e.RowNumber == 3 && e.MessageZh.Contains("深圳"));
        Assert.All(result.Errors, e => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", e.MessageZh));
        Assert.Equal(before, Count());
    }

    [Fact]
    public async Task DuplicateRowsWithinOneFile_AreRefused()
    {
        await using var store = await TestStore.CreateAsync();
        var file = ImportFile.From(ImportFile.Unit("甲", "440783", "783001", "301001"), ImportFile.Unit("乙", "440783", "783001", "301002"));
        var result = await store.Get<OrganizationOnboarding>().ImportAsync(file, "admin");
        Assert.Equal((3, ImportColumns.BudgetCode), Assert.Single(result.Errors) is var e ? (e.RowNumber, e.Column) : default);
    }

    [Fact]
    public async Task NotAnExcelFile_IsRefusedAsAWhole()
    {
        await using var store = await TestStore.CreateAsync();
        var result = await store.Get<OrganizationOnboarding>().ImportAsync(new MemoryStream("名称,区划编码\n某单位,440783"u8.ToArray()), "admin");
        var error = Assert.Single(result.Errors);
        Assert.Equal(ImportColumns.File, error.Column);
        Assert.Contains(".xlsx", error.MessageZh);
    }

    [Fact]
    public async Task WrongHeaders_AreNamed()
    {
        await using var store = await TestStore.CreateAsync();
        using var workbook = new XLWorkbook();
        workbook.AddWorksheet(ImportColumns.SheetName).Cell(1, 1).SetValue("类型");
        var stream = new MemoryStream();
        workbook.SaveAs(stream);
        stream.Position = 0;
        var error = Assert.Single((await store.Get<OrganizationOnboarding>().ImportAsync(stream, "admin")).Errors);
        Assert.Contains(ImportColumns.Kind, error.MessageZh);
    }

    [Fact]
    public void Template_KeepsCodesAsText()
    {
        using var workbook = new XLWorkbook(new MemoryStream(ImportWorkbook.Template()));
        var sheet = workbook.Worksheet(ImportColumns.SheetName);
        Assert.Equal(ImportColumns.Ordered, Enumerable.Range(1, ImportColumns.Ordered.Count).Select(c => sheet.Cell(1, c).GetString()));
        Assert.Equal("@", sheet.Column(4).Style.NumberFormat.Format);
        Assert.True(workbook.TryGetWorksheet("填写说明", out _));
    }

    [Fact]
    public async Task BudgetCodeWithLeadingZeros_SurvivesTheRoundTrip()
    {
        await using var store = await TestStore.CreateAsync();
        var result = await store.Get<OrganizationOnboarding>().ImportAsync(ImportFile.From(ImportFile.Unit("某所", "440000", "001234")), "admin");
        Assert.True(result.Succeeded);
        await using var db = store.Db();
        Assert.True(await db.Organizations.OfType<BudgetUnit>().AnyAsync(u => u.BudgetCode == "001234"));
    }

    [Fact]
    public async Task AZipThatIsNotAWorkbook_IsRefusedAsAWhole_WithoutAnException()
    {
        await using var store = await TestStore.CreateAsync();
        var zip = new MemoryStream();
        using (var archive = new System.IO.Compression.ZipArchive(zip, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(archive.CreateEntry("readme.txt").Open());
            writer.Write("not a workbook");
        }

        zip.Position = 0;
        var error = Assert.Single((await store.Get<OrganizationOnboarding>().ImportAsync(zip, "admin")).Errors);
        Assert.Equal(ImportColumns.File, error.Column);
    }

    [Fact]
    public async Task ThreeLevelChain_IsRefused_WhateverTheRowOrder()
    {
        await using var store = await TestStore.CreateAsync(demoData: true);
        var file = ImportFile.From(
            ImportFile.Unit("某校分校", "440700", "701010", "101010", competent: "701011"),
            ImportFile.Unit("某校", "440700", "701011", "101011", competent: "701001"));
        var result = await store.Get<OrganizationOnboarding>().ImportAsync(file, "admin");
        Assert.False(result.Succeeded);
        Assert.All(result.Errors, e => Assert.Equal(ImportColumns.CompetentBudgetCode, e.Column));
        Assert.Contains(result.Errors, e => e.RowNumber == 2);
    }

    [Fact]
    public async Task SubordinateOfAnExistingSubordinate_IsRefused()
    {
        await using var store = await TestStore.CreateAsync(demoData: true);
        var result = await store.Get<OrganizationOnboarding>().ImportAsync(
            ImportFile.From(ImportFile.Unit("某处", "440700", "701020", "101020", competent: "701002")), "admin");
        var error = Assert.Single(result.Errors);
        Assert.Contains("本身是下属单位", error.MessageZh);
    }

    [Fact]
    public async Task UnusableLegacyAccountName_IsReportedInItsColumn()
    {
        await using var store = await TestStore.CreateAsync();
        var row = ImportFile.Unit("某厅", "440000", "126009");
        row[7] = "<b>bad name</b>";
        var error = Assert.Single((await store.Get<OrganizationOnboarding>().ImportAsync(ImportFile.From(row), "admin")).Errors);
        Assert.Equal((2, ImportColumns.LegacyAccountName), (error.RowNumber, error.Column));
    }

    [Fact]
    public async Task Regulator_GetsARandomPassword_ShownOnce_ThatSignsIn()
    {
        await using var store = await TestStore.CreateAsync();
        var result = await store.Get<OrganizationOnboarding>().ImportAsync(
            ImportFile.From(["财政部门", "开平市财政局", "440783", "", "", "", "", "", "", ""]), "admin");
        var account = Assert.Single(result.Accounts);
        Assert.Equal("440783cz", account.UserName);
        Assert.NotNull(account.OneTimePassword);
        Assert.True(GovProcurement.Domain.Accounts.PasswordPolicyValidator.CharacterClasses(account.OneTimePassword) == 4);
        await using var db = store.Db();
        var user = await db.Users.SingleAsync(u => u.UserName == "440783cz");
        var hasher = store.Get<Microsoft.AspNetCore.Identity.IPasswordHasher<GovProcurement.Domain.Accounts.ApplicationUser>>();
        Assert.NotEqual(Microsoft.AspNetCore.Identity.PasswordVerificationResult.Failed, hasher.VerifyHashedPassword(user, user.PasswordHash!, account.OneTimePassword));
        Assert.DoesNotContain(account.OneTimePassword, string.Join("|", await db.AuditEntries.Select(e => e.Detail).ToListAsync()));
    }
}
