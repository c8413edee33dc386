/** Id of the <style> element that styles our highlights; undo removes it with them. */
export const MARK_STYLE_ID = 'sorot-mark-style';

/**
 * One look per kind that survives light and dark pages and colour-blind readers: a translucent tint of a
 * mid-luminance hue (readable on white and on black) plus an underline whose style differs per kind
 * (double = official, solid = person, dashed = organisation, dotted = figure, wavy = place, overline = date).
 * Only element and attribute selectors, no @keyframes or @media: the browser then restyles just our marks when the
 * sheet comes and goes, instead of the whole page (which costs 100-200 ms on a 50,000-element page). The "flash"
 * after scrolling to an entity is a still ring, so reduced-motion readers need nothing special.
 */
const CSS = `
sorot-mark{color:inherit;font:inherit;cursor:help;border-radius:2px;padding:0 1px;text-decoration-line:underline;
text-decoration-thickness:2px;text-underline-offset:.2em;text-decoration-skip-ink:none;box-decoration-break:clone}
sorot-mark[data-kind=official]{background:rgba(217,119,6,.2);text-decoration-style:double;text-decoration-color:#d97706;text-decoration-thickness:3px}
sorot-mark[data-kind=person]{background:rgba(37,99,235,.16);text-decoration-style:solid;text-decoration-color:#3b82f6}
sorot-mark[data-kind=organization]{background:rgba(13,148,136,.18);text-decoration-style:dashed;text-decoration-color:#0d9488}
sorot-mark[data-kind=figure]{background:rgba(192,38,211,.15);text-decoration-style:dotted;text-decoration-color:#c026d3;text-decoration-thickness:3px}
sorot-mark[data-kind=place]{background:rgba(101,163,13,.16);text-decoration-style:wavy;text-decoration-color:#65a30d;text-decoration-thickness:1px}
sorot-mark[data-kind=date]{background:rgba(120,113,108,.16);text-decoration-line:overline;text-decoration-color:#78716c}
sorot-mark:focus-visible{outline:2px solid #2563eb;outline-offset:2px}
sorot-mark[data-flash]{box-shadow:0 0 0 3px rgba(250,204,21,.9)}
`;

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
