import { caseFits, lookup, PLACE_NAMES, TITLE_NAMES, type TitleStatus } from '../dictionary';
import { type Doc, free, isMark, spanText, touching } from '../document';
import { ENGLISH_TITLE_HEADS } from '../gazetteer/titles';
import { COMMON, GIVEN, HONORIFIC } from '../lexicon';
import type { Token } from '../tokenize';
import { hyphenAt, OPENERS, openerAt, rankAt, readName } from './names';
import { acronymClose, everyday, type OrgSpan, orgEnd, regionEnd } from './organizations';

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
  /** An organisation known only from the words around the title ("Partner East Ventures, …"). */
  namedOrg?: OrgSpan;
  /** The title names its body by a back reference ("perseroan itu", "di kementerian yang sama"): the kind wanted. */
  anaphor?: OrgSpan['kind'] | 'any';
}

const ENGLISH_HEADS = new Set([...ENGLISH_TITLE_HEADS, 'CEO', 'CFO', 'CTO', 'COO', 'CMO']);
/** English words that precede a title head and may also be Indonesian words ("Country", "Marketing"). */
const ENGLISH_MODIFIERS = new Set(
  'Area Region Country General Senior Executive Vice Marketing Sales Product Business Public Corporate Regional Global Group Finance Operations Technology Communications Communication Affairs Government Associate Deputy Managing Assistant Brand Digital Research Market Chief Commercial Strategy Relations Human Resources Legal'.split(
    ' ',
  ),
);
/** Words that join a title's fields ("and" in English ones: "Country Director Asia and Pacific"). */
const CONNECTORS = new Set('dan , & serta and'.split(' '));

