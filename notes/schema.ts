import * as v from 'valibot';

/**
 * The shape of one stored note, checked with valibot wherever notes cross a trust boundary (storage read,
 * import, sync). Offsets are JavaScript string indices into the article text the content script extracted.
 */

/** W3C TextQuoteSelector: the passage itself with a little text on each side to find it again. */
export const TextQuoteSchema = v.object({
  /** The selected text, verbatim. */
  exact: v.pipe(v.string(), v.minLength(1)),
  /** Up to 32 characters of article text just before the passage. */
  prefix: v.string(),
  /** Up to 32 characters of article text just after the passage. */
  suffix: v.string(),
});

/** W3C TextPositionSelector: where the passage was when the note was written (end exclusive). */
export const TextPositionSchema = v.pipe(
  v.object({ start: v.pipe(v.number(), v.integer(), v.minValue(0)), end: v.pipe(v.number(), v.integer()) }),
  v.check((p) => p.end > p.start, 'end must be after start'),
);

const ArticleTargetSchema = v.object({
  kind: v.literal('article'),
  url: v.pipe(v.string(), v.url()),
  title: v.string(),
});

const EntityTargetSchema = v.object({
  kind: v.literal('entity'),
  key: v.pipe(v.string(), v.regex(/^(person|organization):\S/, 'entity key must be "person:…" or "organization:…"')),
  name: v.pipe(v.string(), v.minLength(1)),
});

const PassageTargetSchema = v.object({
  kind: v.literal('passage'),
  url: v.pipe(v.string(), v.url()),
  title: v.string(),
  quote: TextQuoteSchema,
  position: TextPositionSchema,
});

/** What a note is about; `general` holds text that belongs to no page (the foundation's scratch note). */
export const NoteTargetSchema = v.variant('kind', [
  ArticleTargetSchema,
  EntityTargetSchema,
  PassageTargetSchema,
  v.object({ kind: v.literal('general') }),
]);

/** One note as stored under `local:note:<id>`. */
export const NoteSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[\w-]{1,64}$/, 'id must be 1–64 letters, digits, "-" or "_"')),
  target: NoteTargetSchema,
  text: v.string(),
  created: v.pipe(v.number(), v.integer(), v.minValue(0)),
  updated: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

/** A passage's W3C selectors, as the page describes a selection. */
export type TextQuote = v.InferOutput<typeof TextQuoteSchema>;
/** Start and end offsets of a passage in the article text. */
export type TextPosition = v.InferOutput<typeof TextPositionSchema>;
/** What a note is about: an article, an entity (across articles), a passage, or nothing (general). */
export type NoteTarget = v.InferOutput<typeof NoteTargetSchema>;
/** A stored note. Fields: `id` stable key; `target` what it is about; `text` the reader's words; `created`/`updated` epoch ms. */
export type Note = v.InferOutput<typeof NoteSchema>;
/** A passage note's target. */
export type PassageTarget = Extract<NoteTarget, { kind: 'passage' }>;

/** "notes[2].target.url: Invalid URL" — the first issue of a failed parse, with its path. */
export function describeIssue(issues: readonly v.BaseIssue<unknown>[], root: string): string {
  const issue = issues[0];
  if (!issue) return root;
  const path = (issue.path ?? [])
    .map((item) => (typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`))
    .join('');
  return `${root}${path}: ${issue.message}`;
}
