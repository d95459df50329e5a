using System.Globalization;
using FluentValidation;
using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Experts;
using GovProcurement.Domain.Intentions;
using GovProcurement.Domain.Onboarding;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Projects;
using GovProcurement.Domain.Rules;
using GovProcurement.Domain.SupplierLibrary;
using GovProcurement.Portal.Api;

namespace GovProcurement.Tests.Domain;

/// <summary>
/// The input models' validators: a good model passes, and each rule fails on its own field with its
/// message in both languages (the one the current UI culture asks for as the message).
/// </summary>
public class InputValidatorTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);

    private static void Fails<T>(IValidator<T> validator, T model, string field, string zh)
    {
        var result = validator.Validate(model);
        var failure = Assert.Single(result.Errors, f => f.PropertyName == field);
        Assert.Contains(zh, failure.Text().Zh);
        Assert.False(string.IsNullOrWhiteSpace(failure.Text().En));
    }

    private static void Passes<T>(IValidator<T> validator, T model) => Assert.Empty(validator.Validate(model).Errors);

    private static readonly IntentionForm Intention = new("办公电脑采购", "台式电脑 50 台", Money.FromYuan(300_000m), Today.AddMonths(2), true, null);

    [Fact]
    public void An_intention_needs_a_name_a_summary_a_positive_budget_and_short_notes()
    {
        var validator = IntentionFormValidator.Instance;
        Passes(validator, Intention);
        Fails(validator, Intention with { ProjectName = "  " }, nameof(IntentionForm.ProjectName), "请填写项目名称");
        Fails(validator, Intention with { ProjectName = new string('项', ProcurementIntention.NameMaxLength + 1) }, nameof(IntentionForm.ProjectName), "不超过 200 字");
        Fails(validator, Intention with { RequirementSummary = "" }, nameof(IntentionForm.RequirementSummary), "请填写采购需求概况");
        Fails(validator, Intention with { Budget = Money.Zero }, nameof(IntentionForm.Budget), "预算金额必须大于零");
        Fails(validator, Intention with { Notes = new string('注', ProcurementIntention.NotesMaxLength + 1) }, nameof(IntentionForm.Notes), "备注不超过 500 字");
    }

    [Fact]
    public void The_message_follows_the_current_UI_culture_and_keeps_both_languages()
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo("en-US");
            var failure = Assert.Single(IntentionFormValidator.Instance.Validate(Intention with { Budget = Money.Zero }).Errors);
            Assert.Equal("The budget must be positive.", failure.ErrorMessage);
            Assert.Equal("预算金额必须大于零。", failure.Text().Zh);

            CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
            Assert.Equal("预算金额必须大于零。", Assert.Single(IntentionFormValidator.Instance.Validate(Intention with { Budget = Money.Zero }).Errors).ErrorMessage);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    private static readonly ContactDetails Contact = new("黄志强", "0750-3501002", "江门市蓬江区育德街 1 号");

    [Fact]
    public void A_contact_needs_a_person_a_dialable_phone_and_an_address()
    {
        var validator = ContactDetailsValidator.Instance;
        Passes(validator, Contact);
        Passes(validator, Contact with { Phone = "13800138000" });
        Fails(validator, Contact with { Person = "" }, nameof(ContactDetails.Person), "请填写联系人");
        Fails(validator, Contact with { Phone = "" }, nameof(ContactDetails.Phone), "请填写联系电话");
        Fails(validator, Contact with { Phone = "12345" }, nameof(ContactDetails.Phone), "联系电话应为 11 位手机号码");
        Fails(validator, Contact with { Phone = "0750-3501002-12345678" }, nameof(ContactDetails.Phone), "不超过 20 字");
        Fails(validator, Contact with { Address = new string('路', OrganizationContact.AddressMaxLength + 1) }, nameof(ContactDetails.Address), "不超过 200 字");
    }

    private static readonly ExpertForm Expert = new("林晓红", "440700", "A02;C16", "江门职业技术学院", null);

    [Fact]
    public void An_expert_needs_a_name_a_served_region_a_specialty_and_bounded_texts()
    {
        var validator = ExpertFormValidator.Instance;
        Passes(validator, Expert);
        Fails(validator, Expert with { Name = "" }, nameof(ExpertForm.Name), "请填写专家姓名");
        Fails(validator, Expert with { RegionCode = "999999" }, nameof(ExpertForm.RegionCode), "请选择广东省内的地区");
        Fails(validator, Expert with { RegionCode = "440300" }, nameof(ExpertForm.RegionCode), "深圳市使用本市自建的政府采购系统");
        Fails(validator, Expert with { Specialties = " ; , " }, nameof(ExpertForm.Specialties), "请至少填写一个专业");
        Fails(validator, Expert with { Employer = new string('单', ExpertFormValidator.EmployerMaxLength + 1) }, nameof(ExpertForm.Employer), "工作单位不超过");
        Fails(validator, Expert with { EmployerBudgetCode = new string('1', BudgetUnit.CodeMaxLength + 1) }, nameof(ExpertForm.EmployerBudgetCode), "预算编码不超过");
    }

    private static readonly DebarmentForm Debarment = new("91440703MA51K2Q8XY", Today, Today.AddYears(1), "提供虚假材料谋取中标");

    [Fact]
    public void A_debarment_needs_a_valid_code_a_period_that_ends_after_it_starts_and_a_reason()
    {
        var validator = DebarmentFormValidator.Instance;
        Assert.True(UnifiedSocialCreditCode.IsValid(Debarment.CreditCode), "the sample code must be valid");
        Passes(validator, Debarment);
        Fails(validator, Debarment with { CreditCode = "123" }, nameof(DebarmentForm.CreditCode), "统一社会信用代码");
        Fails(validator, Debarment with { From = null }, nameof(DebarmentForm.From), "开始日期");
        Fails(validator, Debarment with { Until = null }, nameof(DebarmentForm.Until), "结束日期");
        Fails(validator, Debarment with { Until = Today }, nameof(DebarmentForm.Until), "结束日期必须晚于开始日期");
        Fails(validator, Debarment with { Reason = " " }, nameof(DebarmentForm.Reason), "请填写理由");
    }

    private static readonly ProcurementRuleDraft ProcurementRule = new(RuleKind.CentralizedEntrustmentLine, 100_000_000, "440700", null, [], Today.AddDays(1), "江财采购〔2020〕32号");

    [Fact]
    public void A_procurement_rule_version_starts_tomorrow_or_later_with_a_positive_value_a_source_and_known_items()
    {
        var validator = new ProcurementRuleDraftValidator(Today);
        Passes(validator, ProcurementRule);
        Fails(validator, ProcurementRule with { RegionCode = "000000" }, nameof(ProcurementRuleDraft.RegionCode), "请选择广东省内的地区");
        Fails(validator, ProcurementRule with { EffectiveFrom = Today }, nameof(ProcurementRuleDraft.EffectiveFrom), "只能从明天或以后生效");
        Fails(validator, ProcurementRule with { Value = 0 }, nameof(ProcurementRuleDraft.Value), "规则数值必须大于零");
        Fails(validator, ProcurementRule with { Citation = "" }, nameof(ProcurementRuleDraft.Citation), "请填写规则依据");
        Fails(validator, ProcurementRule with { CatalogueCodes = ["A02010104", "Z999"] }, nameof(ProcurementRuleDraft.CatalogueCodes), "品目编码 Z999 不在采购品目目录中");
    }

    private static readonly AccountRuleDraft AccountRule = new(OrganizationKind.BudgetUnit, "440700", RegionScope.SelfAndBelow, AccountNameBase.LegacyAccountName,
        "01", "02", InitialPasswordSource.BudgetCode, null, Today.AddDays(1), "江门市财政局通知");

    [Fact]
    public void An_account_rule_version_has_plain_suffixes_codes_its_kind_has_and_a_common_password_when_fixed()
    {
        var validator = new AccountRuleDraftValidator(Today);
        Passes(validator, AccountRule);
        Fails(validator, AccountRule with { RegionCode = "440300" }, nameof(AccountRuleDraft.RegionCode), "深圳市");
        Fails(validator, AccountRule with { EffectiveFrom = Today }, nameof(AccountRuleDraft.EffectiveFrom), "只能从明天或以后生效");
        Fails(validator, AccountRule with { Citation = " " }, nameof(AccountRuleDraft.Citation), "请填写规则依据");
        Fails(validator, AccountRule with { OperatorSuffix = "经办" }, nameof(AccountRuleDraft.OperatorSuffix), "账号后缀只能是字母或数字");
        Fails(validator, AccountRule with { ReviewerSuffix = "123456789" }, nameof(AccountRuleDraft.ReviewerSuffix), "账号后缀只能是字母或数字");
        Fails(validator, AccountRule with { Kind = OrganizationKind.Agency, PasswordSource = InitialPasswordSource.CreditCode }, nameof(AccountRuleDraft.ReviewerSuffix), "只有预算单位设经办、审核两个账号");
        Fails(validator, AccountRule with { Kind = OrganizationKind.Agency, ReviewerSuffix = null }, nameof(AccountRuleDraft.NameBase), "该类机构没有的编码");
        Fails(validator, AccountRule with { PasswordSource = InitialPasswordSource.Fixed }, nameof(AccountRuleDraft.FixedInitialPassword), "统一初始密码不能为空");
    }

    private static readonly LotDraft Lot = new("台式计算机", "A02010104", Money.FromYuan(300_000m), Money.FromYuan(290_000m), "");

    private static readonly ProjectSetup Setup = new([Lot], "", true, ScoringMethod.LowestEvaluatedPrice, 0, 0, false);

    [Fact]
    public void A_set_up_needs_a_lot_whose_fields_are_complete_and_whose_maximum_is_within_its_budget()
    {
        var validator = ProjectSetupValidator.Instance;
        Passes(validator, Setup);
        Fails(validator, Setup with { Lots = [] }, nameof(ProjectSetup.Lots), "请至少设置一个采购包");
        Fails(validator, Setup with { Lots = [Lot, Lot with { Name = "" }] }, "Lots[1].Name", "请填写采购包名称");
        Fails(validator, Setup with { Lots = [Lot with { CatalogueCode = "Z999" }] }, "Lots[0].CatalogueCode", "不在采购品目目录中");
        Fails(validator, Setup with { Lots = [Lot with { Budget = Money.Zero, MaxPrice = Money.Zero }] }, "Lots[0].Budget", "预算金额必须大于零");
        Fails(validator, Setup with { Lots = [Lot with { MaxPrice = Money.FromYuan(300_000.01m) }] }, "Lots[0].MaxPrice", "最高限价不得超过预算金额");
        Fails(validator, Setup with { Lots = [Lot with { Requirements = new string('需', ProjectLot.RequirementsMaxLength + 1) }] }, "Lots[0].Requirements", "采购需求不超过");
        Fails(validator, Setup with { Qualifications = new string('资', ProjectSetup.QualificationsMaxLength + 1) }, nameof(ProjectSetup.Qualifications), "特定资格要求不超过");
    }

    private static readonly AnnouncementSchedule Schedule = new(Today,
        [new StatutoryDate(PeriodKind.EarliestDeadline, Today.AddDays(20), new Bilingual("招标文件发出之日起至投标截止不少于二十日", "At least 20 days"), "政府采购法第三十五条")],
        Today.AddDays(20), false, "");

    [Fact]
    public void An_announcement_needs_a_deadline_no_earlier_than_the_schedule_allows_and_short_additions()
    {
        var validator = new AnnouncementRequestValidator(Schedule);
        var onTime = new AnnouncementRequest(Today.AddDays(20).ToDateTime(new TimeOnly(9, 30)), "现场踏勘：不组织。");
        Passes(validator, onTime);
        Fails(validator, onTime with { DeadlineInChina = null }, nameof(AnnouncementRequest.DeadlineInChina), "请选择投标截止日期和时间");
        Fails(validator, onTime with { DeadlineInChina = Today.AddDays(19).ToDateTime(new TimeOnly(17, 0)) }, nameof(AnnouncementRequest.DeadlineInChina), "截止时间不得早于 2026-12-21（招标文件发出之日起至投标截止不少于二十日；政府采购法第三十五条）");
        Fails(validator, onTime with { Additions = new string('补', AnnouncementRequest.AdditionsMaxLength + 1) }, nameof(AnnouncementRequest.Additions), "补充说明不超过 2000 字");
    }

    private static readonly SupplierDetails Supplier = new("江门市新兴办公设备有限公司", EnterpriseScale.Small, true, "陈红", "0750-3210000");

    [Fact]
    public void A_suppliers_details_need_a_name_a_size_the_declaration_for_a_new_smaller_size_a_contact_and_a_dialable_phone()
    {
        var validator = SupplierDetailsValidator.Registration;
        Passes(validator, Supplier);
        Passes(validator, Supplier with { Scale = EnterpriseScale.Large, DeclarationSigned = false });
        Passes(new SupplierDetailsValidator(EnterpriseScale.Small), Supplier with { DeclarationSigned = false });
        Fails(validator, Supplier with { Name = " " }, nameof(SupplierDetails.Name), "请填写供应商名称");
        Fails(validator, Supplier with { Name = new string('名', Organization.NameMaxLength + 1) }, nameof(SupplierDetails.Name), "不超过");
        Fails(validator, Supplier with { Scale = null }, nameof(SupplierDetails.Scale), "请选择企业规模");
        Fails(validator, Supplier with { Scale = (EnterpriseScale)99 }, nameof(SupplierDetails.Scale), "请选择企业规模");
        Fails(validator, Supplier with { DeclarationSigned = false }, nameof(SupplierDetails.DeclarationSigned), "中小企业声明函");
        Fails(new SupplierDetailsValidator(EnterpriseScale.Small), Supplier with { Scale = EnterpriseScale.Medium, DeclarationSigned = false }, nameof(SupplierDetails.DeclarationSigned), "中小企业声明函");
        Fails(validator, Supplier with { ContactPerson = "" }, nameof(SupplierDetails.ContactPerson), "请填写联系人");
        Fails(validator, Supplier with { ContactPhone = "12" }, nameof(SupplierDetails.ContactPhone), "请填写正确的联系电话");
        Fails(validator, Supplier with { ContactPhone = "0750-321000x" }, nameof(SupplierDetails.ContactPhone), "请填写正确的联系电话");
    }

    private static readonly OrganizationDraft Row = new() { RowNumber = 2, Kind = "供应商", Name = "某公司", RegionCode = "440703", CreditCode = "91440703MA51K2Q8XY", Scale = "小型" };

    [Fact]
    public void An_import_row_needs_a_kind_a_name_a_served_region_and_what_its_kind_needs()
    {
        var validator = OrganizationDraftValidator.Instance;
        Passes(validator, Row);
        Fails(validator, Row with { Kind = "公司" }, nameof(OrganizationDraft.Kind), "机构类型应为");
        Fails(validator, Row with { Name = " " }, nameof(OrganizationDraft.Name), "名称不能为空");
        Fails(validator, Row with { RegionCode = "110000" }, nameof(OrganizationDraft.RegionCode), "不是广东省的行政区划编码");
        Fails(validator, Row with { RegionCode = "440300" }, nameof(OrganizationDraft.RegionCode), "深圳市使用本市自建的政府采购系统");
        Fails(validator, Row with { LegacyAccountName = "<b>bad</b>" }, nameof(OrganizationDraft.LegacyAccountName), "");
        Fails(validator, Row with { Scale = "特大型" }, nameof(OrganizationDraft.Scale), "企业规模应为");
        Fails(validator, Row with { CreditCode = "123" }, nameof(OrganizationDraft.CreditCode), "统一社会信用代码");
        Fails(validator, Row with { Kind = "代理机构", Scale = null, Centralized = "可能" }, nameof(OrganizationDraft.Centralized), "集中采购机构一栏应填");
        Passes(validator, Row with { Kind = "预算单位", CreditCode = null, Scale = null, BudgetCode = "783001" });
        Assert.All(typeof(OrganizationDraft).GetProperties().Where(p => p.Name != nameof(OrganizationDraft.RowNumber)),
            p => Assert.True(OrganizationDraftValidator.Columns.ContainsKey(p.Name), $"no import column for {p.Name}"));
    }

    private static readonly PlanDraftRequest Draft = new("电脑采购", Today.AddDays(20), [new PlanItemRequest("A02010104", 50, "台", 300_000m, "L-1")], "EMallSimpleProcurement", null);

    [Fact]
    public void A_plan_draft_request_checks_each_field_the_contract_carries()
    {
        var validator = new PlanDraftRequestValidator(new HashSet<string> { "L-1" }, 2027);
        var item = Draft.Items![0];
        Passes(validator, Draft);
        Fails(validator, Draft with { Title = "" }, nameof(PlanDraftRequest.Title), "请填写项目名称");
        Fails(validator, Draft with { ExpectedStart = null }, nameof(PlanDraftRequest.ExpectedStart), "预计采购开始日期");
        Fails(validator, Draft with { Items = [] }, nameof(PlanDraftRequest.Items), "至少提供一个采购品目");
        Fails(validator, Draft with { Items = [item with { CatalogueCode = "A02" }] }, "Items[0].CatalogueCode", "不是可选的采购品目");
        Fails(validator, Draft with { Items = [item with { Amount = 10.005m }] }, "Items[0].Amount", "精确到分");
        Fails(validator, Draft with { Items = [item with { Quantity = 0 }] }, "Items[0].Quantity", "数量必须大于零");
        Fails(validator, Draft with { Items = [item with { UnitOfMeasure = new string('件', 17) }] }, "Items[0].UnitOfMeasure", "计量单位不超过");
        Fails(validator, Draft with { Items = [item with { BudgetLineCode = "L-2" }] }, "Items[0].BudgetLineCode", "2027 年度没有该预算项目");
        Fails(validator, Draft with { Route = "Teleport" }, nameof(PlanDraftRequest.Route), "取值应为");
        Fails(validator, Draft with { Method = "Auction" }, nameof(PlanDraftRequest.Method), "取值应为");
        Assert.Equal("items[0].catalogueCode", ValidationProblems.FieldName("Items[0].CatalogueCode"));
    }
}