/** Reads a title at `at`, known ("Menteri", "Menperin", "Direktur Utama") or English ("… Director"). */
export function readTitle(
  doc: Doc,
  at: number,
  orgAt: ReadonlyMap<number, OrgSpan>,
  anyCase = false,
): TitleSpan | null {
  const toks = doc.tokens;
  const t = toks[at];
  if (!t || (!t.cap && !anyCase) || doc.taken[at]) return null;
  // "Ketuanya, Yohanes …", "Pendirinya, Rizal …": a post with "-nya" alone points back to the body named before.
  if (/^(ketua|pemilik|pendiri|direktur|kepala|pemimpin)nya$/.test(t.lower) && isMark(doc, at + 1, ','))
    return {
      from: at,
      to: at + 1,
      role: t.text.slice(0, -3),
      status: 'depends',
      affiliation: null,
      aliases: [],
      anaphor: 'any',
    };
  const acting = actingEnd(doc, at, anyCase);
  if (acting) {
    const inner = readTitle(doc, acting.end, orgAt, anyCase);
    if (!inner) return null;
    inner.role = `${acting.role} ${inner.role}`;
    inner.from = at;
    // "mantan Menteri Keuangan": nobody holds a former post now; it is no state position and ties the person to no
    // body, so a body written in it stays in the role ("mantan Gubernur Bank Indonesia").
    if (acting.role === 'mantan') {
      const body = inner.affiliation?.name;
      if (body && spanText(doc, acting.end, inner.to).includes(body)) inner.role += ` ${body}`;
      inner.status = 'company';
      inner.affiliation = null;
    }
    return inner;
  }
  // The longest title whose words are still free: "Ketua DPR" falls back to "Ketua" when DPR is an organisation.
  const found = TITLE_NAMES.starts(t.lower)
    ? TITLE_NAMES.longest(toks, at, (e, end) => (anyCase || caseFits(e.surface, toks, at)) && free(doc, at, end))
    : null;
  const hit = found && { value: found.value.value, end: found.end };
  // "Wakil Direktur Reserse …", "Wakil Rektor": the deputy of a post the list holds only without "Wakil".
  const deputy = !hit && t.lower === 'wakil' ? readTitle(doc, at + 1, orgAt) : null;
  if (deputy) {
    deputy.role = `Wakil ${deputy.role}`;
    deputy.from = at;
    return deputy;
  }
  if (!hit && !t.cap && !(anyCase && ENGLISH_LOWER.has(t.lower))) return null;
  let end: number;
  let role: string;
  let status: TitleStatus;
  let complement: boolean;
  let affiliation: TitleSpan['affiliation'] = null;
  const aliases: string[] = [];
  if (hit) {
    end = hit.end;
    ({ role, status, complement } = hit.value);
    const written = spanText(doc, at, end);
    if (t.cap && written.toLowerCase() === role.toLowerCase()) role = written;
    if (hit.value.affiliation) affiliation = { name: hit.value.affiliation, kind: 'government' };
    if (hit.value.abbreviated) aliases.push(written);
  } else {
    end = t.cap ? englishTitleEnd(doc, at) : lowerEnglishTitleEnd(doc, at);
    if (end < 0) return null;
    role = spanText(doc, at, end);
    status = role.includes('Ambassador') ? 'state' : 'depends';
    complement = true;
  }
  // "Pendiri sekaligus Chairman", "Co-founder dan CEO", "Founder & CEO": one person, two titles, one role.
  const join = toks[end]?.lower;
  if ((join === 'sekaligus' || join === 'dan' || join === '&') && toks[end + 1]?.cap) {
    const second = readTitle(doc, end + 1, orgAt);
    if (second) {
      second.role = `${role} ${join} ${second.role}`;
      second.from = at;
      second.aliases.unshift(...aliases);
      return second;
    }
  }
  // "Direktur operasionalnya, Chen …", "Direktur Utama perusahaan, Rudi …": the post's last word with "-nya", or a
  // body noun, before the comma points back to the body named earlier.
  const next = toks[end];
  if (next && !next.cap && next.kind === 'word' && isMark(doc, end + 1, ',') && !affiliation) {
    const own = next.lower.length > 5 && next.lower.endsWith('nya') && next.lower !== 'lainnya' && complement;
    const kind = BODY_NOUNS[next.lower] === 'company' ? 'company' : own ? 'any' : null;
    if (kind) {
      const stem = own ? ` ${next.text.slice(0, -3)}` : '';
      return { from: at, to: end + 1, role: `${role}${stem}`, status, affiliation, aliases, anaphor: kind };
    }
  }
  // "Kepala Desa Sukamaju Ujang Sobari", "Camat Pujon, Budi …": the village or district after a local post, one word
  // the gazetteer need not know, is part of the post when a name of two words or a comma follows; a first name is not ("Camat Ahmad Rizal").
  const seat = toks[end];
  if (
    /^(Kepala Desa|Lurah|Camat|(Wakil )?(Bupati|Wali Kota))$/.test(role) &&
    seat?.cap &&
    seat.kind === 'word' &&
    !GIVEN.has(seat.lower) &&
    !doc.taken[end] &&
    !lookup(PLACE_NAMES, toks, end) &&
    ((toks[end + 1]?.cap && toks[end + 2]?.cap) || isMark(doc, end + 1, ','))
  ) {
    role += ` ${toks[end++]?.text}`;
    // "Kepala Desa Cibodas, Kecamatan Lembang, Ujang …": the district the village lies in is part of the post too.
    if (/^(Kecamatan|Kabupaten)$/.test(toks[end + 1]?.text ?? '') && toks[end + 2]?.cap && isMark(doc, end + 3, ',')) {
      role += `, ${spanText(doc, end + 1, end + 3)}`;
      end += 3;
    }
  }
  const field = readField(doc, end, orgAt, complement, end - at > 1);
  aliases.push(...field.aliases);
  const fieldText = field.fieldEnd > field.from ? stripParens(spanText(doc, field.from, field.fieldEnd)) : '';
  // "Kapolda Jatim", "Dandim 0809/Kediri": the unit the abbreviation names, with its field, is the body; the README
  // leaves a body's name out of the role.
  const head = hit?.value.head;
  if (head && fieldText && !field.org) {
    affiliation = { name: `${role.slice(head.length + 1)} ${fieldText}`, kind: 'government' };
    role = head;
  } else if (fieldText) role = `${role} ${fieldText}`.replace(' ,', ',');
  // "Staf Khusus Menteri Keuangan", "Juru Bicara Presiden": a post serving a state office is a state post.
  if (status === 'depends' && /^(Menteri|Presiden|Wakil Presiden|Gubernur|Bupati|Wali Kota)\b/.test(fieldText))
    status = 'state';
  if (field.extra) role = `${role} ${field.extra}`;
  if (field.org) {
    affiliation = { name: field.org.name, kind: field.org.kind };
  }
  // "Menteri Investasi dan Hilirisasi/Kepala BKPM Rosan", "Founder/CEO Kopiku": two posts held at once; the second
  // names the body, if any.
  if (isMark(doc, field.to, '/') && toks[field.to + 1]?.cap) {
    const second = readTitle(doc, field.to + 1, orgAt);
    if (second) {
      // The first token of the second post that starts its body (only the post's own tokens, not the whole text).
      const wanted = second.affiliation?.name;
      let org = -1;
      for (let k = second.from; wanted && k < second.to && org < 0; k++) if (orgAt.get(k)?.name === wanted) org = k;
      const body = org >= 0 ? spanText(doc, org, (orgAt.get(org) as OrgSpan).to) : '';
      second.role = `${role}/${second.role}${body ? ` ${body}` : ''}`;
      second.from = at;
      second.aliases.unshift(...aliases);
      return second;
    }
  }
  const title: TitleSpan = { from: at, to: field.to, role, status, affiliation, aliases };
  // "kepala dinas itu": a post named after its body's kind points back to that body.
  const back = affiliation ? null : (backReference(doc, field.to) ?? backReference(doc, field.to - 1));
  if (back) {
    title.to = back.end;
    title.anaphor = back.kind;
  }
  return title;
}

