using GovProcurement.Domain.Contracts;
using GovProcurement.Tests.ApiClient.Models;
using GovProcurement.Tests.Web.Mall;
using ContractStatusParameter = GovProcurement.Tests.ApiClient.Contracts.GetStatusQueryParameterType;

namespace GovProcurement.Tests.Web.Records;

/// <summary>Contracts through /api/v1 and the generated client: each party lists and reads its own, the region's finance department its region's, and no other organisation any.</summary>
public class ContractApiTests(ContractApiFixture fixture) : IClassFixture<ContractApiFixture>
{
    private async Task<List<Guid>> ListedAsync(string organizationName, ContractStatusParameter? status = null)
    {
        var api = await fixture.ApiAsync(organizationName);
        var page = await api.Contracts.GetAsync(r => r.QueryParameters.Status = status);
        return page!.Items!.Select(c => c.Id!.Value).ToList();
    }

    [Fact]
    public async Task Both_parties_and_the_regions_finance_department_list_the_three_contracts_newest_first()
    {
        var school = await ListedAsync(MallApiPortal.School);
        var supplier = await ListedAsync(MallApiPortal.Small);
        var regulator = await ListedAsync(MallApiPortal.Regulator);

        Assert.Equal([fixture.AddOn.Id, fixture.Signed.Id, fixture.Drafted.Id], school);
        Assert.Equal(school, supplier);
        Assert.Equal(school, regulator);
    }

    [Fact]
    public async Task A_status_filter_and_a_page_narrow_the_list_and_the_total_counts_all()
    {
        var api = await fixture.ApiAsync(MallApiPortal.School);

        var signed = await ListedAsync(MallApiPortal.School, ContractStatusParameter.Signed);
        var drafts = await ListedAsync(MallApiPortal.School, ContractStatusParameter.Draft);
        var second = await api.Contracts.GetAsync(r => { r.QueryParameters.Skip = 1; r.QueryParameters.Take = 1; });

        Assert.Equal([fixture.Signed.Id], signed);
        Assert.Equal([fixture.AddOn.Id, fixture.Drafted.Id], drafts);
        Assert.Equal((fixture.Signed.Id, 3, 1, 1), (Assert.Single(second!.Items!).Id!.Value, second.TotalCount!.Value, second.Skip!.Value, second.Take!.Value));
        Assert.Equal(("Signed", "已签订"), (second.Items![0].Status, second.Items[0].StatusText!.Zh));
    }

    [Fact]
    public async Task Another_supplier_another_unit_and_another_regions_finance_department_see_none_of_them()
    {
        foreach (var outsider in new[] { MallApiPortal.Micro, MallApiPortal.OtherSchool, RecordsParties.OtherRegulator })
        {
            var api = await fixture.ApiAsync(outsider);

            var page = await api.Contracts.GetAsync();
            var detail = await Assert.ThrowsAsync<ProblemDetails>(() => api.Contracts[fixture.Signed.Id].GetAsync());
            var deadlines = await Assert.ThrowsAsync<ProblemDetails>(() => api.Contracts[fixture.Drafted.Id].Deadlines.GetAsync());

            Assert.Equal((0, 0), (page!.Items!.Count, page.TotalCount!.Value));
            Assert.Equal((404, 404), (detail.ResponseStatusCode, deadlines.ResponseStatusCode));
            Assert.Contains("合同不存在，或不属于本机构", detail.Title);
        }
    }

    [Fact]
    public async Task An_agencys_key_has_no_contract_list()
    {
        var api = await fixture.ApiAsync(RecordsParties.Agency);

        var refused = await Assert.ThrowsAsync<ProblemDetails>(() => api.Contracts.GetAsync());
        var detail = await Assert.ThrowsAsync<ProblemDetails>(() => api.Contracts[fixture.Signed.Id].GetAsync());

        Assert.Equal(403, refused.ResponseStatusCode);
        Assert.Contains("只有预算单位、供应商或财政部门的密钥可以查询合同", refused.Title);
        Assert.Equal(404, detail.ResponseStatusCode);
    }

