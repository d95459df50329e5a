using GovProcurement.Domain.Catalogue;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Contracts;

namespace GovProcurement.Tests.Contracts;

/// <summary>The template per kind: its title, term and clauses in the confirmed text, and the general text kept for contracts drafted before the templates.</summary>
public sealed class ContractTemplateTests
{
    private static readonly DateOnly Awarded = new(2026, 9, 1);

    private static GovContract Drafted(ProcurementCategory? kind, string? term = null) =>
        GovContract.Draft(ContractScenario.Origin(Awarded, kind: kind), ContractScenario.Draft() with { KindTerm = term }, ContractScenario.Terms(Awarded), "operator",
            ContractScenario.At(Awarded));

    [Theory]
    [InlineData(ProcurementCategory.Goods, "政府采购货物合同", "质量保证期及售后服务")]
    [InlineData(ProcurementCategory.Works, "政府采购工程合同", "工程质量保修")]
    [InlineData(ProcurementCategory.Services, "政府采购服务合同", "服务标准及考核要求")]
    public void Each_kind_writes_its_title_term_and_clauses(ProcurementCategory kind, string title, string term)
    {
        var text = ContractText.Of(Drafted(kind));

        Assert.StartsWith(title + " HT-", text, StringComparison.Ordinal);
        Assert.Contains($"{term}：{ContractTemplates.For(kind).DefaultTermZh}", text, StringComparison.Ordinal);
        foreach (var clause in ContractTemplates.For(kind).ClausesZh)
        {
            Assert.Contains(clause, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_contract_drafted_before_the_templates_keeps_the_general_text()
    {
        var text = ContractText.Of(Drafted(kind: null));

        Assert.StartsWith("政府采购合同 HT-", text, StringComparison.Ordinal);
        Assert.DoesNotContain("通用条款", text, StringComparison.Ordinal);
        Assert.DoesNotContain(ContractTemplates.Goods.TermLabel.Zh, text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_purchasers_own_wording_of_the_term_is_in_the_text_and_its_digest()
    {
        var own = Drafted(ProcurementCategory.Goods, "  整机质保三年，4 小时响应  ");
        var template = Drafted(ProcurementCategory.Goods);

        Assert.Equal("整机质保三年，4 小时响应", own.KindTerm);
        Assert.Contains("质量保证期及售后服务：整机质保三年，4 小时响应", ContractText.Of(own), StringComparison.Ordinal);
        // The numbers differ by draft; with them set aside the two texts differ only by the term's line.
        var ownLines = ContractText.Of(own).Replace(own.Number, "N", StringComparison.Ordinal).Split('\n');
        var templateLines = ContractText.Of(template).Replace(template.Number, "N", StringComparison.Ordinal).Split('\n');
        Assert.Equal("质量保证期及售后服务：整机质保三年，4 小时响应", Assert.Single(ownLines.Except(templateLines)).TrimEnd('\r'));
        Assert.Null(template.KindTerm);
    }

    [Fact]
    public void A_term_beyond_the_bound_is_refused_with_its_label()
    {
        var error = Assert.Throws<DomainException>(() => Drafted(ProcurementCategory.Services, new string('服', ContractTemplate.TermMaxLength + 1)));

        Assert.Contains("服务标准及考核要求", error.Message, StringComparison.Ordinal);
        Assert.False(ContractDraftValidator.Instance.Validate(ContractScenario.Draft() with { KindTerm = new string('服', ContractTemplate.TermMaxLength + 1) }).IsValid);
    }
}
