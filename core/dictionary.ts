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

function phrase<V>(trie: PhraseTrie<Entry<V>>, text: string, value: V): void {
  // Most names are plain words; splitting them natively keeps loading the dictionaries cheap.
  if (PLAIN_WORDS.test(text)) {
    const surface = text.split(' ');
    trie.add(
      surface.map((w) => w.toLowerCase()),
      { value, surface },
    );
    return;
  }
  const toks = tokenize(text);
  trie.add(
    toks.map((t) => t.lower),
    { value, surface: toks.map((t) => t.text) },
  );
}

const ANY_CASE = 0;
const CAPITAL = 1;
const EXACT = 2;
/** The case rule of each dictionary word, worked out once: the words are few, the look-ups many. */
const caseRules = new Map<string, number>();

function caseRule(s: string): number {
  let rule = caseRules.get(s);
  if (rule === undefined) {
    if (s.length > 1 && s === s.toUpperCase() && /\p{Lu}/u.test(s)) rule = EXACT;
    else rule = /^\p{Lu}/u.test(s) ? CAPITAL : ANY_CASE;
    caseRules.set(s, rule);
  }
  return rule;
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
export const ORGS = new PhraseTrie<Entry<OrgEntry>>();
/** Places by any of their names; the value is the place's main name. */
export const PLACE_NAMES = new PhraseTrie<Entry<string>>();
/** Titles, full and abbreviated. */
export const TITLE_NAMES = new PhraseTrie<Entry<TitleEntry>>();

function addOrg(line: string, kind: OrganizationKind): OrgEntry {
  const [name = '', aliases = ''] = line.split('|');
  const entry: OrgEntry = { name, aliases: aliases ? aliases.split(';') : [], kind };
  for (const n of [name, ...entry.aliases]) phrase(ORGS, n, entry);
  return entry;
}

for (const line of GOVERNMENT) addOrg(line, 'government');
for (const line of COMPANIES) addOrg(line, 'company');
for (const line of OTHER) addOrg(line, 'other');

for (const line of MINISTRIES) {
  const [name = '', acronyms = '', written = '', abbrs = ''] = line.split('|');
  const minister = written || name.replace('Kementerian', 'Menteri');
  addOrg(`${name}|${acronyms}`, 'government');
  const vice = `Wakil ${minister}`;
  const title = (role: string, abbreviated: boolean): TitleEntry => ({
    role,
    status: 'state',
    complement: false,
    affiliation: name,
    abbreviated,
  });
  phrase(TITLE_NAMES, minister, title(minister, false));
  phrase(TITLE_NAMES, vice, title(vice, false));
  for (const abbr of abbrs.split(';')) {
    // "Menteri BUMN" is already written out; "Menperin" expands to "Menteri Perindustrian".
    phrase(TITLE_NAMES, abbr, title(abbr.startsWith('Menteri ') ? abbr : minister, true));
    phrase(TITLE_NAMES, `Wakil ${abbr}`, title(vice, false));
    if (abbr.startsWith('Menteri ')) phrase(TITLE_NAMES, `Wamen ${abbr.slice(8)}`, title(vice, true));
    else if (!abbr.includes(' ')) phrase(TITLE_NAMES, `Wa${abbr.toLowerCase()}`, title(vice, true));
  }
}

for (const line of TITLES) {
  const [surface = '', expansion = '', status = 'depends'] = line.split('|');
  const complement = expansion.endsWith('+');
  const role = expansion.replace(/\+$/, '') || surface;
  phrase(TITLE_NAMES, surface, {
    role,
    status: status as TitleStatus,
    complement,
    affiliation: null,
    abbreviated: role !== surface,
  });
}

for (const line of PLACES) {
  const [name = '', others = ''] = line.split('|');
  for (const n of [name, ...(others ? others.split(';') : [])]) phrase(PLACE_NAMES, n, name);
}

/** The longest dictionary phrase at `at` whose case fits the text. */
export function lookup<V>(
  trie: PhraseTrie<Entry<V>>,
  tokens: readonly Token[],
  at: number,
): { value: V; end: number } | null {
  const t = tokens[at];
  if (t?.kind !== 'word' || !trie.starts(t.lower)) return null;
  const hit = trie.longest(tokens, at, (e) => caseFits(e.surface, tokens, at));
  return hit ? { value: hit.value.value, end: hit.end } : null;
}
