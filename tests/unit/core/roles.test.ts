import { describe, expect, it } from 'vitest';
import { extract } from '../../../core/index';

/** Sentence, name, role, official flag. */
type Row = [string, string, string | null, boolean];

function expectPerson([sentence, name, role, official]: Row): void {
  const p = extract(sentence).persons.find((x) => x.name === name);
  expect(p, `${name} in ${sentence}`).toMatchObject({ name, role, official });
}

describe('a rank between an office and the name', () => {
  it.each<Row>([
    [
      'Pangdam Jaya Mayjen TNI Rafael Granada Baay meninjau lokasi banjir.',
      'Rafael Granada Baay',
      'Panglima Kodam Jaya',
      true,
    ],
    [
      'Kapolres Metro Jakarta Selatan Kombes Pol Ade Rahmat Idnal mengatakan pelaku sudah ditangkap.',
      'Ade Rahmat Idnal',
      'Kepala Polres Metro Jakarta Selatan',
      true,
    ],
    ['Dandim 0501 Letkol Inf Andi Saputra memimpin upacara.', 'Andi Saputra', 'Komandan Kodim 0501', true],
    [
      'Kapolres Bogor AKBP Rio Wahyu Anggoro memantau arus lalu lintas.',
      'Rio Wahyu Anggoro',
      'Kepala Polres Bogor',
      true,
    ],
  ])('%s', (...row) => expectPerson(row));
});
