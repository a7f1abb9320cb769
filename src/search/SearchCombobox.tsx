/**
 * An editable combobox with list autocomplete (WAI-ARIA 1.2 / APG "combobox with
 * listbox popup"): focus stays in the input, the active option is announced through
 * aria-activedescendant. Down/Up move (and open), Enter picks the active option or
 * submits the text, Escape closes the list, then clears the text; Alt+Down opens.
 */
import { useEffect, useState, type KeyboardEvent, type Ref } from 'react';
import type { Place } from './places';

interface Props {
  id: string;
  value: string;
  options: readonly Place[];
  placeholder?: string;
  describedBy?: string;
  onValueChange: (value: string) => void;
  onPick: (place: Place) => void;
  onFocus?: () => void;
  inputRef?: Ref<HTMLInputElement>;
}

const KIND_TEXT: Record<Place['kind'], string> = {
  state: 'State or territory',
  county: 'County',
  city: 'City',
  zip: 'ZIP code',
  point: 'Coordinates',
};

export function SearchCombobox(props: Props) {
  const { id, value, options, placeholder, describedBy, onValueChange, onPick, onFocus, inputRef } = props;
  const listboxId = `${id}-listbox`;
  const optionId = (i: number) => `${id}-option-${i}`;
  const [open, setOpen] = useState(false);
  const [activeId, setActiveId] = useState<string | null>(null);

  const expanded = open && options.length > 0;
  const activeIndex = expanded ? options.findIndex((o) => o.id === activeId) : -1;
  const count = options.length;

  useEffect(() => {
    if (activeIndex < 0) return;
    const el = document.getElementById(optionId(activeIndex));
    // jsdom has no scrollIntoView
    if (el && typeof el.scrollIntoView === 'function') el.scrollIntoView({ block: 'nearest' });
  });

  const moveTo = (i: number) => {
    setOpen(true);
    setActiveId(options[(i + count) % count]?.id ?? null);
  };

  const pick = (place: Place) => {
    setOpen(false);
    setActiveId(null);
    onPick(place);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    switch (e.key) {
      case 'ArrowDown':
        if (count === 0) return;
        e.preventDefault();
        if (e.altKey) setOpen(true);
        else if (!expanded) moveTo(0);
        else moveTo(activeIndex + 1);
        return;
      case 'ArrowUp':
        if (count === 0) return;
        e.preventDefault();
        moveTo(expanded && activeIndex >= 0 ? activeIndex - 1 : count - 1);
        return;
      case 'Enter': {
        const active = activeIndex >= 0 ? options[activeIndex] : undefined;
        if (active) {
          e.preventDefault();
          pick(active);
        } else {
          setOpen(false); // the form submits the typed text
        }
        return;
      }
      case 'Escape':
        if (expanded) {
          e.preventDefault();
          setOpen(false);
          setActiveId(null);
        } else if (value !== '') {
          e.preventDefault();
          onValueChange('');
        }
        return;
      default:
        return;
    }
  };

  return (
    <div className="find-combobox">
      <input
        ref={inputRef}
        id={id}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listboxId}
        aria-activedescendant={activeIndex >= 0 ? optionId(activeIndex) : undefined}
        aria-describedby={describedBy}
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
        placeholder={placeholder}
        value={value}
        onChange={(e) => {
          onValueChange(e.target.value);
          setOpen(true);
          setActiveId(null);
        }}
        onFocus={onFocus}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <ul id={listboxId} role="listbox" aria-label="Suggestions" className="find-listbox" hidden={!expanded}>
        {options.map((o, i) => (
          // Keyboard picks through the input (aria-activedescendant, Enter); the click is for pointers.
          // eslint-disable-next-line jsx-a11y/click-events-have-key-events
          <li
            key={o.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === activeIndex}
            className="find-option"
            // keep focus in the input so the click lands before blur closes the list
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => pick(o)}
          >
            <span className="find-option-label">{o.label}</span>
            <span className="find-option-kind">{KIND_TEXT[o.kind]}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
