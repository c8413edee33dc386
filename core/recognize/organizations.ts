import { lookup, ORGS, PLACE_NAMES, TITLE_NAMES } from '../dictionary';
import { type Doc, free, isMark, spanText, take, touching } from '../document';
import { ENGLISH_TITLE_HEADS, TITLES } from '../gazetteer/titles';
import { COMMON, DAYS, GIVEN, HONORIFIC, nameLike } from '../lexicon';
import type { Token } from '../tokenize';
import type { OrganizationKind } from '../types';
import { hyphenAt, RANK } from './names';
import { LIST_OPENERS, ORG_CUES, ORG_HEADS, ORG_SUFFIXES, PRODUCTS, SOURCES } from './organization-cues';

/** The words that join two words of an English name ("Research and Development", "Johnson & Johnson"). */
const JOINS = /^(&|and)$/;
const ENGLISH_HEADS = new Set([...ENGLISH_TITLE_HEADS, 'CEO', 'CFO', 'CTO', 'COO', 'CMO']);
/** First words of the known titles, lower-cased ("ekonom", "direktur"). */
const TITLE_HEADS = new Set(TITLES.map((line) => (line.split('|')[0] as string).toLowerCase().split(' ')[0] as string));

/** An organisation found in the text, by token range. */
export interface OrgSpan {
  /** First token of the name. */
  from: number;
  /** One past the name's last token. */
  to: number;
  /** The organisation's full name (from the dictionary when known, otherwise as written). */
  name: string;
  /** Government, company or other. */
  kind: OrganizationKind;
  /** Acronyms and short forms seen for it here ("Kemenperin" from the text or the dictionary). */
  aliases: string[];
  /** The acronym in parentheses (or the name after "atau") right after the name, by token range, or null. */
  acronym: { from: number; to: number } | null;
}

