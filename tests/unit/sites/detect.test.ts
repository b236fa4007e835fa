import { describe, expect, it } from 'vitest';
import { detectMeeting, isCallSiteUrl, meetingKey } from '@/utils/sites/detect';

describe('detectMeeting', () => {
  it.each([
    { name: 'Meet call', url: 'https://meet.google.com/abc-defg-hij', expected: { site: 'meet', code: 'abc-defg-hij' } },
    { name: 'Meet call with query and hash', url: 'https://meet.google.com/abc-defg-hij?authuser=1&hs=122#x', expected: { site: 'meet', code: 'abc-defg-hij' } },
    { name: 'Meet call, trailing slash', url: 'https://meet.google.com/abc-defg-hij/', expected: { site: 'meet', code: 'abc-defg-hij' } },
    { name: 'Meet code in capitals', url: 'https://meet.google.com/ABC-DEFG-HIJ', expected: { site: 'meet', code: 'abc-defg-hij' } },
    { name: 'Meet on a test port', url: 'https://meet.google.com:8443/abc-defg-hij', expected: { site: 'meet', code: 'abc-defg-hij' } },
    { name: 'Meet landing', url: 'https://meet.google.com/', expected: null },
    { name: 'Meet /landing', url: 'https://meet.google.com/landing', expected: null },
    { name: 'Meet /new', url: 'https://meet.google.com/new', expected: null },
    { name: 'Meet lookup', url: 'https://meet.google.com/lookup/abcdefg', expected: null },
    { name: 'Meet code too short', url: 'https://meet.google.com/ab-defg-hij', expected: null },
    { name: 'Meet code with digits', url: 'https://meet.google.com/ab1-defg-hij', expected: null },
    { name: 'Meet code deeper in the path', url: 'https://meet.google.com/x/abc-defg-hij', expected: null },
    { name: 'Meet over http', url: 'http://meet.google.com/abc-defg-hij', expected: null },
    { name: 'look-alike host', url: 'https://meet.google.com.evil.example/abc-defg-hij', expected: null },
    { name: 'Zoom join', url: 'https://app.zoom.us/wc/123456789/join', expected: { site: 'zoom', code: '123456789' } },
    { name: 'Zoom start, 11 digits', url: 'https://app.zoom.us/wc/12345678901/start?fromPWA=1', expected: { site: 'zoom', code: '12345678901' } },
    { name: 'Zoom vanity subdomain', url: 'https://acme.zoom.us/wc/1234567890/join', expected: { site: 'zoom', code: '1234567890' } },
    { name: 'Zoom /wc/join/<id>', url: 'https://app.zoom.us/wc/join/123456789', expected: { site: 'zoom', code: '123456789' } },
    { name: 'Zoom id too short', url: 'https://app.zoom.us/wc/12345678/join', expected: null },
    { name: 'Zoom id too long', url: 'https://app.zoom.us/wc/123456789012/join', expected: null },
    { name: 'Zoom other page', url: 'https://app.zoom.us/wc/home', expected: null },
    { name: 'Zoom unknown action', url: 'https://app.zoom.us/wc/123456789/leave', expected: null },
    { name: 'Zoom look-alike', url: 'https://zoom.us.evil.com/wc/123456789/join', expected: null },
    { name: 'Zoom look-alike suffix', url: 'https://evilzoom.us/wc/123456789/join', expected: null },
    { name: 'not a URL', url: 'meet.google.com/abc-defg-hij', expected: null },
    { name: 'empty', url: '', expected: null },
    { name: 'javascript: URL', url: 'javascript:alert(1)//meet.google.com/abc-defg-hij', expected: null },
  ])('$name', ({ url, expected }) => {
    expect(detectMeeting(url)).toEqual(expected);
  });
});

describe('isCallSiteUrl', () => {
  it.each([
    { url: 'https://meet.google.com/landing', expected: true },
    { url: 'https://app.zoom.us/wc/home', expected: true },
    { url: 'https://zoom.us/', expected: true },
    { url: 'https://evilzoom.us/', expected: false },
    { url: 'http://meet.google.com/', expected: false },
    { url: 'chrome-extension://x/sidepanel.html', expected: false },
  ])('$url → $expected', ({ url, expected }) => {
    expect(isCallSiteUrl(url)).toBe(expected);
  });
});

it('meetingKey names site and code', () => {
  expect(meetingKey({ site: 'zoom', code: '123456789' })).toBe('zoom:123456789');
});
