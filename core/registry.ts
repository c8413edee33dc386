import type { Doc } from './document';
import { COMMON, nameLike } from './lexicon';
import { mentionOf } from './people';
import type { OrgSpan } from './recognize/organizations';
import type { PlaceSpan } from './recognize/places';
import type { Token } from './tokenize';
import type { Organization, Place } from './types';

/** An organisation being assembled. */
export type OrgDraft = Omit<Organization, 'id'>;

/**
 * Merges organisation spans by name, then counts every later free use of an acronym or short form as a mention
 * ("Kementerian Perindustrian (Kemenperin)" … "Kemenperin").
 */
export function buildOrganizations(doc: Doc, spans: readonly OrgSpan[]): OrgDraft[] {
  const byName = new Map<string, OrgDraft>();
  const byAlias = new Map<string, OrgDraft>();
  for (const s of spans) {
    const key = s.name.toLowerCase();
    let org = byName.get(key) ?? byAlias.get(key);
    if (!org) {
      org = { name: s.name, aliases: [], kind: s.kind, mentions: [] };
      byName.set(key, org);
    }
    org.mentions.push(mentionOf(doc, s.from, s.to));
    if (s.acronym) org.mentions.push(mentionOf(doc, s.acronym.from, s.acronym.to));
    for (const a of s.aliases) {
      if (!org.aliases.includes(a) && a !== org.name) org.aliases.push(a);
      byAlias.set(a.toLowerCase(), org);
    }
  }
  // "PT Indofood Sukses Makmur Tbk" … "Indofood": the word after "PT" stands for the company when it is no
  // everyday word or place and no other organisation claims it. "Seorin Cosmetics Co., Ltd, … anak usahanya, PT
  // Seorin Beauty Manufacturing Indonesia" … "Seorin": a parent named by the brand and a foreign legal form before
  // its local arm or joint venture owns the brand.
  const parents = new Map<string, OrgDraft>();
  for (const o of byName.values()) if (/(Ltd|Inc\.?)$/.test(o.name)) parents.set(o.name.split(' ')[0] as string, o);
  const shortForms = new Map<string, OrgDraft | null>();
  for (const org of byName.values()) {
    const short = wordAfterPT(org.name);
    if (short && nameLike(short.toLowerCase()) && !COMMON.has(short.toLowerCase())) {
      const parent = parents.get(short);
      const owner = parent && (parent.mentions[0]?.start as number) < (org.mentions[0]?.start as number) ? parent : org;
      shortForms.set(short, shortForms.has(short) && shortForms.get(short) !== owner ? null : owner);
    }
  }
  const toks = doc.tokens;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Token;
    if (!t.cap || doc.taken[i]) continue;
    const known = byAlias.get(t.lower);
    const org = known?.aliases.includes(t.text) ? known : shortForms.get(t.text);
    if (!org) continue;
    org.mentions.push(mentionOf(doc, i, i + 1));
    if (!org.aliases.includes(t.text)) org.aliases.push(t.text);
    doc.taken[i] = 1;
  }
  return mergeBrands(mergeAliases([...byName.values()]));
}

const PT_WORD = /^PT (\p{Lu}[\p{L}\p{N}]+)/u;

/**
 * "PT Indofood Sukses Makmur Tbk" → "Indofood": the capitalised word of letters and digits after "PT ", or
 * undefined. ASCII names are read by character codes, so a cold page need not compile PT_WORD's Unicode classes.
 */
function wordAfterPT(name: string): string | undefined {
  if (!name.startsWith('PT ')) return undefined;
  const c = name.charCodeAt(3);
  if (c >= 128) return PT_WORD.exec(name)?.[1];
  if (c < 65 || c > 90) return undefined;
  let i = 4;
  for (; i < name.length; i++) {
    const d = name.charCodeAt(i);
    if (d >= 128) return PT_WORD.exec(name)?.[1];
    if (!((d >= 65 && d <= 90) || (d >= 97 && d <= 122) || (d >= 48 && d <= 57))) break;
  }
  return i > 4 ? name.slice(3, i) : undefined;
}

