/**
 * Cold start of the engine as a content script meets it: core/ bundled into one file (esbuild, which Vite already
 * brings), evaluated in a fresh Node process, then one extract() of a 4 KB article. Each run is a new process, so
 * nothing is compiled, optimised or cached yet.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';

/** Timings of one fresh process, ms. */
export interface ColdStart {
  /** Evaluating the bundled engine (module initialisation: dictionaries, lexicons, tables). */
  init: number;
  /** The first extract() of the article. */
  first: number;
  /** The second extract() of the same article (still mostly unoptimised code). */
  second: number;
}

const PROBE = `
const { readFileSync } = require('node:fs');
const article = readFileSync(process.argv[2], 'utf8');
const t0 = performance.now();
const { extract } = require(process.argv[1]);
const t1 = performance.now();
extract(article);
const t2 = performance.now();
extract(article);
const t3 = performance.now();
console.log(JSON.stringify({ init: t1 - t0, first: t2 - t1, second: t3 - t2 }));
`;

/** Runs `runs` fresh processes on `article` and returns their timings. */
export function coldStarts(article: string, runs: number): ColdStart[] {
  const dir = mkdtempSync(join(tmpdir(), 'sorot-cold-'));
  try {
    const bundle = join(dir, 'engine.cjs');
    const text = join(dir, 'article.txt');
    buildSync({
      entryPoints: ['core/index.ts'],
      bundle: true,
      minify: true,
      format: 'cjs',
      outfile: bundle,
      logLevel: 'error',
    });
    writeFileSync(text, article);
    const out: ColdStart[] = [];
    for (let i = 0; i < runs; i++) {
      out.push(JSON.parse(execFileSync(process.execPath, ['-e', PROBE, bundle, text], { encoding: 'utf8' })));
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
