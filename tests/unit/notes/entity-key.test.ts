import { describe, expect, it } from 'vitest';
import { entityKey } from '../../../notes/entity-key';

describe('entityKey', () => {
  const same: Array<[string, string]> = [
    ['Agus Gumiwang Kartasasmita', 'agus  gumiwang kartasasmita'],
    ['Sri Mulyani Indrawati', 'SRI MULYANI INDRAWATI'],
    ['Kementerian Perindustrian', 'Kementerian  Perindustrian '],
    ['Café Kopi Kenangan', 'Cafe Kopi Kenangan'],
  ];
  for (const [a, b] of same) {
    it(`"${a}" and "${b}" are one entity`, () => {
      expect(entityKey('person', a)).toBe(entityKey('person', b));
    });
  }
  it('keeps people and organisations of the same name apart', () => {
    expect(entityKey('person', 'Indika')).not.toBe(entityKey('organization', 'Indika'));
  });
});
