import { lookup, PLACE_NAMES } from '../dictionary';
import { type Doc, free, spanText, take } from '../document';
import { nameLike } from '../lexicon';
import type { Token } from '../tokenize';

/** A place found in the text, by token range. */
export interface PlaceSpan {
  /** First token. */
  from: number;
  /** One past the last token. */
  to: number;
  /** The place's main name ("Jakarta" for "DKI Jakarta" stays as the dictionary has it). */
  name: string;
  /** The name as written, when it differs from `name`. */
  written: string;
}

const DIRECTIONS = new Set('barat timur utara selatan tengah tenggara daya laut hulu hilir ulu ilir'.split(' '));
const ADMIN_HEADS = new Set('Kabupaten Kota Provinsi Kecamatan Desa Kelurahan Pulau Kawasan'.split(' '));

/**
 * "Kabupaten Manggarai Barat", "Provinsi Papua Selatan", "Kota Surabaya": a head and up to three names or
 * directions. "Kota X" and "Pulau X" for a known X are X itself; a Kabupaten is a place of its own.
 */
function adminPlace(doc: Doc, i: number): PlaceSpan | null {
  const toks = doc.tokens;
  let to = i + 1;
  while (to < toks.length && to - i <= 3 && (toks[to] as Token).cap && !doc.taken[to]) {
    const w = (toks[to] as Token).lower;
    if (!(nameLike(w) || (to > i + 1 && DIRECTIONS.has(w)) || lookup(PLACE_NAMES, toks, to))) break;
    to++;
  }
  if (to === i + 1) return null;
  const written = spanText(doc, i, to);
  const inner = lookup(PLACE_NAMES, toks, i + 1);
  const head = (toks[i] as Token).text;
  const same = (head === 'Kota' || head === 'Pulau') && inner?.end === to;
  return { from: i, to, name: same && inner ? inner.value : written, written };
}

/** Finds places from the dictionary and "Kabupaten …", "Kota …" phrases among the tokens still free. */
export function findPlaces(doc: Doc): PlaceSpan[] {
  const out: PlaceSpan[] = [];
  const toks = doc.tokens;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Token;
    if (!t.cap || doc.taken[i]) continue;
    // "per dolar AS" names a currency, "berinisial AS" a suspect's initials: no place is mentioned.
    const prev = toks[i - 1]?.lower;
    if (prev === 'dolar' || prev === 'berinisial') continue;
    let span: PlaceSpan | null = null;
    if (ADMIN_HEADS.has(t.text)) span = adminPlace(doc, i);
    if (!span) {
      const hit = lookup(PLACE_NAMES, toks, i);
      if (hit && free(doc, i, hit.end))
        span = { from: i, to: hit.end, name: hit.value, written: spanText(doc, i, hit.end) };
    }
    if (!span) continue;
    out.push(span);
    take(doc, span.from, span.to);
    i = span.to - 1;
  }
  return out;
}
