// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DataProvider } from '@/components/data/provider';
import { I18nProvider } from '@/components/i18n';
import type { Services } from '@/entrypoints/background/services';
import { SyncSection } from '@/entrypoints/dashboard/SyncSection';
import { NotesEditor } from '@/entrypoints/sidepanel/NotesEditor';
import { offStatus, type SyncView } from '@/utils/sync/status';
import { startBackground } from './support/background';

let services: Services | undefined;

afterEach(async () => {
  cleanup();
  await services?.db.delete();
  services = undefined;
});

const connected: SyncView = { ...offStatus, phase: 'synced', lastSyncedAt: Date.UTC(2026, 10, 26, 9), server: 'https://cloud.example.com/dav/Coachbar/', user: 'ada', encrypted: true, conflicts: 0 };

function renderWith(children: React.ReactNode) {
  return render(
    <DataProvider>
      <I18nProvider language="en">{children}</I18nProvider>
    </DataProvider>,
  );
}

async function fillIn(url: string) {
  await userEvent.type(screen.getByLabelText('WebDAV folder address'), url);
  await userEvent.type(screen.getByLabelText('User name'), 'ada');
  await userEvent.type(screen.getByLabelText('Password or app token'), 'app-token');
  await userEvent.type(screen.getByLabelText('Encryption passphrase (optional)'), 'correct horse');
}

