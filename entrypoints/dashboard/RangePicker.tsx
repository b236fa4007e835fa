import { useId } from 'react';
import { useI18n } from '@/components/i18n';
import { timeRanges, type TimeRange } from '@/utils/ratings/range';

const rangeLabel = { '3m': 'ranges.last3Months', '12m': 'ranges.last12Months', all: 'ranges.all' } as const;

/** The time range a view's charts, tables and heat map show: a radio group, so arrow keys move between ranges. */
export function RangePicker({ value, onChange }: { value: TimeRange; onChange: (range: TimeRange) => void }) {
  const { t } = useI18n();
  const name = useId();
  return (
    <fieldset className="range-picker">
      <legend>{t('ranges.legend')}</legend>
      {timeRanges.map((range) => (
        <label key={range}>
          <input type="radio" name={name} value={range} checked={value === range} onChange={() => onChange(range)} /> {t(rangeLabel[range])}
        </label>
      ))}
    </fieldset>
  );
}