/** Nouns that refer back to a body named earlier ("perseroan itu"), with the kind of body they stand for. */
export const BODY_NOUNS: Record<string, OrgSpan['kind'] | 'any'> = {
  perseroan: 'company',
  perusahaan: 'company',
  emiten: 'company',
  bank: 'company',
  grup: 'company',
  kantor: 'any',
  perwakilan: 'any',
  kementerian: 'government',
  instansi: 'government',
  dinas: 'government',
  badan: 'government',
  lembaga: 'any',
  organisasi: 'any',
  asosiasi: 'other',
};

/**
 * "… perseroan itu", "… lembaga tersebut", "di kementerian yang sama": a lower-case body noun with a demonstrative
 * after a title names the body by reference. Returns the index past it and the kind of body, or null.
 */
function backReference(doc: Doc, at: number): { end: number; kind: OrgSpan['kind'] | 'any' } | null {
  const toks = doc.tokens;
  const prep = toks[at]?.lower;
  const k = prep === 'di' || prep === 'pada' || prep === 'dari' ? at + 1 : at;
  const noun = toks[k];
  const kind = noun && !noun.cap ? BODY_NOUNS[noun.lower] : undefined;
  if (!kind) return null;
  // "perusahaan gula itu", "perusahaan rintisan teknologi kesehatan tersebut": up to four words describe the body.
  for (let m = k + 1; m <= k + 5; m++) {
    const w = toks[m];
    if (m > k + 1 && (w?.lower === 'itu' || w?.lower === 'tersebut')) return { end: m + 1, kind };
    // "perwakilan BI tersebut": the body's acronym may describe it too.
    if (!w || (w.cap && !w.allCaps) || w.kind !== 'word' || FUNCTION_WORDS.has(w.lower)) break;
  }
  const next = toks[k + 1]?.lower;
  if (next === 'itu' || next === 'tersebut' || next === 'ini') return { end: k + 2, kind };
  // "Chief Executive Officer perseroan, Vico …", "Direktur Operasi perusahaan, Lukas …": the company just named.
  if (/^per(seroan|usahaan)$/.test(noun?.lower ?? '') && k === at && next === ',') return { end: k + 1, kind };
  if (next === 'yang' && toks[k + 2]?.lower === 'sama') return { end: k + 3, kind };
  return null;
}

/** An acting, interim or former post before a title, as written out. */
// A Map, not an object: indexing an object by a token's lower case (a string V8 has not internalised) cost more.
const ACTING = new Map([
  ['plt', 'Pelaksana Tugas'],
  ['plh', 'Pelaksana Harian'],
  ['pj', 'Penjabat'],
  ['mantan', 'mantan'],
]);
/** The posts written out in full, lower-cased, and their first words: asked at every word that may start a title. */
const ACTING_WRITTEN = new Map([...ACTING.values()].map((r) => [r.toLowerCase(), r]));
const ACTING_FIRST = new Set([...ACTING_WRITTEN.keys()].map((r) => r.split(' ')[0]));

/**
 * "Plt Kepala …", "Pj. Gubernur …", "Pelaksana Tugas (Plt) Kepala …": the acting mark before a title, written out,
 * and the index of the title; null when there is none. The mark is kept in the role: an acting head is not the head.
 */
