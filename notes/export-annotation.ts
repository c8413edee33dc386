import type { Note, NoteTarget } from './schema';

/** The W3C Web Annotation target of a note: the page with its selectors, or a URN for entities. */
function target(t: NoteTarget): unknown {
  switch (t.kind) {
    case 'article':
      return t.url;
    case 'passage':
      return {
        source: t.url,
        selector: [
          { type: 'TextQuoteSelector', ...t.quote },
          { type: 'TextPositionSelector', ...t.position },
        ],
      };
    case 'entity':
      return { id: `urn:sorot:entity:${encodeURIComponent(t.key)}`, type: 'SpecificResource', label: t.name };
    case 'general':
      return 'urn:sorot:general';
  }
}

/** The notes as a W3C Web Annotation collection (JSON-LD), readable by tools that speak the standard. */
export function exportWebAnnotations(notes: readonly Note[], label = 'Sorot notes'): string {
  const items = notes.map((note) => ({
    id: `urn:sorot:note:${note.id}`,
    type: 'Annotation',
    motivation: 'commenting',
    created: new Date(note.created).toISOString(),
    modified: new Date(note.updated).toISOString(),
    body: { type: 'TextualBody', value: note.text, format: 'text/plain' },
    target: target(note.target),
  }));
  return JSON.stringify(
    {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationCollection',
      label,
      total: items.length,
      first: { type: 'AnnotationPage', items },
    },
    null,
    2,
  );
}
