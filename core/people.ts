import { bySentence, type Doc, spanText, take } from './document';
import { COMMON, HONORIFIC, SPEECH_AFTER } from './lexicon';
import { hyphenAt } from './recognize/names';
import type { OrgSpan } from './recognize/organizations';
import type { PersonSpan } from './recognize/persons';
import type { TitleSpan } from './recognize/titles';
import type { Token } from './tokenize';
import type { Mention, Person } from './types';

/** A person being assembled: the public fields plus the name's words for matching short references. */
export interface PersonDraft extends Omit<Person, 'id'> {
  /** Lower-cased words of the full name. */
  words: Set<string>;
}

/** Lower-cased words of a name that can stand for it alone (initials and particles excluded). */
function nameWords(name: string): string[] {
  return name
    .split(/[\s.-]+/)
    .filter((w) => w.length > 1 && !(w.length <= 3 && w === w.toUpperCase()))
    .map((w) => w.toLowerCase())
    .filter((w) => !HONORIFIC.has(w));
}

/**
 * Merges person spans into people: the longest names first, then every shorter name whose words all belong to
 * exactly one of them ("Agus" → "Agus Gumiwang Kartasasmita"). Titles fill role, official flag and affiliation.
 */
export function buildPeople(doc: Doc, spans: readonly PersonSpan[], orgs: readonly OrgSpan[]): PersonDraft[] {
  const people: PersonDraft[] = [];
  const byName = new Map<string, PersonDraft>();
  const byWord = new Map<string, PersonDraft[]>();
  const orgsBySentence = bySentence(doc, orgs);
  const order = [...spans].sort((a, b) => b.to - b.from - (a.to - a.from) || a.from - b.from);
  // A name is split once, not at each of its mentions (a long text names the same people thousands of times).
  const wordsOf = new Map<string, string[]>();
  for (const span of order) {
    const words = wordsOf.get(span.name) ?? nameWords(span.name);
    wordsOf.set(span.name, words);
    const owners = (byWord.get(words[0] ?? '') ?? []).filter((p) => words.every((w) => p.words.has(w)));
    const mention = mentionOf(doc, span.from, span.to);
    // "Kepala Staf Angkatan Darat (Kasad) … Kasad menyebut": a title's short form used alone is its holder.
    let draft =
      owners.length === 1
        ? owners[0]
        : (byName.get(span.name) ??
          people.find((p) => p.aliases.includes(span.name)) ??
          latest(owners, mention) ??
          // "kata Melki" after "Gubernur NTT Emanuel Melkiades Laka Lena": a one-word name no one bears whole is
          // the start of a word of the person named last before it (found once per distinct name, not per mention).
          (words[1] || span.name.length < 4
            ? undefined
            : latest(
                people.filter((p) => [...p.words].some((x) => x.startsWith(words[0] as string))),
                mention,
              )));
    if (!draft) {
      draft = {
        name: span.name,
        aliases: [],
        role: null,
        official: false,
        affiliation: null,
        mentions: [],
        words: new Set(words),
      };
      people.push(draft);
      byName.set(span.name, draft);
      for (const w of draft.words) byWord.set(w, [...(byWord.get(w) ?? []), draft]);
    } else if (draft.name !== span.name && !draft.aliases.includes(span.name)) {
      draft.aliases.push(span.name);
    }
    draft.mentions.push(mention);
    // "Gubernur Ahmad Luthfi …" in the lead, "Gubernur Jawa Tengah Ahmad Luthfi" in the body: the fuller post wins.
    if (span.title && (draft.role === null || fuller(span.title, draft)))
      applyTitle(draft, span.title, orgsBySentence.get(doc.sentence[span.title.from] as number) ?? [], orgs);
    if (span.title) for (const a of span.title.aliases) if (!draft.aliases.includes(a)) draft.aliases.push(a);
  }
  return people;
}

/**
 * "kata Andi" with "Andi M. Rusdianto" and "Andi Sudirman Sulaiman" in the text: a short name that several people
 * share is the one introduced last before it (a reader reads it so); none introduced before, it stays its own.
 */
function latest(owners: readonly PersonDraft[], mention: Mention): PersonDraft | undefined {
  let best: PersonDraft | undefined;
  for (const p of owners) {
    const first = p.mentions[0]?.start ?? mention.start;
    if (first < mention.start && first > (best?.mentions[0]?.start ?? -1)) best = p;
  }
  return best;
}

/** The title's role is the person's role with more words of the same post, and names no other body. */
function fuller(title: TitleSpan, p: PersonDraft): boolean {
  const aff = title.affiliation?.name ?? null;
  return title.role.startsWith(`${p.role} `) && (aff === p.affiliation || p.affiliation === null);
}

