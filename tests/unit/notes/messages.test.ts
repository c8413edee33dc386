import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const read = (lang: string) =>
  JSON.parse(fs.readFileSync(path.join(ROOT, `public/_locales/${lang}/messages.json`), 'utf8')) as Record<
    string,
    { message: string }
  >;
const en = read('en');
const id = read('id');

/** Message keys the UI asks for: t('key', …) and ids fed to t() through small literal unions. */
function usedKeys(): string[] {
  const folders = ['components', 'entrypoints/popup', 'entrypoints/notes'];
  const keys = new Set<string>(['menuAddNote']);
  for (const folder of folders) {
    for (const file of fs.readdirSync(path.join(ROOT, folder))) {
      const code = fs.readFileSync(path.join(ROOT, folder, file), 'utf8');
      for (const m of code.matchAll(/\bt\(\s*'([A-Za-z_]+)'/g)) keys.add(m[1] as string);
      for (const m of code.matchAll(/\?\s*'([A-Za-z_]+)'\s*:\s*'([A-Za-z_]+)'/g)) {
        if (en[m[1] as string] || en[m[2] as string]) keys.add(m[1] as string).add(m[2] as string);
      }
    }
  }
  for (const suffix of ['government', 'company', 'other']) keys.add(`orgKind_${suffix}`);
  for (const suffix of ['anchored', 'moved', 'orphaned']) keys.add(`anchor_${suffix}`);
  for (const suffix of ['json', 'markdown', 'jsonld']) keys.add(`export_${suffix}`);
  return [...keys].sort();
}

describe('UI messages', () => {
  it('has every key the UI uses, in English and Indonesian', () => {
    const keys = usedKeys();
    expect(keys.length).toBeGreaterThan(40);
    expect(keys.filter((k) => !en[k])).toEqual([]);
    expect(keys.filter((k) => !id[k])).toEqual([]);
  });

  it('has the same keys and the same $n substitutions in both languages', () => {
    expect(Object.keys(id).sort()).toEqual(Object.keys(en).sort());
    const subs = (s: string) => [...s.matchAll(/\$\d/g)].map((m) => m[0]).sort();
    for (const key of Object.keys(en))
      expect([key, subs(id[key]?.message ?? '')]).toEqual([key, subs(en[key]?.message ?? '')]);
  });
});