describe('sync settings', () => {
  it('asks for the server address only, then connects and shows the state in words', async () => {
    const connect = vi.fn(async () => connected);
    services = startBackground({ connectSync: connect });
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true as never);
    renderWith(<SyncSection />);
    expect(await screen.findByText(/Off until you turn it on/)).toBeTruthy();
    await fillIn('https://cloud.example.com:8443/dav/Coachbar/');
    await userEvent.click(screen.getByRole('button', { name: 'Turn on sync' }));
    expect(await screen.findByText('Syncing with https://cloud.example.com/dav/Coachbar/ as ada. End-to-end encrypted.')).toBeTruthy();
    expect(request).toHaveBeenCalledWith({ origins: ['https://cloud.example.com/*'] });
    expect(connect).toHaveBeenCalledWith({ url: 'https://cloud.example.com:8443/dav/Coachbar/', user: 'ada', password: 'app-token', passphrase: 'correct horse' }, expect.anything());
    expect(screen.getByRole('status', { name: 'Sync status: Synced' })).toBeTruthy();
    // Secrets do not stay in the form once saved.
    expect((screen.getByLabelText('Password or app token') as HTMLInputElement).value).toBe('');
  });

  it('stays off and says why when the permission is refused', async () => {
    const connect = vi.fn(async () => connected);
    services = startBackground({ connectSync: connect });
    vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(false as never);
    renderWith(<SyncSection />);
    await fillIn('https://cloud.example.com/dav/');
    await userEvent.click(await screen.findByRole('button', { name: 'Turn on sync' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Coachbar needs your permission to reach cloud.example.com. Sync stays off.');
    expect(connect).not.toHaveBeenCalled();
  });

  it('refuses an http:// address, which would send the password in clear, before asking for any permission', async () => {
    const connect = vi.fn(async () => connected);
    services = startBackground({ connectSync: connect });
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true as never);
    renderWith(<SyncSection />);
    await fillIn('http://cloud.example.com/dav/');
    await userEvent.click(await screen.findByRole('button', { name: 'Turn on sync' }));
    expect((await screen.findByRole('alert')).textContent).toContain('This address starts with http://, which would send your password over the network unencrypted.');
    expect(request).not.toHaveBeenCalled();
    expect(connect).not.toHaveBeenCalled();
  });

  it('says why a server saved with an http:// address stopped syncing', async () => {
    services = startBackground({ getSyncStatus: async () => ({ ...connected, server: 'http://cloud.example.com/dav/', phase: 'refused', detail: 'http://cloud.example.com: not https://' }) });
    renderWith(<SyncSection />);
    expect(await screen.findByText(/This address starts with http:\/\//)).toBeTruthy();
  });

  it('explains a failed sign-in and asks before applying a mass delete', async () => {
    const allow = vi.fn(async () => ({ ...connected, heldDeletes: [] }));
    services = startBackground({
      getSyncStatus: async () => ({ ...connected, phase: 'deletesHeld', heldDeletes: [{ deviceId: 'laptop', seq: 7, count: 42 }] }),
      allowSyncDeletes: allow,
    });
    renderWith(<SyncSection />);
    expect((await screen.findByText(/Another browser deleted 42 items/)).textContent).toContain('Until you say yes they stay here');
    await userEvent.click(screen.getByRole('button', { name: 'Delete them here too' }));
    expect(allow).toHaveBeenCalledWith({ deviceId: 'laptop', seq: 7 }, expect.anything());
  });

  it('shows the sign-in problem in words, with the server detail', async () => {
    services = startBackground({ getSyncStatus: async () => ({ ...connected, phase: 'signInFailed', detail: 'PROPFIND devices/: HTTP 401' }) });
    renderWith(<SyncSection />);
    const alert = await screen.findByText(/The server refused the user name or password/);
    expect(alert.closest('[role="alert"]')?.textContent).toContain('HTTP 401');
    expect(screen.getByRole('status', { name: 'Sync status: Sign-in failed' })).toBeTruthy();
  });
});

describe('conflict copies', () => {
  it('shows the other version under the note; "Use this" takes its text and the copy goes', async () => {
    services = startBackground();
    await services.notes.saveText('s1', 'start', 'My version');
    await services.db.conflicts.put({ id: 'cc:s1/start:text:x', recordId: 's1/start', recordType: 'notes', field: 'text', text: 'Their <b>version</b>', hlc: '0000000000001:00000:dev-b', createdAt: 1, updatedAt: '0000000000002:00000:dev-a', deletedAt: null });
    renderWith(<NotesEditor sessionId="s1" sectionId="start" label="Notes" />);
    const card = await screen.findByRole('group', { name: 'Another version of this note, written elsewhere:' });
    // Text from another device is shown as text, never as markup.
    expect(within(card).getByText('Their <b>version</b>')).toBeTruthy();
    await userEvent.click(within(card).getByRole('button', { name: 'Use this' }));
    expect(await screen.findByDisplayValue('Their <b>version</b>')).toBeTruthy();
    // The note's change event may arrive before the conflicts': the copy goes with the later one.
    await waitFor(() => expect(screen.queryByRole('group', { name: /Another version/ })).toBeNull());
    expect((await services.db.conflicts.get('cc:s1/start:text:x'))?.deletedAt).not.toBeNull();
    expect((await services.notes.search('version')).map((note) => note.id)).toEqual(['s1/start']);
  });

  it('"Keep mine" leaves the note as it is', async () => {
    services = startBackground();
    await services.notes.saveText('s1', 'start', 'My version');
    await services.db.conflicts.put({ id: 'cc:1', recordId: 's1/start', recordType: 'notes', field: 'text', text: 'Theirs', hlc: '0000000000001:00000:dev-b', createdAt: 1, updatedAt: '0000000000002:00000:dev-a', deletedAt: null });
    renderWith(<NotesEditor sessionId="s1" sectionId="start" label="Notes" />);
    await userEvent.click(await screen.findByRole('button', { name: 'Keep mine' }));
    await waitFor(() => expect(screen.queryByText('Theirs')).toBeNull());
    expect(screen.getByDisplayValue('My version')).toBeTruthy();
    expect((await services.db.conflicts.get('cc:1'))?.deletedAt).not.toBeNull();
  });
});

describe('a permission taken back', () => {
  it('asks for it again from the notice, then syncs', async () => {
    const syncNow = vi.fn(async () => connected);
    services = startBackground({ getSyncStatus: async () => ({ ...connected, phase: 'permission' }), syncNow });
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true as never);
    renderWith(<SyncSection />);
    await userEvent.click(await screen.findByRole('button', { name: 'Allow access' }));
    expect(request).toHaveBeenCalledWith({ origins: ['https://cloud.example.com/*'] });
    expect(syncNow).toHaveBeenCalled();
  });
});
