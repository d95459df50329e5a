using System.Text.RegularExpressions;
using GovProcurement.Domain.Audit;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Notices;
using GovProcurement.Domain.Organizations;
using GovProcurement.Portal.Documents;
using GovProcurement.Tests.Support;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

namespace GovProcurement.Tests.Organizations;

/// <summary>Each purchasing unit and agency keeps its own contact, and its announcements print it.</summary>
public sealed class OrganizationContactTests : ProjectScenarioTest
{
    private static readonly ContactDetails Changed = new("周子健", "13800138000", "江门市蓬江区育德街 1 号行政楼 302 室");

    private OrganizationContacts Contacts => Store.Get<OrganizationContacts>();

    private async Task<IReadOnlyList<(string Label, string Value)>> AnnouncementContactsAsync()
    {
        var projectId = await Scenario.PreparedProjectAsync();
        await Scenario.AnnounceAsync(projectId);
        await using var db = Store.Db();
        var notice = await db.Notices.AsNoTracking().SingleAsync(n => n.ProjectId == projectId && n.Type == NoticeType.ProcurementAnnouncement);
        return notice.Body.Last().Rows!.Select(r => (r[0], r[1])).ToList();
    }

    [Fact]
    public async Task The_announcement_prints_the_purchasers_and_the_agencys_contact_in_its_page_body_and_its_pdf()
    {
        var facts = await AnnouncementContactsAsync();

        Assert.Equal(
        [
            ("采购人", "江门市第一中学"), ("采购人地址", "江门市蓬江区育德街 1 号"), ("采购人联系人", "黄志强"), ("采购人联系电话", "0750-3501002"),
            ("采购代理机构", "江门市公共资源交易中心"), ("采购代理机构地址", "江门市蓬江区发展大道 136 号"), ("采购代理机构联系人", "张晓燕"), ("采购代理机构联系电话", "0750-3207788"),
        ], facts);
        await using var db = Store.Db();
        var notice = await db.Notices.AsNoTracking().SingleAsync(n => n.Type == NoticeType.ProcurementAnnouncement);
        using var pdf = PdfDocument.Open(NoticePdfs.Notice([notice], "https://gdgpo.example"));
        var text = Regex.Replace(string.Concat(pdf.GetPages().Select(p => p.Text)), @"\s+", "");
        Assert.Contains("采购人联系人：黄志强", text);
        Assert.Contains("采购代理机构联系电话：0750-3207788", text);
    }

    [Fact]
    public async Task A_units_own_user_changes_its_contact_the_change_is_audited_and_the_next_announcement_prints_it()
    {
        var op = await Scenario.ActorAsync(ProjectScenario.Operator);
        var own = await Contacts.OwnAsync(op);
        Assert.Equal("江门市第一中学", own.OrganizationName);
        Assert.Equal("黄志强", own.Details!.Person);

        await Contacts.SaveAsync(Changed, own.Version, op);

        Assert.Equal(Changed, (await Contacts.OwnAsync(op)).Details);
        await using (var db = Store.Db())
        {
            var entry = await db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).LastAsync();
            Assert.Equal((AuditEventType.OrganizationContactChanged, ProjectScenario.Operator, "江门市第一中学"), (entry.Type, entry.Actor, entry.Subject));
            Assert.Contains("13800138000", entry.Detail);
        }

        var facts = await AnnouncementContactsAsync();
        Assert.Contains(("采购人联系人", "周子健"), facts);
        Assert.Contains(("采购代理机构联系人", "张晓燕"), facts);
    }

    [Fact]
    public async Task A_user_keeps_only_its_own_organisations_contact_and_suppliers_and_regulators_keep_none()
    {
        var heshan = await Scenario.ActorAsync("440784201002002");
        await Contacts.SaveAsync(Changed, (await Contacts.OwnAsync(heshan)).Version, heshan);

        Assert.Equal("黄志强", (await Contacts.OwnAsync(await Scenario.ActorAsync(ProjectScenario.Operator))).Details!.Person);
        Assert.Equal("鹤山市第一中学", (await Contacts.OwnAsync(heshan)).OrganizationName);
        foreach (var outsider in new[] { ProjectScenario.SmallSupplier, ProjectScenario.Regulator })
        {
            var actor = await Scenario.ActorAsync(outsider);
            Assert.False(OrganizationContacts.MayEdit(actor));
            var refused = await Assert.ThrowsAsync<DomainException>(() => Contacts.SaveAsync(Changed, 0, actor));
            Assert.Contains("只有采购单位和代理机构", refused.Message);
        }
    }

    [Theory]
    [InlineData("", "0750-3501002", "地址", "请填写联系人")]
    [InlineData("黄志强", "12345", "地址", "联系电话应为 11 位手机号码")]
    [InlineData("黄志强", "0750-3501002-12345678", "地址", "联系电话")]
    [InlineData("黄志强", "0750-3501002", "", "请填写联系地址")]
    public async Task A_missing_or_malformed_contact_is_refused_with_its_reason_and_nothing_changes(string person, string phone, string address, string message)
    {
        var op = await Scenario.ActorAsync(ProjectScenario.Operator);
        var before = await Contacts.OwnAsync(op);

        var refused = await Assert.ThrowsAsync<FluentValidation.ValidationException>(() => Contacts.SaveAsync(new ContactDetails(person, phone, address), before.Version, op));

        Assert.Contains(message, Assert.Single(refused.Errors).ErrorMessage);
        Assert.Equal(before, await Contacts.OwnAsync(op));
    }

    [Fact]
    public async Task An_overlong_address_and_a_stale_form_are_refused()
    {
        var op = await Scenario.ActorAsync(ProjectScenario.Operator);
        var seen = (await Contacts.OwnAsync(op)).Version;
        var tooLong = new ContactDetails("黄志强", "0750-3501002", new string('路', OrganizationContact.AddressMaxLength + 1));
        Assert.Contains($"不超过 {OrganizationContact.AddressMaxLength} 字", Assert.Single((await Assert.ThrowsAsync<FluentValidation.ValidationException>(() => Contacts.SaveAsync(tooLong, seen, op))).Errors).ErrorMessage);

        await Contacts.SaveAsync(Changed, seen, op);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Contacts.SaveAsync(Changed with { Person = "另一人" }, seen, op));
        Assert.Equal("周子健", (await Contacts.OwnAsync(op)).Details!.Person);
    }
}
