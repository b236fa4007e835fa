import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { storage } from 'wxt/utils/storage';
import { queryKeys } from '@/components/data/query-keys';
import { isTimeRange, type TimeRange } from '@/utils/ratings/range';

export type RangeView = 'person' | 'team';

/**
 * The range the user last picked in each view, on this device only: a way of looking at the data,
 * not part of it, so it is neither synced nor backed up. Until one is picked, the view's suggested range.
 */
const rangeItems: Record<RangeView, ReturnType<typeof storage.defineItem<string | null>>> = {
  person: storage.defineItem<string | null>('local:dashboardRange.person', { fallback: null }),
  team: storage.defineItem<string | null>('local:dashboardRange.team', { fallback: null }),
};

const rangeChoiceQuery = (view: RangeView) =>
  queryOptions({
    queryKey: queryKeys.rangeChoice(view),
    // A value stored by another version that this one does not know counts as not picked.
    queryFn: async () => {
      const stored = await rangeItems[view].getValue();
      return isTimeRange(stored) ? stored : null;
    },
  });

/**
 * The view's picked range (null before any pick, undefined while it is read) and how to pick one.
 * A pick shows in the same render as the click or key press (the cache tells its readers a tick
 * later, after a controlled radio would have been set back), and the cache keeps it for the
 * view's next mount; should storing it fail, it still holds on this page.
 */
export function useRangeChoice(view: RangeView): [TimeRange | null | undefined, (range: TimeRange) => void] {
  const client = useQueryClient();
  const choice = useQuery(rangeChoiceQuery(view));
  const [picked, setPicked] = useState<TimeRange | null>(null);
  const choose = (range: TimeRange) => {
    setPicked(range);
    client.setQueryData(queryKeys.rangeChoice(view), range);
    rangeItems[view].setValue(range).catch(() => undefined);
  };
  return [picked ?? (choice.isError ? null : choice.data), choose];
}