/** Sets role, affiliation and the official flag from a title. */
function applyTitle(
  p: PersonDraft,
  title: TitleSpan,
  sentenceOrgs: readonly OrgSpan[],
  allOrgs: readonly OrgSpan[],
): void {
  p.role = title.role;
  let aff = title.affiliation;
  // "direktur utama perseroan itu": the last body of that kind named before the title, in any sentence.
  const { anaphor } = title;
  if (!aff && anaphor) {
    const near = allOrgs.findLast((o) => o.to <= title.from && (anaphor === 'any' || o.kind === anaphor));
    if (near) aff = { name: near.name, kind: near.kind };
  }
  if (!aff) {
    const near = orgBefore(title.from, sentenceOrgs, title.status === 'company' ? 'company' : 'government');
    if (near) aff = { name: near.name, kind: near.kind };
  }
  p.affiliation = aff?.name ?? null;
  // The body decides (a Kadin chair or a state-company director is no official); without one, the title does.
  p.official = aff ? aff.kind === 'government' : title.status === 'state';
}

/** The closest organisation of `kind` before token `at` among its sentence's organisations. */
function orgBefore(at: number, sentenceOrgs: readonly OrgSpan[], kind: OrgSpan['kind']): OrgSpan | null {
  let best: OrgSpan | null = null;
  for (const o of sentenceOrgs) {
    if (o.to > at || o.kind !== kind) continue;
    if (!best || o.from > best.from) best = o;
  }
  return best;
}

export function mentionOf(doc: Doc, from: number, to: number): Mention {
  return { start: doc.start[from] as number, end: doc.end[to - 1] as number };
}

/**
 * Short references left in the text: a capitalised word (or run) all of whose words belong to exactly one
 * person ("Zhao"), and titles standing alone ("Menperin") whose role or abbreviation one person holds.
 */
export function resolveShortReferences(doc: Doc, people: PersonDraft[], titles: readonly TitleSpan[]): void {
  const byWord = new Map<string, PersonDraft | null>();
  for (const p of people) {
    for (const w of p.words) byWord.set(w, byWord.has(w) && byWord.get(w) !== p ? null : p);
  }
  const toks = doc.tokens;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Token;
    if (!t.cap || doc.taken[i]) continue;
    const owner = byWord.get(t.lower);
    if (!owner || (COMMON.has(t.lower) && i > 0 && doc.sentence[i - 1] !== doc.sentence[i])) continue;
    let to = i + 1;
    // "Keller-Brandt", "Ji-hoon": a hyphen inside the name joins its words.
    for (let k = to; k < toks.length && !doc.taken[k]; k = to) {
      if (hyphenAt(doc, k)) k++;
      const w = toks[k] as Token;
      if ((w.cap || k > to) && byWord.get(w.lower) === owner) to = k + 1;
      else break;
    }
    const written = spanText(doc, i, to);
    owner.mentions.push(mentionOf(doc, i, to));
    if (written !== owner.name && !owner.aliases.includes(written)) owner.aliases.push(written);
    take(doc, i, to);
    i = to - 1;
  }
  // Roles, aliases, and each role's first word with a space after it ("Gubernur "): the post written out alone.
  const byRole = new Map<string, PersonDraft | null>();
  for (const p of people) {
    for (const key of [p.role, ...p.aliases, p.role && `${p.role.split(' ')[0]} `])
      if (key) byRole.set(key, byRole.has(key) && byRole.get(key) !== p ? null : p);
  }
  for (const title of titles) {
    // Only an abbreviated title stands for its holder ("Menperin", "Kakorlantas"); "Dewan Gubernur" does not. After a
    // verb of saying a title written out does too ("…,” tutur Gubernur."), but names no alias.
    const short = title.aliases[0];
    const said = SPEECH_AFTER.has(toks[title.from - 1]?.lower ?? '');
    const written = short ?? (said ? spanText(doc, title.from, title.to) : '');
    const start = doc.start[title.from] as number;
    if (!written || !doc.text.startsWith(written, start)) continue;
    // A written-out post is looked up by its first word, not by a scan of everyone (a text may write it often).
    const holder =
      byRole.get(title.role) ??
      byRole.get(written) ??
      (short ? holderOf(people, title.role) : byRole.get(`${title.role} `));
    if (!holder) continue;
    holder.mentions.push({ start, end: start + written.length });
    if (short && !holder.aliases.includes(short)) holder.aliases.push(short);
  }
}

/**
 * The one person whose role, with their body, begins with an abbreviated title's expansion ("Pangdam" → "Panglima
 * Kodam" → the "Panglima" of "Kodam Jaya"); null when none or several.
 */
function holderOf(people: readonly PersonDraft[], role: string): PersonDraft | null {
  const want = `${role.toLowerCase()} `;
  let found: PersonDraft | null = null;
  for (const p of people) {
    if (!p.role || !`${p.role} ${p.affiliation ?? ''} `.toLowerCase().startsWith(want)) continue;
    if (found) return null;
    found = p;
  }
  return found;
}

/** Each person by the start and by the end offset of every one of their mentions. */
export interface MentionIndex {
  /** The person whose mention starts at an offset. */
  startsAt: Map<number, PersonDraft>;
  /** The person whose mention ends at an offset. */
  endsAt: Map<number, PersonDraft>;
}

/** Indexes people by where their mentions start and end, for looking a person up from a token. */
export function indexMentions(people: readonly PersonDraft[]): MentionIndex {
  const index: MentionIndex = { startsAt: new Map(), endsAt: new Map() };
  for (const p of people) {
    for (const m of p.mentions) {
      index.startsAt.set(m.start, p);
      index.endsAt.set(m.end, p);
    }
  }
  return index;
}
