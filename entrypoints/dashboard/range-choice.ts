import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
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
 * A pick shows at once; should storing it fail, it still holds on this page.
 */
export function useRangeChoice(view: RangeView): [TimeRange | null | undefined, (range: TimeRange) => void] {
  const client = useQueryClient();
  const choice = useQuery(rangeChoiceQuery(view));
  const choose = (range: TimeRange) => {
    client.setQueryData(queryKeys.rangeChoice(view), range);
    rangeItems[view].setValue(range).catch(() => undefined);
  };
  return [choice.isError ? null : choice.data, choose];
}
