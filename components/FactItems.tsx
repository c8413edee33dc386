import type { Figure, Organization, Person, Quote } from '../core/types';
import { formatFigure } from './figure-format';
import { useI18n } from './i18n';

/** A person or organisation the reader may attach a note to. */
export interface NoteableEntity {
  /** 'person' for officials and other people. */
  kind: 'person' | 'organization';
  /** The entity's full name. */
  name: string;
}

/** Callbacks shared by every fact row. */
export interface FactActions {
  /** Scroll the page to the fact's first mention (by extraction id). */
  onPick: (id: string) => void;
  /** Open the note editor for an entity. */
  onNote: (entity: NoteableEntity) => void;
  /** True when the reader already has a note on this entity. */
  hasNote: (entity: NoteableEntity) => boolean;
}

function Jump({ id, label, onPick }: { id: string; label: string; onPick: (id: string) => void }) {
  return (
    <button type="button" class="fact-name" data-fact={id} onClick={() => onPick(id)}>
      {label}
    </button>
  );
}

function NoteButton({ entity, actions }: { entity: NoteableEntity; actions: FactActions }) {
  const { t } = useI18n();
  const noted = actions.hasNote(entity);
  return (
    <button
      type="button"
      class={noted ? 'note-button noted' : 'note-button'}
      aria-label={t(noted ? 'editEntityNote' : 'addEntityNote', entity.name)}
      onClick={() => actions.onNote(entity)}
    >
      {noted ? '✎' : '+'}
    </button>
  );
}

/** A person: name, role and affiliation, mention count, note action. */
export function PersonItem({ person, actions }: { person: Person; actions: FactActions }) {
  const { t } = useI18n();
  const detail = [person.role, person.affiliation].filter(Boolean).join(' · ');
  return (
    <li class="fact" data-kind={person.official ? 'official' : 'person'}>
      <Jump id={person.id} label={person.name} onPick={actions.onPick} />
      {detail && <span class="fact-detail">{detail}</span>}
      <span class="fact-count">{t('mentions', person.mentions.length)}</span>
      <NoteButton entity={{ kind: 'person', name: person.name }} actions={actions} />
    </li>
  );
}

/** An organisation: name, kind, mention count, note action. */
export function OrganizationItem({ org, actions }: { org: Organization; actions: FactActions }) {
  const { t } = useI18n();
  return (
    <li class="fact" data-kind="organization">
      <Jump id={org.id} label={org.name} onPick={actions.onPick} />
      <span class="fact-detail">{t(`orgKind_${org.kind}`)}</span>
      <span class="fact-count">{t('mentions', org.mentions.length)}</span>
      <NoteButton entity={{ kind: 'organization', name: org.name }} actions={actions} />
    </li>
  );
}

/** A figure: normalised value, in words, then subject, measure and period when known. */
export function FigureItem({ figure, onPick }: { figure: Figure; onPick: (id: string) => void }) {
  const { locale } = useI18n();
  const { exact, words } = formatFigure(figure, locale);
  const detail = [words, figure.subject, figure.measure, figure.period].filter(Boolean).join(' · ');
  return (
    <li class="fact" data-kind="figure">
      <Jump id={figure.id} label={exact} onPick={onPick} />
      <span class="fact-detail">{detail}</span>
    </li>
  );
}

/** A quote with its speaker. */
export function QuoteItem({ quote, onPick }: { quote: Quote; onPick: (id: string) => void }) {
  const { t } = useI18n();
  return (
    <li class="fact" data-kind="quote">
      <Jump id={quote.id} label={quote.speaker ?? t('unknownSpeaker')} onPick={onPick} />
      <q class="fact-detail">{quote.text}</q>
    </li>
  );
}