/** An organisation whose name another one lists as its alias ("Bank Jatim" before "PT … (Bank Jatim)") is that one. */
function mergeAliases(orgs: OrgDraft[]): OrgDraft[] {
  const owners = new Map<string, OrgDraft>();
  // "… Koe (DANA Indonesia)" … "DANA": a company's local arm goes by its brand alone too. The first body named
  // owns a short form (set last).
  for (const o of [...orgs].reverse())
    for (const a of o.aliases) owners.set(a.toLowerCase(), o).set(a.toLowerCase().replace(/ indonesia$/, ''), o);
  const folded = new Set<OrgDraft>();
  for (const o of orgs) {
    // Two names that share a short form of two words or more are one body ("… Wilayah Nusa Tenggara Timur (UIW
    // NTT)", "PLN UIW NTT"); a bare acronym may be shared by a body and its regional offices ("BPS").
    const forms = [o.name, ...o.aliases.filter((a) => a.includes(' '))];
    const owner = forms.map((f) => owners.get(f.toLowerCase())).find((x) => x && x !== o);
    if (!owner || owner === o || folded.has(owner)) continue;
    owner.mentions.push(...o.mentions);
    for (const a of [o.name, ...o.aliases]) if (!owner.aliases.includes(a) && a !== owner.name) owner.aliases.push(a);
    folded.add(o);
  }
  return orgs.filter((o) => !folded.has(o));
}

/**
 * A company written short ("Unilever", "Jasa Marga") whose words appear together in the full name of a company
 * mentioned earlier ("PT Unilever Indonesia Tbk") is that company: the short form becomes its alias.
 */
function mergeBrands(orgs: OrgDraft[]): OrgDraft[] {
  const first = (o: OrgDraft) => o.mentions.reduce((m, x) => Math.min(m, x.start), Number.POSITIVE_INFINITY);
  const companies = orgs.filter((o) => o.kind === 'company').sort((a, b) => first(a) - first(b));
  const merged = new Set<OrgDraft>();
  // Each long name is written in words once, not once per company it is compared with (a hostile page may name
  // thousands).
  const spaced = new Map(companies.map((o) => [o, ` ${o.name.toLowerCase().replace(/[(),.]/g, ' ')} `]));
  for (const short of companies) {
    const form = ` ${short.name.toLowerCase()} `;
    const owner = companies.find((long) => {
      if (long === short || merged.has(long) || long.name.length <= short.name.length) return false;
      // "PT Toyota Motor Manufacturing Indonesia", the maker's factory, and "Kalla Toyota", a dealer named after the
      // brand it sells, are companies of their own; so is "PT Pertamina Hulu Energi Tuban Laut", a subsidiary
      // named after "PT Pertamina Hulu Energi" (a legal name is no short form, but for its legal suffix).
      const name = spaced.get(long) as string;
      if (name.endsWith(form) && !name.startsWith(' pt ')) return false;
      if (form.startsWith(' pt ') && / [a-z]/.test(name.slice(form.length - 1).replace(/persero(da)?|tbk/g, '')))
        return false;
      // "PT Pegadaian Kanwil VI Makassar", "Kantor Perwakilan Bursa Efek Indonesia …": a unit is no parent company.
      return (name.includes(form) || gapped(name, form)) && !/ (manufacturing|kantor|kanwil|cabang) /.test(name);
    });
    if (!owner) continue;
    owner.mentions.push(...short.mentions);
    for (const a of [short.name, ...short.aliases])
      if (!owner.aliases.includes(a) && a !== owner.name) owner.aliases.push(a);
    merged.add(short);
  }
  return orgs.filter((o) => !merged.has(o));
}

/**
 * "PT Kasbon Teknologi Nusantara Tbk" … "Kasbon Nusantara": a short form is the word after "PT" and later words of
 * the name, in order, with a line of business left out (`name` and `form` spaced and lower-cased).
 */
function gapped(name: string, form: string): boolean {
  // Asked of every pair of names: most are no PT's, and need no split.
  if (!name.startsWith(' pt ')) return false;
  let at = 0;
  return form
    .trim()
    .split(' ')
    .every((w, k) => {
      at = name.indexOf(` ${w} `, at + 1);
      return k ? at > 0 : at === 3;
    });
}

/** Merges place spans by their dictionary name; the first written form is the name. */
export function buildPlaces(doc: Doc, spans: readonly PlaceSpan[]): Omit<Place, 'id'>[] {
  const byKey = new Map<string, Omit<Place, 'id'>>();
  for (const s of spans) {
    let place = byKey.get(s.name);
    if (!place) {
      place = { name: s.written, aliases: [], mentions: [] };
      byKey.set(s.name, place);
    } else if (s.written !== place.name && !place.aliases.includes(s.written)) {
      place.aliases.push(s.written);
    }
    place.mentions.push(mentionOf(doc, s.from, s.to));
  }
  return [...byKey.values()];
}
