using GovProcurement.Domain.Common;
using GovProcurement.Domain.Organizations;

namespace GovProcurement.Domain.SupplierLibrary;

/// <summary>
/// The size a supplier declares and the SME declaration (中小企业声明函) that goes with a medium,
/// small or micro size. The sizes are those of 工信部联企业〔2011〕300号; the declaration follows the
/// form attached to 财库〔2020〕46号 (政府采购促进中小企业发展管理办法, 第十一条: the supplier declares its
/// size and answers for its truth). The library keeps the standing declaration; each bid still
/// carries the project's own declaration under the same article.
/// </summary>
public static class SmeDeclaration
{
    public const string Source = "《政府采购促进中小企业发展管理办法》（财库〔2020〕46号）第十一条及附件《中小企业声明函》；《中小企业划型标准规定》（工信部联企业〔2011〕300号）";

    public static IReadOnlyList<EnterpriseScale> Scales { get; } = [EnterpriseScale.Large, EnterpriseScale.Medium, EnterpriseScale.Small, EnterpriseScale.Micro];

    public static bool NeedsDeclaration(EnterpriseScale scale) => scale != EnterpriseScale.Large;

    /// <summary>
    /// The declaration the applicant signs for <paramref name="scale"/>, in both languages; without a
    /// size (a form before the choice is made), it names the size the applicant declares.
    /// </summary>
    public static Bilingual Text(EnterpriseScale? scale) => Text(scale is { } s ? Zh(s) : "所选规模（中型、小型或微型）", scale is { } e ? En(e).ToLowerInvariant() : "chosen (medium, small or micro)");

    private static Bilingual Text(string zh, string en) => new(
        $"本企业郑重声明：根据《政府采购促进中小企业发展管理办法》（财库〔2020〕46号）的规定，依照《中小企业划型标准规定》（工信部联企业〔2011〕300号），"
        + $"本企业属于{zh}企业，从业人员、营业收入、资产总额符合该规模的划型标准。本企业参加具体政府采购项目时，将按项目如实出具《中小企业声明函》。"
        + "本企业对上述声明内容的真实性负责。如有虚假，将依法承担相应责任。",
        $"We declare under Cai Ku [2020] No. 46 that, by the SME classification standard (MIIT [2011] No. 300), we are a "
        + $"{en} enterprise: our staff, revenue and assets meet that size's standard. We will give each project its own SME declaration, answer for the truth of this one, and bear the legal consequences of any falsehood.");

    /// <summary>When the declaration counts as signed; refuses a medium, small or micro size without it.</summary>
    public static DateTime? Require(EnterpriseScale scale, bool signed, DateTime nowUtc)
    {
        if (!NeedsDeclaration(scale))
        {
            return null;
        }

        return signed ? nowUtc : throw new DomainException(Unsigned(scale));
    }

    /// <summary>Why a smaller size cannot be declared without the signed declaration.</summary>
    public static Bilingual Unsigned(EnterpriseScale scale) => new(
        $"申报为{Zh(scale)}企业须签署《中小企业声明函》，请阅读声明并勾选确认。",
        $"A {En(scale).ToLowerInvariant()} enterprise signs the SME declaration: read it and tick the box.");

    public static string Zh(EnterpriseScale scale) => scale switch
    {
        EnterpriseScale.Large => "大型",
        EnterpriseScale.Medium => "中型",
        EnterpriseScale.Small => "小型",
        EnterpriseScale.Micro => "微型",
        _ => scale.ToString(),
    };

    public static string En(EnterpriseScale scale) => scale.ToString();
}

/// <summary>Contact phone numbers as people type them: digits with +, -, spaces and parentheses.</summary>
public static class ContactPhones
{
    private const int MinimumDigits = 7; // a local number without its area code (7–8 digits in China)

    public static string Require(string? phone, int maxLength) =>
        IsValid(phone, maxLength) ? phone!.Trim() : throw new DomainException(Rule(maxLength));

    /// <summary>Digits (at least a local number's), optionally +, -, spaces and parentheses, within the length once trimmed.</summary>
    public static bool IsValid(string? phone, int maxLength)
    {
        phone = (phone ?? "").Trim();
        return phone.Length <= maxLength
            && phone.All(c => char.IsAsciiDigit(c) || c is '+' or '-' or ' ' or '(' or ')')
            && phone.Count(char.IsAsciiDigit) >= MinimumDigits;
    }

    public static Bilingual Rule(int maxLength) => new(
        $"请填写正确的联系电话（数字，可含 +、-、空格、括号，不超过 {maxLength} 位）。",
        $"Enter a valid contact phone (digits, optionally +, -, spaces, parentheses; at most {maxLength} characters).");
}
