/** Id of the <style> element that styles our highlights; undo removes it with them. */
export const MARK_STYLE_ID = 'sorot-mark-style';

/**
 * One look per kind that survives light and dark pages and colour-blind readers: a translucent tint of a
 * mid-luminance hue (readable on white and on black) plus an underline whose style differs per kind
 * (double = official, solid = person, dashed = organisation, dotted = figure, wavy = place, overline = date).
 * Only element and attribute selectors, no @keyframes or @media: the browser then restyles just our marks when the
 * sheet comes and goes, instead of the whole page (which costs 100-200 ms on a 50,000-element page). The "flash"
 * after scrolling to an entity is a still ring, so reduced-motion readers need nothing special. Tints are #rrggbbaa
 * and each kind's underline one `text-decoration` shorthand (line, style, colour, thickness), and each line ends in a
 * line continuation (no newlines in the sheet): it ships in the content script.
 */
const CSS = `\
sorot-mark{color:inherit;font:inherit;cursor:help;border-radius:2px;padding:0 1px;text-underline-offset:.2em;\
text-decoration-skip-ink:none;box-decoration-break:clone}\
sorot-mark[data-kind=official]{background:#d9770633;text-decoration:underline double #d97706 3px}\
sorot-mark[data-kind=person]{background:#2563eb29;text-decoration:underline solid #3b82f6 2px}\
sorot-mark[data-kind=organization]{background:#0d94882e;text-decoration:underline dashed #0d9488 2px}\
sorot-mark[data-kind=figure]{background:#c026d326;text-decoration:underline dotted #c026d3 3px}\
sorot-mark[data-kind=place]{background:#65a30d29;text-decoration:underline wavy #65a30d 1px}\
sorot-mark[data-kind=date]{background:#78716c29;text-decoration:overline #78716c 2px}\
sorot-mark:focus-visible{outline:2px solid #2563eb;outline-offset:2px}\
sorot-mark[data-flash]{box-shadow:0 0 0 3px #facc15e6}`;

/** Adds the highlight styles to the page once; returns the function that removes them. */
export function installMarkStyles(doc: Document): () => void {
  let style = doc.getElementById(MARK_STYLE_ID);
  if (!style) {
    style = doc.createElement('style');
    style.id = MARK_STYLE_ID;
    style.textContent = CSS;
    (doc.head ?? doc.documentElement).appendChild(style);
  }
  const installed = style;
  return () => installed.remove();
}
