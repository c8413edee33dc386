import { lookup, PLACE_NAMES, TITLE_NAMES } from '../dictionary';
import { type Doc, isMark, spanText, take, touching } from '../document';
import { COMPANY_TITLES } from '../gazetteer/titles';
import { COMMON, GIVEN, HONORIFIC, SPEECH_AFTER, SPEECH_VERBS } from '../lexicon';
import type { Token } from '../tokenize';
import { CORPS, degreeEnd, hyphenAt, type NameSpan, RANK, readName } from './names';
import { ORG_CUES, ORG_HEADS, PRODUCTS, SOURCES } from './organization-cues';
import { acronymClose, everyday, type OrgSpan, orgEnd } from './organizations';
import { BODY_NOUNS, readTitle, type TitleSpan } from './titles';

/** A person found in the text: the name by token range and the title that goes with it, if any. */
export interface PersonSpan {
  /** First token of the name. */
  from: number;
  /** One past its last token. */
  to: number;
  /** The name as written, honorifics excluded. */
  name: string;
  /** The title before or after the name, if the text gives one. */
  title: TitleSpan | null;
}

/**
 * Lower-case words that can start a title before a name: the one-word titles no state post needs to be written
 * with a capital ("ekonom", "pemilik", "pelatih"), and the heads of long titles.
 */
const LOWER_TITLES = new Set([
  'co',
  'mantan',
  'juru',
  'direktur',
  'kepala',
  'ketua',
  ...COMPANY_TITLES.flatMap((line) => {
    const title = line.split('|')[0] as string;
    return title.includes(' ') ? [] : [title.toLowerCase()];
  }),
]);

