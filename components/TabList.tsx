/**
 * An ARIA tab list with roving focus: arrow keys move between tabs. Tab ids are `${idPrefix}-tab-${key}`;
 * only the selected panel is rendered, as `${idPrefix}-panel-${key}`.
 */
export function TabList<K extends string>({
  idPrefix,
  label,
  tabs,
  selected,
  onSelect,
  className,
}: {
  idPrefix: string;
  label: string;
  tabs: readonly { key: K; label: string }[];
  selected: K;
  onSelect: (key: K) => void;
  className: string;
}) {
  const keys = tabs.map((tab) => tab.key);
  return (
    <div className={className} role="tablist" aria-label={label}>
      {tabs.map(({ key, label: text }) => (
        <button
          key={key}
          role="tab"
          id={`${idPrefix}-tab-${key}`}
          aria-selected={selected === key}
          aria-controls={selected === key ? `${idPrefix}-panel-${key}` : undefined}
          tabIndex={selected === key ? 0 : -1}
          onClick={() => onSelect(key)}
          onKeyDown={(event) => {
            const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
            if (!step) return;
            const next = keys[(keys.indexOf(key) + step + keys.length) % keys.length]!;
            onSelect(next);
            document.getElementById(`${idPrefix}-tab-${next}`)?.focus();
          }}
        >
          {text}
        </button>
      ))}
    </div>
  );
}
