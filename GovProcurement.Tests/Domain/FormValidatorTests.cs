using FluentValidation;
using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Evaluation;
using GovProcurement.Domain.Projects;
using GovProcurement.Domain.SupplierLibrary;
using GovProcurement.Tests.Support;

namespace GovProcurement.Tests.Domain;

/// <summary>
/// The validators of the account, registration, reason and evaluation forms, at their boundaries: each rule
/// fails on its own field with both languages, and the value just inside the bound passes.
/// </summary>
public class FormValidatorTests
{
    private static readonly SecurityPolicy Policy = new();

    private static void Fails<T>(IValidator<T> validator, T model, string field, string zh)
    {
        var failures = validator.Validate(model).Errors.Where(f => f.PropertyName == field).ToList();
        Assert.Contains(failures, f => f.Text().Zh.Contains(zh));
        Assert.All(failures, f => Assert.False(string.IsNullOrWhiteSpace(f.Text().En)));
    }

    private static void Passes<T>(IValidator<T> validator, T model) => Assert.Empty(validator.Validate(model).Errors);

    private static readonly PasswordChange Change = new("Old-Pass2026", "Gd-Proc2027", "Gd-Proc2027");

    [Fact]
    public void A_password_change_needs_the_current_password_a_new_one_under_the_policy_and_the_same_one_twice()
    {
        var validator = new PasswordChangeValidator(Policy);
        Passes(validator, Change);
        Passes(validator, Change with { NewPassword = "Gd-Proc9", ConfirmPassword = "Gd-Proc9" }); // 8 characters, 4 classes
        Fails(validator, Change with { CurrentPassword = "" }, nameof(PasswordChange.CurrentPassword), "请输入当前密码");
        Fails(validator, Change with { NewPassword = null, ConfirmPassword = null }, nameof(PasswordChange.NewPassword), "请输入新密码");
        Fails(validator, Change with { NewPassword = "Gd-Pro9", ConfirmPassword = "Gd-Pro9" }, nameof(PasswordChange.NewPassword), "至少 8 位");
        Fails(validator, Change with { NewPassword = "abcdefgh", ConfirmPassword = "abcdefgh" }, nameof(PasswordChange.NewPassword), "至少 3 类");
        Fails(validator, Change with { NewPassword = "Aa1" + new string('x', PasswordRules.MaxLength - 2) }, nameof(PasswordChange.NewPassword), "不超过 128 位");
        Fails(validator, Change with { NewPassword = Change.CurrentPassword, ConfirmPassword = Change.CurrentPassword }, nameof(PasswordChange.NewPassword), "不能与当前密码相同");
        Fails(validator, Change with { ConfirmPassword = "Gd-Proc2028" }, nameof(PasswordChange.ConfirmPassword), "两次输入的新密码不一致");
        Passes(validator, Change with { NewPassword = "Aa1" + new string('x', PasswordRules.MaxLength - 3), ConfirmPassword = "Aa1" + new string('x', PasswordRules.MaxLength - 3) });
    }

    [Fact]
    public void Both_password_shortfalls_are_told_at_once_and_a_stricter_policy_is_followed()
    {
        var failures = new PasswordChangeValidator(Policy).Validate(Change with { NewPassword = "abc", ConfirmPassword = "abc" }).Errors;
        Assert.Equal(2, failures.Count(f => f.PropertyName == nameof(PasswordChange.NewPassword)));

        var strict = new PasswordChangeValidator(new SecurityPolicy { MinimumPasswordLength = 12, RequiredCharacterClasses = 4 });
        Fails(strict, Change, nameof(PasswordChange.NewPassword), "至少 12 位");
        Fails(strict, Change with { NewPassword = "Gd-Procurement", ConfirmPassword = "Gd-Procurement" }, nameof(PasswordChange.NewPassword), "至少 4 类");
    }

    [Fact]
    public void A_registration_needs_a_credit_code_with_its_check_character_and_a_password_under_the_policy()
    {
        var validator = new SupplierCredentialsValidator(Policy);
        var good = new SupplierCredentials(SupplierLibrary.SupplierLibraryTests.NewCode, SupplierLibrary.SupplierLibraryTests.Password);
        var code = good.CreditCode!;
        Passes(validator, good);
        Passes(validator, good with { CreditCode = " " + code.ToLowerInvariant() + " " });
        Fails(validator, good with { CreditCode = null }, nameof(SupplierCredentials.CreditCode), "应为 18 位");
        Fails(validator, good with { CreditCode = code[..17] }, nameof(SupplierCredentials.CreditCode), "应为 18 位");
        Fails(validator, good with { CreditCode = code[..17] + (code[17] == 'A' ? 'B' : 'A') }, nameof(SupplierCredentials.CreditCode), "校验位");
        Fails(validator, good with { Password = "" }, nameof(SupplierCredentials.Password), "请设置密码");
        Fails(validator, good with { Password = "Gd-Sup7" }, nameof(SupplierCredentials.Password), "至少 8 位");
        Fails(validator, good with { Password = "gdsupply2026" }, nameof(SupplierCredentials.Password), "至少 3 类");
    }

    [Fact]
    public void A_reason_is_given_and_at_most_500_characters_once_trimmed()
    {
        var validator = ReasonInputValidator.Instance;
        Passes(validator, new ReasonInput(new string('由', Texts.ReasonMaxLength)));
        Passes(validator, new ReasonInput("  " + new string('由', Texts.ReasonMaxLength) + "  "));
        Fails(validator, new ReasonInput(null), nameof(ReasonInput.Reason), "请填写理由");
        Fails(validator, new ReasonInput(" \n "), nameof(ReasonInput.Reason), "请填写理由");
        Fails(validator, new ReasonInput(new string('由', Texts.ReasonMaxLength + 1)), nameof(ReasonInput.Reason), "不超过 500 字");
        Assert.Equal("材料不全", ReasonInputValidator.Require("  材料不全 "));
        Assert.Throws<ValidationException>(() => ReasonInputValidator.Require(""));
    }

