// What tests/fixtures/corpus/README.md promises of every gold file, checked so a slip in hand-written gold fails here
// instead of silently lowering (or raising) a score in `npm run eval`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Gold } from '../../../bench/lib/gold';

const CORPUS = join(import.meta.dirname, '../../fixtures/corpus');
const KINDS = { organization: ['government', 'company', 'other'], figure: ['money', 'percent', 'quantity'] };
const WEEKDAYS = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'];

/** Every broken promise of one article's gold, as readable lines. */
function problems(text: string, gold: Gold): string[] {
  const out: string[] = [];
  const verbatim = (what: string, forms: string[]) => {
    for (const form of forms) if (!text.includes(form)) out.push(`${what} not in the text: ${form}`);
  };
  const orgs = new Set(gold.organizations.map((o) => o.name));
  const persons = new Set(gold.persons.map((p) => p.name));
  for (const p of gold.persons) {
    verbatim('person', [p.name, ...p.aliases]);
    if (p.affiliation !== null && !orgs.has(p.affiliation)) out.push(`affiliation not listed: ${p.affiliation}`);
  }
  for (const o of gold.organizations) {
    verbatim('organisation', [o.name, ...o.aliases]);
    if (!KINDS.organization.includes(o.kind)) out.push(`organisation kind: ${o.kind}`);
  }
  for (const p of gold.places) verbatim('place', [p.name, ...p.aliases]);
  for (const f of gold.figures) {
    verbatim('figure', [f.text]);
    if (!KINDS.figure.includes(f.kind)) out.push(`figure kind: ${f.kind}`);
  }
  for (const q of gold.quotes) {
    verbatim('quote', [q.start]);
    if (q.speaker !== null && !persons.has(q.speaker)) out.push(`speaker not listed: ${q.speaker}`);
  }
  for (const d of gold.dates) {
    verbatim('date', [d.text]);
    const m = /^(\p{L}+) \((\d{1,2})\/(\d{1,2})\/(\d{4})\)/u.exec(d.text);
    if (!m) continue;
    const iso = `${m[4]}-${(m[3] as string).padStart(2, '0')}-${(m[2] as string).padStart(2, '0')}`;
    if (d.iso !== iso) out.push(`date ${d.text} has iso ${d.iso}, not ${iso}`);
    const weekday = WEEKDAYS[new Date(`${iso}T12:00:00Z`).getUTCDay()];
    if (weekday !== m[1]) out.push(`date ${d.text} falls on ${weekday}`);
  }
  return out;
}

/** The articles of a corpus folder with their gold: [name, text, gold]. */
function articles(folder: string): [string, string, Gold][] {
  const dir = join(CORPUS, folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => {
      const source = readdirSync(dir).find((g) => g !== f && g.startsWith(f.replace(/\.json$/, '.')));
      const text = readFileSync(join(dir, source ?? ''), 'utf8');
      return [f, text, JSON.parse(readFileSync(join(dir, f), 'utf8')) as Gold];
    });
}

describe('corpus gold keeps the README promises', () => {
  it.each(articles('dev'))('dev/%s', (_, text, gold) => {
    expect(problems(text, gold)).toEqual([]);
  });

  it.each(articles('html'))('html/%s', (_, text, gold) => {
    expect(problems(text, gold)).toEqual([]);
  });

  // Only a count: the held-out articles must stay unread by whoever tunes the engine.
  it('every held-out article', () => {
    const broken = articles('heldout').filter(([, text, gold]) => problems(text, gold).length > 0);
    expect(broken.length).toBe(0);
  });

  it('finds a broken promise', () => {
    const gold: Gold = {
      persons: [
        { name: 'Budi Santoso', aliases: ['Budi'], role: null, official: false, affiliation: 'Bank Nusantara' },
      ],
      organizations: [],
      places: [],
      figures: [],
      quotes: [{ speaker: 'Budi Santoso', start: 'kami siap' }],
      dates: [{ text: 'Senin (24/11/2025)', iso: '2025-11-23' }],
    };
    expect(problems('Budi Santoso berkata "kami siap" pada Senin (24/11/2025).', gold)).toEqual([
      'affiliation not listed: Bank Nusantara',
      'date Senin (24/11/2025) has iso 2025-11-23, not 2025-11-24',
    ]);
  });
});