function actingEnd(doc: Doc, at: number, anyCase: boolean): { role: string; end: number } | null {
  const toks = doc.tokens;
  const t = toks[at] as Token;
  const short = ACTING.get(t.lower);
  if (short && (t.cap || anyCase)) return { role: short, end: isMark(doc, at + 1, '.') ? at + 2 : at + 1 };
  const role = ACTING_FIRST.has(t.lower) ? ACTING_WRITTEN.get(`${t.lower} ${toks[at + 1]?.lower}`) : undefined;
  if (!role || !(t.cap || anyCase)) return null;
  const close = isMark(doc, at + 2, '(') ? acronymClose(doc, at + 2) : -1;
  return { role, end: close > 0 ? close + 1 : at + 2 };
}

/** "Associate Government Affairs Director", "Chief Technology Officer", "President Director & CEO", "Head of …". */
function englishTitleEnd(doc: Doc, at: number): number {
  const toks = doc.tokens;
  let end = -1;
  for (let i = at; i < toks.length && i - at < 7; i++) {
    const t = toks[i] as Token;
    // "President Director & CEO", "Beauty & Personal Care Analyst": "&" joins title or field words before the head.
    if ((t.text === '&' || t.text === 'and') && toks[i + 1]?.cap) continue;
    // "Asst. General Manager", "Sr. Vice President": a short abbreviation's period inside the title.
    const prev = toks[i - 1] as Token;
    if (t.text === '.' && i > at && touching(doc, i - 1) && prev.text.length < 5 && toks[i + 1]?.cap) continue;
    // "Senior Vice President-Head of …": a hyphen written inside the title joins two of its posts.
    if (i > at && hyphenAt(doc, i) && toks[i + 1]?.cap) continue;
    if (!t.cap || doc.taken[i] || t.kind !== 'word' || GIVEN.has(t.lower) || (i > at && doc.lineBefore[i])) break;
    if (COMMON.has(t.lower) && !ENGLISH_HEADS.has(t.text) && !ENGLISH_MODIFIERS.has(t.text)) break;
    if (ENGLISH_HEADS.has(t.text)) end = i + 1;
  }
  // "EVP Transportation", "Head Procurement": an English field word after the head, listed or shaped like one.
  const fieldAfter = (w: string) => ENGLISH_MODIFIERS.has(w) || /^[A-Z][a-z]+(tion|ment|[a-z]{3}ing)s?$/.test(w);
  while (end > 0 && fieldAfter(toks[end]?.text ?? '') && !doc.taken[end]) end++;
  const fieldWord = (t: Token | undefined, at: number) =>
    t?.cap && t.kind === 'word' && !doc.taken[at] && !GIVEN.has(t.lower);
  // "Area Manager Communication, Relations & CSR": fields listed with commas up to the last one after "&".
  while (end > 0 && toks[end]?.text === ',') {
    let k = end + 1;
    while (k - end <= 3 && fieldWord(toks[k], k)) k++;
    if (k === end + 1 || !/^[,&]$/.test(toks[k]?.text ?? '')) break;
    end = k;
  }
  // "Marketing & Public Relations": "&" joins a second field of the post, up to the organisation.
  if (end > 0 && toks[end]?.text === '&') {
    let k = end + 1;
    while (k - end <= 3 && fieldWord(toks[k], k)) k++;
    if (k > end + 1) end = k;
  }
  if (end > 0 && toks[end]?.text === 'of' && toks[end + 1]?.cap) {
    end += 2;
    while (toks[end]?.cap && !doc.taken[end] && !GIVEN.has((toks[end] as Token).lower) && !doc.lineBefore[end + 1])
      // "Head of Sourcing Asia-Pacific": a place's compound is one word of the post.
      end += hyphenAt(doc, end + 1) && lookup(PLACE_NAMES, toks, end) ? 3 : 1;
    // "… Brunner-Aebi,": a brand's compound is the body's, not cut by the post.
    if (hyphenAt(doc, end)) end--;
    // "Head of Region Sumatera, Riau dan Kepulauan Riau": the places the post covers, a list closed by "dan".
    for (let k = end, place = lookup(PLACE_NAMES, toks, k + 1); place && /^(,|dan|&)$/.test(toks[k]?.text ?? ''); ) {
      if (toks[k]?.text !== ',') end = place.end;
      k = place.end;
      place = lookup(PLACE_NAMES, toks, k + 1);
    }
  }
  return end;
}

/** English title words in lower case ("general manager", "associate director"), as writers use them after a name. */
const ENGLISH_LOWER = new Set([...ENGLISH_HEADS, ...ENGLISH_MODIFIERS].map((w) => w.toLowerCase()));

