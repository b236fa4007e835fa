export interface NoteEdit {
  sessionId: string;
  sectionId: string;
  text: string;
  /** Increases with every keystroke of the sending page; an older edit never overwrites a newer one. */
  seq: number;
}

interface Waiter {
  resolve: (saved: boolean) => void;
  reject: (error: unknown) => void;
}

interface NoteQueue {
  latest: { edit: NoteEdit; waiters: Waiter[] } | null;
  lastSeq: number;
}

/**
 * Every keystroke reaches the background at once; while one write of a note is committing, later
 * keystrokes collapse into a single follow-up write of the newest text. So a tab closed right
 * after typing loses nothing, and fast typing costs one transaction at a time, not one per key.
 */
export class NoteSaver {
  private readonly queues = new Map<string, NoteQueue>();

  constructor(private readonly write: (edit: NoteEdit) => Promise<unknown>) {}

  /** Resolves true once this text (or a newer one) is committed, false if a newer edit was already queued. */
  save(edit: NoteEdit): Promise<boolean> {
    const key = `${edit.sessionId}/${edit.sectionId}`;
    let queue = this.queues.get(key);
    if (queue && edit.seq <= queue.lastSeq) return Promise.resolve(false);
    const starting = !queue;
    queue ??= { latest: null, lastSeq: edit.seq };
    queue.lastSeq = edit.seq;
    this.queues.set(key, queue);
    const pending = queue;
    const done = new Promise<boolean>((resolve, reject) => {
      pending.latest = { edit, waiters: [...(pending.latest?.waiters ?? []), { resolve, reject }] };
    });
    if (starting) void this.drain(key, pending);
    return done;
  }

  private async drain(key: string, queue: NoteQueue): Promise<void> {
    while (queue.latest) {
      const { edit, waiters } = queue.latest;
      queue.latest = null;
      try {
        await this.write(edit);
        for (const waiter of waiters) waiter.resolve(true);
      } catch (error) {
        for (const waiter of waiters) waiter.reject(error);
      }
    }
    this.queues.delete(key);
  }
}
