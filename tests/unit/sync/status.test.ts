import { describe, expect, it } from 'vitest';
import { PassphraseError } from '@/utils/sync/files';
import { UpdateNeededError, type SyncReport } from '@/utils/sync/engine';
import { RemoteError } from '@/utils/sync/remote';
import { backoffMs, offStatus, statusAfterError, statusAfterRun } from '@/utils/sync/status';
import { childNames, hostPermissionFor } from '@/utils/sync/webdav';

const now = 1_800_000_000_000;
const report: SyncReport = { pushed: 1, pulled: 1, changed: 1, conflicts: 0, heldDeletes: [], clockAhead: [], updateNeeded: [], unreadablePeers: [], rolledBack: [], misplaced: [], oversized: [], peersNotRead: 0 };

describe('backoffMs', () => {
  it.each([
    [1, 0.5, 2_000],
    [2, 0.5, 4_000],
    [3, 0.5, 8_000],
    [20, 0.5, 300_000],
    [1, 0, 1_000],
    [1, 1, 3_000],
  ])('after %i failures with jitter %f waits %i ms', (failures, random, expected) => {
    expect(backoffMs(failures, null, random)).toBe(expected);
  });

  it('honours a longer Retry-After', () => {
    expect(backoffMs(1, 60_000, 0.5)).toBe(60_000);
    expect(backoffMs(5, 1_000, 0.5)).toBe(32_000);
  });
});

describe('statusAfterError', () => {
  it.each([
    [new RemoteError('unavailable', 'HTTP 503', 503, 10_000), 'offline', true],
    [new RemoteError('auth', 'HTTP 401', 401), 'signInFailed', false],
    [new RemoteError('refused', 'HTTP 405', 405), 'refused', false],
    [new PassphraseError('wrong'), 'passphrase', false],
    [new UpdateNeededError('format 2'), 'updateNeeded', false],
    [new Error('disk full'), 'offline', true],
  ] as const)('%s → %s', (error, phase, retries) => {
    const next = statusAfterError(offStatus, error, now, 0.5);
    expect(next.phase).toBe(phase);
    expect(next.failures).toBe(1);
    expect(next.detail).toBe(error.message);
    expect(next.nextAttemptAt !== null).toBe(retries);
  });

  it('counts failures in a row and resets them after a good run', () => {
    const twice = statusAfterError(statusAfterError(offStatus, new RemoteError('unavailable', 'x'), now, 0.5), new RemoteError('unavailable', 'x'), now, 0.5);
    expect(twice.failures).toBe(2);
    expect(twice.nextAttemptAt).toBe(now + 4_000);
    const good = statusAfterRun(twice, report, now + 10);
    expect(good).toMatchObject({ phase: 'synced', failures: 0, nextAttemptAt: null, lastSyncedAt: now + 10, detail: null });
  });

  it('asks the user about held deletions before anything else', () => {
    const held = statusAfterRun(offStatus, { ...report, heldDeletes: [{ deviceId: 'd', seq: 4, count: 30 }], updateNeeded: ['e'] }, now);
    expect(held.phase).toBe('deletesHeld');
    expect(statusAfterRun(offStatus, { ...report, updateNeeded: ['e'] }, now).phase).toBe('updateNeeded');
  });

  it('says a peer waits for a clock stamp too far ahead, naming the batch and the stamp', () => {
    const clockAhead = [{ deviceId: 'laptop', seq: 3, stamp: '9999999999999:99990:x' }];
    const status = statusAfterRun(offStatus, { ...report, clockAhead, updateNeeded: ['e'] }, now);
    expect(status).toMatchObject({ phase: 'clockAhead', detail: 'Batch 3 of device laptop holds the clock stamp 9999999999999:99990:x' });
    expect(statusAfterRun(offStatus, { ...report, clockAhead, heldDeletes: [{ deviceId: 'd', seq: 4, count: 30 }] }, now).phase).toBe('deletesHeld');
  });
});

describe('WebDAV helpers', () => {
  it('reads child names from a PROPFIND answer, folders with a slash, whatever the namespace prefix', () => {
    const xml = `<?xml version="1.0"?><d:multistatus xmlns:d="DAV:">
      <d:response><d:href>/remote.php/dav/files/ada/Coach%20bar/devices/</d:href></d:response>
      <d:response><d:href>/remote.php/dav/files/ada/Coach%20bar/devices/dev-1/</d:href></d:response>
      <d:response><D:href xmlns:D="DAV:">https://cloud.example/remote.php/dav/files/ada/Coach%20bar/devices/dev-2/</D:href></d:response>
      <d:response><href>/remote.php/dav/files/ada/Coach%20bar/devices/notes.json</href></d:response>
      <d:response><d:href>/elsewhere/x/</d:href></d:response>
    </d:multistatus>`;
    expect(childNames(xml, '/remote.php/dav/files/ada/Coach%20bar/devices/')).toEqual(['dev-1/', 'dev-2/', 'notes.json']);
  });

  it('asks for a host permission without the port, which Firefox needs', () => {
    expect(hostPermissionFor('http://127.0.0.1:8443/dav/')).toBe('http://127.0.0.1/*');
    expect(hostPermissionFor('https://cloud.example.com/remote.php/dav/')).toBe('https://cloud.example.com/*');
  });
});