/** "general manager FNSS": lower-case English title words ending in a head; the index after the head, else -1. */
function lowerEnglishTitleEnd(doc: Doc, at: number): number {
  let end = -1;
  for (let i = at; i < doc.tokens.length && i - at < 4; i++) {
    const t = doc.tokens[i] as Token;
    if (t.cap || !ENGLISH_LOWER.has(t.lower)) break;
    if (ENGLISH_HEADS.has(t.text.charAt(0).toUpperCase() + t.text.slice(1))) end = i + 1;
  }
  return end;
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
  /** Field words written after the organisation ("Bidang Investasi"), if any. */
  extra?: string;
}

/**
 * The field after a title: everyday capitalised words, acronyms, places, joined by "dan" and commas, or an
 * organisation. An acronym in parentheses after field words closes the field: the name follows.
 */
function readField(doc: Doc, at: number, orgAt: ReadonlyMap<number, OrgSpan>, words: boolean, fielded = false): Field {
  const toks = doc.tokens;
  const field: Field = { from: at, fieldEnd: at, to: at, org: null, aliases: [] };
  // After "Bidang" or "Urusan" the portfolio's own words follow, known or not ("Bidang Hubungan Antarlembaga").
  let portfolio = false;
  let i = at;
  while (i < toks.length && i - at < 20) {
    const t = toks[i] as Token;
    // "Pangdam Jaya Mayjen TNI Rafael …": a rank closes the office; the name follows it.
    // "Gubernur Nusa Tenggara Barat, Lalu Muhamad Iqbal": a name opener is no field word.
    // "Hakim Ketua Dr. Budi …": an honorific with its period opens the name, though "dr" is an everyday word.
    if (
      doc.lineBefore[i] ||
      (i > at && (rankAt(doc, i) || openerAt(doc, i))) ||
      (HONORIFIC.has(t.lower) && isMark(doc, i + 1, '.'))
    )
      break;
    const close = t.text === '(' ? acronymClose(doc, i) : -1;
    // "Ketua Kamar Dagang dan Industri (Kadin) Jawa Timur": the field was a body's name, known by its acronym.
    const named = close > 0 && field.fieldEnd > field.from ? orgAt.get(i + 1) : undefined;
    if (named && named.to === close && words) {
      field.org = named;
      field.fieldEnd = field.from;
      field.to = close + 1;
      break;
    }
    if (close > 0) {
      const acronym = spanText(doc, i + 1, close);
      // An acronym of the field joins the title's own ("Dirjen" + "Ilmate" → "Dirjen Ilmate").
      field.aliases.push(field.fieldEnd > field.from && field.aliases[0] ? `${field.aliases[0]} ${acronym}` : acronym);
      if (field.fieldEnd > field.from) field.aliases.splice(0, field.aliases.length - 1);
      i = close + 1;
      field.to = i;
      if (field.fieldEnd > field.from) {
        const org = orgAt.get(i);
        if (org && words) {
          field.org = org;
          field.to = orgEnd(doc, org);
        }
        break;
      }
      field.from = field.fieldEnd = i;
      continue;
    }
    const org = words || i === at ? orgAt.get(i) : undefined;
    // "Ketua Umum DPP Partai Golkar": the body's central board is the body.
    if (t.text === 'DPP' && orgAt.has(i + 1)) {
      i++;
      continue;
    }
    if (org) {
      field.org = org;
      field.to = orgEnd(doc, org);
      // "Ekonom CORE (CORE) Indonesia Mohammad Faisal": the country after the body belongs to it.
      if (toks[field.to]?.text === 'Indonesia' && toks[field.to + 1]?.cap) field.to++;
      // "Kepala Badan Pendapatan Daerah (Bapenda) Kota Bandung, …": the region after a state body or an association
      // names its regional office (a company's branch is written otherwise).
      const region = org.kind === 'company' ? 0 : regionEnd(doc, field.to, false);
      // "Wakil Ketua Umum Kadin Bidang Investasi Sugiarto": the portfolio after the body is part of the role.
      // "PLN Unit Induk Distribusi Sumatera Utara Mundhakir": words that read on as a unit's name are no portfolio.
      let after = region > field.to ? region : fieldWordsEnd(toks, field.to);
      // "Pertamina Patra Niaga Regional Sumbagut, NAME": one word closing a unit word is the unit's region.
      const seat = /^(regional|wilayah|area|cabang)$/.test(toks[after - 1]?.lower ?? '') && isMark(doc, after + 1, ',');
      if (seat && toks[after]?.cap) after++;
      const name = after > field.to ? readName(doc, after, false) : null;
      // "Pelindo Regional 4": words ending in a number name a unit of the body, no portfolio; so does a grade after
      // its short name ("KSOP Utama Makassar").
      const unit =
        after > field.to &&
        (region > field.to || seat || toks[after - 1]?.kind === 'number' || toks[field.to]?.lower === 'utama');
      // "Kepala Bapenda Kaltim" where "Bapenda" stands for "… (Bapenda) Kaltim": the region is already in the name.
      const more = unit ? spanText(doc, field.to, after) : '';
      if (more && !org.name.endsWith(more)) field.org = { ...org, name: `${org.name} ${more}` };
      if (unit || toks[after]?.text === ',' || (name && !(toks[name.to]?.cap && toks[name.to]?.kind === 'word'))) {
        // "Komisioner KPI Pusat, …": the body's central office, no portfolio.
        if (!unit && toks[after - 1]?.text !== 'Pusat') field.extra = spanText(doc, field.to, after);
        field.to = after;
      }
      break;
    }
    if (doc.taken[i] || !words) break;
    const place = lookup(PLACE_NAMES, toks, i);
    // "Wakil Ketua Korea Chamber of Commerce …": a place opening an English body's name is the body's.
    if (place && (place.end > i + 1 || !GIVEN.has(t.lower)) && toks[place.end + 1]?.text !== 'of') {
      i = field.fieldEnd = field.to = place.end;
      continue;
    }
    // "Direktur Pemasaran dan Penjualan": a listed title that holds its field already takes a second one; after a
    // comma only in a list closed by "dan" ("Direktur Keuangan, Umum, dan SDM"; "Direktur Utama, Budi," is none).
    const joins =
      fielded &&
      i === at &&
      (t.text !== ',' || /^(,|dan)$/.test(toks[i + 2]?.text ?? '')) &&
      !TITLE_NAMES.starts(toks[i + 1]?.lower ?? '');
    if (CONNECTORS.has(t.lower) && (field.fieldEnd > field.from || joins)) {
      const skip = t.text === ',' && CONNECTORS.has(toks[i + 1]?.lower ?? '') ? 2 : 1;
      const next = toks[i + skip];
      if (
        next?.cap &&
        // "Direktur Korporasi dan UMKM": an acronym may be the second field.
        (everyday(next.lower) ||
          (next.allCaps && next.text.length <= 5) ||
          (portfolio && t.text !== ',') ||
          beforeBody(doc, i + skip, orgAt) ||
          // "Direktur Industri Elektronika dan Telematika Kemenperin", "Industri Kecil, Menengah, dan Aneka (IKMA)
          // Kemenperin": unknown field words after "dan" up to the body or its acronym; in a portfolio after a
          // comma too ("Bidang Air, Tanah dan Udara KLH").
          ((t.text !== ',' || skip === 2 || portfolio) &&
            (orgAhead(doc, i + skip, orgAt) > 0 || acronymAhead(doc, i + skip) > 0))) &&
        !GIVEN.has(next.lower) &&
        !HONORIFIC.has(next.lower) &&
        !openerAt(doc, i + skip) &&
        !orgAt.has(i + skip)
      ) {
        i += skip;
        continue;
      }
      break;
    }
    if (t.lower === 'untuk' && lookup(PLACE_NAMES, toks, i + 1)) {
      i++;
      continue;
    }
    // "Direktur Industri Elektronika pada Direktorat Jenderal ILMATE …": the body the post sits in.
    // A member "dari Fraksi …" sits in the chamber, not in the faction: the faction is colour.
    if (
      (t.lower === 'dari' || t.lower === 'pada' || t.lower === 'di') &&
      orgAt.get(i + 1) &&
      toks[i + 1]?.text !== 'Fraksi'
    ) {
      i++;
      continue;
    }
    // "Direktur Pengawasan Kosmetik pada Deputi Bidang … BPOM, NAME": the unit between is colour, the body counts.
    const unitEnd = t.lower === 'pada' && field.fieldEnd > field.from ? bodyAfterUnit(doc, i + 1, orgAt) : -1;
    if (unitEnd > 0) {
      i = unitEnd;
      continue;
    }
    // "Atase Perdagangan RI di Tokyo": the city of a post abroad is part of it.
    if (t.lower === 'di' && field.fieldEnd > field.from && !field.org && toks[i - 1]?.cap) {
      const city = lookup(PLACE_NAMES, toks, i + 1);
      if (city && toks[city.end]?.text === ',') {
        i = field.fieldEnd = field.to = city.end;
        continue;
      }
    }
    const lowerField =
      !t.cap &&
      !backReference(doc, i) &&
      i === field.fieldEnd &&
      i - field.from < 3 &&
      t.kind === 'word' &&
      // "Pengamat waralaba Amir Karamoy": one field word of any kind may stand right before a body or a name.
      (descriptive(toks, i) ||
        plainRun(toks, i) ||
        ((orgAt.has(i + 1) || (i === at && toks[i + 1]?.cap && toks[i + 1]?.kind === 'word')) &&
          !/^(me|ber|ter|di)/.test(t.lower) &&
          !FUNCTION_WORDS.has(t.lower))) &&
      (i === field.from || !(toks[i - 1] as Token).cap);
    const word =
      lowerField ||
      (t.cap &&
        ((everyday(t.lower) && !GIVEN.has(t.lower)) ||
          ((portfolio || beforeBody(doc, i, orgAt)) && !GIVEN.has(t.lower) && t.kind === 'word') ||
          (t.allCaps && t.text.length <= 5) ||
          (/^[IVX]+$/.test(t.text) && !GIVEN.has(toks[i + 1]?.lower ?? ''))));
    if (!word) {
      const rank = words ? rankAhead(doc, i) : -1;
      if (rank > 0) {
        i = field.fieldEnd = field.to = rank;
        continue;
      }
      const jump = words ? Math.max(acronymAhead(doc, i), orgAhead(doc, i, orgAt)) : -1;
      if (jump < 0) break;
      i = field.fieldEnd = jump;
      continue;
    }
    if (t.lower === 'bidang' || t.lower === 'urusan') portfolio = true;
    i = field.fieldEnd = field.to = i + 1;
  }
  return field;
}

