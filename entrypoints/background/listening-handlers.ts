import { listeningLimits, splitOf } from '@/utils/listening/totals';
import type { SpeakerWords } from '@/utils/listening/types';
import type { Handlers } from '@/utils/messaging/server';
import { detectMeeting, meetingKey } from '@/utils/sites/detect';
import { NotAllowedError } from './call-chat';
import type { Services } from './services';

type ListeningMethod = 'reportSpeech' | 'listeningBalance' | 'setManagerSpeaker' | 'listeningHistory';
export type ListeningHandlers = Pick<Handlers, ListeningMethod>;

/** Speakers one report may name: the captions of one snapshot. */
const maxSpeakersPerReport = 50;

/** A report's words as the captions script sends them, checked: anything else did not come from it. */
function checkedWords(words: unknown): SpeakerWords[] {
  if (!Array.isArray(words) || words.length > maxSpeakersPerReport) throw new TypeError('A report lists its speakers');
  return words.map((entry: unknown) => {
    const { speaker, words: count, local } = (entry ?? {}) as Partial<SpeakerWords>;
    if (typeof speaker !== 'string' || speaker.trim() === '' || speaker.length > listeningLimits.speakerChars) throw new TypeError(`A speaker is named in 1–${listeningLimits.speakerChars} characters`);
    if (typeof count !== 'number' || typeof local !== 'boolean') throw new TypeError('A speaker has a count of words');
    return { speaker, words: count, local };
  });
}

/** Listening balance: the captions script's counts, the sidebar's meter, the person's history. */
export function listeningHandlers({ listening, sessions }: Services): ListeningHandlers {
  return {
    async reportSpeech({ signal, words }, sender) {
      const tabId = sender.tab?.id;
      if (tabId === undefined) throw new Error('This message must come from a tab');
      // The captions script runs only at a call's address: not on Meet's other pages, nor in the demo call.
      const meeting = sender.url ? detectMeeting(sender.url) : null;
      if (!meeting) throw new NotAllowedError('Captions are read only on a call page');
      if (signal !== 'captions' && signal !== 'none') throw new TypeError('A report says whether captions are read');
      return { listen: await listening.report(tabId, signal, checkedWords(words), meetingKey(meeting)) };
    },
    listeningBalance({ sessionId }) {
      return listening.balance(sessionId);
    },
    setManagerSpeaker({ sessionId, speaker }) {
      return listening.chooseManager(sessionId, speaker);
    },
    async listeningHistory({ personId }) {
      return (await sessions.ofPerson(personId)).flatMap((session) => {
        // Until the page or the user said which speaker is the manager, every word would count as the other side's.
        if (!session.listening || session.listening.managerSpeaker === null) return [];
        const split = splitOf(session.listening);
        return split.manager + split.other === 0 ? [] : [{ sessionId: session.id, startedAt: session.startedAt, ...split }];
      });
    },
  };
}
