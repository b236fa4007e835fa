// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { I18nProvider } from '@/components/i18n';
import { BackupSection } from '@/entrypoints/dashboard/BackupSection';
import type { Services } from '@/entrypoints/background/services';
import { maxBackupSize } from '@/utils/backup/parse';
import { callBackground } from '@/utils/messaging/background';
import { startBackground } from './support/background';

let services: Services | undefined;

afterEach(async () => {
  cleanup();
  await services?.db.delete();
  services = undefined;
});

function renderBackup() {
  return render(
    <I18nProvider language="en">
      <BackupSection />
    </I18nProvider>,
  );
}

/** Backups made in another browser: `write` fills a fresh database there and returns its backups on the way. */
async function backupsFromElsewhere(write: (backup: () => Promise<string>) => Promise<string[]>): Promise<string[]> {
  const elsewhere = startBackground();
  const backups = await write(() => elsewhere.backup.export());
  await elsewhere.db.delete();
  fakeBrowser.reset();
  return backups;
}

const backupFile = (text: string) => new File([text], 'coachbar-backup.json', { type: 'application/json' });
const fileInput = () => screen.getByLabelText('Restore from a backup file');

async function addPeople(count: number): Promise<string[]> {
  const people = [];
  for (let index = 0; index < count; index += 1) {
    people.push(await callBackground('savePerson', { id: `person-${index}`, name: `Person ${index}`, role: '', notes: '' }));
  }
  return people.map((person) => person.id);
}

describe('progress', () => {
  it('shows progress as soon as an export starts, and while a restore file is checked', async () => {
    let answerExport: (text: string) => void = () => undefined;
    let answerPreview: () => void = () => undefined;
    services = startBackground({
      exportBackup: () => new Promise((resolve) => (answerExport = (text) => resolve({ posted: false, text }))),
      async previewRestore(upload) {
        await new Promise<void>((resolve) => (answerPreview = resolve));
        return services!.backup.preview('text' in upload ? upload.text : '').then((value) => ({ received: true, value }));
      },
    });
    URL.createObjectURL = vi.fn(() => 'blob:backup');
    URL.revokeObjectURL = vi.fn();
    renderBackup();

    await userEvent.click(screen.getByRole('button', { name: 'Download backup' }));
    expect(screen.getByRole('progressbar', { name: 'Preparing the backup…' })).toBeTruthy();
    answerExport(await services.backup.export());
    await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull());
    expect(URL.createObjectURL).toHaveBeenCalled();

    await userEvent.upload(fileInput(), backupFile(await services.backup.export()));
    expect(await screen.findByRole('progressbar', { name: 'Checking the backup…' })).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Download backup' }) as HTMLButtonElement).disabled).toBe(true);
    answerPreview();
    expect(await screen.findByText('Everything in this backup is already here.')).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });
});

describe('restore', () => {
  it('says in words what a backup adds, and restores it', async () => {
    const [text] = await backupsFromElsewhere(async (backup) => {
      await addPeople(2);
      return [await backup()];
    });
    services = startBackground();
    renderBackup();

    await userEvent.upload(fileInput(), backupFile(text!));
    expect(await screen.findByText(/^2 people(, .+)?: all new$/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Restore' }));
    expect(await screen.findByText('Restored.')).toBeTruthy();
    expect((await callBackground('listPeople', {})).map((person) => person.name).sort()).toEqual(['Person 0', 'Person 1']);
  });

  it('waits for an explicit yes before a restore deletes many records, and says what it deletes', async () => {
    const [people, tombstones] = await backupsFromElsewhere(async (backup) => {
      const ids = await addPeople(12);
      const before = await backup();
      for (const id of ids) await callBackground('deletePerson', { id });
      return [before, await backup()];
    });
    services = startBackground();
    await callBackground('applyRestore', { text: people!, allowDeletes: false });
    expect(await callBackground('listPeople', {})).toHaveLength(12);
    renderBackup();

    await userEvent.upload(fileInput(), backupFile(tombstones!));
    expect(await screen.findByText('This restore deletes 12 people.')).toBeTruthy();
    const restore = screen.getByRole('button', { name: 'Restore' }) as HTMLButtonElement;
    expect(restore.disabled).toBe(true);
    await userEvent.click(restore);
    expect(await callBackground('listPeople', {})).toHaveLength(12);

    await userEvent.click(screen.getByRole('checkbox', { name: 'Yes, delete these records' }));
    expect(restore.disabled).toBe(false);
    await userEvent.click(restore);
    expect(await screen.findByText('Restored.')).toBeTruthy();
    expect(screen.getByText('Deleted: 12 people')).toBeTruthy();
    expect(await callBackground('listPeople', {})).toEqual([]);
  });

  it('refuses a file over the size limit before reading it', async () => {
    services = startBackground();
    renderBackup();
    const huge = backupFile('{}');
    Object.defineProperty(huge, 'size', { value: maxBackupSize + 1 });
    await userEvent.upload(fileInput(), huge);
    expect((await screen.findByRole('alert')).textContent).toMatch(/too large to be a Coachbar backup \(100 MB; Coachbar reads up to 100 MB\)/);
  });
});