/** The index of the first known body within a unit's capitalised name ("Deputi Bidang …, dan Kosmetik BPOM"); else -1. */
function bodyAfterUnit(doc: Doc, at: number, orgAt: ReadonlyMap<number, OrgSpan>): number {
  for (let k = at; k < doc.tokens.length && k - at < 16; k++) {
    const t = doc.tokens[k] as Token;
    if (k > at && orgAt.has(k)) return k;
    if (doc.lineBefore[k] || !(t.cap || t.lower === 'dan' || t.text === ',') || GIVEN.has(t.lower)) return -1;
  }
  return -1;
}

/** "… dan Telematika pada Direktorat Jenderal …": a word right before "pada|dari <body>" belongs to the field. */
function beforeBody(doc: Doc, k: number, orgAt: ReadonlyMap<number, OrgSpan>): boolean {
  const next = doc.tokens[k + 1]?.lower;
  return (next === 'pada' || next === 'dari') && (orgAt.has(k + 2) || bodyAfterUnit(doc, k + 2, orgAt) > 0);
}

/** One past the everyday capitalised words ("Bidang", "Investasi") starting at `at`. */
function fieldWordsEnd(toks: readonly Token[], at: number): number {
  let k = at;
  // "LPS Bidang Program Penjaminan Simpanan, NAME": a portfolio's own words, known or not, up to the comma; in lower
  // case when "bidang" is ("LMKN bidang lisensi, NAME").
  const cap = toks[k]?.cap;
  if (/^(bidang|urusan)$/.test(toks[k]?.lower ?? '')) {
    while (toks[k]?.kind === 'word' && toks[k]?.cap === cap && !GIVEN.has((toks[k] as Token).lower)) k++;
    if (toks[k]?.text === ',') return k;
    k = at;
  }
  while (k - at < 6) {
    const t = toks[k];
    // "… Komisi X DPR Lalu Hadrian Irfani": a Sasak or Balinese name opener starts the name.
    if (!t || (OPENERS.has(t.text) && toks[k + 1]?.cap)) break;
    const place = t.cap ? lookup(PLACE_NAMES, toks, k) : null;
    if (place && k > at) k = place.end;
    else if (
      (t.cap && COMMON.has(t.lower) && !GIVEN.has(t.lower)) ||
      (t.kind === 'number' && t.text.length <= 2 && k > at)
    )
      k++;
    else break;
  }
  return k;
}

