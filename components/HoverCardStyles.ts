/**
 * The hover card's styles, placed inside its shadow root so page CSS cannot reach them (nor they the page). The font
 * is system-ui alone: every browser the add-on supports (Chromium 130+, Firefox 140+) has it. Each line ends in a line
 * continuation, so the sheet holds no newlines: it ships in the content script (with the marks' sheet, 31 B gzip).
 */
export const HOVER_CARD_CSS = `\
:host{all:initial}\
.card{box-sizing:border-box;width:max-content;max-width:min(22rem,calc(100vw - 16px));padding:.7rem .85rem;border-radius:.6rem;\
font:14px/1.4 system-ui,sans-serif;color:#1c1917;background:#fffdf8;border:1px solid #d6d3d1;\
box-shadow:0 6px 24px #0000002e;animation:appear .12s ease-out}\
@keyframes appear{from{opacity:0;transform:translateY(2px)}}\
header{display:flex;justify-content:space-between;align-items:center;gap:.5rem}\
.kind{font-size:11px;font-weight:700;letter-spacing:.06em;text-transform:uppercase;padding:1px 6px;border-radius:4px;border:1px solid}\
.kind-official .kind{color:#b45309}.kind-person .kind{color:#1d4ed8}.kind-organization .kind{color:#0f766e}.kind-figure .kind{color:#a21caf}\
.kind-place .kind{color:#4d7c0f}.kind-date .kind{color:#57534e}\
h2{font-size:16px;margin:.35rem 0 .25rem;font-weight:650}\
.value{margin:.2rem 0 .4rem;font-variant-numeric:tabular-nums}.exact{font-weight:600}\
dl{margin:0}.fact{display:flex;gap:.5rem}dt{color:#57534e;min-width:5.5rem}dd{margin:0}\
.mentions{display:flex;align-items:center;gap:.4rem;margin:.5rem 0 0;color:#57534e}\
button,textarea{font:inherit;color:inherit;background:none;border:1px solid #a8a29e;border-radius:.35rem}\
button{cursor:pointer;padding:0 .45rem}\
button:focus-visible,textarea:focus-visible{outline:2px solid #2563eb;outline-offset:1px}\
.close{border:none;font-size:18px;line-height:1}\
.note{margin-top:.55rem;padding-top:.45rem;border-top:1px solid #e7e5e4;display:grid;gap:.3rem}\
.note-text{margin:0;white-space:pre-wrap}.seen{margin:0;font-size:12px;color:#57534e}\
textarea{min-height:3.5rem;resize:vertical}\
@media (prefers-color-scheme:dark){\
.card{color:#f5f5f4;background:#1c1917;border-color:#44403c;box-shadow:0 6px 24px #0009}\
dt,.mentions,.seen{color:#a8a29e}.note{border-color:#44403c}\
.kind-official .kind{color:#fbbf24}.kind-person .kind{color:#93c5fd}.kind-organization .kind{color:#5eead4}.kind-figure .kind{color:#f0abfc}\
.kind-place .kind{color:#bef264}.kind-date .kind{color:#d6d3d1}}\
@media (prefers-reduced-motion:reduce){.card{animation:none}}`;