    [Fact]
    public async Task The_detail_carries_the_parties_items_instalments_and_both_confirmations_of_the_current_text()
    {
        var supplier = await fixture.ApiAsync(MallApiPortal.Small);

        var signed = await supplier.Contracts[fixture.Signed.Id].GetAsync();
        var drafted = await supplier.Contracts[fixture.Drafted.Id].GetAsync();

        Assert.Equal((fixture.Signed.Number, "Signed", "已签订"), (signed!.Number, signed.Status, signed.StatusText!.Zh));
        Assert.Equal((MallApiPortal.School, "中国工商银行江门分行", "2012000012345678"), (signed.Purchaser!.Name, signed.Purchaser.BankName, signed.Purchaser.AccountNumber));
        Assert.Equal((MallApiPortal.Small, "44050000567800"), (signed.Supplier!.Name, signed.Supplier.AccountNumber));
        Assert.Equal(24_000m, signed.AmountYuan!.Value);
        Assert.Null(signed.LatePaymentInterestDailyBasisPoints); // the fixture's contract names no interest of its own: the rule's applies
        Assert.Equal(signed.AmountYuan, signed.Items!.Sum(i => i.AmountYuan!.Value));
        Assert.Equal([(1, 3_000, "Prepayment"), (2, 7_000, "OnAcceptance")], signed.Instalments!.Select(i => (i.LineNumber!.Value, i.ShareBasisPoints!.Value, i.Condition)));
        Assert.Equal(["Purchaser", "Supplier"], signed.Confirmations!.Select(c => c.Party));
        Assert.All(signed.Confirmations!, c => Assert.Equal(fixture.Signed.Digest, c.Digest));
        Assert.NotNull(signed.SignedOn);
        Assert.Empty(drafted!.Confirmations!);
        Assert.Null(drafted.SignedOn);
        Assert.NotEmpty(signed.Actions!);
        // An e-mall order of goods is written on the goods template; the fixture writes no term of its own, so the template's stands.
        var template = signed.Template!;
        Assert.Equal(("Goods", "政府采购货物合同", "质量保证期及售后服务"), (template.Kind, template.Title!.Zh, template.TermLabel!.Zh));
        Assert.Equal(ContractTemplates.Goods.DefaultTermZh, template.Term);
        Assert.Equal(ContractTemplates.Goods.NumberedClauses, template.Clauses);
        Assert.Contains("政府采购法第四十五条", template.Citation);
    }

    [Fact]
    public async Task The_deadlines_carry_their_rules_and_the_day_each_was_met()
    {
        var school = await fixture.ApiAsync(MallApiPortal.School);

        var signed = await school.Contracts[fixture.Signed.Id].Deadlines.GetAsync();
        var drafted = await school.Contracts[fixture.Drafted.Id].Deadlines.GetAsync();

        Assert.Equal((fixture.Signed.Id, "Signed"), (signed!.ContractId!.Value, signed.Status));
        Assert.Equal(["签订合同", "发布合同公告", "合同备案"], signed.Deadlines!.Select(d => d.What!.Zh));
        Assert.All(signed.Deadlines!, d => Assert.False(string.IsNullOrWhiteSpace(d.Citation)));
        Assert.Equal(fixture.Signed.SignedOn!.Value.ToString("yyyy-MM-dd"), signed.Deadlines![0].MetOn.ToString());
        Assert.Equal([null, null], signed.Deadlines!.Skip(1).Select(d => d.MetOn));
        var sign = Assert.Single(drafted!.Deadlines!);
        Assert.Equal(("Sign the contract", null, false), (sign.What!.En, sign.MetOn, sign.Overdue!.Value));
    }

    [Fact]
    public async Task An_add_on_names_its_original_and_its_reason_and_the_original_lists_it()
    {
        var school = await fixture.ApiAsync(MallApiPortal.School);

        var row = (await school.Contracts.GetAsync())!.Items!.Single(c => c.Id == fixture.AddOn.Id);
        var addOn = await school.Contracts[fixture.AddOn.Id].GetAsync();
        var original = await school.Contracts[fixture.Signed.Id].GetAsync();

        Assert.Equal((fixture.Signed.Id, fixture.Signed.Number), (row.ParentId!.Value, row.ParentNumber));
        Assert.Equal((fixture.Signed.Id, "增加键盘五个", 600m), (addOn!.ParentId!.Value, addOn.AddOnReason, addOn.AmountYuan!.Value));
        Assert.Equal([fixture.AddOn.Id], original!.AddOns!.Select(a => a.Id!.Value));
        Assert.Null(original.ParentId);
        Assert.Empty(addOn.AddOns!);
    }
}
