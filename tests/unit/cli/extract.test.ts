import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../../cli/run';

const dir = mkdtempSync(join(tmpdir(), 'sorot-cli-'));
const article = join(dir, 'artikel.txt');
writeFileSync(
  article,
  'Menkeu Tinjau Pelabuhan\nMenteri Keuangan Sri Mulyani Indrawati meninjau Pelabuhan Tanjung Priok, Senin (3/11/2025). Penerimaan bea masuk naik 12 persen.\n',
);
const binary = join(dir, 'gambar.txt');
writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]));
const empty = join(dir, 'kosong.txt');
writeFileSync(empty, '');

async function capture(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run(args, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

describe('cli extract', () => {
  it('prints one JSON object per file with the documented fields and no ids', async () => {
    const { code, out, err } = await capture([article]);
    expect(code).toBe(0);
    expect(err).toBe('');
    const result = JSON.parse(out);
    expect(result.file).toBe(article);
    expect(Object.keys(result).sort()).toEqual([
      'dates',
      'figures',
      'file',
      'organizations',
      'persons',
      'places',
      'quotes',
    ]);
    expect(result.persons[0]).toEqual({
      name: 'Sri Mulyani Indrawati',
      aliases: ['Menkeu'],
      role: 'Menteri Keuangan',
      official: true,
      affiliation: 'Kementerian Keuangan',
      mentions: [
        { start: 0, end: 6 },
        { start: 41, end: 62 },
      ],
    });
    expect(result.figures[0]).toMatchObject({ text: '12 persen', kind: 'percent', value: 12, unit: '%' });
    expect(result.dates[0]).toMatchObject({ text: 'Senin (3/11/2025)', iso: '2025-11-03' });
    expect(out).not.toContain('"id"');
  });

  it('writes one line per file with --jsonl, names unreadable files on stderr and still processes the rest', async () => {
    const missing = join(dir, 'tidak-ada.txt');
    const { code, out, err } = await capture(['--jsonl', missing, article, binary, empty]);
    expect(code).toBe(1);
    expect(err.trim().split('\n')).toEqual([expect.stringContaining(missing)]);
    const lines = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.file)).toEqual([article, binary, empty]);
    for (const l of lines.slice(1)) {
      expect([l.persons, l.organizations, l.places, l.figures, l.quotes, l.dates].every((x) => x.length === 0)).toBe(
        true,
      );
    }
  });

  it('reads the article body of an HTML page, leaving navigation and sidebars out', async () => {
    const page = 'tests/fixtures/corpus/html/01-menperin-insentif-mobil-listrik.html';
    const { code, out } = await capture([page]);
    expect(code).toBe(0);
    const result = JSON.parse(out);
    expect(result.persons.map((p: { name: string }) => p.name)).toContain('Agus Gumiwang Kartasasmita');
    expect(result.figures.length).toBeGreaterThan(0);
  });

  it('fails with a usage line when no file is given', async () => {
    const { code, err } = await capture([]);
    expect(code).toBe(2);
    expect(err).toContain('usage');
  });
});
