import { analyse, bySentence } from './document';
import { linkNicknames } from './nicknames';
import { buildPeople, mentionOf, resolveShortReferences } from './people';
import { findDates } from './recognize/dates';
import { type Anchor, describeFigure } from './recognize/figure-context';
import { findFigures } from './recognize/figures';
import { findOrganizations } from './recognize/organizations';
import { findPeriods } from './recognize/periods';
import { findPersons } from './recognize/persons';
import { findPlaces } from './recognize/places';
import { findQuotes } from './recognize/quotes';
import { buildOrganizations, buildPlaces } from './registry';
import type { DateFact, Extraction, Figure, Mention } from './types';

/**
 * Runs the recognisers in order of confidence, each claiming its tokens: dates and figures first (so no number in
 * them becomes anything else), then organisations, people (with their titles), places, short references.
 */
export function extractFacts(text: string): Extraction {
  const doc = analyse(text);
  const dateSpans = findDates(doc);
  const figureSpans = findFigures(doc);
  const periods = findPeriods(doc);
  const orgSpans = findOrganizations(doc);
  const { persons: personSpans, titles, orgs: namedOrgs } = findPersons(doc, orgSpans);
  orgSpans.push(...namedOrgs);
  orgSpans.sort((a, b) => a.from - b.from);
  const placeSpans = findPlaces(doc);
  const named = buildPeople(doc, personSpans, orgSpans);
  resolveShortReferences(doc, named, titles);
  // Nicknames are read once short names are resolved ("Ara, sapaan akrab Maruarar"); their later uses then count.
  const { people, linked } = linkNicknames(doc, named);
  if (linked) resolveShortReferences(doc, people, []);
  const orgs = buildOrganizations(doc, orgSpans);
  nameAffiliations(people, orgs);
  const places = buildPlaces(doc, placeSpans);
  for (const list of [people, orgs, places]) for (const e of list) e.mentions.sort(byStart);

  // Plain pushes, not spreads of mapped arrays: an empty map() result has another array shape, and spreading it
  // made the optimised extractFacts deoptimise again and again.
  const anchors: Anchor[] = [];
  for (const o of orgSpans) anchors.push({ from: o.from, name: o.name, isOrg: true });
  for (const p of personSpans) anchors.push({ from: p.from, name: p.name, isOrg: false });
  const anchorsBySentence = bySentence(doc, anchors);
  const periodsBySentence = bySentence(doc, periods);
  const figures: Figure[] = [];
  // Figures by value, then compared field by field: a text key printed every number, and printing is slow.
  const figuresByValue = new Map<number, Figure[]>();
  for (const f of figureSpans) {
    // One figure per distinct amount: repeating "21 persen" adds a mention, not a fact.
    const same = figuresByValue.get(f.value) ?? [];
    const known = same.find((g) => g.kind === f.kind && g.valueTo === f.valueTo && g.unit === f.unit);
    const mention = mentionOf(doc, f.from, f.to);
    if (known) {
      known.mentions.push(mention);
      continue;
    }
    const context = describeFigure(doc, f, anchorsBySentence, periodsBySentence);
    const figure: Figure = {
      id: `f${figures.length + 1}`,
      text: f.text,
      kind: f.kind,
      value: f.value,
      unit: f.unit,
      subject: context.subject,
      measure: context.measure,
      period: context.period,
      mentions: [mention],
    };
    if (f.valueTo !== undefined) figure.valueTo = f.valueTo;
    figures.push(figure);
    same.push(figure);
    figuresByValue.set(f.value, same);
  }

  const dates: DateFact[] = [];
  const dateByText = new Map<string, DateFact>();
  for (const d of dateSpans) {
    const mention = mentionOf(doc, d.from, d.to);
    const known = dateByText.get(d.text);
    if (known) known.mentions.push(mention);
    else {
      const fact: DateFact = { id: `d${dates.length + 1}`, text: d.text, iso: d.iso, mentions: [mention] };
      dates.push(fact);
      dateByText.set(d.text, fact);
    }
  }

  return {
    persons: withIds(
      'p',
      people.map(({ words: _, ...p }) => p),
    ),
    organizations: withIds('o', orgs),
    places: withIds('l', places),
    figures,
    quotes: withIds('q', findQuotes(doc, people)),
    dates,
  };
}

/**
 * A person's body by the name the organisations list gives it: an affiliation that is only another organisation's
 * alias ("DPRD Kalimantan Timur" of "Komisi II … (DPRD) Kaltim") becomes that organisation's name.
 */
function nameAffiliations(
  people: { affiliation: string | null }[],
  orgs: readonly { name: string; aliases: readonly string[] }[],
): void {
  const byForm = new Map<string, string>();
  for (const o of orgs) for (const a of o.aliases) if (!byForm.has(a)) byForm.set(a, o.name);
  for (const o of orgs) byForm.set(o.name, o.name);
  for (const p of people) if (p.affiliation) p.affiliation = byForm.get(p.affiliation) ?? p.affiliation;
}

function byStart(a: Mention, b: Mention): number {
  return a.start - b.start;
}

/** Orders entities by first mention and numbers them. */
function withIds<T extends { mentions: Mention[] }>(prefix: string, items: T[]): (T & { id: string })[] {
  return items
    .filter((e) => e.mentions.length > 0)
    .sort((a, b) => (a.mentions[0] as Mention).start - (b.mentions[0] as Mention).start)
    .map((e, k) => ({ id: `${prefix}${k + 1}`, ...e }));
}
