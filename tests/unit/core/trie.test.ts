import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../core/tokenize';
import { PhraseTrie } from '../../../core/trie';

/** A trie whose deferred phrases are split by the tokenizer, with their text as value. */
function deferred(texts: string[]): PhraseTrie<string, string> {
  const trie = new PhraseTrie<string, string>((t, text, raw) =>
    t.add(
      tokenize(text).map((w) => w.lower),
      raw,
    ),
  );
  for (const text of texts) trie.addLater((tokenize(text)[0] as { lower: string }).lower, text, text);
  return trie;
}

describe('PhraseTrie with deferred phrases', () => {
  it('knows a first word before building its phrases and finds the longest one', () => {
    const trie = deferred(['Bank Indonesia', 'Bank', 'Bank Dunia', 'Badan Pusat Statistik']);
    expect(trie.starts('bank')).toBe(true);
    expect(trie.starts('dunia')).toBe(false);
    const tokens = tokenize('kata Bank Indonesia kemarin');
    expect(trie.longest(tokens, 1)).toEqual({ value: 'Bank Indonesia', end: 3 });
    expect(trie.longest(tokenize('Bank Dunia'), 0)).toEqual({ value: 'Bank Dunia', end: 2 });
    expect(trie.longest(tokenize('Badan Pusat'), 0)).toBeNull();
  });

  it('keeps the order phrases were given in when several end at the same words', () => {
    const trie = deferred(['BI', 'bi', 'Bi']);
    const found: string[] = [];
    trie.longest(tokenize('BI'), 0, (value) => {
      found.push(value);
      return true;
    });
    expect(found).toEqual(['BI', 'bi', 'Bi']);
  });

  it('knows first words of phrases added directly and deferred, before and after building', () => {
    const trie = deferred(['Bank Indonesia']);
    trie.add(['badan', 'pusat'], 'Badan Pusat');
    expect([trie.starts('bank'), trie.starts('badan'), trie.starts('pusat')]).toEqual([true, true, false]);
    expect(trie.longest(tokenize('Bank Indonesia'), 0)?.value).toBe('Bank Indonesia');
    expect(trie.longest(tokenize('Badan Pusat'), 0)?.value).toBe('Badan Pusat');
    expect([trie.starts('bank'), trie.starts('indonesia')]).toEqual([true, false]);
  });
});