    private static readonly OfflineRanking First = new(1, ProjectScenario.MicroSupplier, Money.FromYuan(1_400_000m), 1);
    private static readonly OfflineRanking Second = new(1, ProjectScenario.SmallSupplier, Money.FromYuan(1_420_000m), 2);

    [Fact]
    public void An_offline_ranking_has_well_formed_rows_no_repeats_within_a_lot_and_the_signed_records_within_the_limit()
    {
        var validator = new OfflineRankingsValidator(maxSignedRecords: 5);
        Passes(validator, new OfflineRankings([First, Second], 1));
        Passes(validator, new OfflineRankings([First, Second with { LotNumber = 2, CreditCode = First.CreditCode, Rank = 1 }], 5));
        Passes(validator, new OfflineRankings([], 1)); // no bidder qualified: every lot fails
        Fails(validator, new OfflineRankings([First, Second], 0), nameof(OfflineRankings.SignedRecords), "请上传经签字的");
        Fails(validator, new OfflineRankings([First, Second], 6), nameof(OfflineRankings.SignedRecords), "最多 5 个");
        Fails(validator, new OfflineRankings([First, Second with { LotNumber = 0 }], 1), "Rankings[1].LotNumber", "采购包编号");
        Fails(validator, new OfflineRankings([First, Second with { CreditCode = "914407" }], 1), "Rankings[1].CreditCode", "应为 18 位");
        Fails(validator, new OfflineRankings([First, Second with { Price = Money.Zero }], 1), "Rankings[1].Price", "报价必须大于零");
        Fails(validator, new OfflineRankings([First, Second with { Rank = 0 }], 1), "Rankings[1].Rank", "排名从 1 开始");
        Fails(validator, new OfflineRankings([First, Second with { CreditCode = " " + First.CreditCode.ToLowerInvariant() }], 1), "Rankings[1].CreditCode", "供应商不能重复");
        Fails(validator, new OfflineRankings([First, Second with { Rank = 1 }], 1), "Rankings[0].Rank", "排名不能重复");
    }

    [Fact]
    public void Given_the_projects_lots_an_offline_price_above_its_lots_maximum_and_a_lot_the_project_lacks_fail_at_their_fields()
    {
        var maximums = new Dictionary<int, Money> { [1] = Money.FromYuan(1_420_000m), [2] = Money.FromYuan(300_000m) };
        var validator = new OfflineRankingsValidator(maxSignedRecords: 5, maximums);
        Passes(validator, new OfflineRankings([First, Second], 1)); // the second price is exactly the maximum
        Passes(validator, new OfflineRankings([First, Second with { LotNumber = 2, Price = Money.FromYuan(300_000m), Rank = 1 }], 1));
        Fails(validator, new OfflineRankings([First, Second with { Price = Money.FromYuan(1_420_000.01m) }], 1), "Rankings[1].Price", "超过第 1 包的最高限价");
        Fails(validator, new OfflineRankings([First with { LotNumber = 2 }, Second], 1), "Rankings[0].Price", "超过第 2 包的最高限价");
        Fails(validator, new OfflineRankings([First, Second with { LotNumber = 3, Rank = 1 }], 1), "Rankings[1].LotNumber", "第 3 包不存在");
        Passes(new OfflineRankingsValidator(maxSignedRecords: 5), new OfflineRankings([First, Second with { Price = Money.FromYuan(9_000_000m) }], 1)); // rows alone
    }

    [Fact]
    public void A_first_registration_carries_its_business_licence_at_the_licence_field()
    {
        Passes(RequiredLicenceValidator.Instance, new LicenceUpload("营业执照.pdf", "application/pdf", "%PDF-1.4"u8.ToArray()));
        Fails(RequiredLicenceValidator.Instance, null, RequiredLicenceValidator.Field, "请上传营业执照");
        Fails(RequiredLicenceValidator.Instance, new LicenceUpload("营业执照.pdf", "application/pdf", []), RequiredLicenceValidator.Field, "请上传营业执照");
    }

    [Fact]
    public void A_technical_score_stays_within_what_the_price_weight_leaves_and_a_failed_bid_has_a_reason()
    {
        var validator = new EvaluationSheetValidator(priceWeightBasisPoints: 3_000); // the technical part is worth 70 points
        var bid = Guid.NewGuid();
        var expert = Guid.NewGuid();
        EvaluationSheet Sheet(decimal score, string reason = "资格证明文件不全") =>
            new([new ScoreEntry(1, bid, expert, score)], [new Disqualification(1, Guid.NewGuid(), reason)]);
        Passes(validator, Sheet(0m));
        Passes(validator, Sheet(70m));
        Passes(validator, Sheet(69.99m));
        Fails(validator, Sheet(70.01m), "Scores[0].Score", "0—70 分之间");
        Fails(validator, Sheet(-0.01m), "Scores[0].Score", "0—70 分之间");
        Fails(validator, Sheet(12.345m), "Scores[0].Score", "最多两位小数");
        Fails(validator, Sheet(50m, " "), "Disqualified[0].Reason", "请填写不合格理由");
        Fails(validator, Sheet(50m, new string('由', Texts.ReasonMaxLength + 1)), "Disqualified[0].Reason", "不超过 500 字");
    }
}
