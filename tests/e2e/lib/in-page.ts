// Functions evaluated inside a web page by the automation library: self-contained, they close over nothing.

/** Selects the text of the first element matching `selector`. */
export function selectContents(selector: string): void {
  const el = document.querySelector(selector);
  if (!el) throw new Error(`nothing matches ${selector}`);
  const range = document.createRange();
  range.selectNodeContents(el);
  const selection = getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}
