import { MINISTRIES } from './gazetteer/ministries';
import { COMPANIES, GOVERNMENT, OTHER } from './gazetteer/organizations';
import { PLACES } from './gazetteer/places';
import { TITLES } from './gazetteer/titles';
import { type Token, tokenize } from './tokenize';
import { PhraseTrie } from './trie';
import type { OrganizationKind } from './types';

/** A known organisation. */
export interface OrgEntry {
  /** Full name. */
  name: string;
  /** Acronyms and short forms. */
  aliases: string[];
  /** Government, company or other. */
  kind: OrganizationKind;
}

/** Whether a title is a state position: always, never, or when its organisation is a government body. */
export type TitleStatus = 'state' | 'company' | 'depends';

/** A known title. */
export interface TitleEntry {
  /** The title written out ("Menteri Perindustrian" for "Menperin"). */
  role: string;
  /** State position or not. */
  status: TitleStatus;
  /** Takes a field or body after it ("Menteri" + "Perindustrian"). */
  complement: boolean;
  /** The organisation the title implies ("Kementerian Perindustrian" for "Menperin"); null when none. */
  affiliation: string | null;
  /** The title was written abbreviated ("Menperin", "Dirjen"), so alone it can stand for its holder. */
  abbreviated: boolean;
  /** The post alone when the abbreviation also names a unit its field completes ("Kepala" of "Kapolda Jatim"). */
  head?: string;
}

/** One dictionary phrase: what it is and its tokens as the dictionary writes them (for case checks). */
export interface Entry<V> {
  /** The entry's data. */
  value: V;
  /** The phrase's tokens as written in the dictionary. */
  surface: string[];
}

/** Words of ASCII letters between single spaces: their tokens are the words themselves (no tokenizer needed). */
const PLAIN_WORDS = /^[A-Za-z]+(?: [A-Za-z]+)*$/;

/** A dictionary trie: entries are given as text and built when an article first meets their first word. */
type Dictionary<V> = PhraseTrie<Entry<V>, V>;

function dictionary<V>(): Dictionary<V> {
  return new PhraseTrie<Entry<V>, V>(build);
}

/** Adds the phrase `text` to `trie`, split into tokens as the text's tokenizer would split it. */
function build<V>(trie: Dictionary<V>, text: string, value: V): void {
  // Most names are plain words; splitting them natively keeps building the dictionaries cheap.
  if (PLAIN_WORDS.test(text)) {
    const surface = text.split(' ');
    trie.add(
      surface.map((w) => w.toLowerCase()),
      { value, surface },
    );
    return;
  }
  const toks = tokenize(text).tokens;
  trie.add(
    toks.map((t) => t.lower),
    { value, surface: toks.map((t) => t.text) },
  );
}

function phrase<V>(trie: Dictionary<V>, text: string, value: V): void {
  const first = firstWord(text);
  if (first) trie.addLater(first, text, value);
}

const NOT_ASCII_LETTER = /[^A-Za-z]/;

/**
 * The lower-cased first token of `text`, as tokenize() would read it. A run of ASCII letters ended by a space, the
 * end or ASCII punctuation is read directly; anything else (digits, apostrophes, other letters) asks the tokenizer.
 */
function firstWord(text: string): string {
  // One native search, not a loop over the letters: this runs for every dictionary name on every cold page.
  let i = text.search(NOT_ASCII_LETTER);
  if (i < 0) i = text.length;
  const c = text.charCodeAt(i);
  const ends = i === text.length || (c < 128 && c !== 39 && (c < 48 || c > 57));
  if (i > 0 && ends) return text.slice(0, i).toLowerCase();
  return tokenize(text).tokens[0]?.lower ?? '';
}

const ANY_CASE = 0;
const CAPITAL = 1;
const EXACT = 2;
/** The case rule of each dictionary word, worked out once: the words are few, the look-ups many. */
const caseRules = new Map<string, number>();

function caseRule(s: string): number {
  let rule = caseRules.get(s);
  if (rule === undefined) {
    rule = asciiCaseRule(s);
    if (rule < 0) {
      if (s.length > 1 && s === s.toUpperCase() && /\p{Lu}/u.test(s)) rule = EXACT;
      else rule = /^\p{Lu}/u.test(s) ? CAPITAL : ANY_CASE;
    }
    caseRules.set(s, rule);
  }
  return rule;
}

/**
 * The case rule of an ASCII word by its character codes (-1 for any other word): the Unicode-property regexes
 * above then compile only for the rare dictionary word with other letters, not on every cold page.
 */
function asciiCaseRule(s: string): number {
  let upper = false;
  let lower = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) return -1;
    if (c >= 65 && c <= 90) upper = true;
    else if (c >= 97 && c <= 122) lower = true;
  }
  if (s.length > 1 && upper && !lower) return EXACT;
  const first = s.charCodeAt(0);
  return first >= 65 && first <= 90 ? CAPITAL : ANY_CASE;
}

