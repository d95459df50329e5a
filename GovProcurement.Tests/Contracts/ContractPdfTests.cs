using System.Text.RegularExpressions;
using GovProcurement.Domain.Contracts;
using GovProcurement.Portal.Documents;
using UglyToad.PdfPig;
using static GovProcurement.Tests.Contracts.ContractScenario;

namespace GovProcurement.Tests.Contracts;

/// <summary>The contract PDF read back: parties and banks, items, both amounts, performance, instalments, flags, both confirmations with their digests, and the verification address.</summary>
public sealed class ContractPdfTests
{
    private const string Base = "https://gp.example.gov.cn";

    private static string Text(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return Regex.Replace(string.Concat(document.GetPages().Select(p => p.Text)), @"\s+", "");
    }

    [Fact]
    public void A_signed_contract_prints_its_terms_both_confirmations_and_the_verification_address()
    {
        var contract = Signed(new DateOnly(2026, 9, 1), new DateOnly(2026, 9, 10));
        var text = Text(ContractPdfs.Contract(contract, Base + "/"));

        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(ContractPdfs.Contract(contract, Base)[..4]));
        foreach (var expected in new[]
        {
            "政府采购货物合同", "质量保证期及售后服务：按采购文件", "通用条款1：乙方交付的货物应为全新", $"合同编号：{contract.Number}", "签订时间：2026-09-1010:00", "JM-2026-001", "JH-2026-001",
            "江门市第一中学", "中国工商银行江门分行", "201200001234", "江门市办公设备有限公司", "4405-0000-5678",
            "台式计算机", "4,800.00", "48,000.00", "人民币肆万捌仟元整", "2026-10-01至2026-12-31",
            "30%", "14,400.00", "70%", "33,600.00", "验收合格后支付", "付款期限：30日", "中小企业合同：是", "政府采购合同融资：否", "履约保证金：不收取", "逾期付款利息：合同未约定，按《保障中小企业款项支付条例》计",
            $"operator，2026-09-1010:00，SHA-256{contract.Digest}", $"supplier，2026-09-1010:00，SHA-256{contract.Digest}",
            $"{Base}/contracts/verify/{contract.Number}?d={contract.Digest}",
        })
        {
            Assert.Contains(expected, text);
        }

        Assert.DoesNotContain("未签订", text);
    }

    [Fact]
    public void A_contract_that_states_a_performance_bond_prints_its_share_and_amount()
    {
        var contract = Drafted(new DateOnly(2026, 9, 1), Draft() with { PerformanceBondShare = 500 });
        Assert.Contains("履约保证金：合同金额的5%，¥2,400.00元", Text(ContractPdfs.Contract(contract, Base)));
    }

    [Fact]
    public void A_contract_that_names_its_late_payment_interest_prints_the_rate()
    {
        var contract = Drafted(new DateOnly(2026, 9, 1), Draft() with { LatePaymentInterestDailyBasisPoints = 3 });
        Assert.Contains("逾期付款利息：按每日万分之3（0.03%）计", Text(ContractPdfs.Contract(contract, Base)));
    }

    [Fact]
    public void An_unsigned_draft_says_so_and_shows_no_confirmation()
    {
        var text = Text(ContractPdfs.Contract(Drafted(new DateOnly(2026, 9, 1)), Base));
        Assert.Contains("政府采购货物合同（未签订文本）", text);
        Assert.Contains("起草时间", text);
        Assert.Equal(2, Regex.Matches(text, "尚未确认当前文本").Count);
    }

    [Fact]
    public void Instalment_amounts_add_up_to_the_fen()
    {
        var contract = Drafted(new DateOnly(2026, 9, 1), Draft(unitPrice: 333.33m, quantity: 1) with
        {
            Instalments = [new ContractInstalment(3333, PaymentCondition.Prepayment), new ContractInstalment(3333, PaymentCondition.OnDelivery), new ContractInstalment(3334, PaymentCondition.OnAcceptance)],
        });
        var amounts = ContractPdfs.InstalmentAmounts(contract);
        Assert.Equal([11_109, 11_109, 11_115], amounts.Select(a => a.Fen));
        Assert.Equal(contract.Amount.Fen, amounts.Sum(a => a.Fen));
    }
}