/** Lower-case words that describe a title ("Pengamat otomotif", "Ekonom senior"), not verbs or function words. */
function descriptive(toks: readonly Token[], i: number): boolean {
  for (let k = i; k < toks.length && k - i < 3; k++) {
    const w = (toks[k] as Token).lower;
    if (
      (toks[k] as Token).cap ||
      !COMMON.has(w) ||
      FUNCTION_WORDS.has(w) ||
      (/^(me|ber|ter|di)/.test(w) && !NOT_VERBS.has(w))
    )
      return k > i;
  }
  return true;
}

/**
 * "pemilik warung kelontong di Bekasi,", "pedagang cabai, …": up to three lower-case words, no verb or function
 * word, up to a comma or to "di|dari|asal" and a place: the trade's own words.
 */
function plainRun(toks: readonly Token[], i: number): boolean {
  let k = i;
  while (
    k - i < 3 &&
    toks[k]?.kind === 'word' &&
    !toks[k]?.cap &&
    !FUNCTION_WORDS.has(toks[k]?.lower ?? '') &&
    !/^(me|ber|ter|di)/.test(toks[k]?.lower ?? '')
  )
    k++;
  return (
    k > i && (toks[k]?.text === ',' || (/^(di|dari|asal)$/.test(toks[k]?.text ?? '') && (toks[k + 1]?.cap ?? false)))
  );
}