/** Capitalised dictionary words need capitals in the text; acronyms need the exact spelling. */
export function caseFits(surface: readonly string[], tokens: readonly Token[], at: number): boolean {
  for (let k = 0; k < surface.length; k++) {
    const s = surface[k] as string;
    const rule = caseRule(s);
    if (rule === ANY_CASE) continue;
    const t = tokens[at + k] as Token;
    if (rule === EXACT ? t.text !== s : !t.cap) return false;
  }
  return true;
}

/** Organisations by any of their names. */
export const ORGS = dictionary<OrgEntry>();
/** Places by any of their names; the value is the place's main name. */
export const PLACE_NAMES = dictionary<string>();
/** Titles, full and abbreviated. */
export const TITLE_NAMES = dictionary<TitleEntry>();

// The loading code below runs once per page, before anything is compiled: indexed loops and split() results read
// by index, because destructuring and for…of go through iterators, which the interpreter runs slowly.

function addOrg(name: string, aliases: string, kind: OrganizationKind): void {
  const entry: OrgEntry = { name, aliases: aliases ? aliases.split(';') : [], kind };
  phrase(ORGS, name, entry);
  for (let k = 0; k < entry.aliases.length; k++) phrase(ORGS, entry.aliases[k] as string, entry);
}

function addOrgs(lines: readonly string[], kind: OrganizationKind): void {
  for (let i = 0; i < lines.length; i++) {
    const parts = (lines[i] as string).split('|');
    addOrg(parts[0] as string, parts[1] ?? '', kind);
  }
}

function ministerTitle(role: string, ministry: string, abbreviated: boolean): TitleEntry {
  return { role, status: 'state', complement: false, affiliation: ministry, abbreviated };
}

let loaded = false;

/**
 * Fills the dictionaries (once): called by `extract`, or earlier by a caller that wants the cost elsewhere (the
 * content script loads them in a task of its own, not in the one that compiles and evaluates its bundle).
 */
export function loadDictionaries(): void {
  if (loaded) return;
  loaded = true;
  addOrgs(GOVERNMENT, 'government');
  addOrgs(COMPANIES, 'company');
  addOrgs(OTHER, 'other');

  for (let i = 0; i < MINISTRIES.length; i++) {
    const parts = (MINISTRIES[i] as string).split('|');
    const name = parts[0] as string;
    const minister = parts[2] || name.replace('Kementerian', 'Menteri');
    addOrg(name, parts[1] ?? '', 'government');
    const vice = `Wakil ${minister}`;
    phrase(TITLE_NAMES, minister, ministerTitle(minister, name, false));
    phrase(TITLE_NAMES, vice, ministerTitle(vice, name, false));
    const abbrs = (parts[3] ?? '').split(';');
    for (let k = 0; k < abbrs.length; k++) {
      const abbr = abbrs[k] as string;
      // "Menteri BUMN" is already written out; "Menperin" expands to "Menteri Perindustrian".
      phrase(TITLE_NAMES, abbr, ministerTitle(abbr.startsWith('Menteri ') ? abbr : minister, name, true));
      phrase(TITLE_NAMES, `Wakil ${abbr}`, ministerTitle(vice, name, false));
      if (abbr.startsWith('Menteri ')) phrase(TITLE_NAMES, `Wamen ${abbr.slice(8)}`, ministerTitle(vice, name, true));
      else if (!abbr.includes(' ')) phrase(TITLE_NAMES, `Wa${abbr.toLowerCase()}`, ministerTitle(vice, name, true));
    }
  }

  for (let i = 0; i < TITLES.length; i++) {
    const parts = (TITLES[i] as string).split('|');
    const surface = parts[0] as string;
    const expansion = parts[1] ?? '';
    const complement = expansion.endsWith('+');
    const role = ((complement ? expansion.slice(0, -1) : expansion) || surface).replace('>', ' ');
    const cut = expansion.indexOf('>');
    phrase(TITLE_NAMES, surface, {
      role,
      status: (parts[2] ?? 'state') as TitleStatus,
      complement,
      affiliation: null,
      // "Juru bicara|Juru Bicara": a lower-case word in the surface only lets the text write it so.
      abbreviated: role.toLowerCase() !== surface.toLowerCase(),
      head: cut > 0 ? expansion.slice(0, cut) : undefined,
    });
  }

  for (let i = 0; i < PLACES.length; i++) {
    const parts = (PLACES[i] as string).split('|');
    const name = parts[0] as string;
    phrase(PLACE_NAMES, name, name);
    const others = parts[1] ? parts[1].split(';') : [];
    for (let k = 0; k < others.length; k++) phrase(PLACE_NAMES, others[k] as string, name);
  }
}

/** An entry whose case fits the text at `at` (one function for all look-ups, no closure made per call). */
function entryFits<V>(e: Entry<V>, _end: number, tokens: readonly Token[], at: number): boolean {
  return caseFits(e.surface, tokens, at);
}

/** The longest dictionary phrase at `at` whose case fits the text. */
export function lookup<V>(trie: Dictionary<V>, tokens: readonly Token[], at: number): { value: V; end: number } | null {
  const t = tokens[at];
  if (t?.kind !== 'word' || !trie.starts(t.lower)) return null;
  const hit = trie.longest(tokens, at, entryFits);
  return hit ? { value: hit.value.value, end: hit.end } : null;
}
