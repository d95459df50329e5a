namespace GovProcurement.Domain.Common;

/// <summary>
/// An amount in Chinese capital numerals (人民币大写), as a contract and a voucher write it:
/// 壹仟陆佰捌拾元零叁角贰分. Hand-written because no served library does it: Humanizer's zh-CN words
/// are the everyday numerals (一百二十), not the financial capitals (壹佰贰拾), and have no 元角分.
/// Follows 中国人民银行《正确填写票据和结算凭证的基本规定》: 整 after 元 when there are no 角 and 分,
/// none after 角; one 零 for a run of zeros, including a zero units digit before 角 (¥1,680.32 →
/// 壹仟陆佰捌拾元零叁角贰分), and always 零 before 分 when 角 is zero (¥325.04 → 叁佰贰拾伍元零肆分).
/// </summary>
public static class ChineseCapitals
{
    private const string Digits = "零壹贰叁肆伍陆柒捌玖";
    private static readonly string[] Places = ["", "拾", "佰", "仟"];
    private static readonly string[] Sections = ["", "万", "亿", "万亿"];

    /// <summary>The amount in capitals, without the 人民币 prefix; negative amounts are refused.</summary>
    public static string Of(Money amount)
    {
        if (amount.Fen < 0)
        {
            throw new DomainException("负数金额没有大写。", "A negative amount has no capital form.");
        }

        if (amount.Yuan > Money.MaxYuan)
        {
            throw new DomainException($"金额超出平台允许的范围（不超过 {Money.MaxYuan:N0} 元）。", $"The amount is beyond the platform's limit of {Money.MaxYuan:N0} yuan.");
        }

        var yuan = amount.Fen / 100;
        var jiao = (int)(amount.Fen / 10 % 10);
        var fen = (int)(amount.Fen % 10);
        if (yuan == 0 && jiao == 0 && fen == 0)
        {
            return "零元整";
        }

        var text = yuan > 0 ? Integer(yuan) + "元" : "";
        if (jiao == 0 && fen == 0)
        {
            return text + "整";
        }

        if (yuan > 0 && (jiao == 0 || yuan % 10 == 0))
        {
            text += "零";
        }

        if (jiao != 0)
        {
            text += Digits[jiao] + "角";
        }

        if (fen != 0)
        {
            text += Digits[fen] + "分";
        }

        return text;
    }

    private static string Integer(long value)
    {
        var groups = new List<int>();
        for (var rest = value; rest > 0; rest /= 10_000)
        {
            groups.Add((int)(rest % 10_000));
        }

        var text = "";
        var zeroPending = false;
        for (var section = groups.Count - 1; section >= 0; section--)
        {
            var group = groups[section];
            if (group == 0)
            {
                zeroPending = text.Length > 0;
                continue;
            }

            if (text.Length > 0 && (zeroPending || group < 1000))
            {
                text += "零";
            }

            text += Group(group) + Sections[section];
            zeroPending = false;
        }

        return text;
    }

    private static string Group(int group)
    {
        var text = "";
        var zero = false;
        for (var place = 3; place >= 0; place--)
        {
            var digit = group / (int)Math.Pow(10, place) % 10;
            if (digit == 0)
            {
                zero = text.Length > 0;
                continue;
            }

            if (zero)
            {
                text += "零";
            }

            text += Digits[digit] + Places[place];
            zero = false;
        }

        return text;
    }
}
