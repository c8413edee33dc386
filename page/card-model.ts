import type { HoverCardEntity } from '../components/HoverCard';
import type { Extraction } from '../core/types';
import { formatFigure } from './figure-format';

/** What the hover card shows for the entity or figure with this id, or null when the extraction has no such id. */
export function describeEntity(x: Extraction, id: string): HoverCardEntity | null {
  const person = x.persons.find((p) => p.id === id);
  if (person) {
    return {
      kind: person.official ? 'official' : 'person',
      name: person.name,
      role: person.role,
      affiliation: person.affiliation,
      aliases: person.aliases,
      mentions: person.mentions.length,
      figure: null,
      noteKind: 'person',
    };
  }
  const org = x.organizations.find((o) => o.id === id);
  if (org) {
    const role = { government: 'Government body', company: 'Company', other: 'Organisation' }[org.kind];
    return {
      kind: 'organization',
      name: org.name,
      role,
      affiliation: null,
      aliases: org.aliases,
      mentions: org.mentions.length,
      figure: null,
      noteKind: 'organization',
    };
  }
  const figure = x.figures.find((f) => f.id === id);
  if (figure) {
    return {
      kind: 'figure',
      name: figure.text,
      role: null,
      affiliation: null,
      aliases: [],
      mentions: figure.mentions.length,
      figure: { ...formatFigure(figure), subject: figure.subject, measure: figure.measure, period: figure.period },
      noteKind: null,
    };
  }
  const other = x.places.find((l) => l.id === id) ?? x.dates.find((d) => d.id === id);
  if (!other) return null;
  const name = 'name' in other ? other.name : other.text;
  const kind = 'name' in other ? 'place' : 'date';
  return {
    kind,
    name,
    role: 'iso' in other ? other.iso : null,
    affiliation: null,
    aliases: [],
    mentions: other.mentions.length,
    figure: null,
    noteKind: null,
  };
}
