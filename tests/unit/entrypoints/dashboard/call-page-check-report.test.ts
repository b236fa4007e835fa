import { describe, expect, it } from 'vitest';
import { callPageCheckReport } from '@/entrypoints/dashboard/CallPageCheckSection';

describe('the call page check as text for a report', () => {
  it('names each hint, and says what was not found or not tried', () => {
    const checkedAt = Date.UTC(2026, 11, 7, 9, 30);
    expect(callPageCheckReport({ site: 'meet', controlBar: 'leave-icon', presenting: null, pageTheme: 'dark', chatBox: null, checkedAt }, '1.4.0')).toBe(
      [
        'Coachbar 1.4.0 call page check',
        'site: meet',
        'control bar: leave-icon',
        'presenting: not seen',
        'page theme: dark',
        'chat box: not found',
        'checked: 2026-12-07T09:30:00.000Z',
      ].join('\n'),
    );
    const zoom = callPageCheckReport({ site: 'zoom', controlBar: 'fallback', presenting: 'sharer-bar', pageTheme: null, checkedAt }, '1.4.0');
    expect(zoom).toContain('control bar: fallback\npresenting: sharer-bar\npage theme: unknown\nchat box: no paste yet');
  });
});
