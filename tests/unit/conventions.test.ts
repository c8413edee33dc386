// The layer table of DESIGN.md, enforced: who may import whom, and where the browser APIs may appear.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Every .ts/.tsx file under `folder`, relative to the repo root. */
function sources(folder: string): string[] {
  const dir = path.join(ROOT, folder);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => path.join(folder, f));
}

/** The module specifiers a file imports (static, dynamic and type imports, and re-exports). */
function importsOf(file: string): string[] {
  const code = fs.readFileSync(path.join(ROOT, file), 'utf8');
  return [...code.matchAll(/(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
    (m) => m[1] ?? m[2] ?? '',
  );
}

/** The top-level folder (or package name) an import of `file` resolves to. */
function target(file: string, specifier: string): string {
  if (!specifier.startsWith('.')) return specifier;
  const resolved = path.relative(ROOT, path.resolve(path.dirname(path.join(ROOT, file)), specifier));
  return resolved.split(path.sep)[0] ?? resolved;
}

const BROWSER_PACKAGES = ['wxt/browser', 'webextension-polyfill', '@wxt-dev/storage', '@webext-core/messaging'];

// folder → what its files may import (top-level folders of the repo, and packages by prefix)
const ALLOWED: Record<string, string[]> = {
  core: ['core'],
  page: ['core', 'page', 'components', 'preact'],
  components: ['components', 'core', 'preact'],
  messaging: ['messaging', 'core', 'notes', '@webext-core/messaging'],
  notes: [
    'notes',
    'core',
    'settings',
    'messaging',
    'wxt/browser',
    '@wxt-dev/storage',
    'valibot',
    '@webext-core/messaging',
  ],
  settings: ['settings', 'wxt/browser'],
  cli: ['cli', 'core', 'page', 'node:', 'happy-dom'],
};

describe('layers', () => {
  it('resolves imports to the folder they reach', () => {
    expect(target('core/recognize/person.ts', '../../page/text-map')).toBe('page');
    expect(target('page/detect.ts', './site')).toBe('page');
    expect(target('page/detect.ts', 'wxt/browser')).toBe('wxt/browser');
  });

  for (const [folder, allowed] of Object.entries(ALLOWED)) {
    it(`${folder}/ imports only ${allowed.join(', ')}`, () => {
      const offences = sources(folder).flatMap((file) =>
        importsOf(file)
          .map((spec) => target(file, spec))
          .filter((t) => !allowed.some((a) => t === a || t.startsWith(a.endsWith(':') ? a : `${a}/`)))
          .map((t) => `${file} imports ${t}`),
      );
      expect(offences).toEqual([]);
    });
  }

  it('uses browser.* only in entrypoints/, notes/, messaging/ and settings/', () => {
    const offences = ['core', 'page', 'components', 'cli'].flatMap((folder) =>
      sources(folder).filter((file) => {
        const code = fs.readFileSync(path.join(ROOT, file), 'utf8');
        return (
          /\b(browser|chrome)\.(runtime|storage|tabs|scripting|contextMenus|i18n)\b/.test(code) ||
          importsOf(file).some((s) => BROWSER_PACKAGES.includes(s))
        );
      }),
    );
    expect(offences).toEqual([]);
  });

  it('keeps core/ free of the DOM', () => {
    const offences = sources('core').filter((file) =>
      /\b(document|window|HTMLElement|Node)\s*[.(]/.test(fs.readFileSync(path.join(ROOT, file), 'utf8')),
    );
    expect(offences).toEqual([]);
  });
});

describe('documentation', () => {
  it('documents every field of every exported interface in one line', () => {
    const offences: string[] = [];
    for (const file of ['core', 'page', 'notes', 'messaging', 'settings', 'components', 'cli'].flatMap(sources)) {
      const lines = fs.readFileSync(path.join(ROOT, file), 'utf8').split('\n');
      let inside = false;
      lines.forEach((line, i) => {
        if (/^export interface \w+[^{]*\{\s*$/.test(line)) inside = true;
        else if (inside && /^\}/.test(line)) inside = false;
        else if (inside && /^ {2}[\w$]+\??(\(.*\))?:/.test(line) && !/\*\/\s*$/.test(lines[i - 1] ?? '')) {
          offences.push(`${file}:${i + 1} ${line.trim()}`);
        }
      });
    }
    expect(offences).toEqual([]);
  });
});
