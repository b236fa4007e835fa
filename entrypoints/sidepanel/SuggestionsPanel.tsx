import { useState, type KeyboardEvent } from 'react';
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

/** Suggestions for this moment: tap situation chips to steer; 1–5 on the list inserts one. */
export function SuggestionsPanel({ pack, suggestions, chips, onToggleChip, onInsert, onCopy, onTogglePin, onSendToChat, listRef }: Props) {
  const { t } = useI18n();
  const [openTip, setOpenTip] = useState<string | null>(null);

  function reasonText(reason: Reason): string {
    switch (reason.kind) {
      case 'section':
        return t('suggestions.reasonSection');
      case 'chip':
        return t('suggestions.reasonChip', pack.situations[reason.situation]);
      case 'notes':
        return t('suggestions.reasonNotes', reason.word);
      case 'history':
        return t(`suggestions.reasonHistory.${reason.condition}`);
      case 'pinned':
        return t('suggestions.reasonPinned');
      case 'askedBefore':
        return t('suggestions.reasonAskedBefore');
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
      <h3 id="suggestions-title" className="prompts-title">
        {t('suggestions.title')}
      </h3>
      <div className="chips" role="group" aria-label={t('suggestions.situations')}>
        {situations.map((situation) => (
          <button key={situation} className="chip" aria-pressed={chips.includes(situation)} onClick={() => onToggleChip(situation)}>
            {pack.situations[situation]}
          </button>
        ))}
      </div>
      {suggestions.length === 0 ? (
        <p className="muted">{t('suggestions.empty')}</p>
      ) : (
        <ol className="suggestion-list" ref={listRef} tabIndex={-1} aria-label={t('suggestions.listLabel')} onKeyDown={onListKeyDown}>
          {suggestions.map((suggestion, index) => {
            const pinned = suggestion.reasons.some((reason) => reason.kind === 'pinned');
            return (
              <li key={suggestion.id} className="suggestion">
                <button className="suggestion-insert" onClick={() => onInsert(suggestion)} aria-keyshortcuts={String(index + 1)}>
                  <span className="suggestion-number" aria-hidden="true">
                    {index + 1}
                  </span>
                  <span>
                    {suggestion.content.tip && <strong>{suggestion.content.tip.title}: </strong>}
                    {suggestion.content.text}
                  </span>
                </button>
                <p className="suggestion-why">{suggestion.reasons.map(reasonText).join(' · ')}</p>
                <div className="suggestion-actions">
                  {suggestion.content.tip && (
                    <button className="link-button" aria-expanded={openTip === suggestion.id} onClick={() => setOpenTip(openTip === suggestion.id ? null : suggestion.id)}>
                      {t('suggestions.whyTip')}
                    </button>
                  )}
                  <button className="link-button" onClick={() => onCopy(suggestion)}>
                    {t('suggestions.copy')}
                  </button>
                  {onSendToChat && (
                    <button className="link-button" onClick={() => onSendToChat(suggestion)}>
                      {t('suggestions.sendToChat')}
                    </button>
                  )}
                  <button className="link-button" aria-pressed={pinned} onClick={() => onTogglePin(suggestion)}>
                    {pinned ? t('suggestions.unpin') : t('suggestions.pin')}
                  </button>
                </div>
                {suggestion.content.tip && openTip === suggestion.id && (
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
    </section>
  );
}
