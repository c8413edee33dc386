import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTextMap, locate } from '../../../page/text-map';
import { buildTree, treeSpec } from './random-dom';

function mapOf(html: string) {
  document.body.innerHTML = html;
  return buildTextMap([{ element: document.body, rules: { furniture: true } }]);
}

describe('buildTextMap', () => {
  it.each([
    ['paragraphs become lines', '<p>Satu.</p><p>Dua.</p>', 'Satu.\nDua.'],
    ['<br> breaks a line, twice is still one', 'Agus hadir.<br><br>Xiaomi datang.', 'Agus hadir.\nXiaomi datang.'],
    ['whitespace runs collapse, edges trimmed', '<p>\n   Rp  3\n triliun  </p>', 'Rp 3 triliun'],
    ['no-break spaces read as spaces', '<p>Rp\u00a03\u00a0triliun</p>', 'Rp 3 triliun'],
    ['inline elements join words', '<p><a>Dedi</a> <strong>Mulyadi</strong>, gubernur</p>', 'Dedi Mulyadi, gubernur'],
    [
      'script, style and form fields are skipped',
      '<p>A<script>x()</script><style>p{}</style><textarea>t</textarea><input value="i">B</p>',
      'AB',
    ],
    [
      'editable areas and hidden blocks are skipped',
      '<p>Teks</p><div contenteditable="true">ketik</div><p hidden>x</p><p aria-hidden="true">y</p>',
      'Teks',
    ],
    [
      'furniture is skipped in the body',
      '<p>Isi berita.</p><nav>Menu</nav><figure><figcaption>Foto</figcaption></figure><p><strong>Baca Juga:</strong> <a>Lain</a></p>',
      'Isi berita.',
    ],
  ])('%s', (_name, html, text) => {
    expect(mapOf(html).text).toBe(text);
  });

  it('reads regions in the given order, one line each, skipping what the body leaves to them', () => {
    document.body.innerHTML = '<article><p id="body">Isi.</p><h1 id="t">Judul</h1></article>';
    const body = document.querySelector('article') as Element;
    const title = document.getElementById('t') as Element;
    const map = buildTextMap([
      { element: title, rules: {} },
      { element: body, rules: { skip: new Set([title]) } },
    ]);
    expect(map.text).toBe('Judul\nIsi.');
  });

  it('every segment maps each character back to the same character of its node', () => {
    fc.assert(
      fc.property(treeSpec, (spec) => {
        const root = buildTree(document, spec);
        const map = buildTextMap([{ element: root, rules: {} }]);
        expect(map.text).not.toMatch(/ {2}|^[ \n]|[ \n]$|\n | \n/);
        for (const seg of map.segments) {
          const fromNode = seg.node.data.slice(seg.offset, seg.offset + seg.length).replace(/[\s\u00a0]/g, ' ');
          const fromText = map.text.slice(seg.start, seg.start + seg.length).replace(/\s/g, ' ');
          // A collapsed run maps its single space to the run's first whitespace character.
          expect(fromText.replace(/ +/g, ' ')).toBe(fromNode.replace(/ +/g, ' '));
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('locate', () => {
  it('splits a range across text nodes into one piece per node', () => {
    const map = mapOf('<p>Gubernur <a>Dedi</a> <b>Mulyadi</b>.</p>');
    const start = map.text.indexOf('Dedi');
    const pieces = locate(map, start, start + 'Dedi Mulyadi'.length);
    expect(pieces.map((p) => p.node.data.slice(p.from, p.to))).toEqual(['Dedi', ' ', 'Mulyadi']);
  });

  it('maps an offset after collapsed whitespace to the right place in the node', () => {
    const map = mapOf('<p>Menteri\n      Agus   Gumiwang</p>');
    const start = map.text.indexOf('Agus Gumiwang');
    const [piece] = locate(map, start, start + 'Agus Gumiwang'.length);
    expect(piece?.node.data.slice(piece.from, piece.to)).toBe('Agus   Gumiwang');
  });
});