/** Everyday words that look like verbs by their first letters ("digital", "media") but describe a field. */
const NOT_VERBS = new Set(
  'digital distribusi diplomasi media medis mesin merek menengah beras berita teritorial'.split(' '),
);

const FUNCTION_WORDS = new Set(
  'yang dan atau juga akan telah sudah sedang masih pun itu ini dari di ke untuk pada dengan dalam bahwa sebagai saat kini lalu lain lainnya baru asal'.split(
    ' ',
  ),
);

/** Unknown field words up to an acronym in parentheses followed by a name: the index after ")", else -1. */
function acronymAhead(doc: Doc, at: number): number {
  for (let k = at; k < doc.tokens.length && k - at < 10; k++) {
    const t = doc.tokens[k] as Token;
    if (t.text === '(') {
      const close = acronymClose(doc, k);
      return close > 0 && doc.tokens[close + 1]?.cap ? k : -1;
    }
    if (doc.taken[k] || doc.lineBefore[k] || !(t.cap || t.lower === 'dan' || t.text === ',')) return -1;
  }
  return -1;
}

/**
 * "Direktur Reserse Kriminal Khusus Polda …", "Direktur Bina Usaha dan Pelaku Distribusi Kemendag", "Pengawas Pasar
 * Modal, Keuangan Derivatif, dan Bursa Karbon OJK": unknown field words, a list closed by "dan" included, right
 * before a known body; else -1.
 */
function orgAhead(doc: Doc, at: number, orgAt: ReadonlyMap<number, OrgSpan>): number {
  let list = false;
  for (let k = at; k < at + 10; k++) {
    const t = doc.tokens[k];
    if (k > at && orgAt.has(k)) return list ? -1 : k;
    if (k > at && (t?.text === ',' || t?.lower === 'dan' || t?.text === '&')) list = t.text === ',';
    else if (!t?.cap || doc.taken[k] || doc.lineBefore[k] || GIVEN.has(t.lower) || rankAt(doc, k)) return -1;
  }
  return -1;
}

/**
 * "Kapolres Metro Jakarta Selatan Kombes Pol …", "Dandim 0809/Kediri Letkol …": unknown words (a command's number
 * and seat joined by "/" too) up to a rank; else -1.
 */
function rankAhead(doc: Doc, at: number): number {
  // "Kapolda Irjen Pol Rudi …": a rank right after the office is the name's, not the office's territory.
  if (rankAt(doc, at)) return -1;
  for (let k = at; k < at + 5; k++) {
    const t = doc.tokens[k];
    if (k > at && rankAt(doc, k)) return k;
    if (!t || !(t.cap || t.kind === 'number' || (k > at && t.text === '/')) || doc.taken[k] || doc.lineBefore[k])
      return -1;
  }
  return -1;
}

/** Removes "(Ilmate)"-style groups and the spaces they leave. */
function stripParens(s: string): string {
  return s.replace(/\s*\([^()]{0,40}\)/g, '').trim();
}
