import { describe, expect, it } from 'vitest';
import { callSites } from '@/utils/backup/schema';
import { demoMeeting, demoPageUrl, isDemoPageUrl, meetingOfPage } from '@/utils/sites/demo';
import { detectMeeting, meetingKey } from '@/utils/sites/detect';

const origin = 'chrome-extension://our-id/';

describe('the demo meeting', () => {
  it('is a site every backup and sync peer accepts', () => {
    expect(callSites).toContain(demoMeeting.site);
  });

  it.each(['https://meet.google.com/demo', 'https://meet.google.com/demo/', 'https://meet.google.com/DEMO'])('is no real call: %s is not one', (url) => {
    expect(detectMeeting(url)).toBeNull();
  });

  it('has a key of its own, apart from every real Meet code', () => {
    expect(meetingKey(demoMeeting)).toBe('meet:demo');
  });
});

describe('meetingOfPage', () => {
  it.each([
    { name: 'the demo page', url: `${origin}demo.html`, expected: demoMeeting },
    { name: 'a Meet call', url: 'https://meet.google.com/abc-defg-hij', expected: { site: 'meet', code: 'abc-defg-hij' } },
    { name: 'the demo page with a query', url: `${origin}demo.html?x=1`, expected: null },
    { name: 'the demo page with a fragment', url: `${origin}demo.html#x`, expected: null },
    { name: 'another page of ours', url: `${origin}dashboard.html`, expected: null },
    { name: "another extension's demo page", url: 'chrome-extension://other-id/demo.html', expected: null },
    { name: 'a website at the same path', url: 'https://evil.example/demo.html', expected: null },
    { name: 'the Meet landing page', url: 'https://meet.google.com/', expected: null },
  ])('$name', ({ url, expected }) => {
    expect(meetingOfPage(url, origin)).toEqual(expected);
  });

  it('names the page by its exact address', () => {
    expect(demoPageUrl(origin)).toBe(`${origin}demo.html`);
    expect(isDemoPageUrl(`${origin}demo.html`, origin)).toBe(true);
    expect(isDemoPageUrl(`${origin}demo.html`, 'moz-extension://another-uuid/')).toBe(false);
  });
});
