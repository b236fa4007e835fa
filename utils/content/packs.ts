import { de } from '../../locales/de.content';
import { en } from '../../locales/en.content';
import { nl } from '../../locales/nl.content';
import type { ContentPack } from './types';

export const contentPacks = { en, nl, de } satisfies Record<string, ContentPack>;

/** The pack for a language, English when there is none. */
export function contentFor(language: string): ContentPack {
  return contentPacks[language as keyof typeof contentPacks] ?? en;
}
