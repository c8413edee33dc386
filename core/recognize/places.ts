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

const DIRECTIONS = new Set(['barat', 'timur', 'utara', 'selatan', 'tengah', 'tenggara', 'daya', 'laut']);
const ADMIN_HEADS = new Set(['Kabupaten', 'Kota', 'Provinsi', 'Kecamatan', 'Desa', 'Kelurahan', 'Pulau', 'Kawasan']);

/** Finds places from the dictionary and "Kabupaten …", "Kota …" phrases among the tokens still free. */
export function findPlaces(doc: Doc): PlaceSpan[] {
  const out: PlaceSpan[] = [];
  const toks = doc.tokens;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Token;
    if (!t.cap || doc.taken[i]) continue;
    let span: PlaceSpan | null = null;
    if (ADMIN_HEADS.has(t.text)) {
      let to = i + 1;
      while (
        to < toks.length &&
        to - i <= 3 &&
        (toks[to] as Token).cap &&
        !doc.taken[to] &&
        nameLike((toks[to] as Token).lower)
      )
        to++;
      if (to > i + 1) span = { from: i, to, name: spanText(doc, i, to), written: spanText(doc, i, to) };
    }
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
