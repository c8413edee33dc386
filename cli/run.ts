import { extract } from '../core/index';
import { publicExtraction } from './output';
import { readArticle } from './read-article';

/** Where the CLI writes: standard output and standard error, injectable for tests. */
export interface Streams {
  /** Receives the JSON results. */
  out: (s: string) => void;
  /** Receives one line per unreadable file. */
  err: (s: string) => void;
}

/**
 * Extracts every file named in `args` (.txt or .html; `--jsonl` for one line per file) and returns the exit code:
 * 0 when all files were read, 1 when some could not be (each named on `err`), 2 for a usage error.
 */
export async function run(args: readonly string[], io: Streams): Promise<number> {
  const jsonl = args.includes('--jsonl');
  const files = args.filter((a) => a !== '--jsonl');
  if (files.length === 0) {
    io.err('usage: npm run -s extract -- [--jsonl] FILE...\n');
    return 2;
  }
  let failed = false;
  for (const file of files) {
    let text: string;
    try {
      text = await readArticle(file);
    } catch (error) {
      failed = true;
      io.err(`${file}: ${error instanceof Error ? error.message : String(error)}\n`);
      continue;
    }
    const result = { file, ...publicExtraction(extract(text)) };
    io.out(`${jsonl ? JSON.stringify(result) : JSON.stringify(result, null, 2)}\n`);
  }
  return failed ? 1 : 0;
}
