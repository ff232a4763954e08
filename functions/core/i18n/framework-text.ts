/**
 * The framework's words in each language: indicator names and guidance, target titles
 * and short names, operational goals. English is functions/core/framework.ts itself; a
 * translation lacking an entry shows the English (and fails the catalogue test).
 */
import { getIndicator, type Indicator, type Target, targets } from '../framework.js';
import type { Language } from './languages.js';
import { deFramework } from './messages/de.js';
import { esFramework } from './messages/es.js';
import { frFramework } from './messages/fr.js';

export interface FrameworkText {
  indicators: Readonly<Record<string, { name: string; guidance: string }>>;
  targets: Readonly<Record<string, { title: string; short: string }>>;
  goals: Readonly<Record<string, string>>;
}

export const frameworkTexts: Readonly<Record<Exclude<Language, 'en'>, FrameworkText>> = {
  fr: frFramework,
  de: deFramework,
  es: esFramework,
};

export function indicatorName(lang: Language, ind: Indicator): string {
  return lang === 'en' ? ind.name : (frameworkTexts[lang].indicators[ind.id]?.name ?? ind.name);
}

export function indicatorGuidance(lang: Language, ind: Indicator): string {
  return lang === 'en' ? ind.guidance : (frameworkTexts[lang].indicators[ind.id]?.guidance ?? ind.guidance);
}

/** `Victims identified during the year (T1.2)`, in the language. */
export function indicatorLabelIn(lang: Language, id: string): string | undefined {
  const ind = getIndicator(id);
  return ind ? `${indicatorName(lang, ind)} (${ind.id})` : undefined;
}

export function targetTitle(lang: Language, t: Target): string {
  return lang === 'en' ? t.title : (frameworkTexts[lang].targets[t.id]?.title ?? t.title);
}

export function targetShortName(lang: Language, t: Target): string {
  return lang === 'en' ? t.shortName : (frameworkTexts[lang].targets[t.id]?.short ?? t.shortName);
}

export function goalText(lang: Language, goalId: string): string {
  const english = targets.flatMap((t) => t.goals).find((g) => g.id === goalId)?.text ?? goalId;
  return lang === 'en' ? english : (frameworkTexts[lang].goals[goalId] ?? english);
}
