/**
 * The value of a numeral written with digits. Indonesian style uses "." for thousands and "," for decimals
 * ("14.359", "3,5"); English style the reverse ("434.4", "1,250,000"). A lone separator followed by exactly
 * three digits is a thousands separator unless `english` says the text writes numbers the English way.
 */
export function parseNumeral(raw: string, english = false): number {
  const dots = count(raw, '.');
  const commas = count(raw, ',');
  if (dots === 0 && commas === 0) return Number(raw);
  if (dots > 0 && commas > 0) {
    const decimalIsComma = raw.lastIndexOf(',') > raw.lastIndexOf('.');
    return decimalIsComma ? toNumber(raw, '.', ',') : toNumber(raw, ',', '.');
  }
  const sep = dots > 0 ? '.' : ',';
  // Every group after a separator has three digits ("14.359.000"): a test, not a split into groups.
  const thousandsLike = !(dots > 0 ? /\.(?![^.]{3}(\.|$))/ : /,(?![^,]{3}(,|$))/).test(raw);
  if (dots + commas > 1) return thousandsLike ? toNumber(raw, sep, '') : Number.NaN;
  if (!thousandsLike) return toNumber(raw, '', sep);
  // One separator before three digits: "14.359" is fourteen thousand in Indonesian, "1,250" in English.
  const isThousands = sep === '.' ? !english : english;
  return isThousands ? toNumber(raw, sep, '') : toNumber(raw, '', sep);
}

function count(s: string, c: string): number {
  let n = 0;
  for (let i = s.indexOf(c); i >= 0; i = s.indexOf(c, i + 1)) n++;
  return n;
}

function toNumber(raw: string, thousands: string, decimal: string): number {
  let s = thousands ? raw.replaceAll(thousands, '') : raw;
  if (decimal) s = s.replace(decimal, '.');
  return Number(s);
}
