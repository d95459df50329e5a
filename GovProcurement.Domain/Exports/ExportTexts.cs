using GovProcurement.Domain.Common;

namespace GovProcurement.Domain.Exports;

/// <summary>What a user reads about an export that could not run or finish.</summary>
public static class ExportTexts
{
    public static readonly Bilingual InterruptedByRestart = new("服务重启，导出已中断，请重新导出。", "The export was interrupted by a restart; start it again.");

    public static readonly Bilingual InterruptedByShutdown = new("服务停止，导出已中断，请稍后重新导出。", "The export was interrupted by a shutdown; start it again later.");

    public static readonly Bilingual Unexpected = new("导出失败，请稍后重试；如仍失败请联系平台管理员。", "The export failed; try again later, or contact the administrator if it keeps failing.");

    public static readonly Bilingual QueueFull = new("导出队列已满，请稍后再试。", "The export queue is full; try again later.");

    public static readonly Bilingual ShuttingDown = new("服务正在停止，暂不接受新的导出。", "The service is stopping and takes no new exports.");

    public static readonly Bilingual Expired = new("该导出文件已超过保留期限并已删除，请重新导出。", "This export has passed its retention period and was deleted; start it again.");

    public static Bilingual TooManyForUser(int limit) => new(
        $"您已有 {limit} 个导出正在排队或进行，请等其完成或取消后再导出。",
        $"You already have {limit} exports queued or running; wait for one to finish or cancel one first.");
}