/** Finds organisations: company suffixes, "PT …", dictionary names, "Kementerian …"-style heads, cue words. */
export function findOrganizations(doc: Doc): OrgSpan[] {
  const found: OrgSpan[] = [];
  // The first commission found under each number ("Komisi XI DPR"), asked at every later "Komisi XI".
  const commissions = new Map<string, OrgSpan>();
  const add = (span: OrgSpan | null): void => {
    if (!span) return;
    branch(doc, span);
    take(doc, span.from, span.to);
    readAcronym(doc, span);
    operated(doc, span);
    found.push(span);
    const number = /^Komisi (\S+) /.exec(span.name)?.[1];
    if (number && !commissions.has(number)) commissions.set(number, span);
  };
  const toks = doc.tokens;
  // The end of the last name a cue found: "perusahaan seperti Zenius dan Pahamify" lists two.
  let listEnd = -1;
  const cuedSpans: OrgSpan[] = [];
  // "pajak kendaraan bermotor (PKB)", "(initial public offering/IPO)": an acronym the text spells out in lower case
  // (its last letter opens the word before it) names that phrase (a tax, a programme), not the listed body with the
  // same letters, nor a company a cue names ("perusahaan dalam antrean IPO").
  const phrases = new Set<string>();
  for (let i = 0; i < toks.length; i++) {
    const w = toks[i - 2];
    if (toks[i]?.allCaps && /^[(/]$/.test(toks[i - 1]?.text ?? '') && !w?.cap && w?.lower[0] === toks[i]?.lower.at(-1))
      phrases.add(toks[i]?.text as string);
    if (!doc.taken[i]) add(bySuffix(doc, i));
  }
  for (let i = 0; i < toks.length; i++) if (!doc.taken[i]) add(byPT(doc, i));
  for (let i = 0; i < toks.length; i++) {
    if (doc.taken[i] || phrases.has((toks[i] as Token).text)) continue;
    // A brand written in lower case ("vivo", "bank bjb") is found only as the dictionary writes it.
    if (!(toks[i] as Token).cap) {
      add(byDictionary(doc, i));
      continue;
    }
    // In a Title Case headline every word is capitalised: only dictionary names are trusted there.
    let span =
      byUnit(doc, i) ??
      byCommission(doc, i, commissions) ??
      byDictionary(doc, i) ??
      (doc.headline[i] ? null : byHead(doc, i));
    const cued = !span && !doc.headline[i] ? byCue(doc, i, listEnd) : null;
    span ??= cued;
    add(span);
    if (span) i = span.to - 1;
    if (cued) {
      listEnd = cued.to;
      cuedSpans.push(cued);
    }
  }
  found.push(...acronymUses(doc, found, cuedSpans));
  return found.sort((a, b) => a.from - b.from);
}

/**
 * Later uses of a short name the text introduced right after a full one ("… (Aismoli)" … "Ketua Umum Aismoli
 * Budi", "… Tbk atau Harita Nickel" … "Harita Nickel"), found before people are read so that titles can take them
 * as their organisation.
 */
function acronymUses(doc: Doc, found: readonly OrgSpan[], cued: readonly OrgSpan[]): OrgSpan[] {
  const toks = doc.tokens;
  type Short = { owner: OrgSpan; words: string[]; tail?: string[] };
  const byFirst = new Map<string, Short>();
  // "(PHE Tuban Laut)" and "(PHE)": a short name of two words or more is tried first where its second word follows.
  const longer = new Map<string, Short>();
  const words = (from: number, to: number) => toks.slice(from, to).map((t) => t.text);
  for (const owner of found) {
    const a = owner.acronym;
    if (a)
      (a.to - a.from > 1 ? longer : byFirst).set(toks[a.from]?.text as string, {
        owner,
        words: words(a.from, a.to),
        tail: words(a.to + 1, owner.to),
      });
  }
  const shortAt = (i: number) => {
    const first = toks[i]?.text as string;
    const long = longer.get(first);
    return long?.words[1] === toks[i + 1]?.text ? long : (byFirst.get(first) ?? long);
  };
  // "riset Colliers" … "Head of Research Colliers Indonesia Ferry": a name a cue proved is that company everywhere.
  for (const owner of cued)
    byFirst.set(toks[owner.from]?.text as string, { owner, words: words(owner.from, owner.to) });
  const uses: OrgSpan[] = [];
  if (byFirst.size + longer.size === 0) return uses;
  // "Otoritas Jasa Keuangan Provinsi Jawa Barat (OJK Jabar)" … "OJK Jabar menerima": a listed name ("OJK") read
  // before the text's own longer short name gives way to it.
  // "PT Liga Indonesia Baru (LIB)" … "PT LIB": the acronym after "PT" is the company's.
  for (const s of found) {
    const pt = s.from + +(toks[s.from]?.text === 'PT');
    const short = shortAt(pt);
    const to = pt + (short?.words.length ?? 0);
    if (!short || s.acronym || to < s.to || !free(doc, s.to, to)) continue;
    if (short.words.some((w, k) => toks[pt + k]?.text !== w)) continue;
    Object.assign(s, { to, name: short.owner.name, kind: short.owner.kind, aliases: [spanText(doc, s.from, to)] });
    branch(doc, s);
    take(doc, s.from, s.to);
  }
  for (let i = 0; i < toks.length; i++) {
    const short = shortAt(i);
    let to = i + (short?.words.length ?? 0);
    if (!short || !free(doc, i, to) || short.words.some((w, k) => toks[i + k]?.text !== w)) continue;
    const { owner, tail = [] } = short;
    // "Koperasi Serba Usaha (KSU) Intan Cahaya Martapura" … "KSU Intan Cahaya Martapura": the words after the
    // acronym may go with it.
    if (tail.every((w, k) => toks[to + k]?.text === w) && free(doc, to, to + tail.length)) to += tail.length;
    // "Colliers Indonesia": a company's local arm goes by its name.
    if (owner.kind === 'company' && toks[to]?.text === 'Indonesia' && !doc.taken[to]) to++;
    const use: OrgSpan = {
      from: i,
      to,
      name: owner.name,
      kind: owner.kind,
      aliases: [spanText(doc, i, to)],
      acronym: null,
    };
    // "PTPN IV Regional III": a company's unit after its short name, as after its full one.
    branch(doc, use);
    uses.push(use);
    take(doc, i, use.to);
  }
  return uses;
}

/** Words that open a company's regional unit after the company's name (KAI's Daop, PLN's UID and UP3). */
const BRANCHES = new Set('Daop Divre UID UIW UIT UP3 ULP Regional Unit Cabang Area Wilayah Kanwil'.split(' '));

/**
 * "KAI Daop 6 Yogyakarta", "PT PLN (Persero) Unit Induk Distribusi Sumatera Utara": a company's regional unit, up to
 * the place it serves, is an organisation of its own, named as written (the person after it works for the unit).
 */
function branch(doc: Doc, span: OrgSpan): void {
  const toks = doc.tokens;
  // "BNI Kantor Cabang Hong Kong": the branch's office.
  const office = +(toks[span.to]?.text === 'Kantor');
  let to = span.to + 1 + office;
  const unit = toks[to - 1]?.text ?? '';
  // "BPJS Kesehatan Cabang Medan": any body's branch.
  if ((span.kind !== 'company' && unit !== 'Cabang') || !BRANCHES.has(unit) || !free(doc, span.to, to)) return;
  while (to - span.to < 5 && namePart(doc, to) && !lookup(PLACE_NAMES, toks, to) && !isTitleWord(doc, to)) to++;
  // "Pelindo Regional 4": a numbered unit needs no place; "Pelindo Cabang Tanjung Pandan,": nor a seat of one or two
  // words closed by a comma (a branch's by any word not capitalised: "Bank X Cabang Martapura dalam"), unless they
  // open with a first name (the holder's); "Cabang utama" and "BRI Cabang baru" name no seat.
  const seat =
    (isMark(doc, to, ',') || (unit === 'Cabang' && !toks[to]?.cap)) &&
    to > span.to + 1 + office &&
    to - span.to < 4 &&
    !GIVEN.has(toks[span.to + 1]?.lower ?? '');
  let end = regionAt(doc, to)?.end ?? (toks[to - 1]?.kind === 'number' || seat ? to : 0);
  if (!end) return;
  // "Telkomsel Area Bali Nusra, I Gusti …,": a second region written short closes a unit's name before a comma and
  // its holder's name ("… Bali Wiwik, Senin," is the holder's).
  const next = toks[end + 2];
  if (end > to && toks[end]?.cap && isMark(doc, end + 1, ',') && next?.cap && !DAYS.has(next.lower)) end++;
  // "Regional Jawa Timur, Bali, dan Nusa Tenggara": a unit may serve a list of regions.
  for (let k = end; /^(,|dan)$/.test(toks[k]?.text ?? ''); k = end) {
    if (toks[k + 1]?.text === 'dan') k++;
    end = regionAt(doc, k + 1)?.end ?? end;
    if (end <= k) break;
  }
  // "PLN UIW NTT" is the "… Unit Induk Wilayah Nusa Tenggara Timur (UIW NTT)" met before: the unit's own short name.
  // "Unit Induk Distribusi Jawa Barat" is "UID Jawa Barat" too, unless the text gives its short form.
  const words = spanText(doc, span.to, to).split(' ');
  span.aliases = [spanText(doc, span.to, end)];
  if (words.length > 2 && to < end && !isMark(doc, end, '('))
    span.aliases.push(`${words.map((w) => w[0]).join('')} ${spanText(doc, to, end)}`);
  span.to = end;
  span.name = spanText(doc, span.from, end);
}

/**
 * "… Tbk atau Harita Nickel": the name a company goes by, given after "atau", read like an acronym. Returns the
 * index past it, or -1.
 */
function orName(doc: Doc, span: OrgSpan): number {
  // "OVO atau ShopeePay" are two brands: only a legal name ("PT …", "Malayan Banking Berhad atau Maybank Group") has
  // a second name after it.
  if (!/^PT |(Berhad|Ltd|Inc|Limited)$/.test(span.name) || doc.tokens[span.to]?.lower !== 'atau') return -1;
  let to = span.to + 1;
  while (to - span.to <= 3 && namePart(doc, to) && (doc.tokens[to] as Token).kind === 'word') to++;
  return to > span.to + 1 && !doc.tokens[to]?.cap ? to : -1;
}

/**
 * "PT Global Digital Niaga Tbk, pengelola Blibli,": a company goes by the one-word brand it runs ("…, pengelola
 * Bandara Soekarno-Hatta," is a venue, "…, pengelola Nusa Dua," a place).
 */
function operated(doc: Doc, span: OrgSpan): void {
  const toks = doc.tokens;
  const k = orgEnd(doc, span) + 2;
  const t = toks[k];
  if (
    span.kind === 'company' &&
    toks[k - 1]?.text === 'pengelola' &&
    isMark(doc, k - 2, ',') &&
    t?.cap &&
    t.kind === 'word' &&
    !toks[k + 1]?.cap &&
    !lookup(PLACE_NAMES, toks, k)
  ) {
    span.aliases.push(t.text);
    take(doc, k, k + 1);
  }
}

/** "(Kemenperin)" right after a name: an alias, claimed with its parentheses. */
function readAcronym(doc: Doc, span: OrgSpan): void {
  const open = isMark(doc, span.to, '(');
  let close = open ? acronymClose(doc, span.to) : -1;
  // "PT Bank Pembangunan Daerah … Tbk (bank bjb)": a short name the dictionary knows, in any case.
  const known = open && close < 0 ? lookup(ORGS, doc.tokens, span.to + 1) : null;
  if (known && isMark(doc, known.end, ')')) close = known.end;
  const or = close < 0 ? orName(doc, span) : -1;
  if (or > 0) {
    span.acronym = { from: span.to + 1, to: or };
    span.aliases.push(spanText(doc, span.to + 1, or));
    take(doc, span.to, or);
    return;
  }
  if (close < 0 || !free(doc, span.to, close + 1) || persero(doc, span.to)) return;
  span.acronym = { from: span.to + 1, to: close };
  const text = spanText(doc, span.to + 1, close);
  if (!span.aliases.includes(text)) span.aliases.push(text);
  take(doc, span.to, close + 1);
  // "Dinas Penanaman Modal … (DPMPTSP) Kabupaten Batang": a state body's region may follow its acronym;
  // "Direktorat Reserse Kriminal Khusus (Ditreskrimsus) Polda Jawa Barat": a police directorate is named with its
  // command, after its acronym too.
  // "Badan Pengawasan Keuangan dan Pembangunan (BPKP) Perwakilan Provinsi …": a body's office in a region;
  // "Ikatan Dokter Indonesia (IDI) Wilayah Jawa Barat", "… (GAPKI) Cabang Riau": an association's chapter.
  // "Lembaga Pemasyarakatan (Lapas) Kelas IIA Cipinang,", "… (KPPBC) Tipe Madya Pabean C Entikong,", "… (KPP)
  // Pratama Jakarta Menteng,", "… (KSOP) Utama Tanjung Perak": a graded office is named with its grade and seat, up
  // to the capitals' end (a first name there is the holder's). "Koperasi Serba Usaha (KSU) Intan Cahaya Martapura", "Kelompok Tani (Poktan) Sri
  // Rejeki": a cooperative's or a farmers' group's acronym names its kind, its own name follows (after a title, the
  // holder may).
  const t = doc.tokens;
  // "Fakultas Seni Rupa dan Desain (FSRD) Institut Teknologi Bandung": a faculty's university after its acronym.
  const uni = span.name.startsWith('Fakultas') && lookup(ORGS, t, close + 1);
  if (uni && /^(Univ|Inst)/.test(uni.value.name)) {
    span.to = uni.end;
    span.name = spanText(doc, span.from, uni.end);
    take(doc, span.from, uni.end);
    return;
  }
  let g = close + 1;
  const own = /^K(?:op|elompok)/.test(span.name) && !titled(doc, span.from);
  if (own || /^(Kelas|Tipe|Pratama|Madya|Utama)$/.test(t[g]?.text as string))
    while (g - close < 8 && t[g]?.cap && (own || !GIVEN.has((t[g] as Token).lower))) g++;
  const polda = +/^(Polda|Perwakilan|Wilayah|Cabang)$/.test(t[close + 1]?.text ?? '');
  const place =
    g - close > 2 && !t[g]?.cap ? { name: spanText(doc, close + 1, g), end: g } : regionAt(doc, close + 1 + polda);
  // "Badan Pusat Statistik (BPS) Sumatera Utara", "… (PHRI) Bali": a regional office or chapter, listed or not,
  // which goes by its acronym and region too ("Polda Jawa Timur" for "Kepolisian Daerah (Polda) Jawa Timur").
  if (place && span.kind !== 'company') {
    // "DPD Asosiasi … (Apkrindo) Jawa Timur", "Badan Pimpinan Cabang … (BPC PHRI) Belitung": a chapter's board
    // written before it belongs to its name.
    span.from -= /^[DB]P[DWCP]$/.test(t[span.from - 1]?.text ?? '') ? 1 : t[span.from - 2]?.text === 'Pimpinan' ? 3 : 0;
    // "(KPKNL) Jakarta III": one of a city's numbered offices ("(BPS) Bali I Made …" names its holder).
    const n = t[place.end]?.text ?? '';
    const num = /^[IVX]+$/.test(n) && !t[place.end + 1]?.cap ? ` ${n}` : '';
    span.to = place.end + +!!num;
    span.name = spanText(doc, span.from, span.to);
    if (!polda) span.aliases.push(`${text} ${place.name}${num}`);
    take(doc, span.from, span.to);
  }
}

/**
 * An everyday word: listed, or a noun derived with pe(r/n/m/ng)-…-an or ke-…-an ("Perasuransian", "Penjaminan"),
 * which names a field of work, never a person. A word token holds letters, marks, digits and apostrophes only: what
 * is no digit nor apostrophe is a letter, and a Unicode property pattern cost a cold page ~0.5 ms to compile.
 */
export function everyday(w: string): boolean {
  return COMMON.has(w) || /^(pe[nmr]?|ke)[^\d'’]{4,}an$/.test(w);
}

/** One past an organisation's name and the short name given right after it (with its closing parenthesis). */
export function orgEnd(doc: Doc, org: OrgSpan): number {
  const a = org.acronym;
  // "Badan Pendapatan Daerah (Bapenda) Kota Bandung": an acronym may stand inside the name.
  return a ? Math.max(org.to, a.to + (isMark(doc, a.to, ')') ? 1 : 0)) : org.to;
}

/** "(SKK Migas)", "(Dirjen ILMATE)": the index of ")" when one to three capitalised words sit inside, else -1. */
export function acronymClose(doc: Doc, open: number): number {
  for (let k = open + 1; k < doc.tokens.length && k - open <= 4; k++) {
    const t = doc.tokens[k] as Token;
    // "Kolonel Laut (P)": a single letter is a branch or a grade, no body's short name.
    if (t.text === ')') return k - open > 2 || (doc.tokens[k - 1] as Token).text.length > 1 ? k : -1;
    if (!t.cap && t.text !== '-' && t.text !== '/') return -1;
  }
  return -1;
}

function orgSpan(doc: Doc, from: number, to: number, kind: OrganizationKind, name = spanText(doc, from, to)): OrgSpan {
  // "… Direktorat Jenderal Imigrasi Bali" … "… Ditjen Imigrasi Bali": one body, written short.
  const short = name.replace('Direktorat Jenderal', 'Ditjen');
  return { from, to, name, kind, aliases: short === name ? [] : [short], acronym: null };
}

/** A capitalised word that can belong to a name written out in full. */
function namePart(doc: Doc, i: number): boolean {
  const t = doc.tokens[i];
  return t !== undefined && !doc.taken[i] && (t.cap || t.kind === 'number') && !doc.lineBefore[i];
}

/**
 * "Xiaomi Communications Co., Ltd", "Astra International Tbk", "Samuel Sekuritas Indonesia": a suffix, up to four
 * capitalised words before it (not a title, not an everyday word opening the sentence), and "Indonesia" or
 * another suffix after it.
 */
function bySuffix(doc: Doc, i: number): OrgSpan | null {
  const toks = doc.tokens;
  const t = toks[i] as Token;
  // "Forum Group Discussion", "Corporate Communication Group Head": a meeting, a post.
  if (!t.cap || !ORG_SUFFIXES.has(t.text) || i === 0 || doc.tokens[i + 1]?.text === 'Discussion') return null;
  // "Hoshino Coffee Trading Co., Ltd": a suffix inside the name; the name ends at the last one.
  if (isTitleWord(doc, i + 1) || (namePart(doc, i + 1) && ORG_SUFFIXES.has(toks[i + 2]?.text ?? ''))) return null;
  // "Co-Payment": a word joined by a hyphen is no suffix.
  if (isMark(doc, i + 1, '-') && touching(doc, i + 1)) return null;
  // "MUFG Bank, Ltd.", "Tesla, Inc.": the form may follow the name after a comma.
  const comma = +(isMark(doc, i - 1, ',') && /^(Ltd|Inc)$/.test(t.text));
  let from = i - comma;
  // "Ketua Umum Indonesia … Organization": a title of two words ends before the name too.
  while (from > 0 && i - from < 7 && !isTitleWord(doc, from - 1) && lookup(TITLE_NAMES, toks, from - 2)?.end !== from) {
    // "PT Bank Pembangunan Daerah Jawa Barat dan Banten Tbk": "dan" inside a company's name opened by "PT"; "Food and
    // Agriculture Organization": an English name joins its words with "and".
    const joined =
      (JOINS.test(toks[from - 1]?.text ?? '') || (toks[from - 1]?.lower === 'dan' && ptBefore(doc, from - 2))) &&
      namePart(doc, from - 2);
    // "PT Uni-Charm Indonesia Tbk": a hyphenated word is one word of the name.
    // "Brunner-Aebi Cacao AG" opening its line: the hyphenated word is the name's first.
    const line = doc.lineBefore[from - 2];
    if (hyphenAt(doc, from - 1) && (namePart(doc, from - 2) || (line && toks[from - 2]?.cap))) {
      from -= 2;
      if (line) break;
      continue;
    }
    const w = toks[from - 1] as Token;
    // A name may open its paragraph: the words read leftwards stop after that first word.
    const opensLine = doc.lineBefore[from - 1] && w.cap && !doc.taken[from - 1];
    if (!namePart(doc, from - 1) && !joined && !opensLine) break;
    const opener = from - 1 === 0 || doc.sentence[from - 2] !== doc.sentence[from - 1];
    // "Vice President Operations Kalani Hotels", "Direktur Riset Tapak Research": a title's department.
    // "Head of Equity Research Samuel Sekuritas": after "of" one word may qualify the department.
    // "Director Infrastructure Ratings Fitch Ratings": a suffix one word after a title ends its department.
    if (
      (DEPARTMENTS.has(w.text) && (isTitleWord(doc, from - 2) || toks[from - 3]?.text === 'of')) ||
      (ORG_SUFFIXES.has(w.text) && isTitleWord(doc, from - 3) && !isTitleWord(doc, from - 2))
    )
      break;
    if ((COMMON.has(w.lower) || SOURCES.has(w.lower)) && opener && w.text !== 'PT') break;
    // "Head of Research Mirae Asset Sekuritas": the word after "of" is the post's department.
    if (toks[from - 2]?.text === 'of') break;
    from--;
    if (w.text === 'PT' || opensLine) break;
  }
  // "Head of Research and Development Sinar Group": a walk stopped after "and" stopped inside the post's department.
  if (JOINS.test(toks[from]?.text ?? '')) from += 2;
  if (toks[from - 1]?.text === 'PT' && !doc.taken[from - 1]) from--;
  // "produsen baja asal Korea Selatan POSCO Holdings": the company's home country is no part of its name.
  const home = toks[from - 1]?.lower === 'asal' && lookup(PLACE_NAMES, toks, from);
  if (home && home.end < i) from = home.end;
  if (from >= i - comma) return null;
  let to = i + 1;
  // "Hotels & Resorts": suffixes follow one another, joined by "&" too; "Nokia Solutions and Networks": after "and"
  // or "&" any word of the name.
  for (
    let k = to + +JOINS.test(toks[to]?.text ?? '');
    (ORG_SUFFIXES.has(toks[k]?.text ?? '') || (k > to && namePart(doc, k))) && free(doc, to, k + 1);
    k = to + +JOINS.test(toks[to]?.text ?? '')
  )
    to = k + 1;
  // "Daehan Solder Materials Co., Ltd", "… Technology Co., Limited": "Co." after another suffix too.
  if (toks[to - 1]?.text === 'Co' && isMark(doc, to, '.')) {
    to++;
    if (isMark(doc, to, ',') && /^L(td|imited)$/.test(toks[to + 1]?.text ?? '')) to += 2;
  }
  const last = toks[to - 1] as Token;
  const dot = toks[to];
  const abbreviation = ['Inc', 'Corp', 'Co', 'Ltd'].includes(last.text);
  if (abbreviation && dot?.text === '.' && touching(doc, to - 1) && toks[to + 1] !== undefined && !toks[to + 1]?.cap)
    to++;
  // "Ciptadana Sekuritas Asia", "Samuel Sekuritas Indonesia": the region a company serves closes its name.
  if (/^(Indonesia|Asia)$/.test(toks[to]?.text ?? '') && !doc.taken[to]) to++;
  // "Cyber Security Agency of Singapore": an English name may close with "of" and the country it serves.
  const of = toks[to]?.text === 'of' && lookup(PLACE_NAMES, toks, to + 1);
  if (of) to = of.end;
  // "PT Bintan Resort Cakrawala": a PT name goes on past a suffix word; it is read whole from its "PT".
  if (toks[from]?.text === 'PT' && t.text !== 'Tbk' && namePart(doc, to)) return null;
  // "Jakarta Coffee Week", "Nusantara Capital City", "Festival Kuliner Nusantara Group": an event's, a place's or a
  // venue's name.
  for (const k of [from - 1, from, to]) if (THINGS.has(toks[k]?.lower ?? '')) return null;
  // "Japan External Trade Organization": a listed body is read from the list, with its kind.
  // "Netherlands Enterprise Agency": an agency is a state body.
  return lookup(ORGS, toks, from)?.end === to
    ? null
    : orgSpan(doc, from, to, /^(Agency|Council)$/.test(t.text) ? 'government' : 'company');
}

/**
 * Words that make a name with a company suffix an event's, a place's or a product's, before it or after it, in any
 * case ("varian Good Day Coffee", "Menu Es Kopi Susu Coffee": a product; "kampanye bertajuk … Group": a title).
 */
const THINGS = new Set(
  'festival pameran ajang pekan program gerakan kampanye penghargaan kereta award awards expo fair week show summit city stadium cup day run center centre tower conference menu varian fitur promo paket bertajuk'.split(
    ' ',
  ),
);

/** English words naming a department in a title ("Vice President Operations"). */
const DEPARTMENTS = new Set(
  'Operations Marketing Sales Finance Research Business Corporate Commercial Product Riset Pemasaran Keuangan Penjualan Operasional Bisnis'.split(
    ' ',
  ),
);

/** A "PT" opening the capitalised words that end at `at`. */
function ptBefore(doc: Doc, at: number): boolean {
  for (let k = at; k >= 0 && at - k < 8 && namePart(doc, k); k--) if (doc.tokens[k]?.text === 'PT') return true;
  return false;
}

/** Title words end a company name read leftwards ("Director Xiaomi …" stops at "Director"). */
function isTitleWord(doc: Doc, i: number): boolean {
  const t = doc.tokens[i];
  return t !== undefined && (ENGLISH_HEADS.has(t.text) || TITLE_HEADS.has(t.lower));
}

/** "(Persero)", a state company; "(Perseroda)", a region's. */
const persero = (doc: Doc, i: number): boolean =>
  isMark(doc, i, '(') && /^persero(da)?$/.test(doc.tokens[i + 1]?.lower ?? '') && isMark(doc, i + 2, ')');

/** "PT Xiaomi Technology Indonesia", "PT Bank Rakyat Indonesia (Persero) Tbk": stops before a person's name. */
function byPT(doc: Doc, i: number): OrgSpan | null {
  const toks = doc.tokens;
  const t = toks[i] as Token;
  if (t.text !== 'PT' && t.text !== 'Perum' && t.text !== 'Perumda' && t.text !== 'CV') return null;
  let to = i + 1;
  if (isMark(doc, to, '.')) to++;
  const first = to;
  while (
    (namePart(doc, to) ||
      (isMark(doc, to, '-') && touching(doc, to) && namePart(doc, to + 1)) ||
      // "PT Paragon Technology and Innovation": an English name joins its words with "and".
      (toks[to]?.text === 'and' && to > first && namePart(doc, to + 1))) &&
    to - first < 7
  ) {
    const w = toks[to] as Token;
    // "PT X Serahkan Kapal …": in a Title Case headline a verb in "-kan" shows the name cut short, found in the text.
    if (doc.headline[to] && /^\w{3,}kan$/.test(w.text)) return null;
    // "Direktur PT Xyz Ferry Santoso": a first name ends it, unless a company word follows ("… Ferry Properti").
    if (to > first && GIVEN.has(w.lower) && !COMMON.has(w.lower) && !NAME_ENDS.has(toks[to + 1]?.text ?? '')) break;
    to++;
    if (w.text === 'Tbk') break;
    if (w.text === 'Indonesia' && to - first >= 2) {
      // "PT Handal Indonesia Motor", "PT Yamaha Indonesia Motor Manufacturing": closing words may follow the country.
      let end = to;
      // "PT Espay Debit Indonesia Koe (DANA Indonesia)": a word before the company's short name is the name's.
      const short = isMark(doc, to + 1, '(') && acronymClose(doc, to + 1) > 0;
      while (end - to < 2 && (NAME_ENDS.has(toks[end]?.text ?? '') || short) && namePart(doc, end)) end++;
      if (end > to && !toks[end]?.cap) to = end;
      if (persero(doc, to)) to += 3;
      if (toks[to]?.text === 'Tbk') to++;
      break;
    }
    if (persero(doc, to)) {
      to += 3;
      if (toks[to]?.text === 'Tbk') to++;
      break;
    }
  }
  // "PT Bank Pembangunan Daerah Sulawesi Selatan dan Sulawesi Barat (Bank Sulselbar)": a second region joined by
  // "dan" and closed by the short name ("PT A dan Antam (ANTM)" are two companies).
  const second = toks[to]?.text === 'dan' ? regionAt(doc, to + 1) : null;
  if (second && isMark(doc, second.end, '(')) to = second.end;
  const closed =
    toks[to - 1]?.text === 'Tbk' || toks[to - 1]?.text === ')' || isMark(doc, to, ',') || isMark(doc, to, '(');
  if (to - first >= 3 && i > 0 && isTitleWord(doc, i - 1) && !closed) {
    // "Corporate Secretary PT Pertamina Patra Niaga Heppy Wulansari" … "Heppy menambahkan": a holder of two or
    // more words the text names again.
    const holder = holderFrom(doc, first + 2, to);
    to = to - holder > 1 ? holder : beforePerson(toks, first, to);
  }
  if (to === first) return null;
  const span = orgSpan(doc, i, to, 'company');
  // "Biznet, merek milik PT Supra …", "Kredivo, yang dioperasikan PT FinAccel …": the brand the company goes by.
  let k = i - 1;
  if (/^(milik|dioperasikan|dikelola|besutan)$/.test(toks[k]?.text ?? '')) k--;
  if (k < i - 1 && /^(yang|merek|brand)$/.test(toks[k]?.text ?? '')) k--;
  if (k < i - 2 && isMark(doc, k, ',')) {
    let b = k;
    while (k - b < 3 && toks[b - 1]?.cap && toks[b - 1]?.kind === 'word') b--;
    if (b < k && !toks[b - 1]?.cap && nameLike((toks[b] as Token).lower) && !lookup(PLACE_NAMES, toks, b))
      span.aliases.push(spanText(doc, b, k));
  }
  return span;
}

/** Words that close a company's name ("PT Honda Prospect Motor", "PT Suzuki Indomobil Sales"). */
const NAME_ENDS = new Set(
  'Motor Motors Manufacturing Sales Indonesia Indo Nusantara Sejahtera Abadi Makmur Utama Persada Perkasa Sentosa Mandiri Teknologi Technology Industri Industries International Internasional Energi Energy Resources Finance Multifinance Asuransi Properti Realty Land Logistik Logistics Digital Media Farma Pharma Foods Food Beverages Materials Retail Trading Solutions Prima Lestari Global Corpora Corpindo'.split(
    ' ',
  ),
);

/**
 * "Direktur PT Honda Prospect Motor Yusak Billy": after a title the person follows the company, so the name
 * ends at its last closing word when two or more capitalised words come after it.
 */
function beforePerson(toks: readonly Token[], first: number, to: number): number {
  for (let k = to - 3; k > first; k--) if (NAME_ENDS.has((toks[k] as Token).text)) return k + 1;
  return to;
}

function byDictionary(doc: Doc, i: number): OrgSpan | null {
  const hit = lookup(ORGS, doc.tokens, i);
  if (!hit || !free(doc, i, hit.end) || (hit.value.kind === 'company' && asBrand(doc, i))) return null;
  // "Marsdya TNI Bambang": the force after a rank belongs to the rank.
  const after = doc.tokens[hit.end];
  // "DPD Partai Gerindra", "DPD Aprindo": a party's or an association's regional board (Dewan Pimpinan Daerah).
  if (doc.tokens[i]?.text === 'DPD' && (lookup(ORGS, doc.tokens, hit.end) || ORG_HEADS.starts(after?.lower ?? '')))
    return null;
  if (i > 0 && RANK.has((doc.tokens[i - 1] as Token).text) && (after?.cap || after?.text === '(')) return null;
  let end = hit.end;
  // "Kementerian Investasi dan Hilirisasi/BKPM", "…/Badan Koordinasi Penanaman Modal": a body and its former
  // name, written as one.
  const slash = doc.tokens[end];
  if (slash?.text === '/' && touching(doc, end - 1) && touching(doc, end)) {
    const second = doc.tokens[end + 1]?.allCaps ? end + 2 : (lookup(ORGS, doc.tokens, end + 1)?.end ?? 0);
    if (second) return orgSpan(doc, i, second, hit.value.kind);
  }
  // "OJK Provinsi Jawa Barat", "OJK Aceh": a state body with the province or city it serves is its regional office
  // (after its acronym with no level word too; "DPR Aceh" is a province's own parliament); "Perhimpunan Hotel dan
  // Restoran Indonesia Daerah Istimewa Yogyakarta (PHRI DIY)", an association's chapter.
  const acronym = end === i + 1 && doc.tokens[i]?.allCaps;
  // "KBRI Nairobi": a mission abroad goes by its city, listed or not.
  const city = /^K[BJ]RI$/.test(doc.tokens[i]?.text as string) && after?.cap && !doc.tokens[end + 1]?.cap;
  // "Ombudsman RI Perwakilan Sumsel": a state body's office in a region, named in full (an acronym's office, "BPK
  // Perwakilan Sumsel", is the one the text named in full with the acronym in parentheses).
  const rep = after?.text === 'Perwakilan' && hit.value.kind === 'government' && !acronym && provinceAt(doc, end + 1);
  if (rep) {
    const span = orgSpan(doc, i, rep.end, 'government', `${hit.value.name} Perwakilan ${rep.name}`);
    span.aliases.push(spanText(doc, i, rep.end));
    return span;
  }
  const region = city ? end + 1 : regionEnd(doc, end, hit.value.kind === 'government' && !acronym);
  const office = hit.value.kind === 'government' || isMark(doc, region, '(') ? region : end;
  if (office > end) {
    const span = orgSpan(doc, i, office, hit.value.kind);
    // "OJK Provinsi Aceh" … "OJK Aceh", "BI NTT" … "BI Nusa Tenggara Timur": the office goes by its province's
    // full name without the level word too.
    const place = acronym && provinceAt(doc, end);
    if (place) span.aliases.push(`${spanText(doc, i, end)} ${place.name}`);
    return span;
  }
  // "Shopee Indonesia", "Samsung Indonesia": the local arm goes by the brand.
  if (hit.value.kind === 'company' && doc.tokens[end]?.text === 'Indonesia' && !doc.taken[end]) end++;
  const written = spanText(doc, i, end);
  const span = orgSpan(doc, i, end, hit.value.kind, hit.value.name);
  if (written !== hit.value.name) span.aliases.push(written);
  return span;
}

/**
 * "produsen merek Polytron", "induk merek Infinix, Tecno dan itel", "merek lokal Polytron milik PT …": a brand named
 * as a product (one describing word may stand between), no company.
 */
function asBrand(doc: Doc, i: number): boolean {
  let k = i - 1;
  while (joins(doc, k) && doc.tokens[k - 1]?.cap) k -= 2;
  return /(^| )(merek|merk|brand)( [a-z]+)?$/.test(`${doc.tokens[k - 1]?.lower} ${doc.tokens[k]?.lower}`);
}

/**
 * "Fraksi Partai Golkar", "Kantor OJK Provinsi Jawa Timur": a unit of a known body, with the region it serves, is
 * one organisation of the body's kind (the faction speaks for itself, the office is the body's local arm).
 */
function byUnit(doc: Doc, i: number): OrgSpan | null {
  const toks = doc.tokens;
  // "dari Fraksi Partai Golkar": a faction speaks for its party; the party is named, the faction is its short form.
  if ((toks[i] as Token).text === 'Fraksi') {
    const party = byDictionary(doc, i + 1);
    if (!party) return null;
    party.from = i;
    party.aliases.push(spanText(doc, i, party.to));
    return party;
  }
  // "Kanwil DJP Jakarta Selatan": the regional office written short.
  if (!/^(Kantor|Kanwil)$/.test((toks[i] as Token).text)) return null;
  let at = ['Perwakilan', 'Cabang', 'Wilayah'].includes(toks[i + 1]?.text ?? '') ? i + 2 : i + 1;
  // "Kantor Wilayah III KPPU": a numbered office needs no region.
  const numbered = at > i + 1 && /^[IVX\d]+$/.test(toks[at]?.text ?? '');
  at += +numbered;
  const hit = lookup(ORGS, toks, at);
  // "Kantor Wilayah Direktorat Jenderal Imigrasi Bali": the office of a state body no list holds, found by its head.
  const body = !hit && at > i + 1 ? byHead(doc, at) : null;
  if (body?.kind === 'government') return orgSpan(doc, i, body.to, 'government');
  if (!hit || !free(doc, i, hit.end)) return null;
  // "Kantor Perwakilan Bank Indonesia (KPwBI) Provinsi Sumatera Utara": the office's acronym may come first.
  const close = isMark(doc, hit.end, '(') ? acronymClose(doc, hit.end) : -1;
  const after = close > 0 ? close + 1 : hit.end;
  const to = regionEnd(doc, after, false);
  // "di Kantor Kemenperin": an office with no region is the body's building; the body is named on its own.
  if (to === after && !numbered) return null;
  const span = orgSpan(doc, i, to, hit.value.kind);
  // "(KPw BI) Provinsi Nusa Tenggara Timur" … "BI NTT": the office goes by its acronym's last word (or the body's
  // name as written: "Kantor Perwakilan BEI Kalimantan Selatan") and its region's full name, so the full and the
  // short form are one office.
  const place = provinceAt(doc, after);
  if (place) span.aliases.push(`${close > 0 ? toks[close - 1]?.text : spanText(doc, at, hit.end)} ${place.name}`);
  return span;
}

/**
 * "Komisi XI DPR menyetujui …", "rapat dengan Komisi B DPRD DKI Jakarta": a commission of a legislature named as a
 * body is one, named with its chamber as first written and known by its chamber's names too (writers name either);
 * a later "Komisi XI", with or without the chamber, is the same commission. After a title ("Anggota Komisi XI
 * DPR") the commission stays in the post and the chamber is the body.
 */
function byCommission(doc: Doc, i: number, commissions: ReadonlyMap<string, OrgSpan>): OrgSpan | null {
  const toks = doc.tokens;
  const n = toks[i + 1]?.text ?? '';
  if ((toks[i] as Token).text !== 'Komisi' || !/^([IVX]+|[A-E])$/.test(n)) return null;
  const hit = lookup(ORGS, toks, i + 2);
  let to = hit?.value.name.startsWith('Dewan Perwakilan') ? hit.end : i + 2;
  // "Komisi B DPRD DKI Jakarta", "Komisi III DPR Aceh": a province's parliament is named with its province.
  if (toks[to]?.text === 'DPRD') to = regionEnd(doc, to + 1, false);
  else if (hit && to > i + 2) to = regionEnd(doc, to, false);
  const known = commissions.get(n);
  // After a title ("Anggota Komisi XI DPR") the commission stays in the post and the chamber is the body, known by
  // the commission's name too (writers name either).
  const titled = isTitleWord(doc, i - 1);
  if (!free(doc, i, to) || (to === i + 2 && (!known || titled))) return null;
  const chamber = hit?.end === to ? hit.value.name : spanText(doc, i + 2, to);
  const span = orgSpan(doc, titled ? i + 2 : i, to, 'government', titled ? chamber : known?.name);
  // "Komisi II DPRD Provinsi Sulawesi Tengah" … "DPRD Sulteng": the chamber goes by its province without the level word.
  const province = toks[i + 2]?.text === 'DPRD' && provinceAt(doc, i + 3);
  span.aliases.push(
    spanText(doc, i, to),
    spanText(doc, i + 2, to),
    hit?.end === to ? hit.value.name : '',
    province ? `DPRD ${province.name}` : '',
  );
  span.aliases = span.aliases.filter((a) => a && a !== span.name);
  return span;
}

/**
 * The region an office serves, at `at`: "Provinsi Jawa Timur", "Jatim", "Sumba Timur" (a place and its quarter),
 * under the gazetteer's name with its level word ("Kota Surabaya"), and one past it; null when none is there.
 */
function regionAt(doc: Doc, at: number): { name: string; end: number } | null {
  const toks = doc.tokens;
  const level = ['Provinsi', 'Kota', 'Kabupaten'].includes(toks[at]?.text ?? '') ? 1 : 0;
  const place = lookup(PLACE_NAMES, toks, at + level);
  let end = place?.end ?? at + level;
  // "(Diskopum) Kabupaten Banjar,": after its level word a regency no gazetteer knows, one or two words that close
  // the capitalised run (no first name: "Kabupaten Banjar Budi Santoso" is ambiguous).
  while (!place && level && end - at < 3 && namePart(doc, end) && !GIVEN.has(toks[end]?.lower ?? '')) end++;
  if (end === at + level || (!place && toks[end]?.cap)) return null;
  let name = place?.value ?? spanText(doc, at + 1, end);
  if (/^(Timur|Barat|Utara|Selatan|Tengah)$/.test(toks[end]?.text ?? '')) name += ` ${toks[end++]?.text}`;
  return free(doc, at, end) ? { name: level ? `${toks[at]?.text} ${name}` : name, end } : null;
}

/** The region at `at` named without "Provinsi" ("Nusa Tenggara Timur"), as a province's offices are also called. */
function provinceAt(doc: Doc, at: number): { name: string; end: number } | null {
  return regionAt(doc, at + +(doc.tokens[at]?.text === 'Provinsi'));
}

/** Past "Provinsi Jawa Timur" (or "Jawa Timur" when `level` is false) at `at`: the region an office serves. */
export function regionEnd(doc: Doc, at: number, level: boolean): number {
  const leveled = ['Provinsi', 'Kota', 'Kabupaten'].includes(doc.tokens[at]?.text ?? '');
  return ((!level || leveled) && regionAt(doc, at)?.end) || at;
}

/** Short heads of regional governments and the level they stand for. */
const LEVELS: Record<string, string> = { pemprov: 'Provinsi', pemkab: 'Kabupaten', pemkot: 'Kota' };

/** What follows "Dewan" or "Badan" when it names a board inside a body ("Badan Pimpinan Cabang PHRI"), not a body. */
const BOARDS = new Set('direksi komisaris pengurus pembina pengawas penasihat pimpinan'.split(' '));

/** "Kementerian …", "Badan …", "Universitas …": a head word and its capitalised field. */
function byHead(doc: Doc, i: number): OrgSpan | null {
  const toks = doc.tokens;
  if (!ORG_HEADS.starts((toks[i] as Token).lower)) return null;
  // "Amerika Serikat": the head word closes a place's name.
  if (i > 0 && (lookup(PLACE_NAMES, toks, i - 1)?.end ?? 0) > i) return null;
  // "Tanjung Balai Karimun", "Pulau Dewan": after a landform word the head word starts a place's name, not a body's.
  if (/^(Tanjung|Pulau|Teluk)$/.test(toks[i - 1]?.text ?? '')) return null;
  const head = ORG_HEADS.longest(toks, i, () => true, 4);
  if (!head || !(toks[i] as Token).cap) return null;
  // "Balai Kota" is a building, "Dewan Direksi", "Dewan Pengurus" or "Badan Pimpinan" a board inside a body: not bodies.
  const second = toks[i + 1]?.lower ?? '';
  if ((toks[i] as Token).lower === 'balai' && second === 'kota') return null;
  if (/^(dewan|badan)$/.test((toks[i] as Token).lower) && BOARDS.has(second)) return null;
  // "Badan Usaha Milik Negara/Desa" is a kind of enterprise, not a body.
  if ((toks[i] as Token).lower === 'badan' && second === 'usaha') return null;
  const kind = head.value;
  let to = head.end;
  let last = to;
  let region: string | undefined;
  // "Satuan Tugas (Satgas) Pangan": the head's acronym may come before the rest of the name.
  const close = isMark(doc, to, '(') ? acronymClose(doc, to) : -1;
  if (close > 0 && toks[close + 1]?.cap) to = close + 1;
  // "Wakil Kepala Polda (Wakapolda) Riau": the holder's title written short is no name of the body.
  const short = close === to - 1 ? (toks[close - 1] as Token).lower : '';
  const post = short.endsWith((toks[i] as Token).lower) ? `${toks[i]?.text} ` : '';
  while (to < toks.length && to - head.end < 12) {
    const t = toks[to] as Token;
    if (doc.taken[to] || doc.lineBefore[to]) break;
    // "Asosiasi E-Commerce Indonesia", "… dan Alat-alat Listrik": a hyphenated or reduplicated word is one word of
    // the name.
    const next = toks[to + 1];
    if (
      t.text === '-' &&
      touching(doc, to - 1) &&
      touching(doc, to) &&
      (next?.cap || next?.lower === toks[to - 1]?.lower)
    ) {
      to = last = to + 2;
      continue;
    }
    const connector = t.lower === 'dan' || t.text === ',' || t.text === '&' || t.text === '-' || t.text === '/';
    const skip = t.text === ',' && toks[to + 1]?.lower === 'dan' ? 2 : 1;
    const after = toks[to + skip];
    if (
      connector &&
      kind !== 'company' &&
      after?.cap &&
      // "Dinas Perindustrian, Perdagangan, Koperasi dan UKM": a head word may be an item of a listed field.
      (!ORG_HEADS.starts(after.lower) || (isMark(doc, to - 2, ',') && /^(dan|,)$/.test(toks[to + 2]?.lower ?? ''))) &&
      (everyday(after.lower) ||
        // "Dinas Koperasi, UKM, dan Perindustrian": an acronym no body owns joins the field.
        (after.allCaps &&
          after.text.length <= 5 &&
          (t.lower === 'dan' || (t.text === ',' && !lookup(ORGS, toks, to + 1)))) ||
        (t.lower === 'dan' && (acronymFollows(doc, to + 1) || regionAt(doc, to + 2))) ||
        // "Balai Karantina Hewan, Ikan, dan Tumbuhan": a field listed with commas, up to its last item.
        (t.text === ',' && toks[to + 2 + +isMark(doc, to + 2, ',')]?.lower === 'dan') ||
        ((skip > 1 || t.lower === 'dan') && to - 2 > head.end && isMark(doc, to - 2, ','))) &&
      !GIVEN.has(after.lower) &&
      !HONORIFIC.has(after.lower)
    ) {
      to += skip;
      continue;
    }
    // "Korem 062/Tarumanagara", "Kodim 0501": a unit's number and its name.
    if (t.kind === 'number' && to === head.end) {
      to = last = to + 1;
      if (isMark(doc, to, '/') && touching(doc, to) && toks[to + 1]?.cap) to = last = to + 2;
      continue;
    }
    // "Kodim 0809/Kediri Letkol Inf Rizky": a rank starts the officer's name.
    // "RSUP Dr. Sardjito", "RSUD Prof. Dr. W. Z. Johannes": a hospital is named after a doctor, initials included.
    if (/^(Dr|Prof|[A-Z])$/.test(t.text) && isMark(doc, to + 1, '.') && /^R/.test(toks[i]?.text ?? '')) {
      to += 2;
      continue;
    }
    if (!t.cap || RANK.has(t.text)) break;
    const place = regionAt(doc, to);
    // "Partai Gerakan Indonesia Raya (Gerindra)": the name goes on past the place up to its acronym.
    // "Perkumpulan Ekonomi Indonesia-Jerman": two countries joined by a hyphen name a bilateral body.
    if (place && (acronymFollows(doc, place.end) || hyphenAt(doc, place.end))) {
      to = last = place.end;
      continue;
    }
    if (place) {
      // "Otoritas China": a country's authorities, no named body.
      if (to === head.end && (toks[i] as Token).lower === 'otoritas') return null;
      // A place closes the name: "Dinas Perindustrian Jawa Barat" then the head's name.
      last = place.end;
      // "Bank Jateng" is a regional development bank, "Bank Woori Saudara Indonesia" a bank named as written.
      if (kind !== 'company' || to === head.end) region = `${post || `${spanText(doc, i, to)} `}${place.name}`;
      break;
    }
    // "Asosiasi Pengusaha …", "Forum Rektor …": the people a body gathers are named right after its head.
    const members = to === head.end && kind === 'other';
    const body = lookup(ORGS, toks, to);
    // "Direktorat Tindak Pidana Siber Bareskrim Polri": a police directorate is named with its command; "Itjen
    // Kemenkes", "Inspektorat Jenderal Kementerian …": a ministry's inspectorate with its ministry.
    if (
      body &&
      ((/^Dir/.test(toks[i]?.text as string) && head.end === i + 1 && /^(Kepolisian|Badan R)/.test(body.value.name)) ||
        (/^I/.test(toks[i]?.text as string) && /^Kementerian/.test(body.value.name)))
    )
      last = body.end;
    // "Dana Pensiun Pertamina": a pension fund is named with the company that founded it.
    if (body && to === head.end && (toks[i] as Token).text === 'Dana' && body.value.kind === 'company') last = body.end;
    // "Pusat Penelitian Teknologi Baterai ITB", "Pusat Riset … BRIN": a research centre is named with its university
    // or agency.
    if (body && /^(Pusat|Fakultas)/.test(toks[i]?.text ?? '') && /^(Univ|Inst|Badan Ri)/.test(body.value.name))
      last = body.end;
    // "Asosiasi Eksportir Timah Indonesia (AETI)": a listed company's name inside an association's, up to its acronym.
    if (
      connector ||
      GIVEN.has(t.lower) ||
      (isTitleWord(doc, to) && !members) ||
      (body && (kind !== 'other' || body.value.kind !== 'company' || !acronymFollows(doc, to)))
    )
      break;
    to = last = to + 1;
  }
  // "Sekretaris Jenderal Kementerian Perdagangan Suhanto", "Ekonom Bank Permata Josua Pardede": after a title the
  // run ends with the holder, up to three words no field holds (no everyday word, acronym or place).
  // A comma and a name after the run hold the holder ("Kepala Balai Taman Nasional Komodo, Hendrikus …").
  // "Kepala Dinas Koperasi, UKM, Tenaga Kerja dan Transmigrasi (Diskopukmnakertrans) Kabupaten Jepara": an acronym
  // after the run is the body's, so its last word is the field's, not a holder's.
  const named =
    (isMark(doc, last, ',') && toks[last + 1]?.cap) || (isMark(doc, last, '(') && acronymClose(doc, last) > 0);
  // "Ekonom Bank Permata Josua Pardede menilai": one word names a bank, two more that no field holds are its holder.
  const bank = kind === 'company' && last === head.end + 3;
  if (!region && close < 0 && !toks[last]?.cap && !named && titled(doc, i))
    last = holderFrom(doc, head.end + 1, last, bank);
  // "Forum Group Discussion" is a meeting; "Lembaga Keuangan Mikro" a kind of body unless its acronym follows, or
  // unless a post opens it and its holder follows its first comma ("Direktur Lembaga Kajian Pangan Nusantara, NAME,").
  // "Dosen Fakultas Teknik Universitas X": after a title a faculty is part of the post.
  if (
    last === head.end ||
    toks[last - 1]?.text === 'Discussion' ||
    (/^(Fakultas|Biro)$/.test(toks[i]?.text as string) && titled(doc, i))
  )
    return null;
  if (
    (toks[i] as Token).text === 'Lembaga' &&
    !isMark(doc, last, '(') &&
    !(named && last - i > 3 && titled(doc, i) && !spanText(doc, i, last).includes(','))
  )
    return null;
  // "Balai Besar POM di Makassar": a Balai is named with the city it sits in.
  const seat = toks[last]?.lower === 'di' && (toks[i] as Token).text === 'Balai' ? regionAt(doc, last + 1) : null;
  if (seat) last = seat.end;
  // "Pengadilan Niaga pada Pengadilan Negeri Surabaya": a special court sits in a district court, named with it.
  const text = (toks[i] as Token).text;
  if (toks[last]?.text === 'pada' && toks[last + 1]?.text === text && text === 'Pengadilan')
    last = byHead(doc, last + 1)?.to ?? last;
  const span = orgSpan(doc, i, last, kind);
  // "Kepolisian Daerah (Polda) Jawa Tengah" goes by "Polda Jawa Tengah" too.
  if (close > 0 && !post) span.aliases.push(`${spanText(doc, head.end + 1, close)} ${spanText(doc, close + 1, last)}`);
  // "Polda Sumut" is "Polda Sumatera Utara", "Pemprov Jateng" is "Pemerintah Provinsi Jawa Tengah": one body under
  // its region's full name, the written form kept as its short form; "Bank Sumut" is the regional development bank
  // of Sumatera Utara ("PT Bank Pembangunan Daerah Sumatera Utara").
  let name =
    (region && (kind === 'government' ? region : region.replace(/^Bank /, 'Bank Pembangunan Daerah '))) || span.name;
  const level = LEVELS[(toks[i] as Token).lower];
  if (level) name = `Pemerintah ${level} ${name.slice(name.indexOf(' ') + 1)}`;
  if (name !== span.name) span.aliases.push(span.name);
  // "Dinas Koperasi dan UKM Provinsi Sumatera Barat" … "Dinas Koperasi dan UKM menargetkan": the office goes by
  // its name without the region too.
  if (region && kind === 'government' && /^(Provinsi|Kabupaten|Kota)$/.test(toks[to]?.text ?? ''))
    span.aliases.push(spanText(doc, i, to));
  span.name = name;
  return span;
}

/** A title word among the capitalised words right before `i` ("Kepala Ekonom Bank …", "Sekretaris Jenderal …"). */
function titled(doc: Doc, i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k < 4 && doc.tokens[k]?.cap; k--) if (isTitleWord(doc, k)) return true;
  return false;
}

/**
 * Where a holder's name starts in the words `from`..`to` after a body's head: the longest tail of up to three words
 * no field holds (no everyday word, acronym, place or region's level word before it) when the text names the
 * holder again by it, its first or its last word ("… Suhanto menyebut"), or when every word from `from` on is such a
 * word and `sure`; else `to`.
 */
function holderFrom(doc: Doc, from: number, to: number, sure?: boolean): number {
  const toks = doc.tokens;
  let k = to;
  while (k > from && to - k < 3) {
    const t = toks[k - 1] as Token;
    const level = /^(Kabupaten|Kota|Provinsi)$/.test(toks[k - 2]?.text ?? '');
    if (level || t.kind !== 'word' || t.allCaps || everyday(t.lower) || lookup(PLACE_NAMES, toks, k - 1)) break;
    k--;
  }
  if (k === to) return to;
  const runs = aloneRuns(doc);
  return (sure && k === from) ||
    runs.has(spanText(doc, k, to)) ||
    runs.has(toks[k]?.text ?? '') ||
    runs.has(toks[to - 1]?.text ?? '')
    ? k
    : to;
}

const RUNS = new WeakMap<Doc, Set<string>>();

/** The runs of one to three capitalised words the text writes on their own ("kata Suhanto.", "Josua Pardede,"). */
function aloneRuns(doc: Doc): Set<string> {
  let runs = RUNS.get(doc);
  if (runs) return runs;
  runs = new Set();
  const toks = doc.tokens;
  for (let i = 0; i < toks.length; ) {
    // "Menurut Suhanto,": an everyday word opening the sentence is no part of the name.
    if (toks[i]?.cap && doc.sentence[i - 1] !== doc.sentence[i] && everyday(toks[i]?.lower ?? '')) i++;
    let k = i;
    while (toks[k]?.cap && toks[k]?.kind === 'word') k++;
    if (k > i && k - i <= 3) runs.add(spanText(doc, i, k));
    i = Math.max(k, i + 1);
  }
  RUNS.set(doc, runs);
  return runs;
}

/** "… dan Penyewa Pusat Perbelanjaan Indonesia (Hippindo)": capitalised words up to an acronym in parentheses. */
function acronymFollows(doc: Doc, at: number): boolean {
  for (let k = at; k < doc.tokens.length && k - at < 6; k++) {
    const t = doc.tokens[k] as Token;
    if (t.text === '(') return k > at && acronymClose(doc, k) > 0;
    if (!t.cap || doc.taken[k] || GIVEN.has(t.lower)) return false;
  }
  return false;
}

/** Words that end the reach of a cue: the capitalised word after them is not the company the cue named. */
const CUE_BREAKS = new Set('yang dengan oleh dari di pada milik soal tentang mengenai terkait untuk'.split(' '));

/** Words between a company and its owner's name ("yang menjadi bagian dari", "milik"). */
const OWNERS = new Set('yang menjadi merupakan bagian dari dikendalikan dimiliki milik anak usaha'.split(' '));

/**
 * A cue word right before `i`, or before a few lower-case words ("produsen mobil listrik Volta", "platform
 * kecantikan Sociolla", "perusahaan teknologi lain, seperti Zenius"). A capitalised cue must open its sentence.
 */
function cueBefore(doc: Doc, i: number): boolean {
  const toks = doc.tokens;
  const owned = OWNERS.has(toks[i - 1]?.lower ?? '');
  for (let k = i - 1; k >= 0 && i - k <= 6; k--) {
    const t = toks[k] as Token;
    // "produksi CJ ENM" names the maker, "produksi pesawat Hawk" the product.
    if (ORG_CUES.has(t.lower)) return cueForm(doc, k) && (k === i - 1 || t.lower !== 'produksi');
    if (owned && OWNERS.has(t.lower)) continue;
    if (t.text === ',' && LIST_OPENERS.has(toks[k + 1]?.lower ?? '')) continue;
    // "produsen asal Turki, FNSS Savunma Sistemleri,": the name in apposition to a cue and its origin.
    let p = k;
    while (t.text === ',' && k === i - 1 && k - p < 3 && toks[p - 1]?.cap) p--;
    if (p < k && toks[p - 1]?.lower === 'asal' && lookup(PLACE_NAMES, toks, p)?.end === k) {
      k = p - 1;
      continue;
    }
    if (t.cap || t.kind !== 'word' || doc.taken[k]) return false;
    // "induk merek Aqua": a product's kind between the cue and the word makes the word a brand. An unlisted word
    // may describe the line of business ("logistik"), a verb may not ("dipimpin").
    if (CUE_BREAKS.has(t.lower) || PRODUCTS.has(t.lower)) return false;
    if (/^(me|ber|ter)|^di[a-z]+(kan|i)$/.test(t.lower)) return false;
    // "bank digital Yusuf …": past describing words, a first name starts a person.
    if (k === i - 1 && GIVEN.has((toks[i] as Token).lower)) return false;
  }
  return false;
}

/**
 * A cue written in lower case, as an acronym ("BUMN") that no capitalised word before it makes part of a name
 * ("Menteri BUMN Erick …"), or capitalised because it opens its sentence.
 */
function cueForm(doc: Doc, k: number): boolean {
  const t = doc.tokens[k] as Token;
  const before = doc.tokens[k - 1];
  return (
    !t.cap ||
    (t.allCaps && !(before?.cap && before.kind === 'word')) ||
    k === 0 ||
    doc.sentence[k - 1] !== doc.sentence[k]
  );
}

/** "Zenius dan Pahamify", "Temasek, Google, dan Bain": the next name of a list a cue opened, ending at `listEnd`. */
function continuesList(doc: Doc, i: number, listEnd: number): boolean {
  if (listEnd < i - 2 || !joins(doc, i - 1) || (listEnd < i - 1 && !joins(doc, listEnd))) return false;
  const toks = doc.tokens;
  let k = i;
  while (k - i < 9 && (toks[k]?.cap || toks[k]?.text === ',')) k++;
  // "startup Ternakita, Laras Wibowo, mengatakan" is an apposition: after a comma, a list has its "dan" to come.
  return toks[i - 1]?.text !== ',' || joins(doc, k);
}

/**
 * ", perusahaan pertahanan asal Turki," at `at`: a description opened by a cue word and closed by a comma or a
 * period, with no verb in it ("Menurut Cindy, bank juga memperoleh …" goes on as a clause).
 */
function described(doc: Doc, at: number): boolean {
  const toks = doc.tokens;
  if (!isMark(doc, at, ',') || !ORG_CUES.has(toks[at + 1]?.text ?? '')) return false;
  for (let k = at + 2; k < at + 10; k++) {
    const t = toks[k];
    if (!t || /^(me|ber)|^di[a-z]+(kan|i)$/.test(t.text)) return false;
    if (t.text === ',' || t.text === '.') return true;
  }
  return false;
}

/** "," or "dan" between the items of a list. */
function joins(doc: Doc, k: number): boolean {
  return /^(,|dan|serta)$/.test(doc.tokens[k]?.text ?? '');
}

/**
 * "produsen BYD", "perusahaan Wuling", "riset Snapcart": a company cue word, a kind of source or an earlier item
 * of the same list, and one or two unknown capitalised words (no first name, no place).
 */
function byCue(doc: Doc, i: number, listEnd: number): OrgSpan | null {
  const toks = doc.tokens;
  const first = toks[i] as Token;
  // "perusahaan … tambang galian C": one letter is a class, no name.
  if (ORG_CUES.has(first.lower) || !first.text[1]) return null;
  const before = cueBefore(doc, i) || continuesList(doc, i, listEnd);
  const prev = toks[i - 1];
  const plain = !before && !GIVEN.has(first.lower);
  // "riset Snapcart mencatat", "Data Colliers menunjukkan": a kind of source right before a name names its
  // publisher; a capitalised source word must open its sentence ("Sumber Alfaria" is a name).
  const source = plain && !first.allCaps && SOURCES.has(prev?.lower ?? '') && cueForm(doc, i - 1);
  // A run that starts here, or after an everyday word opening the sentence ("Namun Tirta Sejuk, …").
  const starts = plain && (!prev?.cap || (doc.sentence[i - 2] !== doc.sentence[i - 1] && everyday(prev.lower)));
  // "perusahaan pengolahan susu asal Hohhot": after "asal" comes the company's home, a place no list may know.
  if ((!before && !source && !starts) || prev?.lower === 'asal' || lookup(PLACE_NAMES, toks, i)) return null;
  let to = i + 1;
  while (
    to - i < 3 &&
    namePart(doc, to) &&
    (toks[to] as Token).kind === 'word' &&
    !lookup(PLACE_NAMES, toks, to) &&
    !isTitleWord(doc, to)
  )
    to++;
  // "Rasa Data Indonesia", "Cakra Data Asia": a one-word place may close the name.
  if (lookup(PLACE_NAMES, toks, to)?.end === to + 1 && !toks[to + 1]?.cap && !doc.taken[to]) to++;
  // "lembaga riset Rasa Data Indonesia": everyday words make a name only when a cue names two or more of them, a cue
  // in lower case ("Perusahaan Asuransi Jiwa", "Lembaga Keuangan Mikro": a kind of body written as a term).
  if (!nameLike(first.lower) && (to - i < 2 || !before || first.allCaps || prev?.cap)) return null;
  const verb = toks[to]?.text ?? '';
  const cued =
    before ||
    (starts &&
      // "FNSS, perusahaan pertahanan asal Turki,": a run described by a cue after a comma.
      (described(doc, to) ||
        // "Sinar Baja membukukan laba": what books a profit or sales is a company.
        (/^(mencatat(kan)?|membukukan|meraup)$/.test(verb) &&
          /^(laba|rugi|kerugian|pendapatan|penjualan)$/.test(toks[to + 1]?.text ?? ''))));
  // "perseroan yang dikendalikan Heidelberg Materials", "… bagian dari Royal FrieslandCampina": a company's owner,
  // when no person could be: a closing company word or a word joined in camel case ("FrieslandCampina").
  if (
    OWNERS.has(prev?.lower ?? '') &&
    (GIVEN.has(first.lower) ||
      !(NAME_ENDS.has(toks[to - 1]?.text ?? '') || /\p{Ll}{3}\p{Lu}/u.test(spanText(doc, i, to))))
  )
    return null;
  // The publisher is what the sentence is about: a verb ("mencatat") or "pada <date>" follows it.
  if (!cued && !(source && /^(me|pada$)/.test(verb))) return null;
  // "Produsen MamyPoko itu memilih …": the maker of a brand named before; the brand is its product.
  if (/^(produsen|pabrikan|induk)$/.test(prev?.lower ?? '') && /^(itu|tersebut)$/.test(verb)) return null;
  // "Fasilitas Likuiditas Pembiayaan Perumahan (FLPP)" … "operator penyaluran FLPP": an acronym the text spells
  // out is read with its full name, never by a cue (a programme, a technology).
  return first.allCaps && doc.text.includes(`(${first.text})`) ? null : orgSpan(doc, i, to, 'company');
}
