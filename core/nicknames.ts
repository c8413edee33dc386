import { type Doc, spanText, take } from './document';
import { indexMentions, mentionOf, type PersonDraft } from './people';
import type { Token } from './tokenize';

const CUE_WORDS = new Set('atau yang akrab biasa disapa dipanggil alias'.split(' '));

/**
 * Nicknames the text introduces: "Tjokorda Oka Artha Ardana Sukawati atau yang akrab disapa Cok Ace" and
 * "Ara, sapaan akrab Maruarar". The nickname becomes an alias (and its words short references) of the person;
 * a person recognised from the nickname alone is folded in.
 */
export function linkNicknames(doc: Doc, people: PersonDraft[]): { people: PersonDraft[]; linked: boolean } {
  const folded = new Set<PersonDraft>();
  const linked = scanNicknames(doc, people, folded);
  return { people: folded.size > 0 ? people.filter((p) => !folded.has(p)) : people, linked };
}

/**
 * The token loop of linkNicknames, on its own: V8 compiles a long loop while it is still running (on-stack
 * replacement), before the code after it has run once, and that code then deoptimised on every later call.
 */
function scanNicknames(doc: Doc, people: PersonDraft[], folded: Set<PersonDraft>): boolean {
  const toks = doc.tokens;
  const { startsAt, endsAt } = indexMentions(people);
  // By name, looked up at each nickname: a scan of every mention there made a text of many nicknames quadratic.
  const byName = new Map(people.map((p) => [p.name, p] as [string, PersonDraft]));
  let linked = false;
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i] as Token;
    // Pattern A: NAME [,] atau yang akrab disapa NICK.
    if ((t.lower === 'disapa' || t.lower === 'dipanggil' || t.lower === 'alias') && !t.cap) {
      let k = i - 1;
      while (k > 0 && CUE_WORDS.has((toks[k] as Token).lower) && i - k < 4) k--;
      if ((toks[k] as Token).text === ',') k--;
      const owner = endsAt.get(doc.end[k] as number);
      const to = capRun(toks, i + 1);
      if (owner && to > i + 1) {
        link(doc, owner, i + 1, to, startsAt, byName, folded);
        linked = true;
      }
    }
    // Pattern B: NICK, sapaan akrab NAME; or "kata KDM, sapaan akrabnya,": the person named last before NICK (looked
    // for through the mentions' ends, a bounded way back).
    if (t.lower === 'sapaan' && (toks[i - 1] as Token).text === ',' && toks[i + 1]?.lower.startsWith('akrab')) {
      let from = i - 2;
      while (from > 0 && (toks[from - 1] as Token).cap && i - from < 4) from--;
      let k = from;
      while (--k > 0 && from - k < 300 && !endsAt.has(doc.end[k] as number));
      const owner =
        (toks[i + 1] as Token).lower === 'akrabnya'
          ? endsAt.get(doc.end[k] ?? -1)
          : startsAt.get(doc.start[i + 2] ?? -1);
      if (owner && (toks[from] as Token).cap && from <= i - 2) {
        link(doc, owner, from, i - 1, startsAt, byName, folded);
        linked = true;
      }
    }
  }
  return linked;
}

function capRun(toks: readonly Token[], from: number): number {
  let to = from;
  while (to < toks.length && to - from < 3 && (toks[to] as Token).cap && (toks[to] as Token).kind === 'word') to++;
  return to;
}

function link(
  doc: Doc,
  owner: PersonDraft,
  from: number,
  to: number,
  startsAt: Map<number, PersonDraft>,
  byName: Map<string, PersonDraft>,
  folded: Set<PersonDraft>,
): void {
  const nick = spanText(doc, from, to);
  if (!owner.aliases.includes(nick)) owner.aliases.push(nick);
  for (const w of nick.toLowerCase().split(' ')) owner.words.add(w);
  // The nickname may have been read as a person of its own elsewhere ("kata KDM"): that is the owner too.
  const named = byName.get(nick);
  const other = startsAt.get(doc.start[from] as number) ?? (named === owner ? undefined : named);
  // Folded once: its mentions are the owner's already (a text that repeats the nickname would add them again).
  if (other && other !== owner && !folded.has(other)) {
    owner.mentions.push(...other.mentions);
    folded.add(other);
  } else if (!other && !doc.taken[from]) {
    owner.mentions.push(mentionOf(doc, from, to));
    take(doc, from, to);
  }
}
