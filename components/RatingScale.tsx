import { useRef, type KeyboardEvent } from 'react';

interface Props {
  label: string;
  max: 7 | 10;
  value: number | null;
  onChange: (value: number) => void;
  disabled?: boolean;
}

/**
 * A 1–7 or 1–10 scale as a radio group: arrow keys move, number keys set the focused rating
 * directly (0 means 10).
 */
export function RatingScale({ label, max, value, onChange, disabled }: Props) {
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const values = Array.from({ length: max }, (_, i) => i + 1);

  function choose(next: number): void {
    onChange(next);
    buttons.current[next - 1]?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
    const digit = event.key === '0' && max === 10 ? 10 : Number(event.key);
    if (Number.isInteger(digit) && digit >= 1 && digit <= max) {
      event.preventDefault();
      choose(digit);
      return;
    }
    const step = event.key === 'ArrowRight' || event.key === 'ArrowUp' ? 1 : event.key === 'ArrowLeft' || event.key === 'ArrowDown' ? -1 : 0;
    if (step) {
      event.preventDefault();
      choose(Math.min(max, Math.max(1, (value ?? 0) + step)));
    }
  }

  return (
    <div className="scale" role="radiogroup" aria-label={label} onKeyDown={onKeyDown}>
      {values.map((option) => (
        <button
          key={option}
          ref={(element) => {
            buttons.current[option - 1] = element;
          }}
          type="button"
          role="radio"
          aria-checked={value === option}
          tabIndex={value === option || (value === null && option === 1) ? 0 : -1}
          disabled={disabled}
          onClick={() => choose(option)}
        >
          {option}
        </button>
      ))}
    </div>
  );
}
