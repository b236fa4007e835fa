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
    { name: 'Meet host in capitals', url: 'HTTPS://MEET.GOOGLE.COM/abc-defg-hij', expected: { site: 'meet', code: 'abc-defg-hij' } },
    { name: 'Meet code too long', url: 'https://meet.google.com/abc-defg-hijk', expected: null },
    { name: 'Meet code followed by another segment', url: 'https://meet.google.com/abc-defg-hij/extra', expected: null },
    { name: 'Meet code percent-encoded', url: 'https://meet.google.com/abc%2Ddefg-hij', expected: null },
    { name: 'Meet code with non-ASCII letters', url: 'https://meet.google.com/abç-defg-hij', expected: null },
    { name: 'Meet host only in the user info', url: 'https://meet.google.com@evil.example/abc-defg-hij', expected: null },
    { name: 'Meet host only in the path', url: 'https://evil.example/meet.google.com/abc-defg-hij', expected: null },
    { name: 'Meet host with a trailing dot', url: 'https://meet.google.com./abc-defg-hij', expected: null },
    { name: 'Meet host as a subdomain prefix', url: 'https://xmeet.google.com/abc-defg-hij', expected: null },
    { name: 'Zoom on a test port with a passcode', url: 'https://app.zoom.us:8443/wc/join/123456789?pwd=abc', expected: { site: 'zoom', code: '123456789' } },
    { name: 'Zoom join, trailing slash', url: 'https://app.zoom.us/wc/123456789/join/', expected: { site: 'zoom', code: '123456789' } },
    // zoom.us itself serves the web client too, and the *.zoom.us match pattern covers it.
    { name: 'Zoom on the bare domain', url: 'https://zoom.us/wc/join/123456789', expected: { site: 'zoom', code: '123456789' } },
    { name: 'Zoom /j/ invite link (not the web client)', url: 'https://us02web.zoom.us/j/123456789', expected: null },
    { name: 'Zoom join followed by another segment', url: 'https://app.zoom.us/wc/123456789/join/extra', expected: null },
    { name: 'Zoom id with letters', url: 'https://app.zoom.us/wc/12345678a/join', expected: null },
    { name: 'Zoom host only in the user info', url: 'https://app.zoom.us@evil.example/wc/123456789/join', expected: null },
    { name: 'Zoom over http', url: 'http://app.zoom.us/wc/123456789/join', expected: null },
    { name: 'ftp URL', url: 'ftp://meet.google.com/abc-defg-hij', expected: null },
    { name: 'data: URL', url: 'data:text/html,https://meet.google.com/abc-defg-hij', expected: null },
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

describe('meetingKey', () => {
  it.each([
    { name: 'Zoom', ref: { site: 'zoom', code: '123456789' } as const, expected: 'zoom:123456789' },
    { name: 'Meet', ref: { site: 'meet', code: 'abc-defg-hij' } as const, expected: 'meet:abc-defg-hij' },
  ])('names site and code: $name', ({ ref, expected }) => {
    expect(meetingKey(ref)).toBe(expected);
  });
});
