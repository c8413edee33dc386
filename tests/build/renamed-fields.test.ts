// The content script renames fields of its own objects (wxt.config.ts): none may be a field of what leaves it.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import { BUNDLE_INTERNAL_FIELDS } from '../../wxt.config';

/** What the content script sends (messages), stores (notes, settings) or hands out (the extraction). */
const LEAVING = ['core/types.ts', 'messaging', 'notes', 'settings'];
/** Where the content script's own code lives. */
const SOURCES = ['core', 'page', 'components', 'notes', 'settings', 'messaging', 'entrypoints/content'];

function files(path: string): string[] {
  if (path.endsWith('.ts')) return [path];
  return readdirSync(path, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => join(path, f));
}

it('renames no field of the extraction, a message, a note or the settings', () => {
  const fields = new Set(
    LEAVING.flatMap(files).flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(/^\s+(?:readonly )?(\w+)\??:/gm)].map((m) => m[1]),
    ),
  );
  assert.deepEqual(
    BUNDLE_INTERNAL_FIELDS.filter((name) => fields.has(name)),
    [],
  );
});

it('renames no field our code reads by a string', () => {
  // Quotes only: a name in backquotes is a comment's code span; no template builds a field name.
  const quoted = new RegExp(`['"](${BUNDLE_INTERNAL_FIELDS.join('|')})['"]`);
  assert.deepEqual(
    SOURCES.flatMap(files).filter((f) => quoted.test(readFileSync(f, 'utf8'))),
    [],
  );
});

for (const build of ['chrome-mv3', 'firefox-mv3']) {
  it(`${build} content script reads none of those fields by its own name`, () => {
    const code = readFileSync(join('.output', build, 'content-scripts/content.js'), 'utf8');
    assert.deepEqual(
      BUNDLE_INTERNAL_FIELDS.filter((name) => new RegExp(`\\.${name}\\b`).test(code)),
      [],
    );
  });
}
