import type { RestorePreview } from '@/utils/db/backup';
import { callBackground } from '@/utils/messaging/background';
import { requestFile, uploadFile, type UploadListener } from '@/utils/messaging/files';

/** The full backup file from the background, streamed to this page (utils/messaging/files.ts). */
export function downloadBackup(): Promise<Blob> {
  return requestFile((delivery) => callBackground('exportBackup', { delivery }), 'application/json');
}

/** What restoring `file` would change, the file streamed to the background in chunks. */
export function previewRestore(file: File, listener: UploadListener): Promise<RestorePreview> {
  return uploadFile(file, (upload) => callBackground('previewRestore', upload), listener);
}

/** Restores `file`; a restore that deletes many records needs `allowDeletes` (the user's yes). */
export function applyRestore(file: File, allowDeletes: boolean, listener: UploadListener): Promise<RestorePreview> {
  return uploadFile(file, (upload) => callBackground('applyRestore', { ...upload, allowDeletes }), listener);
}
