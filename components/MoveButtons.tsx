import { useI18n } from './i18n';

/** ↑ / ↓ buttons that reorder an item in a list; `name` says which item to screen readers. */
export function MoveButtons({ name, index, count, onMove }: { name: string; index: number; count: number; onMove: (by: -1 | 1) => void }) {
  const { t } = useI18n();
  return (
    <>
      <button type="button" aria-label={`${t('common.moveUp')}: ${name}`} disabled={index === 0} onClick={() => onMove(-1)}>
        ↑
      </button>
      <button type="button" aria-label={`${t('common.moveDown')}: ${name}`} disabled={index === count - 1} onClick={() => onMove(1)}>
        ↓
      </button>
    </>
  );
}
