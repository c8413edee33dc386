import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../core/tokenize';
import { PhraseTrie } from '../../../core/trie';

/**
 * A trie whose deferred phrases are split by the tokenizer, with their text as value; `built` lists the phrases in
 * the order they were built.
 */
function deferred(texts: string[], built: string[] = []): PhraseTrie<string, string> {
  const trie = new PhraseTrie<string, string>((t, text, raw) => {
    t.add(
      tokenize(text).tokens.map((w) => w.lower),
      raw,
    );
    built.push(text);
  });
  for (const text of texts) trie.addLater((tokenize(text).tokens[0] as { lower: string }).lower, text, text);
  return trie;
}

describe('PhraseTrie with deferred phrases', () => {
  it('knows a first word before building its phrases and finds the longest one', () => {
    const trie = deferred(['Bank Indonesia', 'Bank', 'Bank Dunia', 'Badan Pusat Statistik']);
    expect(trie.starts('bank')).toBe(true);
    expect(trie.starts('dunia')).toBe(false);
    const tokens = tokenize('kata Bank Indonesia kemarin').tokens;
    expect(trie.longest(tokens, 1)).toEqual({ value: 'Bank Indonesia', end: 3 });
    expect(trie.longest(tokenize('Bank Dunia').tokens, 0)).toEqual({ value: 'Bank Dunia', end: 2 });
    expect(trie.longest(tokenize('Badan Pusat').tokens, 0)).toBeNull();
  });

  it('builds the phrases a look-up can meet first, and the rest when another second word comes', () => {
    const built: string[] = [];
    const trie = deferred(['Menteri Keuangan', 'Menteri', 'Menteri Perdagangan', 'Menteri Keuangan RI'], built);
    expect(trie.longest(tokenize('Menteri Keuangan kemarin').tokens, 0)).toEqual({ value: 'Menteri Keuangan', end: 2 });
    expect(built).toEqual(['Menteri Keuangan', 'Menteri', 'Menteri Keuangan RI']);
    expect(trie.longest(tokenize('Menteri Keuangan RI').tokens, 0)).toEqual({ value: 'Menteri Keuangan RI', end: 3 });
    expect(built).toHaveLength(3);
    expect(trie.longest(tokenize('Menteri Perdagangan').tokens, 0)).toEqual({ value: 'Menteri Perdagangan', end: 2 });
    expect(built).toEqual(['Menteri Keuangan', 'Menteri', 'Menteri Keuangan RI', 'Menteri Perdagangan']);
    expect(trie.longest(tokenize('Menteri').tokens, 0)).toEqual({ value: 'Menteri', end: 1 });
  });

  it('keeps the order phrases were given in when several end at the same words', () => {
    const trie = deferred(['BI', 'bi', 'Bi']);
    const found: string[] = [];
    trie.longest(tokenize('BI').tokens, 0, (value) => {
      found.push(value);
      return true;
    });
    expect(found).toEqual(['BI', 'bi', 'Bi']);
  });

  it('knows first words of phrases added directly and deferred, before and after building', () => {
    const trie = deferred(['Bank Indonesia']);
    trie.add(['badan', 'pusat'], 'Badan Pusat');
    expect([trie.starts('bank'), trie.starts('badan'), trie.starts('pusat')]).toEqual([true, true, false]);
    expect(trie.longest(tokenize('Bank Indonesia').tokens, 0)?.value).toBe('Bank Indonesia');
    expect(trie.longest(tokenize('Badan Pusat').tokens, 0)?.value).toBe('Badan Pusat');
    expect([trie.starts('bank'), trie.starts('indonesia')]).toEqual([true, false]);
  });
});
