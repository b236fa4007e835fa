import { describe, expect, it } from 'vitest';
import { NoteSaver, type NoteEdit } from '@/entrypoints/background/note-saver';

function deferredWriter() {
  const writes: { edit: NoteEdit; finish: (error?: Error) => void }[] = [];
  const write = (edit: NoteEdit) =>
    new Promise<void>((resolve, reject) => writes.push({ edit, finish: (error) => (error ? reject(error) : resolve()) }));
  return { writes, write };
}

const edit = (text: string, seq: number, sectionId = 'start'): NoteEdit => ({ sessionId: 's1', sectionId, text, seq });
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('NoteSaver', () => {
  it('writes the first keystroke at once and coalesces the ones typed during that write', async () => {
    const { writes, write } = deferredWriter();
    const saver = new NoteSaver(write);
    const results = [saver.save(edit('a', 1)), saver.save(edit('ab', 2)), saver.save(edit('abc', 3))];
    expect(writes.map((w) => w.edit.text)).toEqual(['a']);
    writes[0]!.finish();
    await settle();
    expect(writes.map((w) => w.edit.text)).toEqual(['a', 'abc']);
    writes[1]!.finish();
    await expect(Promise.all(results)).resolves.toEqual([true, true, true]);
  });

  it('never lets an older keystroke overwrite a newer one', async () => {
    const { writes, write } = deferredWriter();
    const saver = new NoteSaver(write);
    const newer = saver.save(edit('new', 5));
    const older = saver.save(edit('old', 4));
    await expect(older).resolves.toBe(false);
    writes[0]!.finish();
    await expect(newer).resolves.toBe(true);
    expect(writes.map((w) => w.edit.text)).toEqual(['new']);
  });

  it('keeps notes of different sections independent', () => {
    const { writes, write } = deferredWriter();
    const saver = new NoteSaver(write);
    void saver.save(edit('x', 1, 'start'));
    void saver.save(edit('y', 1, 'wrap-up'));
    expect(writes.map((w) => w.edit.text)).toEqual(['x', 'y']);
  });

  it('reports a failed write to every keystroke it carried, and recovers on the next one', async () => {
    const { writes, write } = deferredWriter();
    const saver = new NoteSaver(write);
    const first = saver.save(edit('a', 1));
    writes[0]!.finish(new Error('QuotaExceededError'));
    await expect(first).rejects.toThrow('QuotaExceededError');
    const retry = saver.save(edit('a', 2));
    writes[1]!.finish();
    await expect(retry).resolves.toBe(true);
  });
});
