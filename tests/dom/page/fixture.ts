import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Parses a fixture page of tests/fixtures/pages into a fresh document (scripts do not run). */
export function fixtureDocument(name: string): Document {
  const html = readFileSync(resolve(__dirname, '../../fixtures/pages', name), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

/** Parses an HTML string into a fresh document. */
export function htmlDocument(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}
