import { useId, useState, type KeyboardEvent } from 'react';
import { useI18n } from '@/components/i18n';
import type { ContentPack, Situation } from '@/utils/content/types';
import { situations } from '@/utils/content/types';
import type { Reason, RankedSuggestion } from '@/utils/questions/ranker';
import type { SuggestionText } from '@/utils/questions/bank';

export interface ShownSuggestion extends RankedSuggestion {
  content: SuggestionText;
}

interface Props {
  pack: ContentPack;
  suggestions: readonly ShownSuggestion[];
  chips: readonly Situation[];
  onToggleChip: (situation: Situation) => void;
  onInsert: (suggestion: ShownSuggestion) => void;
  onCopy: (suggestion: ShownSuggestion) => void;
  onTogglePin: (suggestion: ShownSuggestion) => void;
  onSendToChat?: (suggestion: ShownSuggestion) => void;
  listRef?: React.Ref<HTMLOListElement>;
}

export const shownSuggestionCount = 5;

/**
 * Suggestions for this moment, one click to insert each; 1–5 on the list inserts one. Why each is
 * suggested is its description (a tooltip on hover, shown under it on keyboard focus); copy, pin
 * and the tip's background sit behind its "more" button. The situation chips that steer the list
 * are one toggle away.
 */
export function SuggestionsPanel({ pack, suggestions, chips, onToggleChip, onInsert, onCopy, onTogglePin, onSendToChat, listRef }: Props) {
  const { t } = useI18n();
  const [openTip, setOpenTip] = useState<string | null>(null);
  const [openMore, setOpenMore] = useState<string | null>(null);
  const [chipsShown, setChipsShown] = useState(false);
  const ids = useId();

  function reasonText(reason: Reason): string {
    switch (reason.kind) {
      case 'section':
      case 'writtenFor':
        return t('suggestions.reasonSection');
      case 'chip':
        return t('suggestions.reasonChip', pack.situations[reason.situation]);
      case 'notes':
        return t('suggestions.reasonNotes', reason.word, pack.situations[reason.situation]);
      case 'history':
        return t(`suggestions.reasonHistory.${reason.condition}`);
      case 'pinned':
        return t('suggestions.reasonPinned');
      case 'listening':
        return t('listening.reasonNudge', reason.share, reason.minutes);
      case 'askedBefore':
        return reason.sessionsAgo === 1 ? t('suggestions.reasonAskedBefore') : t('suggestions.reasonAskedSessionsAgo', reason.sessionsAgo);
    }
  }

  function onListKeyDown(event: KeyboardEvent<HTMLOListElement>): void {
    const digit = Number(event.key);
    if (!Number.isInteger(digit) || digit < 1 || event.altKey || event.ctrlKey || event.metaKey) return;
    const suggestion = suggestions[digit - 1];
    if (!suggestion) return;
    event.preventDefault();
    onInsert(suggestion);
  }

  return (
    <section className="suggestions" aria-labelledby="suggestions-title">
      <div className="suggestions-head">
        <h3 id="suggestions-title" className="prompts-title">
          {t('suggestions.title')}
        </h3>
        <button className="link-button chips-toggle" aria-expanded={chipsShown} aria-controls={`${ids}-chips`} onClick={() => setChipsShown(!chipsShown)}>
          {chips.length > 0 ? t('suggestions.situationToggleCount', chips.length) : t('suggestions.situationToggle')}
        </button>
      </div>
      {chipsShown && (
        <div className="chips" id={`${ids}-chips`} role="group" aria-label={t('suggestions.situations')}>
          {situations.map((situation) => (
            <button key={situation} className="chip" aria-pressed={chips.includes(situation)} onClick={() => onToggleChip(situation)}>
              {pack.situations[situation]}
            </button>
          ))}
        </div>
      )}
      {suggestions.length === 0 ? (
        <p className="muted">{t('suggestions.empty')}</p>
      ) : (
        <ol className="suggestion-list" ref={listRef} tabIndex={-1} aria-label={t('suggestions.listLabel')} onKeyDown={onListKeyDown}>
          {suggestions.map((suggestion, index) => {
            const pinned = suggestion.reasons.some((reason) => reason.kind === 'pinned');
            // What speaks for it first; what ranked it lower, after a semicolon.
            const why = [suggestion.reasons.filter((reason) => reason.kind !== 'askedBefore'), suggestion.reasons.filter((reason) => reason.kind === 'askedBefore')]
              .map((group) => group.map(reasonText).join(' · '))
              .filter(Boolean)
              .join('; ');
            const whyId = `${ids}-why-${index}`;
            const moreId = `${ids}-more-${index}`;
            const moreOpen = openMore === suggestion.id;
            return (
              <li key={suggestion.id} className={moreOpen ? 'suggestion open' : 'suggestion'}>
                <div className="suggestion-row">
                  <button className="suggestion-insert" onClick={() => onInsert(suggestion)} aria-keyshortcuts={String(index + 1)} aria-describedby={whyId} title={why}>
                    <span className="suggestion-number" aria-hidden="true">
                      {index + 1}
                    </span>
                    <span>
                      {suggestion.content.tip && <strong>{suggestion.content.tip.title}: </strong>}
                      {suggestion.content.text}
                    </span>
                  </button>
                  {onSendToChat && (
                    <button className="icon-button" onClick={() => onSendToChat(suggestion)} aria-label={t('suggestions.sendToChat')} title={t('suggestions.sendToChat')}>
                      <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
                        <path d="M2.5 3.5h11v7h-6l-3 2.5v-2.5h-2z" fill="none" stroke="currentColor" strokeLinejoin="round" />
                      </svg>
                    </button>
                  )}
                  <button
                    className="icon-button"
                    aria-expanded={moreOpen}
                    aria-controls={moreId}
                    aria-label={t('suggestions.more', index + 1)}
                    title={t('suggestions.more', index + 1)}
                    onClick={() => setOpenMore(moreOpen ? null : suggestion.id)}
                  >
                    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
                      <circle cx="3.5" cy="8" r="1.4" fill="currentColor" />
                      <circle cx="8" cy="8" r="1.4" fill="currentColor" />
                      <circle cx="12.5" cy="8" r="1.4" fill="currentColor" />
                    </svg>
                  </button>
                </div>
                <p className="suggestion-why" id={whyId}>
                  {why}
                </p>
                <div className="suggestion-actions" id={moreId} hidden={!moreOpen}>
                  {suggestion.content.tip && (
                    <button className="link-button" aria-expanded={openTip === suggestion.id} onClick={() => setOpenTip(openTip === suggestion.id ? null : suggestion.id)}>
                      {t('suggestions.whyTip')}
                    </button>
                  )}
                  <button className="link-button" onClick={() => onCopy(suggestion)}>
                    {t('suggestions.copy')}
                  </button>
                  <button className="link-button" aria-pressed={pinned} onClick={() => onTogglePin(suggestion)}>
                    {pinned ? t('suggestions.unpin') : t('suggestions.pin')}
                  </button>
                </div>
                {moreOpen && suggestion.content.tip && openTip === suggestion.id && (
                  <div className="tip-detail">
                    <p>
                      <strong>{t('suggestions.tipWhy')}</strong> {suggestion.content.tip.why}
                    </p>
                    <p>
                      <strong>{t('suggestions.tipWhen')}</strong> {suggestion.content.tip.when}
                    </p>
                  </div>
                )}
              </li>
            );
          })}
        </ol>
      )}
      <p className="guidance">{t('suggestions.guidance')}</p>
    </section>
  );
}
