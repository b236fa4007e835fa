import { pagesAt, sendFile } from '@/utils/messaging/files';
import type { Handlers } from '@/utils/messaging/server';
import { broadcastChanged, type Services } from './services';

type BackupMethod = 'exportBackup' | 'previewRestore' | 'applyRestore';
export type BackupHandlers = Pick<Handlers, BackupMethod>;

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
    previewRestore({ text }) {
      return services.backup.preview(text);
    },
    async applyRestore({ text }) {
      const result = await services.backup.apply(text);
      if (result.ok) broadcastChanged(['sessions', 'notes', 'people', 'ratings', 'okrs', 'actionItems', 'templates', 'questions', 'statements', 'settings']);
      return result;
    },
  };
}
