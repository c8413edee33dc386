import fs from 'node:fs';
import path from 'node:path';

/** The repository's root folder (tests run from it, but be explicit). */
export const ROOT = path.resolve(import.meta.dirname, '../../..');

/** The HTML of tests/fixtures/pages/<name>. */
export function fixturePage(name: string): string {
  return fs.readFileSync(path.join(ROOT, 'tests/fixtures/pages', name), 'utf8');
}

/** Where screenshots for the README go. */
export const SCREENSHOTS = path.join(ROOT, 'docs/screenshots');

/** The unpacked builds `npm run build` makes. */
export const BUILDS = {
  chromium: path.join(ROOT, '.output/chrome-mv3'),
  firefox: path.join(ROOT, '.output/firefox-mv3'),
} as const;
