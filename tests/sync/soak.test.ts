// A seeded soak: three devices make random edits and sync through a proxy that fails requests at
// random; once the faults stop, every device must hold the same data. The seed is printed on failure;
// rerun one with SOAK_SEED=<seed>.
import 'fake-indexeddb/auto';
import { expect, it } from 'vitest';
import { SyncDevice } from '../support/sync-devices';
import { mulberry32 } from './support/fault-proxy';
import { describeWithServer, useServerBehindProxy } from './support/suite';
import type { ServerKind } from './support/webdav-servers';
import { WebDavStore } from '@/utils/sync/webdav';

const seeds = process.env.SOAK_SEED ? [Number(process.env.SOAK_SEED)] : [20_261_127, 7_041_993];
const steps = 300;
const hour = 3_600_000;

for (const kind of ['lighttpd', 'apache'] as ServerKind[]) describeWithServer(kind, `sync soak through ${kind}`, () => {
  const dav = useServerBehindProxy(kind);

  it.each(seeds)('seed %i: random edits, syncs and faults end with identical devices', async (seed) => {
    const random = mulberry32(seed);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    const url = new URL(`soak-${seed}/`, dav.proxy.url).href;
    const devices = ['a', 'b', 'c'].map((label) => new SyncDevice(`soak-${kind}-${seed}-${label}`, new WebDavStore({ url, user: dav.server.user, password: dav.server.password, timeoutMs: 1_000 })));
    devices.forEach((d, i) => (d.skewMs = [0, 2 * hour, -2 * hour][i]!));
    const written = new Set<string>(['']);
    try {
      dav.proxy.setRandomFaults({ seed, probability: 0.15, faults: ['status-500', 'status-503', 'status-429', 'reset', 'truncate', 'corrupt', 'cut-upload', 'drop-response', 'endless', 'hostile-listing', 'replay'] });
      for (let step = 0; step < steps; step += 1) {
        const d = pick(devices);
        const session = pick(['s1', 's2', 's3']);
        const action = random();
        if (action < 0.35) {
          const text = `${d.label.slice(-1)}${step} ${pick(['agreed', 'blocked', 'promoted', 'on track'])}`;
          written.add(text);
          await d.repos.notes.saveText(session, pick(['start', 'wrap-up']), text);
        } else if (action < 0.45) {
          await d.repos.notes.setPrivate(session, 'start', random() < 0.5);
        } else if (action < 0.55) {
          await d.repos.people.save(pick(['p1', 'p2']), { notes: `n${step}` }, () => ({ name: 'Ada', role: '', notes: '', meetingKeys: [] }));
          written.add(`n${step}`);
        } else if (action < 0.6) {
          await d.repos.people.remove(pick(['p1', 'p2']));
        } else if (action < 0.7) {
          const init = () => ({ sessionId: session, personId: null, value: 4, comment: '', scale: 'agreement-7' as const, statementId: 'st1', objectiveId: null });
          if (random() < 0.3) await d.repos.ratings.remove(`${session}/s:st1`);
          else await d.repos.ratings.save(`${session}/s:st1`, { value: 1 + Math.floor(random() * 7) }, init);
        } else {
          await d.sync().catch(() => undefined);
        }
      }
      dav.proxy.setRandomFaults(null);
      // Sync until a whole round moves nothing: a conflict copy made in one round is pushed in the next.
      for (let round = 0, quiet = false; !quiet; round += 1) {
        expect(round, 'rounds until quiet').toBeLessThan(10);
        const reports = [];
        for (const d of devices) reports.push(await d.sync());
        quiet = reports.every((report) => report.pushed === 0 && report.pulled === 0);
      }
      const [first, ...rest] = await Promise.all(devices.map((d) => d.visibleState()));
      for (const state of rest) expect(state).toEqual(first);
      // Every text on every device is one somebody wrote: nothing garbled got in.
      for (const note of first!.notes as { text: string }[]) expect(written).toContain(note.text);
      for (const copy of first!.conflicts as { text: string }[]) expect(written).toContain(copy.text);
    } catch (error) {
      throw new Error(`Soak failed with seed ${seed} on ${kind} (rerun: SOAK_SEED=${seed}): ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    } finally {
      dav.proxy.setRandomFaults(null);
      await Promise.all(devices.map((d) => d.close()));
    }
  }, 120_000);
});
