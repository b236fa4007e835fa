import { de } from './de';
import { en } from './en';
import { nl } from './nl';
import type { ContentPack } from './types';

export const contentPacks = { en, nl, de } satisfies Record<string, ContentPack>;

/** The pack for a language, English when there is none. */
export function contentFor(language: string): ContentPack {
  return contentPacks[language as keyof typeof contentPacks] ?? en;
}
