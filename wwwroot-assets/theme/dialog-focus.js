// MudBlazor's dialogs take the focus as they open but do not give it back as they close, leaving a
// keyboard user at the top of the page (WCAG 2.4.3 focus order). This remembers what held the focus
// when a dialog opened and returns to it once the dialog is gone, as soon as it may hold the focus
// again (an action button stays disabled while its dialog is open). Written by hand: MudBlazor 9
// offers no option for it and no small library does only this.
(() => {
  const dialog = '.mud-dialog-container';
  const opened = [];
  let pending = null;
  const holdsDialog = node => node.nodeType === 1 && (node.matches(dialog) || node.querySelector(dialog) !== null);
  const focusIsLost = () => !document.activeElement || document.activeElement === document.body;
  const restore = () => {
    if (pending && (!pending.isConnected || !focusIsLost())) {
      pending = null; // gone, or the user has moved on
    } else if (pending && !pending.disabled) {
      pending.focus();
      pending = null;
    }
  };
  new MutationObserver(records => {
    for (const record of records) {
      record.addedNodes.forEach(node => { if (holdsDialog(node)) opened.push(document.activeElement); });
      record.removedNodes.forEach(node => { if (holdsDialog(node)) pending = opened.pop() ?? null; });
    }
    restore();
  }).observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled'] });
})();
