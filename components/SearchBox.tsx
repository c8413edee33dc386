/** Props of a search field. */
export interface SearchBoxProps {
  /** Accessible label and placeholder. */
  label: string;
  /** Current text. */
  value: string;
  /** Called on every keystroke. */
  onInput: (value: string) => void;
  /** Element id (tests and the label). */
  id: string;
}

/** A search field that filters as the reader types; Escape clears it. */
export function SearchBox({ label, value, onInput, id }: SearchBoxProps) {
  return (
    <input
      id={id}
      class="search"
      type="search"
      aria-label={label}
      placeholder={label}
      value={value}
      onInput={(e) => onInput(e.currentTarget.value)}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && value !== '') {
          e.preventDefault();
          onInput('');
        }
      }}
    />
  );
}
