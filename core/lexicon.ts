import { COMMON_WORDS } from './gazetteer/common-words';
import { frontDecode } from './gazetteer/front-coding';
import { GIVEN_NAMES } from './gazetteer/given-names';
import { HONORIFICS } from './gazetteer/titles';

function wordSet(s: string, lower = true): Set<string> {
  return new Set(
    s
      .split(/\s+/)
      .filter(Boolean)
      .map((w) => (lower ? w.toLowerCase() : w)),
  );
}

/** Everyday Indonesian words, lower-cased: a capitalised one is a sentence start or a title field, not a name. */
export const COMMON = new Set(frontDecode(COMMON_WORDS));

/** First names and family names, lower-cased. */
export const GIVEN = new Set(frontDecode(GIVEN_NAMES));

/** Honorifics, lower-cased ("bapak", "dr"). */
export const HONORIFIC = new Set(HONORIFICS.map((h) => h.toLowerCase()));

/** Indonesian and English month names → month number. */
export const MONTHS = new Map<string, number>(
  [
    'januari january jan',
    'februari february feb pebruari',
    'maret march mar',
    'april apr',
    'mei may',
    'juni june jun',
    'juli july jul',
    'agustus august agu aug',
    'september sept sep',
    'oktober october okt oct',
    'november nov nop',
    'desember december des dec',
  ].flatMap((names, i) => names.split(' ').map((n) => [n, i + 1] as [string, number])),
);

/** Day names, lower-cased. */
export const DAYS = wordSet(
  'senin selasa rabu kamis jumat jum’at sabtu minggu ahad monday tuesday wednesday thursday friday saturday sunday',
);

/** Verbs of saying, bare: each also comes with "-nya" ("katanya"). */
const SPEECH_STEMS = wordSet(
  'ujar kata ucap tutur jelas ungkap pungkas tegas imbuh papar terang sebut tambah lanjut tandas keluh',
);

/** Verbs that introduce or close reported speech ("ujar Agus", "katanya"). */
export const SPEECH_AFTER = new Set([...SPEECH_STEMS, ...[...SPEECH_STEMS].map((stem) => `${stem}nya`)]);

/** Verbs after a speaker's name ("Agus mengatakan"). */
export const SPEECH_VERBS = wordSet(
  'mengatakan menyatakan menyebut menjelaskan menuturkan menyampaikan menambahkan menegaskan mengungkapkan memaparkan menerangkan menyebutkan menilai mengakui berharap meminta mengimbau menekankan melanjutkan bilang berujar berkata mengklaim optimistis said says',
);

/** Words that may join the parts of a name ("bin", "van"). */
export const NAME_PARTICLES = wordSet('bin binti van von de der den da dos al');

/** True for a capitalised word that reads as a name part rather than an ordinary word, month or day. */
export function nameLike(lower: string): boolean {
  if (GIVEN.has(lower)) return true;
  return !COMMON.has(lower) && !MONTHS.has(lower) && !DAYS.has(lower);
}
