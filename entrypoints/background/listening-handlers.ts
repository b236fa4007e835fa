import type { Handlers } from '@/utils/messaging/server';
import type { Services } from './services';

type ListeningMethod = 'reportSpeech' | 'listeningBalance' | 'setManagerSpeaker' | 'listeningHistory';
export type ListeningHandlers = Pick<Handlers, ListeningMethod>;

/** Listening balance: the captions script's counts, the sidebar's meter, the person's history. */
export function listeningHandlers(_services: Services): ListeningHandlers {
  const notYet = () => {
    throw new Error('Listening balance: not yet');
  };
  return { reportSpeech: notYet, listeningBalance: notYet, setManagerSpeaker: notYet, listeningHistory: notYet };
}
