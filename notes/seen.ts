import { browser } from 'wxt/browser';
import type { Extraction } from '../core/types';
import { entityKey } from './entity-key';
import { urlId } from './ids';

/** Storage keys of "entities seen on this article" records start with this. */
const SEEN_PREFIX = 'seen:';

/** One "seen" record; checked by hand because the content script reads these and must stay small. */
interface Seen {
  /** The article's URL. */
  url: string;
  /** Entity keys (notes/entity-key.ts) named in the article. */
  keys: string[];
}

function isSeen(value: unknown): value is Seen {
  const seen = value as Partial<Seen> | null;
  return typeof seen?.url === 'string' && Array.isArray(seen.keys) && seen.keys.every((k) => typeof k === 'string');
}

/** Entity keys of the people and organisations an article names. */
export function entityKeysOf(extraction: Extraction): string[] {
  const keys = [
    ...extraction.persons.map((p) => entityKey('person', p.name)),
    ...extraction.organizations.map((o) => entityKey('organization', o.name)),
  ];
  return [...new Set(keys)];
}

/**
 * Remembers which entities the annotated article at `url` names (for "seen in N articles"): one record per URL,
 * so two tabs never collide. The popup calls it; the content script may call it after each annotation pass.
 */
export async function recordSeen(url: string, extraction: Extraction): Promise<void> {
  await browser.storage.local.set({ [SEEN_PREFIX + urlId(url)]: { url, keys: entityKeysOf(extraction) } });
}

/** Entity key → URLs of the annotated articles that name it. */
export async function seenIndex(): Promise<Map<string, string[]>> {
  const all = await browser.storage.local.get(null);
  const index = new Map<string, string[]>();
  for (const [k, value] of Object.entries(all)) {
    if (!k.startsWith(SEEN_PREFIX) || !isSeen(value)) continue;
    for (const key of value.keys) index.set(key, [...(index.get(key) ?? []), value.url]);
  }
  return index;
}

/** How many annotated articles name the entity with this key. */
export async function seenCount(key: string): Promise<number> {
  return (await seenIndex()).get(key)?.length ?? 0;
}
