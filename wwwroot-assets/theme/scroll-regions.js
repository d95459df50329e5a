// Tables that scroll sideways (portal.css lets a table too wide for the page scroll in its own
// frame) must be reachable by keyboard to be scrolled (WCAG 2.1.1; axe: scrollable-region-focusable).
// MudBlazor renders the frame (.mud-table-container) without a way to add attributes, so the frame
// gets a tab stop and a name here, only while it actually scrolls, and again whenever Blazor
// re-renders or the window is resized.
(() => {
  const name = () => (document.documentElement.lang || "").toLowerCase().startsWith("zh")
    ? "表格（可左右滚动）" : "Table (scrolls sideways)";

  const mark = () => {
    for (const frame of document.querySelectorAll(".mud-table-container")) {
      const scrolls = frame.scrollWidth > frame.clientWidth + 1;
      if (scrolls && frame.dataset.gpScrollRegion !== "on") {
        frame.dataset.gpScrollRegion = "on";
        frame.tabIndex = 0;
        frame.setAttribute("role", "region");
        frame.setAttribute("aria-label", name());
      } else if (!scrolls && frame.dataset.gpScrollRegion === "on") {
        delete frame.dataset.gpScrollRegion;
        frame.removeAttribute("tabindex");
        frame.removeAttribute("role");
        frame.removeAttribute("aria-label");
      }
    }
  };

  let queued = false;
  const schedule = () => {
    if (!queued) {
      queued = true;
      requestAnimationFrame(() => { queued = false; mark(); });
    }
  };

  new MutationObserver(schedule).observe(document.documentElement, { childList: true, subtree: true });
  window.addEventListener("resize", schedule);
  schedule();
})();
