import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { listeningBalanceQuery, useSetManagerSpeaker } from '@/components/data/queries';
import { describeError } from '@/components/describe-error';
import { useI18n } from '@/components/i18n';
import { Notice } from '@/components/Notice';
import type { SessionRecord } from '@/utils/db/records';
import { defaultNudgeRule } from '@/utils/listening/nudge';
import { managerShare } from '@/utils/listening/totals';
import type { ListeningBalance, WordSplit } from '@/utils/listening/types';

/** Which part of the balance a line shows. */
type Span = 'soFar' | 'section';

/**
 * The listening balance in the sidebar's first screen: the manager's share of the words and the
 * other side's, for the 1:1 so far and for the current section, in words (the bar only repeats
 * them). It never guesses: with no captions it says how to turn them on, and until it knows which
 * speaker is the manager it asks. Not a live region: it announces only when a nudge starts.
 */
export function ListeningMeter({ session }: { session: SessionRecord }) {
  const { t } = useI18n();
  const balance = useQuery(listeningBalanceQuery(session.id, true));
  const [choosing, setChoosing] = useState(false);
  const announcement = useNudgeAnnouncement(balance.data);

  if (balance.isPending) return null;
  if (balance.isError) return <Notice tone="error">{t('errors.loadFailed', describeError(balance.error, t))}</Notice>;
  const data = balance.data;
  const noSignal = session.meeting.site === 'zoom' ? t('listening.noSignalZoom') : t('listening.noSignalMeet');
  const others = data.speakers.filter((speaker) => speaker !== data.managerSpeaker);
  const otherName = others.length === 1 ? others[0]! : t('listening.others');
  const askWho = data.speakers.length > 0 && (data.managerSpeaker === null || choosing);

  return (
    // Named, not headed: the section's title stays the first screen's one heading below the meeting's.
    <section className="listening-meter" aria-label={t('listening.meterTitle')}>
      {data.signal === 'waiting' ? (
        <p className="muted">{t('listening.waiting')}</p>
      ) : data.signal === 'none' ? (
        <p className="muted listening-none">{noSignal}</p>
      ) : data.managerSpeaker === null || data.manager + data.other === 0 ? (
        !askWho && <p className="muted">{t('listening.noWords')}</p>
      ) : (
        <div className="listening-lines">
          <ShareLine span="soFar" split={data} otherName={otherName} />
          {data.section && <ShareLine span="section" split={data.section} otherName={otherName} />}
          {data.speakers.length > 1 && !choosing && (
            <button className="icon-button listening-change" aria-label={t('listening.changeSpeaker')} title={t('listening.changeSpeaker')} onClick={() => setChoosing(true)}>
              <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
                <circle cx="8" cy="5.5" r="2.6" fill="none" stroke="currentColor" strokeWidth="1.4" />
                <path d="M3 13.5c.6-2.6 2.6-4 5-4s4.4 1.4 5 4" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" />
              </svg>
            </button>
          )}
        </div>
      )}
      {askWho && <SpeakerChoice sessionId={session.id} balance={data} focus={choosing} onChosen={() => setChoosing(false)} />}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </section>
  );
}

function ShareLine({ span, split, otherName }: { span: Span; split: WordSplit; otherName: string }) {
  const { t } = useI18n();
  const share = managerShare(split);
  if (share === null) return null;
  // A few words say nothing of the balance: the first sentence would read "You 100 %".
  if (split.manager + split.other < defaultNudgeRule.minWords) {
    return (
      <p className="listening-line">
        <span className="listening-span">{t(span === 'soFar' ? 'listening.soFar' : 'listening.section')}</span> <span className="muted">{t('listening.counting')}</span>
      </p>
    );
  }
  return (
    <p className="listening-line">
      <span className="listening-span">{t(span === 'soFar' ? 'listening.soFar' : 'listening.section')}</span>{' '}
      <span className="listening-bar" aria-hidden="true">
        <span style={{ width: `${share}%` }} />
      </span>{' '}
      <span className="listening-shares">{t('listening.shares', share, otherName, 100 - share)}</span>
    </p>
  );
}

/** `focus`: the user asked to change it, so the choice takes the focus of the button that asked. */
function SpeakerChoice({ sessionId, balance, focus, onChosen }: { sessionId: string; balance: ListeningBalance; focus: boolean; onChosen: () => void }) {
  const { t } = useI18n();
  const choose = useSetManagerSpeaker(sessionId);
  const id = useId();
  const select = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    if (focus) select.current?.focus();
  }, [focus]);
  return (
    <div className="listening-who">
      <label htmlFor={id}>{t('listening.whoAreYou')}</label>{' '}
      <select
        id={id}
        ref={select}
        value={balance.managerSpeaker ?? ''}
        disabled={choose.isPending}
        onChange={(event) => {
          if (event.target.value !== '') choose.mutate(event.target.value, { onSuccess: onChosen });
        }}
      >
        {balance.managerSpeaker === null && <option value="">{t('listening.speakerPick')}</option>}
        {balance.speakers.map((speaker) => (
          <option key={speaker} value={speaker}>
            {speaker}
          </option>
        ))}
      </select>
      {choose.isError && <Notice tone="error">{t('errors.saveFailed', describeError(choose.error, t))}</Notice>}
    </div>
  );
}

/** What the status line says: the nudge's reason once, when it starts, and nothing while the meter just moves. */
function useNudgeAnnouncement(balance: ListeningBalance | undefined): string {
  const { t } = useI18n();
  const reason = balance?.nudge ? balance.nudgeReason : null;
  // The text is kept from the moment the nudge starts: updated with every minute, it would be read out again.
  const [announced, setAnnounced] = useState<string | null>(null);
  if ((reason === null) !== (announced === null)) setAnnounced(reason === null ? null : t('listening.announceNudge', reason.share, reason.minutes));
  return announced ?? '';
}