/** Finds people: after a title or honorific, before ", <title>", "selaku <title>", next to speech verbs. */
export function findPersons(
  doc: Doc,
  orgs: readonly OrgSpan[],
): { persons: PersonSpan[]; titles: TitleSpan[]; orgs: OrgSpan[] } {
  const orgAt = new Map(orgs.map((o) => [o.from, o] as [number, OrgSpan]));
  const persons: PersonSpan[] = [];
  const titles: TitleSpan[] = [];
  const toks = doc.tokens;
  // The short forms of the titles found so far, looked up at every untitled word: a map, or a long text's thousands
  // of names each scan every person before them.
  const shortForms = new Map<string, TitleSpan>();
  // The first person holding each post, for "Dirjen Ekosistem Digital" after its holder: a scan of every person at
  // every title made a long text quadratic (1 MB 142 -> 202 ms).
  const byRole = new Map<string, PersonSpan>();
  const holds = (p: PersonSpan | null) => {
    const role = p?.title?.role;
    if (p && role && !byRole.has(role)) byRole.set(role, p);
  };
  const add = (found: PersonSpan) => {
    // "Direktur Budi Santoso dari Kementerian Perdagangan": a body named right after the holder is the post's; a
    // faction only colours a member's post.
    const t = found.title;
    const body = toks[found.to]?.lower === 'dari' && toks[found.to + 1]?.text !== 'Fraksi' && orgAt.get(found.to + 1);
    if (t && body && !t.affiliation && !t.anaphor) t.affiliation = { name: body.name, kind: body.kind };
    persons.push(found);
    holds(found);
    if (found.title) indexShortForms(doc, shortForms, found.title);
  };
  // "Peritel menilai …" where the text also writes "peritel": words it writes in lower case are no name; nor is a
  // body's head word alone ("Asosiasi menyebut …").
  const lowerElsewhere = (name: NameSpan) => {
    const words = toks.slice(name.from, name.to);
    return words.every((t) => doc.uncapitalised.has(t.lower)) || (!words[1] && ORG_HEADS.starts(words[0]?.lower ?? ''));
  };
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Token;
    if (doc.taken[i] || (!t.cap && !LOWER_TITLES.has(t.lower))) continue;
    // Descriptive titles are often written in lower case before a name ("ujar ekonom Indef Tauhid Ahmad").
    const title = readTitle(doc, i, orgAt, !t.cap);
    if (title && !t.cap) {
      // "ParagonCorp, pemilik Wardah": after a capitalised word that no person took, the title describes it.
      // "Namun, juru bicara …": a capitalised everyday word opening the sentence is no such name.
      const before = toks[i - 2];
      const opener =
        before && COMMON.has(before.lower) && (doc.lineBefore[i - 2] || /^[.!?"“]?$/.test(toks[i - 3]?.text ?? ''));
      const apposed = isMark(doc, i - 1, ',') && before?.cap && !opener;
      const name = apposed ? null : fieldOrName(doc, nameAfter(doc, title, orgAt));
      if (name && !doc.headline[i]) {
        const post = laterPost(doc, title, name.to, orgAt);
        add(person(doc, name, post ?? title));
        take(doc, title.from, post?.to ?? name.to);
        i = (post?.to ?? name.to) - 1;
      } else holds(describeLast(doc, title, persons));
      continue;
    }
    if (title) {
      // "Takaful Mitra Umat": a title right after a capitalised word no reader took is a word of a name.
      const inside =
        !doc.lineBefore[i] && toks[i - 1]?.cap && !doc.taken[i - 1] && !COMMON.has(toks[i - 1]?.lower ?? '');
      let name = doc.headline[i] || inside ? null : fieldOrName(doc, nameAfter(doc, title, orgAt));
      // "Menurut Dirjen Hubdat, …" after "(Dirjen Hubdat)": a title's short form used alone is no name; it stands
      // for the holder of the title it shortens.
      // "Dirjen Ekosistem Digital juga …" after "Direktur Jenderal Ekosistem Digital Komdigi, NAME": the field of a
      // post held before, no name.
      const role = name && `${title.role} ${spanText(doc, name.from, name.to)}`;
      const field = role ? byRole.get(role) : undefined;
      const held =
        name && (field?.title || (name.to - name.from === 1 && heldTitle(doc, shortForms, title.from, name.to)));
      if (field?.title && name) field.title.aliases.push(spanText(doc, title.from, name.to));
      if (held && name) [title.to, title.role, title.aliases, name] = [name.to, held.role, held.aliases, null];
      if (name) {
        const post = laterPost(doc, title, name.to, orgAt);
        add(person(doc, name, post ?? title));
        take(doc, title.from, post?.to ?? name.to);
        i = (post?.to ?? name.to) - 1;
      } else {
        holds(describeLast(doc, title, persons));
        titles.push(title);
        take(doc, title.from, title.to);
        i = title.to - 1;
      }
      continue;
    }
    if (insideName(doc, i)) {
      while (toks[i + 1]?.cap && toks[i + 1]?.kind === 'word') i++;
      continue;
    }
    // "Kuala Lumpur, mengatakan", "Coca-Cola Europacific menyatakan": an untitled name does not start inside a run
    // of capitalised words that no name read took (a place's or a brand's tail).
    const prev = toks[i - 1];
    const inRun = prev?.cap && !doc.taken[i - 1] && !doc.lineBefore[i] && !COMMON.has(prev.lower);
    // "petani bawang di Brebes, mengatakan": a word right after "di" names a place, no speaker.
    const name = doc.headline[i] || inRun || prev?.text === 'di' ? null : readName(doc, i, true);
    if (!name) continue;
    // "kata Wakapolda," after "Wakil Kepala Polda (Wakapolda) Riau, Brigjen …": the holder again.
    const held = name.to - name.from === 1 && heldTitle(doc, shortForms, name.from, name.to);
    if (held) {
      titles.push({ ...held, from: name.from, to: name.to, aliases: [spanText(doc, name.from, name.to)] });
      take(doc, name.from, name.to);
      continue;
    }
    const after = titleAfter(doc, name.to, orgAt);
    if (
      after ||
      (hasCue(doc, name) && !lowerElsewhere(name)) ||
      (name.honorificFrom < name.from && name.to > name.from) ||
      // "dipimpin Agustinus Halim Wicaksana, S.H., dari …": a degree after the comma marks a person like an honorific.
      (isMark(doc, name.to, ',') && degreeEnd(doc, name.to + 1) > 0)
    ) {
      add(person(doc, name, after ?? rankTitle(doc, name)));
      take(doc, name.honorificFrom, after ? after.to : name.to);
      i = (after ? after.to : name.to) - 1;
    } else {
      i = name.to - 1;
    }
  }
  // Organisations met only as a person's affiliation ("Partner East Ventures, Melisa Irene") are organisations too.
  const named = persons.flatMap((p) => (p.title?.namedOrg ? [p.title.namedOrg] : []));
  // "CEO Medisaku, Kirana …" … "Medisaku mengklaim": an untitled "speaker" the text names as an organisation is it.
  // "Hanseong Life menyatakan" after "Hanseong Life Insurance Co., Ltd": a body's first words are its short name.
  // Each distinct name once: a long text names the same bodies thousands of times.
  const bodies = new Set(
    [...new Set([...orgs, ...named].map((o) => o.name))].flatMap((n) =>
      n.split(' ').map((_, k, w) => w.slice(0, k + 1).join(' ')),
    ),
  );
  const people = persons.filter((p) => p.title || !bodies.has(p.name));
  return { persons: people, titles, orgs: named };
}

/**
 * The post the text means after a title and its name: the one after "sebagai" ("menunjuk penyanyi Kirana sebagai
 * brand ambassador"), or a post that leads or runs a body, after a comma, when the first title only describes the
 * person ("Pengamat penerbangan Arista, yang juga Ketua Forum …").
 */
function laterPost(doc: Doc, title: TitleSpan, at: number, orgAt: ReadonlyMap<number, OrgSpan>): TitleSpan | null {
  // "menunjuk aktor Park, sebagai duta merek …": the comma after an apposed name may stand before "sebagai".
  const as = isMark(doc, at, ',') ? at + 1 : at;
  if (doc.tokens[as]?.lower === 'sebagai') return titleAfter(doc, as, orgAt) ?? appointed(doc, as + 1, title);
  if (title.status !== 'company' || title.affiliation || title.anaphor || !isMark(doc, at, ',')) return null;
  // "Pengamat pemasaran Rangga, yang juga dosen Universitas Airlangga": another description is no post.
  const post = titleAfter(doc, at, orgAt);
  return post?.affiliation && post.status !== 'company' ? post : null;
}

/**
 * "menunjuk aktris Yoon sebagai bintang iklan.": two lower-case words before the sentence's end or a comma name the
 * part the person is given, a post no list holds; the title before the name only described the person.
 */
function appointed(doc: Doc, at: number, title: TitleSpan): TitleSpan | null {
  const toks = doc.tokens;
  return toks.slice(at, at + 2).every((w) => !w.cap && COMMON.has(w.lower)) && /^[.,]$/.test(toks[at + 2]?.text ?? '')
    ? {
        from: title.from,
        to: at + 2,
        role: spanText(doc, at, at + 2),
        status: 'company',
        affiliation: null,
        aliases: [],
      }
    : null;
}

/**
 * "Budi … . Menurut Direktur Pemasaran PT X itu, …", "… direktur perusahaan itu": a post with "itu" and no name
 * describes the person named just before, in that sentence or the one before, when no title came with the name.
 * Returns that person, or null when the post describes nobody.
 */
function describeLast(doc: Doc, title: TitleSpan, persons: PersonSpan[]): PersonSpan | null {
  const last = persons[persons.length - 1];
  const w = doc.tokens[title.to]?.lower;
  if (
    last &&
    !last.title &&
    (w === 'itu' || w === 'tersebut' || title.anaphor) &&
    (doc.sentence[title.from] as number) - (doc.sentence[last.from] as number) <= 1
  ) {
    last.title = title;
    return last;
  }
  return null;
}

/**
 * "Direktur Bina Usaha dan Pelaku Distribusi", "Kepala Dinas Koperasi, UKM, dan Perindustrian", "Manager
 * Communication, Relations & CSR": words after a title that a list goes on from are its field, no name, when none
 * of them is a known first name and the list goes on with neither a first name nor a title; so is one such word
 * before "itu"/"tersebut".
 */
function fieldOrName(doc: Doc, name: NameSpan | null): NameSpan | null {
  const toks = doc.tokens;
  if (!name || toks.slice(name.from, name.to).some((t) => GIVEN.has(t.lower))) return name;
  // "Dirjen Perikanan Tangkap itu", "Ketua Fraksi Partai Gerakan Indonesia Raya (Gerindra) itu": a title with a
  // demonstrative points back to its holder; its last word is no name, nor are more words when the clause ends
  // there ("…,” tegas Dirjen Ekosistem Digital itu."; "Kepala Bappeda Nurjanah Rahim itu menolak …" names a holder).
  const close = isMark(doc, name.to, '(') ? acronymClose(doc, name.to) : name.to - 1;
  if (
    (name.to - name.from === 1 || /^[.,]$/.test(toks[close + 2]?.text ?? '')) &&
    close > 0 &&
    /^(itu|tersebut)$/.test(toks[close + 1]?.lower ?? '')
  )
    return null;
  // "Kepala Dinas Koperasi, UKM dan Transmigrasi (Diskopnaker) …": the last word of a body's list before its acronym.
  if (name.to - name.from === 1 && close > name.to && toks[name.from - 1]?.lower === 'dan') return null;
  const k = name.to + (isMark(doc, name.to, ',') ? 1 : 0);
  const next = toks[k + 1];
  return /^(dan|serta|&|and)$/.test(toks[k]?.lower ?? '') &&
    next?.cap &&
    !GIVEN.has(next.lower) &&
    !lookup(TITLE_NAMES, toks, k + 1)
    ? null
    : name;
}

/**
 * Keeps a found person's title under its short forms, the first title to have one winning: its aliases and what it
 * writes in parentheses ("Direktur Jenderal Perhubungan Darat (Dirjen Hubdat)").
 */
function indexShortForms(doc: Doc, forms: Map<string, TitleSpan>, title: TitleSpan): void {
  const keep = (form: string) => forms.has(form) || forms.set(form, title);
  for (const alias of title.aliases) keep(alias);
  for (let k = title.from; k < title.to; k++) {
    if (!isMark(doc, k, '(')) continue;
    let close = k + 1;
    while (close < title.to && !isMark(doc, close, ')')) close++;
    if (close < title.to && close > k + 1) keep(spanText(doc, k + 1, close));
  }
}

/**
 * The title of a person found so far whose short form the words `from`..`to` are. The short form becomes an alias of
 * that title, so its later uses find the holder.
 */
function heldTitle(doc: Doc, forms: ReadonlyMap<string, TitleSpan>, from: number, to: number): TitleSpan | undefined {
  const written = spanText(doc, from, to);
  // "Kabaranahan" after "Kepala Badan Sarana Pertahanan (Baranahan)": "Ka" before a body's short name is its head.
  const title = forms.get(written) ?? forms.get(written.replace(/^Ka(.)/, (_, c) => c.toUpperCase()));
  if (title && !title.aliases.includes(written)) title.aliases.push(written);
  return title;
}

/**
 * "di Pasar Induk Cipinang, mengatakan": a free everyday word with a capital inside the sentence opens a longer
 * proper name (a market, a street, a building), so the words after it are no person's name.
 */
function insideName(doc: Doc, i: number): boolean {
  const before = doc.tokens[i - 1];
  return (
    !!before?.cap &&
    !doc.taken[i - 1] &&
    COMMON.has(before.lower) &&
    !GIVEN.has(before.lower) &&
    !HONORIFIC.has(before.lower) &&
    doc.sentence[i - 2] === doc.sentence[i] &&
    doc.tokens[i - 2]?.kind === 'word'
  );
}

function person(doc: Doc, name: NameSpan, title: TitleSpan | null): PersonSpan {
  return { from: name.from, to: name.to, name: spanText(doc, name.from, name.to), title };
}

/**
 * The name after a title: right after it, or after a comma ("Director Xiaomi Co., Ltd, Jon Dove"), possibly
 * past a few more capitalised words of the organisation ("Head of … Samsung Electronics Indonesia, Ilham").
 */
function nameAfter(doc: Doc, title: TitleSpan, orgAt: ReadonlyMap<number, OrgSpan>): NameSpan | null {
  const toks = doc.tokens;
  // "Anggota Komisi IX lainnya, …", "ekonom lain dari Indef, …": one more holder of the same post.
  // "Ketua MPR RI Ahmad Muzani": the Republic after the post is the post's, the name follows.
  if (/^(lain(nya)?|RI)$/.test(toks[title.to]?.text ?? '')) title.to++;
  // "Country Manager Hanseo Medical untuk Indonesia, Park …": the country a post covers, after its body, is part of
  // the post (as the corpus writes it, like "Duta Besar Jepang untuk Indonesia").
  let u = title.to;
  while (toks[u]?.cap || toks[u]?.text === '&') u++;
  const covers = toks[u]?.lower === 'untuk' && lookup(PLACE_NAMES, toks, u + 1);
  const coverer = covers && isMark(doc, covers.end, ',') && readName(doc, covers.end + 1, true);
  if (coverer && closesApposition(doc, coverer.to)) {
    attachExtra(doc, title, u, orgAt);
    title.role += ` ${spanText(doc, u, covers.end)}`;
    title.to = covers.end;
    return coverer;
  }
  // "Ketua Kadin Jawa Timur Adik Dwi Putranto": a place right after the title is the body's region.
  // "Direktur Pelaksana Bank Dunia untuk Indonesia Carolyn Turk": the country the post covers, then the name.
  // "Branch Manager PT X cabang Banjarmasin, Lim …": the branch's city, written after the company; "Kepala OJK
  // Provinsi Sumatera Selatan dan Bangka Belitung, Marlina …": an office that serves a second region.
  const prep = /^(untuk|di|cabang|dan)$/.test(toks[title.to]?.lower ?? '') ? 1 : 0;
  const place = lookup(PLACE_NAMES, toks, title.to + prep);
  // "Kepala Balai Besar POM di Makassar, Nurhayati …": the office's seat, then the name after a comma.
  if (place && (toks[place.end]?.cap || (prep && isMark(doc, place.end, ','))) && (!prep || title.affiliation))
    title.to = place.end;
  // "Kepala Korlantas (Kakorlantas) Polri Irjen Pol. Agus": the parent body between the title and the name.
  // "Anggota Komisi IV DPR RI dari Fraksi PDI Perjuangan Rokhmin": the member's faction is colour.
  const faction = toks[title.to]?.lower === 'dari' ? orgAt.get(title.to + 1) : undefined;
  if (faction && toks[title.to + 1]?.text === 'Fraksi' && readName(doc, faction.to, false)) title.to = faction.to;
  const parent = title.affiliation ? orgAt.get(title.to) : undefined;
  const afterParent = parent ? readName(doc, parent.to, false) : null;
  if (parent && afterParent && closesName(doc, afterParent.to)) title.to = parent.to;
  // "Direktur utama perusahaan itu, yang baru menjabat sejak Juni, Tri …", "Direktur PT X, produsen merek Polytron,
  // Tekno …", "Kepala Dinas … yang baru dilantik, Budi …", "Anggota Komisi XI DPR asal daerah pemilihan NTT, Melki
  // …", "Direktur PT X, pengelola jaringan RS Y, Rina …": a clause about the post, the body or the member's seat
  // before the name.
  const clause = toks[title.to + 1]?.lower ?? '';
  if (
    /^(yang|asal)$/.test(toks[title.to]?.lower ?? '') ||
    (isMark(doc, title.to, ',') &&
      (/^(yang|pengelola|pemilik)$/.test(clause) || ORG_CUES.has(clause) || BODY_NOUNS[clause]))
  ) {
    let c = title.to + 2;
    while (c - title.to < 12 && toks[c] && !doc.lineBefore[c] && !/^[,.]$/.test(toks[c]?.text ?? '')) c++;
    const name = isMark(doc, c, ',') ? readName(doc, c + 1, true) : null;
    if (name && closesApposition(doc, name.to)) return name;
  }
  const direct = readName(doc, title.to, false);
  // "Brand Manager Gery di Garudafood, Yoga …": the words before "di <body>," are the post's product or field.
  const post = direct && /^(di|pada)$/.test(toks[direct.to]?.text ?? '') ? orgAt.get(direct.to + 1) : undefined;
  const postEnd = post ? orgEnd(doc, post) : -1;
  const holder = post && isMark(doc, postEnd, ',') ? readName(doc, postEnd + 1, true) : null;
  if (direct && post && holder && closesApposition(doc, holder.to)) {
    title.role += ` ${spanText(doc, direct.from, direct.to)}`;
    title.affiliation = post;
    title.to = postEnd + 1;
    return holder;
  }
  if (direct) splitBrand(doc, title, direct);
  // "Country Manager Kantar Worldpanel Indonesia Nadia …", "Manager Humas KAI Daop 6 Yogyakarta Wiwik …": a brand
  // or a unit ends at its country, city or number; the name follows.
  let cut = -1;
  for (let k = direct && !closesName(doc, direct.to) ? direct.from : toks.length; k < title.to + 8 && toks[k]; ) {
    const t = toks[k] as Token;
    const place = lookup(PLACE_NAMES, toks, k);
    if (!(t.cap || t.kind === 'number' || hyphenAt(doc, k))) break;
    k = place ? place.end : k + 1;
    if (place || t.kind === 'number') cut = k;
  }
  const rest = cut > 0 ? readName(doc, cut, false) : null;
  // "General Manager Club Med Bintan Island, Camille …,": a word after the place closed by ", NAME," is the body's.
  const then = rest && isMark(doc, rest.to, ',') ? readName(doc, rest.to + 1, true) : null;
  if (direct && rest && closesName(doc, rest.to) && !(then && closesApposition(doc, then.to))) {
    nameBody(doc, title, direct.from, cut);
    title.to = cut;
    return rest;
  }
  // "Partner East Ventures, Melisa Irene, menilai": the words right after the title were its organisation.
  const appositive = direct && isMark(doc, direct.to, ',') ? readName(doc, direct.to + 1, true) : null;
  // "CMO PT Espay Debit Indonesia Koe (DANA Indonesia), Dita …": words with a short name in parentheses before
  // ", NAME" end the body.
  const paren = direct && isMark(doc, direct.to, '(') ? acronymClose(doc, direct.to) : -1;
  const behind = paren > 0 && isMark(doc, paren + 1, ',') ? readName(doc, paren + 2, true) : null;
  // "CEO Sinar F&B, Rina …": an "&" written inside a word joins a brand's letters; the name follows the comma.
  const glued = direct && isMark(doc, direct.to, '&') && touching(doc, direct.to - 1) && touching(doc, direct.to);
  if (
    direct &&
    !glued &&
    closesName(doc, direct.to) &&
    !(appositive && closesApposition(doc, appositive.to)) &&
    !(behind && closesApposition(doc, behind.to))
  )
    return direct;
  let k = title.to;
  let open = -1;
  while (
    k < toks.length &&
    k - title.to < 10 &&
    ((toks[k] as Token).cap ||
      (toks[k] as Token).text === '&' ||
      (toks[k] as Token).text === '/' ||
      // "… Elektronik dan Alat-alat Listrik …": a word doubled with a hyphen goes on in lower case.
      hyphenAt(doc, k) ||
      (k > title.to && hyphenAt(doc, k - 1)) ||
      (toks[k] as Token).lower === 'dari' ||
      // "Anggota Komisi XI DPR dari daerah pemilihan Sumatera Utara I, …": the member's constituency is colour.
      (toks[title.to]?.lower === 'dari' && (toks[k] as Token).kind === 'word'))
  )
    k++;
  // "… Regional Jawa Timur, Bali, dan Nusa Tenggara (Jatimbalinus), NAME": a listed region up to the short name;
  // "Asosiasi Modal Ventura untuk Startup Indonesia (Amvesindo), NAME": the rest of the body's name.
  let m = k;
  while (
    m - title.to < 16 &&
    (/^(,|dan|untuk)$/.test(toks[m]?.text ?? '') || (toks[m]?.cap && !GIVEN.has(toks[m]?.lower ?? '')))
  )
    m++;
  if (m > k && isMark(doc, m, '(') && isMark(doc, acronymClose(doc, m) + 1, ',')) k = m;
  // "Pengamat dari Jaringan Penerbangan Indonesia (Japri), Gerry": the organisation's short name before the comma.
  const close = k > title.to && isMark(doc, k, '(') ? acronymClose(doc, k) : -1;
  if (close > 0 && isMark(doc, close + 1, ',')) [open, k] = [k, close + 1];
  if (!isMark(doc, k, ',')) return direct && closesName(doc, direct.to) ? direct : null;
  const name = readName(doc, k + 1, true);
  if (name && k > title.to) {
    attachExtra(doc, title, open > 0 ? open : k, orgAt);
    const org = title.namedOrg;
    if (org && open > 0 && org.to === open) {
      org.acronym = { from: open + 1, to: close };
      org.aliases = [spanText(doc, open + 1, close)];
    }
    title.to = k;
  }
  return name;
}

/**
 * Words between a title and ", NAME": an organisation found there becomes the affiliation (words before it join
 * the role), everyday words join the role ("Bidang Perindustrian"), a place is left out, anything else names the
 * organisation ("Kemdiktisaintek", "Geely Auto Indonesia").
 */
function attachExtra(doc: Doc, title: TitleSpan, to: number, orgAt: ReadonlyMap<number, OrgSpan>): void {
  let from = title.to;
  // "Anggota Komisi XII DPR dari Fraksi Partai Golkar, …": the body is known, or the faction is: it is colour.
  if (doc.tokens[from]?.lower === 'dari' && (title.affiliation || doc.tokens[from + 1]?.text === 'Fraksi')) return;
  // "Ekonom lain dari Universitas Gadjah Mada, …": "dari" ties the post to the body, it is no field word.
  if (doc.tokens[from]?.lower === 'dari') from++;
  for (let k = from; k < to; k++) {
    const org = orgAt.get(k);
    if (!org) continue;
    // "Direktur … pada Direktorat Jenderal ILMATE Kementerian Perindustrian, NAME": the parent body is colour.
    if (k === from && title.affiliation?.kind === org.kind && title.affiliation.name !== org.name) return;
    // "Deputi … Kementerian X/Badan Y, NAME": the slash between two bodies is no word of the role.
    const end = isMark(doc, k - 1, '/') ? k - 1 : k;
    if (end > from) title.role = `${title.role} ${spanText(doc, from, end)}`;
    title.affiliation = { name: org.name, kind: org.kind };
    return;
  }
  if (from >= to) return;
  const extra = spanText(doc, from, to);
  const place = lookup(PLACE_NAMES, doc.tokens, from);
  if (place && place.end === to) return;
  if (extra.split(' ').every((w) => COMMON.has(w.toLowerCase()))) title.role = `${title.role} ${extra}`;
  else if (title.affiliation && title.to > title.from) {
    title.affiliation = {
      ...title.affiliation,
      name: `${title.affiliation.name}${touching(doc, from - 1) ? '' : ' '}${extra}`,
    };
  } else nameBody(doc, title, from, to);
}

/** The words `from`..`to` near a title name its body ("Geely Auto Indonesia"), unless the title has one. */
function nameBody(doc: Doc, title: TitleSpan, from: number, to: number): void {
  if (title.affiliation) return;
  const name = spanText(doc, from, to);
  const kind = guessKind(name, title);
  title.affiliation = { name, kind };
  title.namedOrg = { from, to, name, kind, aliases: [], acronym: null };
}

/**
 * "CEO Sociolla John Rasjid": unknown words before a known first name, after a title with no organisation, are
 * the organisation; the name starts at the first name.
 */
function splitBrand(doc: Doc, title: TitleSpan, name: NameSpan): void {
  if (title.affiliation || title.status === 'state' || name.honorificFrom !== name.from) return;
  const toks = doc.tokens;
  let at = -1;
  for (let k = name.from + 1; k < name.to - 1 && at < 0; k++) {
    if (GIVEN.has((toks[k - 1] as Token).lower)) return;
    // "Rebecca Tan-Whitfield": a word joined by a hyphen to either side is a surname's part, no first name.
    if (GIVEN.has((toks[k] as Token).lower) && !hyphenAt(doc, k - 1) && !hyphenAt(doc, k + 1)) at = k;
    // "CEO Daon Robotics Seo Ji-woo": a Korean given name (its second syllable in lower case) follows the surname.
    if (k > name.from + 1 && hyphenAt(doc, k + 1) && !toks[k + 2]?.cap) at = k - 1;
  }
  // "Marketing Manager Le Minerale Febri Hutama": no first name is known, but the text names "Le Minerale"
  // elsewhere on its own ("Aqua dan Le Minerale,"), so those words are the brand and the rest the person.
  // A hyphenated word ("Swiss-Belhotel") is never cut.
  for (let k = name.from + 1; k < name.to - 1 && at < 0; k++)
    if (toks[k]?.kind === 'word' && !hyphenAt(doc, k - 1) && standsAlone(doc, name.from, k)) at = k;
  if (at < 0) return;
  nameBody(doc, title, name.from, at);
  title.to = at;
  name.from = name.honorificFrom = at;
}

/** Whether the words `from`..`to` occur elsewhere in the text with no capitalised word right after them. */
function standsAlone(doc: Doc, from: number, to: number): boolean {
  const toks = doc.tokens;
  const first = (toks[from] as Token).text;
  for (let i = 0; i < toks.length; i++) {
    if (i === from || toks[i]?.text !== first) continue;
    let k = 1;
    while (k < to - from && toks[i + k]?.text === toks[from + k]?.text) k++;
    const next = toks[i + k];
    if (k === to - from && !(next?.cap && next.kind === 'word')) return true;
  }
  return false;
}

/** What can follow a name: punctuation, a lower-case word, the end of the text. */
function closesName(doc: Doc, at: number): boolean {
  const t = doc.tokens[at];
  return !t || doc.lineBefore[at] === 1 || t.kind === 'punct' || (!t.cap && t.kind === 'word');
}

/** The kind of an organisation known only by the words after a title ("Kemdiktisaintek", "Geely Auto"). */
function guessKind(name: string, title: TitleSpan): OrgSpan['kind'] {
  // "Presiden Hanbit Cultural Foundation": a body whose last word says foundation or association is no state's.
  if (/ (Foundation|Association|Institute|Society|Federation|Union|University)$/.test(name)) return 'other';
  // "Bappeda", "Disperindag", "Diskominfo": regional offices named by their acronyms.
  if (
    title.status !== 'company' &&
    /^(Kemen|Kem|Ked|Badan|Dinas|Direktorat|Pemerintah|Pemprov|Pemkab|Pemkot|Polda|Polres|Korlantas|Otorita|Bap|Dis[a-z])/.test(
      name,
    )
  )
    return 'government';
  return title.status === 'state' ? 'government' : 'company';
}

/** "AKBP Budi Santoso", "Irjen Pol. Agus": a police or military rank before a name is a state position. */
function rankTitle(doc: Doc, name: NameSpan): TitleSpan | null {
  // "Laksda TNI (Purn) Budi": a retired officer holds no rank's post.
  const retired = doc.tokens.slice(name.honorificFrom, name.from).some((t) => t.lower === 'purn');
  if (name.honorificFrom === name.from || retired) return null;
  const hit = lookup(TITLE_NAMES, doc.tokens, name.honorificFrom);
  const rank = doc.tokens[name.honorificFrom] as Token;
  // "Marsdya TNI Bambang …": a rank the title list does not spell out still makes an officer.
  if (!hit && RANK.has(rank.text) && !CORPS.has(rank.text))
    return {
      from: name.honorificFrom,
      to: name.honorificFrom + 1,
      role: rank.text,
      status: 'state',
      affiliation: null,
      aliases: [],
    };
  if (hit?.value.status !== 'state' || hit.value.complement) return null;
  return {
    from: name.honorificFrom,
    to: hit.end,
    role: hit.value.role,
    status: 'state',
    affiliation: null,
    aliases: [],
  };
}

/** A comma, a period or a speech verb after an appositive name. */
function closesApposition(doc: Doc, at: number): boolean {
  const t = doc.tokens[at];
  // "…, mitra Es Teh Sagara asal Cirebon, …", "…, pemilik usaha Batik X di Laweyan, …": the holder's home town or
  // seat after the body closes it too.
  return (
    !t ||
    t.text === ',' ||
    t.text === '.' ||
    SPEECH_VERBS.has(t.lower) ||
    (/^(asal|di)$/.test(t.lower) && !!doc.tokens[at + 1]?.cap)
  );
}

/** Words between "yang" and "menjabat": "yang kini menjabat", "yang saat ini menjabat". */
const WHEN = new Set('juga kini saat ini sekarang pernah'.split(' '));

/** ", Associate Director Xiaomi", "selaku Ketua Umum Kadin", "yang juga Direktur …" after a name. */
function titleAfter(doc: Doc, at: number, orgAt: ReadonlyMap<number, OrgSpan>): TitleSpan | null {
  const toks = doc.tokens;
  let i = at;
  // "Laras (45), Direktur …": the age in parentheses.
  if (isMark(doc, i, '(') && toks[i + 1]?.kind === 'number' && isMark(doc, i + 2, ')')) i += 3;
  if (isMark(doc, i, ',')) i++;
  // "Budi Santoso, M.Sc., Kepala Pusat …": degrees after the name, each closed by a comma.
  for (let d = degreeEnd(doc, i); i > at && d > i; d = degreeEnd(doc, i)) i = d;
  // "Ujang, 46 tahun, pemilik bengkel las": the age between the name and the title.
  if (i > at && toks[i + 1]?.lower === 'tahun' && isMark(doc, i + 2, ',')) i += 3;
  // "…, salah satu pendiri Social Bella", "salah seorang pedagang": one of several holders is still a holder.
  if (toks[i]?.lower === 'salah' && /^(satu|seorang)$/.test(toks[i + 1]?.lower ?? '')) i += 2;
  const w = toks[i]?.lower;
  if (/^(selaku|sebagai|merupakan|adalah)$/.test(w ?? '')) i++;
  else if (w === 'yang') {
    // "yang juga …", "yang (kini|saat ini|juga) menjabat (sebagai) …", "yang merupakan …"
    let k = i + 1;
    while (k < i + 3 && WHEN.has(toks[k]?.lower ?? '')) k++;
    const serves = /^(menjabat|merupakan|adalah)$/.test(toks[k]?.lower ?? '');
    if (!serves && toks[i + 1]?.lower !== 'juga') return null;
    i = serves ? (toks[k + 1]?.lower === 'sebagai' ? k + 2 : k + 1) : k;
  } else if (i === at) return null;
  // After "NAME," a title may be written in lower case ("analis senior Mirae Asset").
  const title = readTitle(doc, i, orgAt, i > at);
  if (!title) return null;
  const next = nameAfter(doc, title, orgAt);
  if (!next) return title;
  // "Sarah Johnson, Regional Director Visa, mengatakan", "…, pendiri Social Bella, …": the words after the title,
  // up to the apposition's end, name its body unless they open with a first name.
  const word = doc.tokens[next.from] as Token;
  // "…, Vice President Operations Kalani Hotels & Resorts, …": "&" joins the body's words.
  while (isMark(doc, next.to, '&') && doc.tokens[next.to + 1]?.cap) next.to += 2;
  if (next.to - next.from <= 4 && !GIVEN.has(word.lower) && closesApposition(doc, next.to)) {
    nameBody(doc, title, next.from, next.to);
    title.to = next.to;
    return title;
  }
  // "sebagai duta merek Aromalaya untuk …": the words after a part given to the person name what it is for.
  return w === 'sebagai' ? title : null;
}

/** A speech verb next to the name, "menurut" before it, or a first name the dictionary knows with a surname. */
function hasCue(doc: Doc, name: NameSpan): boolean {
  const toks = doc.tokens;
  const before = toks[name.honorificFrom - 1];
  const after = toks[name.to];
  // "Sumber Kompas menyebutkan", "Data BPS menunjukkan": a source named after its kind of document says things.
  if (before && (SOURCES.has(before.lower) || PRODUCTS.has(before.lower))) return false;
  // "Pemprov berharap …": a regional government's short head speaks as the body, it is no name.
  if (name.to - name.from === 1 && /^Pem(prov|kab|kot)$/.test((toks[name.from] as Token).text)) return false;
  // "dr. Kirana, Sp.PD, mengatakan": a word glued to a period ends a degree or a specialty, it is no name.
  if (before?.text === '.' && doc.end[name.honorificFrom - 1] === doc.start[name.from]) return false;
  if (before && (SPEECH_AFTER.has(before.lower) || before.lower === 'menurut')) return true;
  if (after && SPEECH_VERBS.has(after.lower)) return true;
  if (after?.text === ',' && toks[name.to + 1] && SPEECH_VERBS.has((toks[name.to + 1] as Token).lower)) return true;
  // "Hari Belanja Online Nasional (Harbolnas)", "Hari Pelanggan Nasional", "Hari Kemerdekaan", "Tim Nasional": a day,
  // an event or a team, not a first name and surname (a derived noun is an everyday word too).
  const last = toks[name.to - 1] as Token;
  if (everyday(last.lower) && !GIVEN.has(last.lower) && everyday((toks[name.from + 1] as Token).lower)) return false;
  return name.to - name.from >= 2 && GIVEN.has((toks[name.from] as Token).lower) && !isMark(doc, name.to, '(');
}
