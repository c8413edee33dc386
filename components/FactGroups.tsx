import type { ComponentChildren } from 'preact';
import type { Extraction } from '../core/types';
import { type FactActions, FigureItem, OrganizationItem, PersonItem, QuoteItem } from './FactItems';
import { filterFacts } from './fact-filter';
import { useI18n } from './i18n';

/** Props of the grouped fact list. */
export interface FactGroupsProps {
  /** Everything the article says. */
  facts: Extraction;
  /** The search box's text; only matching facts are shown. */
  query: string;
  /** What the rows do. */
  actions: FactActions;
}

function Group({
  id,
  title,
  count,
  children,
}: {
  id: string;
  title: string;
  count: number;
  children: ComponentChildren;
}) {
  if (count === 0) return null;
  return (
    <section class="fact-group" aria-labelledby={`group-${id}`}>
      <h2 id={`group-${id}`}>
        {title} <span class="count">{count}</span>
      </h2>
      <ul>{children}</ul>
    </section>
  );
}

/** The article's facts in groups: officials, other people, organisations, figures, quotes. */
export function FactGroups({ facts, query, actions }: FactGroupsProps) {
  const { t } = useI18n();
  const shown = filterFacts(facts, query);
  const officials = shown.persons.filter((p) => p.official);
  const people = shown.persons.filter((p) => !p.official);
  const total = shown.persons.length + shown.organizations.length + shown.figures.length + shown.quotes.length;
  if (total === 0) return <p class="empty">{query.trim() ? t('noMatch', query.trim()) : t('noFacts')}</p>;
  return (
    <div class="facts">
      <Group id="officials" title={t('groupOfficials')} count={officials.length}>
        {officials.map((p) => (
          <PersonItem key={p.id} person={p} actions={actions} />
        ))}
      </Group>
      <Group id="people" title={t('groupPeople')} count={people.length}>
        {people.map((p) => (
          <PersonItem key={p.id} person={p} actions={actions} />
        ))}
      </Group>
      <Group id="organizations" title={t('groupOrganizations')} count={shown.organizations.length}>
        {shown.organizations.map((o) => (
          <OrganizationItem key={o.id} org={o} actions={actions} />
        ))}
      </Group>
      <Group id="figures" title={t('groupFigures')} count={shown.figures.length}>
        {shown.figures.map((f) => (
          <FigureItem key={f.id} figure={f} onPick={actions.onPick} />
        ))}
      </Group>
      <Group id="quotes" title={t('groupQuotes')} count={shown.quotes.length}>
        {shown.quotes.map((q) => (
          <QuoteItem key={q.id} quote={q} onPick={actions.onPick} />
        ))}
      </Group>
    </div>
  );
}
