import type { Doc } from '../document';
import { SPEECH_AFTER, SPEECH_VERBS } from '../lexicon';
import { indexMentions, type PersonDraft } from '../people';
import type { Token } from '../tokenize';
import type { Quote } from '../types';

/** Fewer words in quotation marks are a term or a name ("Making Indonesia 4.0"), unless a speech verb follows. */
const MIN_WORDS = 4;

/**
 * Finds quotations in curly or straight double quotes (straight ones pair up within a paragraph) and resolves
 * the speaker: "…,” ujar Agus", "Agus mengatakan, “…”", or "…,” ujarnya" (the last person named before).
 */
export function findQuotes(doc: Doc, people: readonly PersonDraft[]): Omit<Quote, 'id'>[] {
  const { startsAt: personAt, endsAt: personEnd } = indexMentions(people);
  const out: Omit<Quote, 'id'>[] = [];
  const toks = doc.tokens;
  let open = -1;
  let lastSpeaker: PersonDraft | null = null;
  let lastQuoteEnd = -1;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Token;
    if (doc.lineBefore[i] && open >= 0 && (toks[open] as Token).text === '"') open = -1;
    if (t.text === '“' || (t.text === '"' && open < 0)) {
      open = i;
      continue;
    }
    if ((t.text !== '”' && t.text !== '"') || open < 0) continue;
    const inner = doc.text.slice(doc.end[open], doc.start[i]).trim();
    const from = open;
    open = -1;
    // Split at most MIN_WORDS times: a quotation's words are counted only up to what the test needs.
    if (inner.split(/\s+/, MIN_WORDS).length < MIN_WORDS && !saidAfter(toks, i)) continue;
    // A quotation that opens a paragraph with no attribution continues the speaker of the one before.
    const continued: PersonDraft | null =
      doc.lineBefore[from] && lastQuoteEnd >= 0 && doc.sentence[from] !== doc.sentence[lastQuoteEnd]
        ? lastSpeaker
        : null;
    const speaker: PersonDraft | null =
      speakerAfter(doc, from, i, personAt, lastSpeaker) ?? speakerBefore(doc, from, personAt, personEnd) ?? continued;
    lastQuoteEnd = i;
    if (speaker) lastSpeaker = speaker;
    out.push({
      text: inner,
      speaker: speaker?.name ?? null,
      mentions: [{ start: doc.start[from] as number, end: doc.end[i] as number }],
    });
  }
  return out;
}

/** True when a speech verb follows the closing mark at `close` ("…,” ujar Agus"): the quotation is speech. */
function saidAfter(toks: readonly Token[], close: number): boolean {
  const next = toks[close + 1]?.text === ',' ? toks[close + 2] : toks[close + 1];
  return next !== undefined && SPEECH_AFTER.has(next.lower);
}

function speakerAfter(
  doc: Doc,
  open: number,
  close: number,
  personAt: Map<number, PersonDraft>,
  last: PersonDraft | null,
): PersonDraft | null {
  const toks = doc.tokens;
  if (!saidAfter(toks, close)) return null;
  const i = toks[close + 1]?.text === ',' ? close + 2 : close + 1;
  const verb = toks[i] as Token;
  // "…,” ujarnya" and "…,” kata dia": the person the text named just before the quotation.
  const pronoun = toks[i + 1]?.lower;
  if (verb.lower.endsWith('nya') || pronoun === 'dia' || pronoun === 'ia' || pronoun === 'beliau') {
    return nearestBefore(doc, open, personAt) ?? last;
  }
  // "kata pria itu", "ujar jenderal bintang dua tersebut": a description pointing back to the person just named.
  const back = pointsBack(doc, i + 1, personAt);
  if (back) return back.named ?? nearestBefore(doc, open, personAt) ?? last;
  // "ujar Agus", "kata Pak Hendrawan", "ujar Wakil Ketua Umum Kadin … Sugiarto": the first person named after
  // the verb, past honorifics and titles, before the clause ends.
  for (let k = i + 1; k < toks.length && k - i <= 16; k++) {
    const t = toks[k] as Token;
    const p = personAt.get(doc.start[k] as number);
    if (p) return p;
    // Lower-case words read as a title belong to the speaker ("kata direktur utama perseroan itu, Busrul").
    const titled = doc.taken[k] === 1 && !t.cap;
    if (!(t.cap || titled || t.text === '.' || t.text === '(' || t.text === ')' || t.lower === 'dan' || t.text === ','))
      return null;
  }
  return null;
}

/**
 * A few words ending in "itu" or "tersebut" at `at` ("pria itu", "pria yang akrab disapa Rudi itu", "politikus yang juga Ketua Badan Kehormatan DPRD itu"): a back
 * reference, with the person it names if any; null when there is none or when a name follows it in apposition
 * ("direktur utama perseroan itu, Busrul Iman").
 */
function pointsBack(doc: Doc, at: number, personAt: Map<number, PersonDraft>): { named: PersonDraft | null } | null {
  const toks = doc.tokens;
  let named: PersonDraft | null = null;
  for (let k = at; k < toks.length && k - at < 10; k++) {
    const t = toks[k] as Token;
    if (t.kind !== 'word') return null;
    named = personAt.get(doc.start[k] as number) ?? named;
    if (k > at && (t.lower === 'itu' || t.lower === 'tersebut')) {
      const next = toks[k + 1];
      return next?.text === ',' && personAt.has(doc.start[k + 2] ?? -1) ? null : { named };
    }
  }
  return null;
}

/** "Agus mengatakan, “…" or the nearest person named earlier in the same paragraph. */
function speakerBefore(
  doc: Doc,
  open: number,
  personAt: Map<number, PersonDraft>,
  personEnd: Map<number, PersonDraft>,
): PersonDraft | null {
  const toks = doc.tokens;
  let i = open - 1;
  while (i >= 0 && (toks[i]?.text === ',' || toks[i]?.text === ':')) i--;
  if (i >= 0 && SPEECH_VERBS.has((toks[i] as Token).lower)) return nearestBefore(doc, open, personAt);
  // "Menurut Agus, “…”": a person named right before the quotation.
  const t = toks[i];
  if (t && i < open - 1) return personEnd.get(doc.end[i] as number) ?? null;
  return null;
}

/**
 * The person named last before `at`; but one named after another's verb of saying in the same sentence is what
 * was said ("Rina, direktur X, mengatakan pemilihan Budi …. “…,” ujarnya" is Rina's).
 */
function nearestBefore(doc: Doc, at: number, personAt: Map<number, PersonDraft>): PersonDraft | null {
  const toks = doc.tokens;
  let last: PersonDraft | undefined;
  let said = false;
  for (let i = at - 1; i >= 0 && at - i <= 60 && !(last && doc.sentence[i] !== doc.sentence[i + 1]); i--) {
    const t = toks[i] as Token;
    const p = personAt.get(doc.start[i] as number);
    if (p && said) return p;
    said ||= SPEECH_VERBS.has(t.lower);
    last ||= p;
  }
  return last ?? null;
}
