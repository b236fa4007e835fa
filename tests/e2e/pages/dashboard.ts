import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

/**
 * Restores a backup through the dashboard's settings as a user does: the file chosen, its preview
 * (when `preview` is given, the words it must say), Restore, "Restored.". The file lives in a
 * temporary folder only as long as the restore.
 */
export async function restoreThroughDashboard(dashboard: Page, extensionId: string, backupText: string, preview?: string): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'coachbar-restore-'));
  try {
    const file = join(folder, 'coachbar-backup.json');
    writeFileSync(file, backupText);
    await dashboard.goto(`chrome-extension://${extensionId}/dashboard.html#settings`);
    await dashboard.getByLabel('Restore from a backup file').setInputFiles(file);
    if (preview) await dashboard.getByRole('status').getByText(preview, { exact: true }).waitFor({ timeout: 120_000 });
    await dashboard.getByRole('button', { name: 'Restore', exact: true }).click({ timeout: 120_000 });
    await dashboard.getByText('Restored.', { exact: true }).waitFor({ timeout: 180_000 });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
