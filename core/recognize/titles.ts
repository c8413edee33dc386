import { lookup, PLACE_NAMES, TITLE_NAMES, type TitleStatus } from '../dictionary';
import { type Doc, isMark } from '../document';
import { ENGLISH_TITLE_HEADS } from '../gazetteer/titles';
import { COMMON, GIVEN } from '../lexicon';
import type { Token } from '../tokenize';
import type { OrgSpan } from './organizations';

/** A title with its field and organisation ("Direktur Jenderal (Dirjen) Industri Logam …", "CEO Xiaomi"). */
export interface TitleSpan {
  /** First token of the title. */
  from: number;
  /** One past the title, its field, its organisation and any acronyms in parentheses. */
  to: number;
  /** The role written out, abbreviations expanded. */
  role: string;
  /** Whether the title is a state position. */
  status: TitleStatus;
  /** The organisation named in the title, or the one the title implies (ministers); null when none. */
  affiliation: { name: string; kind: OrgSpan['kind'] } | null;
  /** Abbreviated forms the text uses for this title ("Menperin", "Dirjen Ilmate"). */
  aliases: string[];
}

const ENGLISH_HEADS = new Set(ENGLISH_TITLE_HEADS);
const CONNECTORS = new Set(['dan', ',', '&', 'serta']);

/** Reads a title at `at`, known ("Menteri", "Menperin", "Direktur Utama") or English ("… Director"). */
export function readTitle(doc: Doc, at: number, orgAt: ReadonlyMap<number, OrgSpan>): TitleSpan | null {
  const toks = doc.tokens;
  const t = toks[at];
  if (!t?.cap || doc.taken[at]) return null;
  const hit = lookup(TITLE_NAMES, toks, at);
  let end: number;
  let role: string;
  let status: TitleStatus;
  let complement: boolean;
  let affiliation: TitleSpan['affiliation'] = null;
  const aliases: string[] = [];
  if (hit) {
    end = hit.end;
    ({ role, status, complement } = hit.value);
    if (hit.value.affiliation) affiliation = { name: hit.value.affiliation, kind: 'government' };
    if (hit.value.abbreviated) aliases.push(doc.text.slice(t.start, (toks[end - 1] as Token).end));
  } else {
    end = englishTitleEnd(doc, at);
    if (end < 0) return null;
    role = doc.text.slice(t.start, (toks[end - 1] as Token).end);
    status = role.includes('Ambassador') ? 'state' : 'depends';
    complement = true;
  }
  const field = readField(doc, end, orgAt, complement);
  aliases.push(...field.aliases);
  const fieldText =
    field.fieldEnd > field.from
      ? stripParens(doc.text.slice((toks[field.from] as Token).start, (toks[field.fieldEnd - 1] as Token).end))
      : '';
  if (fieldText) role = `${role} ${fieldText}`;
  if (field.org) {
    affiliation = { name: field.org.name, kind: field.org.kind };
  }
  return { from: at, to: field.to, role, status, affiliation, aliases };
}

/** "Associate Government Affairs Director", "Chief Executive Officer", "Head of Marketing". */
function englishTitleEnd(doc: Doc, at: number): number {
  const toks = doc.tokens;
  let i = at;
  while (i < toks.length && i - at < 5) {
    const t = toks[i] as Token;
    if (!t.cap || doc.taken[i] || t.kind !== 'word' || COMMON.has(t.lower) || GIVEN.has(t.lower)) return -1;
    if (ENGLISH_HEADS.has(t.text)) {
      let end = i + 1;
      while (end < toks.length && ENGLISH_HEADS.has((toks[end] as Token).text)) end++;
      if (toks[end]?.text === 'of' && toks[end + 1]?.cap) {
        end += 2;
        while (toks[end]?.cap && !doc.taken[end] && end - i < 6 && !GIVEN.has((toks[end] as Token).lower)) end++;
      }
      return end;
    }
    i++;
  }
  return -1;
}

interface Field {
  /** First token of the field. */
  from: number;
  /** One past the field's last word (organisation excluded). */
  fieldEnd: number;
  /** One past everything read (organisation and parentheses included). */
  to: number;
  /** Organisation named in the field. */
  org: OrgSpan | null;
  /** Acronyms in parentheses, of the title or of the field. */
  aliases: string[];
}

/**
 * The field after a title: everyday capitalised words, acronyms, places, joined by "dan" and commas, or an
 * organisation. An acronym in parentheses after field words closes the field: the name follows.
 */
function readField(doc: Doc, at: number, orgAt: ReadonlyMap<number, OrgSpan>, words: boolean): Field {
  const toks = doc.tokens;
  const field: Field = { from: at, fieldEnd: at, to: at, org: null, aliases: [] };
  let i = at;
  while (i < toks.length && i - at < 16) {
    const t = toks[i] as Token;
    if (t.lineBefore) break;
    if (t.text === '(' && toks[i + 1]?.cap && isMark(doc, i + 2, ')')) {
      const acronym = (toks[i + 1] as Token).text;
      // An acronym of the field joins the title's own ("Dirjen" + "Ilmate" → "Dirjen Ilmate").
      field.aliases.push(field.fieldEnd > field.from && field.aliases[0] ? `${field.aliases[0]} ${acronym}` : acronym);
      if (field.fieldEnd > field.from) field.aliases.splice(0, field.aliases.length - 1);
      i += 3;
      field.to = i;
      if (field.fieldEnd > field.from) break;
      field.from = field.fieldEnd = i;
      continue;
    }
    const org = words ? orgAt.get(i) : undefined;
    if (org) {
      field.org = org;
      field.to = org.acronymAt >= 0 ? org.acronymAt + 2 : org.to;
      break;
    }
    if (doc.taken[i] || !words) break;
    const place = lookup(PLACE_NAMES, toks, i);
    if (place && !GIVEN.has(t.lower)) {
      i = field.fieldEnd = field.to = place.end;
      continue;
    }
    if (CONNECTORS.has(t.lower) && field.fieldEnd > field.from) {
      const skip = t.text === ',' && CONNECTORS.has(toks[i + 1]?.lower ?? '') ? 2 : 1;
      const next = toks[i + skip];
      if (next?.cap && COMMON.has(next.lower) && !GIVEN.has(next.lower)) {
        i += skip;
        continue;
      }
      break;
    }
    if (t.lower === 'untuk' && lookup(PLACE_NAMES, toks, i + 1)) {
      i++;
      continue;
    }
    const word = t.cap && ((COMMON.has(t.lower) && !GIVEN.has(t.lower)) || (t.allCaps && t.text.length <= 5));
    if (!word) break;
    i = field.fieldEnd = field.to = i + 1;
  }
  return field;
}

/** Removes "(Ilmate)"-style groups and the spaces they leave. */
function stripParens(s: string): string {
  return s.replace(/\s*\([^()]{0,40}\)/g, '').trim();
}
