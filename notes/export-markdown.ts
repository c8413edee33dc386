import { groupNotes } from './grouping';
import type { Note } from './schema';

/** A note's text as a Markdown block quote-safe paragraph. */
function body(note: Note): string {
  return note.text.trim().replace(/\n/g, '\n  ');
}

function line(note: Note): string {
  const t = note.target;
  if (t.kind === 'passage') return `- > ${t.quote.exact.replace(/\s+/g, ' ')}\n\n  ${body(note)}`;
  return `- ${body(note)}`;
}

/** The reader's notes as Markdown: one section per article, then entities, then general notes. */
export function exportMarkdown(notes: readonly Note[], heading = 'Sorot notes'): string {
  const groups = groupNotes(notes);
  const out = [`# ${heading}`, ''];
  for (const article of groups.articles) {
    out.push(`## [${article.title || article.url}](${article.url})`, '', ...article.notes.map(line), '');
  }
  for (const note of groups.entities) {
    if (note.target.kind === 'entity') out.push(`## ${note.target.name}`, '', line(note), '');
  }
  if (groups.general.length > 0) out.push('## —', '', ...groups.general.map(line), '');
  return out.join('\n');
}
