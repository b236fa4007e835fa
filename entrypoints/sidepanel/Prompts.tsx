import { useEffect, useState } from 'react';
import { useI18n } from '@/components/i18n';
import { markSeen, seenBefore } from './first-look';

/** A section's prompts: open the first time the section is shown in this session, folded after, so the notes and questions stay in view. */
export function Prompts({ sessionId, sectionId, prompts }: { sessionId: string; sectionId: string; prompts: readonly string[] }) {
  const { t } = useI18n();
  const part = `prompts:${sectionId}`;
  const [open, setOpen] = useState(() => !seenBefore(sessionId, part));
  useEffect(() => markSeen(sessionId, part), [sessionId, part]);
  return (
    <details className="prompts-box" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="prompts-title">
        {t('sidebar.prompts')} ({prompts.length})
      </summary>
      <ul className="prompts">
        {prompts.map((prompt) => (
          <li key={prompt}>{prompt}</li>
        ))}
      </ul>
    </details>
  );
}
