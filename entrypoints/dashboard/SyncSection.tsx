import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { ConflictCard } from '@/components/ConflictCard';
import { conflictsQuery, syncStatusQuery } from '@/components/data/queries';
import { syncCommands } from '@/components/data/sync';
import { queryKeys } from '@/components/data/query-keys';
import { describeError } from '@/components/describe-error';
import { useI18n } from '@/components/i18n';
import { Notice } from '@/components/Notice';
import { SyncChip } from '@/components/SyncChip';
import { browser } from '@/utils/browser/api';
import { serverAddressProblem, type SyncSettings, type SyncView } from '@/utils/sync/status';
import { hostPermissionFor } from '@/utils/sync/webdav';
import { formatDate } from './format-date';
import { heldDeletesInWords } from './held-deletes';

const needsHelp = new Set(['offline', 'signInFailed', 'updateNeeded', 'passphrase', 'permission', 'clockAhead', 'refused', 'rolledBack', 'limitExceeded'] as const);
type HelpPhase = typeof needsHelp extends Set<infer P> ? P : never;

/** Asks again for a permission the user took back, from the click; then syncs. */
async function allowAndSync(server: string): Promise<SyncView> {
  await browser.permissions.request({ origins: [hostPermissionFor(server)] });
  return syncCommands.syncNow();
}

const kinds = ['notes', 'sessions', 'objectives', 'keyResults', 'risks', 'actionItems', 'people'] as const;
function kindOf(type: string): (typeof kinds)[number] | 'other' {
  return (kinds as readonly string[]).includes(type) ? (type as (typeof kinds)[number]) : 'other';
}

/** Optional sync to the user's own WebDAV folder: off until turned on here. */
export function SyncSection() {
  const { t, language } = useI18n();
  const client = useQueryClient();
  const status = useQuery(syncStatusQuery());
  const conflicts = useQuery(conflictsQuery());
  const [form, setForm] = useState<SyncSettings>({ url: '', user: '', password: '', passphrase: null });
  const show = (view: SyncView) => client.setQueryData(queryKeys.syncStatus(), view);

  const connect = useMutation({
    mutationFn: async (settings: SyncSettings) => {
      const problem = serverAddressProblem(settings.url);
      if (problem === 'insecure') throw new Error(t('sync.insecureUrl'));
      if (problem === 'invalid') throw new Error(t('sync.invalidUrl'));
      const origin = hostPermissionFor(settings.url);
      // Asked here, in the click: browsers grant host permissions only in answer to the user.
      if (!(await browser.permissions.request({ origins: [origin] }))) throw new Error(t('sync.permissionDenied', new URL(settings.url).host));
      return syncCommands.connect(settings);
    },
    onSuccess: (view) => {
      show(view);
      setForm((current) => ({ ...current, password: '', passphrase: null }));
    },
  });
  const action = useMutation({
    mutationFn: (run: () => Promise<SyncView>) => run(),
    onSuccess: show,
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    connect.mutate({ ...form, url: form.url.trim(), passphrase: form.passphrase?.trim() ? form.passphrase : null });
  }

  const view = status.data;
  const on = view && view.phase !== 'off';
  const error = connect.error ?? action.error;
  return (
    <section aria-labelledby="sync-title" className="editor">
      <h2 id="sync-title">
        {t('sync.title')} <SyncChip />
      </h2>
      <p className="muted">{t('sync.hint')}</p>
      {status.isError && <Notice tone="error">{t('errors.loadFailed', describeError(status.error, t))}</Notice>}
      {on && (
        <>
          <p>
            {t('sync.connectedTo', view.server ?? '', view.user ?? '')} {view.encrypted && t('sync.encrypted')}
          </p>
          <p className="muted">{t('sync.lastSynced', view.lastSyncedAt === null ? t('sync.never') : formatDate(view.lastSyncedAt, language))}</p>
          {needsHelp.has(view.phase as HelpPhase) && (
            <Notice
              tone={view.phase === 'offline' ? 'info' : 'error'}
              action={
                view.phase === 'permission' && view.server ? (
                  <button type="button" disabled={action.isPending} onClick={() => action.mutate(() => allowAndSync(view.server!))}>
                    {t('sync.allowAccess')}
                  </button>
                ) : undefined
              }
            >
              {/* A server saved before http:// addresses were refused: say why it stopped. */}
              {view.phase === 'refused' && view.server && serverAddressProblem(view.server) === 'insecure' ? t('sync.insecureUrl') : t(`sync.help.${view.phase as HelpPhase}`)}
              {view.detail && <span className="muted"> ({view.detail})</span>}
            </Notice>
          )}
          {view.heldDeletes.map((held) => (
            <Notice
              key={`${held.deviceId}-${held.seq}`}
              tone="error"
              action={
                <button type="button" disabled={action.isPending} onClick={() => action.mutate(() => syncCommands.allowDeletes(held))}>
                  {t('sync.allowDeletes')}
                </button>
              }
            >
              {heldDeletesInWords(held, t, language)} {t('sync.heldDeletesHint')}
            </Notice>
          ))}
          <div className="editor-footer">
            <button type="button" disabled={action.isPending || view.phase === 'syncing'} onClick={() => action.mutate(syncCommands.syncNow)}>
              {t('sync.syncNow')}
            </button>
            <button type="button" disabled={action.isPending} onClick={() => action.mutate(syncCommands.disconnect)}>
              {t('sync.disconnect')}
            </button>
          </div>
        </>
      )}
      <form onSubmit={submit} aria-label={t('sync.title')}>
        <label className="field">
          <span>{t('sync.server')}</span>
          <input type="url" required value={form.url} placeholder={view?.server ?? 'https://'} aria-describedby="sync-server-hint" onChange={(event) => setForm({ ...form, url: event.target.value })} />
        </label>
        <p id="sync-server-hint" className="muted">
          {t('sync.serverHint')}
        </p>
        <label className="field">
          <span>{t('sync.user')}</span>
          <input required autoComplete="username" value={form.user} onChange={(event) => setForm({ ...form, user: event.target.value })} />
        </label>
        <label className="field">
          <span>{t('sync.password')}</span>
          <input type="password" required autoComplete="current-password" value={form.password} onChange={(event) => setForm({ ...form, password: event.target.value })} />
        </label>
        <label className="field">
          <span>{t('sync.passphrase')}</span>
          <input type="password" autoComplete="new-password" value={form.passphrase ?? ''} aria-describedby="sync-passphrase-hint" onChange={(event) => setForm({ ...form, passphrase: event.target.value })} />
        </label>
        <p id="sync-passphrase-hint" className="muted">
          {t('sync.passphraseHint')}
        </p>
        {error && <Notice tone="error">{describeError(error, t)}</Notice>}
        <div className="editor-footer">
          <button type="submit" disabled={connect.isPending}>
            {connect.isPending ? t('sync.connecting') : on ? t('sync.reconnect') : t('sync.connect')}
          </button>
        </div>
      </form>
      {conflicts.data && conflicts.data.length > 0 && (
        <div aria-labelledby="conflicts-title">
          <h3 id="conflicts-title">{t('sync.conflictsTitle')}</h3>
          <p className="muted">{t('sync.conflictHint')}</p>
          {conflicts.data.map((conflict) => (
            <ConflictCard key={conflict.id} conflict={conflict} heading={t(`sync.kinds.${kindOf(conflict.recordType)}`)} />
          ))}
        </div>
      )}
    </section>
  );
}
