using FluentValidation;
using FluentValidation.Results;
using GovProcurement.Domain.Catalogue;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Regions;

namespace GovProcurement.Domain.Common;

/// <summary>
/// The field rules the input models' validators share, with their messages in both languages. A
/// failure carries its <see cref="Bilingual"/> text as its custom state, so that the API can answer
/// in the language a client asks for, while its message follows the current UI culture, as the forms show it.
/// </summary>
public static class FieldRules
{
    /// <summary>The message, in the current UI culture when the rule fails; both languages kept as the failure's state.</summary>
    public static IRuleBuilderOptions<T, TProperty> WithText<T, TProperty>(this IRuleBuilderOptions<T, TProperty> rule, Bilingual text) =>
        rule.WithMessage(_ => text.ToString()).WithState(_ => text);

    /// <summary>A message that names the value or the model, in the current UI culture when the rule fails.</summary>
    public static IRuleBuilderOptions<T, TProperty> WithText<T, TProperty>(this IRuleBuilderOptions<T, TProperty> rule, Func<T, TProperty, Bilingual> text) =>
        rule.WithMessage((model, value) => text(model, value).ToString()).WithState((model, value) => text(model, value));

    /// <summary>Both languages of a failure: its state when a shared rule made it, its message otherwise.</summary>
    public static Bilingual Text(this ValidationFailure failure) =>
        failure.CustomState as Bilingual ?? new Bilingual(failure.ErrorMessage, failure.ErrorMessage);

    /// <summary>A failure of a check the validator could not make alone (a record in the store), in the shape the rules give.</summary>
    public static ValidationFailure Failure(string propertyName, Bilingual text) =>
        new(propertyName, text.ToString()) { CustomState = text };

    /// <summary>Text that must be given, trimmed, at most <paramref name="max"/> characters.</summary>
    public static IRuleBuilderOptions<T, string?> RequiredText<T>(this IRuleBuilder<T, string?> rule, int max, string fieldZh, string fieldEn) =>
        rule.Must(text => text?.Trim() is { Length: > 0 } trimmed && trimmed.Length <= max)
            .WithText(new Bilingual($"请填写{fieldZh}（不超过 {max} 字）。", $"{fieldEn} is required (at most {max} characters)."));

    /// <summary>Text that may be left out, at most <paramref name="max"/> characters once trimmed.</summary>
    public static IRuleBuilderOptions<T, string?> OptionalText<T>(this IRuleBuilder<T, string?> rule, int max, string fieldZh, string fieldEn) =>
        rule.Must(text => (text?.Trim().Length ?? 0) <= max)
            .WithText(new Bilingual($"{fieldZh}不超过 {max} 字。", $"{fieldEn} is at most {max} characters."));

    /// <summary>An amount in yuan: positive, within the platform's limit, to the fen.</summary>
    public static IRuleBuilderOptions<T, decimal> Yuan<T>(this IRuleBuilder<T, decimal> rule) =>
        rule.GreaterThan(0m).WithText(new Bilingual("金额必须大于零。", "The amount must be positive."))
            .Must(yuan => yuan <= Money.MaxYuan).WithText(new Bilingual($"金额超出平台允许的范围（不超过 {Money.MaxYuan:N0} 元）。", $"The amount is beyond the platform's limit of {Money.MaxYuan:N0} yuan."))
            .Must(yuan => decimal.Round(yuan, 2) == yuan).WithText(new Bilingual("金额最多保留两位小数（精确到分）。", "At most two decimals (to the fen)."));

    /// <summary>An amount of money that must be more than nothing.</summary>
    public static IRuleBuilderOptions<T, Money> Positive<T>(this IRuleBuilder<T, Money> rule, string fieldZh, string fieldEn) =>
        rule.Must(money => money > Money.Zero).WithText(new Bilingual($"{fieldZh}必须大于零。", $"{fieldEn} must be positive."));

    /// <summary>A catalogue code that names a leaf of the shipped catalogue (a plannable item).</summary>
    public static IRuleBuilderOptions<T, string?> CatalogueLeaf<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(code => CatalogueDirectory.Shipped.Find(code) is { } item && CatalogueDirectory.Shipped.IsLeaf(item.Code))
            .WithText((_, code) => new Bilingual($"品目编码“{code}”不是可选的采购品目。", $"\"{code}\" is not a catalogue item that can be planned."));

    /// <summary>Text that, when given, names a member of <typeparamref name="TEnum"/> (any case).</summary>
    public static IRuleBuilderOptions<T, string?> EnumName<T, TEnum>(this IRuleBuilder<T, string?> rule) where TEnum : struct, Enum =>
        rule.Must(text => string.IsNullOrWhiteSpace(text) || ParseEnum<TEnum>(text) is not null)
            .WithText(new Bilingual($"取值应为：{string.Join("、", Enum.GetNames<TEnum>())}。", $"Expected one of: {string.Join(", ", Enum.GetNames<TEnum>())}."));

    /// <summary>The member a valid <see cref="EnumName{T, TEnum}"/> names, or null when the text is empty.</summary>
    public static TEnum? ParseEnum<TEnum>(string? text) where TEnum : struct, Enum =>
        !string.IsNullOrWhiteSpace(text) && Enum.TryParse<TEnum>(text, ignoreCase: true, out var value) && Enum.IsDefined(value) ? value : null;

    /// <summary>A Guangdong region whose units the platform serves (Shenzhen runs its own system).</summary>
    public static IRuleBuilderOptions<T, string?> PlatformRegion<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(code => RegionDirectory.Guangdong.Find(code) is not null).WithText(new Bilingual("请选择广东省内的地区。", "Choose a region in Guangdong."))
            .Must(code => RegionDirectory.Guangdong.Find(code) is not { IsOnPlatform: false })
            .WithText((_, code) => Organization.OffPlatform(RegionDirectory.Guangdong.Find(code)!));

    /// <summary>A unified social credit code with the right length, characters and check character.</summary>
    public static IRuleBuilderOptions<T, string?> CreditCode<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(code => UnifiedSocialCreditCode.Explain(code) is null).WithText((_, code) => UnifiedSocialCreditCode.Explain(code)!);
}
