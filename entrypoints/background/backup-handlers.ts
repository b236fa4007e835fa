import { maxBackupSize } from '@/utils/backup/parse';
import type { RestorePreview } from '@/utils/db/backup';
import { pagesAt, receiveUpload, sendFile, type FileUpload, type UploadAnswer } from '@/utils/messaging/files';
import type { Handlers, MessageSenderInfo } from '@/utils/messaging/server';
import type { Services } from './services';

type BackupMethod = 'exportBackup' | 'previewRestore' | 'applyRestore';
export type BackupHandlers = Pick<Handlers, BackupMethod>;

type Progress = (done: number, total: number) => void;

/**
 * The backup file's text from the page, for `use`: in the message, or over a port offered to the
 * asking page where the background is a service worker (a file too large for one extension message
 * must come that way). A file larger than maxBackupSize is refused before any of it is sent.
 */
async function withBackupText(
  upload: FileUpload,
  sender: MessageSenderInfo,
  use: (text: string, progress?: Progress) => Promise<RestorePreview>,
): Promise<UploadAnswer<RestorePreview>> {
  if ('text' in upload) return { received: true, value: await use(upload.text) };
  if (upload.size > maxBackupSize) return { received: true, value: { ok: false, problem: { kind: 'tooLarge', size: upload.size, limit: maxBackupSize } } };
  const pages = sender.url ? await pagesAt(sender.url) : [];
  if (pages.length === 0) return { received: false };
  return { received: true, value: await receiveUpload(pages, upload.delivery, upload.size, use) };
}

export function backupHandlers(services: Services): BackupHandlers {
  return {
    async exportBackup({ delivery }, sender) {
      const pages = delivery && sender.url ? await pagesAt(sender.url) : [];
      if (!delivery || pages.length === 0) return { posted: false, text: await services.backup.export() };
      // Every page at the asking URL is offered the file; only the one that asked knows the delivery
      // id. Each table's text goes to the page as it is made, while IndexedDB reads the next table.
      await sendFile(pages, delivery, (piece) => services.backup.exportParts(piece));
      return { posted: true };
    },
    previewRestore(upload, sender) {
      return withBackupText(upload, sender, (text) => services.backup.preview(text));
    },
    applyRestore({ allowDeletes, ...upload }, sender) {
      // The writer tells open pages what the restore wrote.
      return withBackupText(upload, sender, (text, onProgress) => services.backup.apply(text, { onProgress, allowDeletes }));
    },
  };
}
