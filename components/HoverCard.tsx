/** What a highlight stands for, as the card shows it. */
export interface HoverCardEntity {
  /** The highlight's kind (official, person, organization, figure, place, date). */
  kind: 'official' | 'person' | 'organization' | 'figure' | 'place' | 'date';
  /** Full name, or the figure as written ("Rp 3 triliun"). */
  name: string;
  /** Role as the text states it ("Menteri Perindustrian"), an organisation's type, or null. */
  role: string | null;
  /** Organisation the role belongs to, or null. */
  affiliation: string | null;
  /** Other forms the article uses ("Agus", "Menperin"). */
  aliases: string[];
  /** Mentions in this article. */
  mentions: number;
  /** For figures: the value stated exactly and in words, with what it is about; null otherwise. */
  figure: {
    /** "Rp 3.000.000.000.000". */
    exact: string;
    /** "3 triliun rupiah". */
    words: string;
    /** Whose figure it is ("Xiaomi"), or null. */
    subject: string | null;
    /** What it measures ("investasi"), or null. */
    measure: string | null;
    /** The period ("semester I 2025"), or null. */
    period: string | null;
  } | null;
  /** Which kind of entity note can be attached, or null when notes do not apply (figures, places, dates). */
  noteKind: 'person' | 'organization' | null;
}

/** The reader's note on the entity, as far as it is known. */
export type HoverCardNote = { state: 'loading' } | { state: 'none' } | { state: 'saved'; text: string; seenIn: number };

/** Props of the hover card. */
export interface HoverCardProps {
  /** The entity or figure under the pointer or focus. */
  entity: HoverCardEntity;
  /** 1-based number of the mention the card belongs to. */
  position: number;
  /** The reader's note. */
  note: HoverCardNote;
  /** The note being written, or null when the note is not being edited (the controller keeps it across renders). */
  draft: string | null;
  /** Starts, changes (text) or ends (null) the draft. */
  onDraft: (text: string | null) => void;
  /** Moves to the previous mention of the same entity. */
  onPrev: () => void;
  /** Moves to the next mention. */
  onNext: () => void;
  /** Closes the card. */
  onClose: () => void;
  /** Saves a note on the entity; absent when notes cannot be written here. */
  onSaveNote?: (text: string) => void;
}

const KIND_LABEL: Record<HoverCardEntity['kind'], string> = {
  official: 'Official',
  person: 'Person',
  organization: 'Organisation',
  figure: 'Figure',
  place: 'Place',
  date: 'Date',
};

function Fact({ label, value }: { label: string; value: string | null }) {
  if (!value) return null;
  return (
    <div class="fact">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

function NoteSection({
  note,
  draft,
  onDraft,
  onSave,
}: Pick<HoverCardProps, 'note' | 'draft' | 'onDraft'> & { onSave?: (text: string) => void }) {
  if (note.state === 'loading') return null;
  if (draft !== null && onSave) {
    return (
      <form
        class="note"
        onSubmit={(e) => {
          e.preventDefault();
          onSave(draft);
          onDraft(null);
        }}
      >
        <label for="sorot-note">Your note</label>
        <textarea id="sorot-note" value={draft} onInput={(e) => onDraft(e.currentTarget.value)} />
        <button type="submit">Save note</button>
      </form>
    );
  }
  return (
    <section class="note" aria-label="Your note">
      {note.state === 'saved' ? <p class="note-text">{note.text}</p> : null}
      {note.state === 'saved' && note.seenIn > 1 ? <p class="seen">Seen in {note.seenIn} articles</p> : null}
      {onSave ? (
        <button type="button" class="add-note" onClick={() => onDraft(note.state === 'saved' ? note.text : '')}>
          {note.state === 'saved' ? 'Edit note' : 'Add note'}
        </button>
      ) : null}
    </section>
  );
}

/** The card shown for a highlight: who or what it is, its mentions, and the reader's note. */
export function HoverCard(props: HoverCardProps) {
  const { entity, position, onPrev, onNext, onClose, onSaveNote } = props;
  const { figure } = entity;
  return (
    <div class={`card kind-${entity.kind}`} role="dialog" aria-labelledby="sorot-card-title">
      <header>
        <span class="kind">{KIND_LABEL[entity.kind]}</span>
        <button type="button" class="close" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </header>
      <h2 id="sorot-card-title">{entity.name}</h2>
      {figure ? (
        <p class="value">
          <span class="exact">{figure.exact}</span> — <span class="words">{figure.words}</span>
        </p>
      ) : null}
      <dl>
        <Fact label={entity.kind === 'organization' ? 'Type' : 'Role'} value={entity.role} />
        <Fact label="Affiliation" value={entity.affiliation} />
        <Fact label="Also called" value={entity.aliases.length ? entity.aliases.join(', ') : null} />
        <Fact label="Subject" value={figure?.subject ?? null} />
        <Fact label="Measure" value={figure?.measure ?? null} />
        <Fact label="Period" value={figure?.period ?? null} />
      </dl>
      {entity.mentions > 1 ? (
        <nav class="mentions" aria-label="Mentions">
          <button type="button" onClick={onPrev} aria-label="Previous mention">
            ‹
          </button>
          <span aria-live="polite">
            Mention {position} of {entity.mentions}
          </span>
          <button type="button" onClick={onNext} aria-label="Next mention">
            ›
          </button>
        </nav>
      ) : (
        <p class="mentions">Mentioned once</p>
      )}
      {entity.noteKind ? <NoteSection {...props} onSave={onSaveNote} /> : null}
    </div>
  );
}
