import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { ChromiumExtensionSession } from '../support/chromium';

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

/** Turns on the listening balance in the dashboard's settings, as a user does, and waits until the background has saved it. */
export async function turnOnListening(browser: ChromiumExtensionSession): Promise<void> {
  const settings = await browser.context.newPage();
  await settings.goto(`chrome-extension://${browser.extensionId}/dashboard.html#settings`);
  const setting = settings.getByRole('checkbox', { name: /^Listening balance/ });
  // The box shows the stored setting, so it turns checked once the background has saved it.
  await setting.click();
  await expect.poll(() => setting.isChecked(), { timeout: 15_000 }).toBe(true);
  await settings.close();
}
