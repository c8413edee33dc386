import { formatFigure } from '../components/figure-format';
import type { HoverCardEntity } from '../components/HoverCard';
import type { Extraction, Mention } from '../core/types';

const ORG_TYPE = { government: 'Government body', company: 'Company', other: 'Organisation' } as const;

function card(
  kind: HoverCardEntity['kind'],
  name: string,
  mentions: Mention[],
  more: Partial<HoverCardEntity> = {},
): HoverCardEntity {
  return {
    kind,
    name,
    role: null,
    affiliation: null,
    aliases: [],
    mentions: mentions.length,
    figure: null,
    noteKind: null,
    ...more,
  };
}

/** What the hover card shows for the entity or figure with this id, or null when the extraction has no such id. */
export function describeEntity(x: Extraction, id: string): HoverCardEntity | null {
  const person = x.persons.find((p) => p.id === id);
  if (person) {
    const { role, affiliation, aliases } = person;
    return card(person.official ? 'official' : 'person', person.name, person.mentions, {
      role,
      affiliation,
      aliases,
      noteKind: 'person',
    });
  }
  const org = x.organizations.find((o) => o.id === id);
  if (org)
    return card('organization', org.name, org.mentions, {
      role: ORG_TYPE[org.kind],
      aliases: org.aliases,
      noteKind: 'organization',
    });
  const f = x.figures.find((item) => item.id === id);
  if (f) {
    const figure = { ...formatFigure(f), subject: f.subject, measure: f.measure, period: f.period };
    return card('figure', f.text, f.mentions, { figure });
  }
  const place = x.places.find((l) => l.id === id);
  if (place) return card('place', place.name, place.mentions, { aliases: place.aliases });
  const date = x.dates.find((d) => d.id === id);
  return date ? card('date', date.text, date.mentions, { role: date.iso }) : null;
}
