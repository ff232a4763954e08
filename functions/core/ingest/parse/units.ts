/**
 * The Unit column: a unit the framework's unit accepts as is, one that converts
 * (a fraction to a percent, hours or weeks to days), or one that does not fit.
 */
import { foldText, type Unit } from '../../framework.js';
import { replaceBracketed } from './scan.js';

type UnitWord = 'count' | 'percent' | 'fraction' | 'yes-no' | 'score' | 'fte' | 'days' | 'hours' | 'weeks';

const words: Record<UnitWord, string[]> = {
  count: [
    'count',
    'number',
    'no',
    'nb',
    'nbr',
    'n',
    'whole number',
    'integer',
    'total',
    'persons',
    'people',
    'cases',
    'nombre',
    'anzahl',
    'zahl',
    'numero',
    'cantidad',
  ],
  percent: [
    'percent',
    'per cent',
    'percentage',
    'pct',
    'share',
    'pourcentage',
    'prozent',
    'anteil',
    'porcentaje',
  ],
  fraction: [
    'ratio',
    'fraction',
    'share 0 1',
    'proportion',
    'proportion 0 1',
    'decimal fraction',
    'fraction 0 1',
  ],
  'yes-no': ['yes no', 'y n', 'boolean', 'bool', 'oui non', 'ja nein', 'si no'],
  score: ['score', 'points', 'score 0 6', 'out of 6', 'of 6', '0 6', 'punkte', 'puntos'],
  fte: [
    'fte',
    'ftes',
    'full time equivalent',
    'full time equivalents',
    'etp',
    'equivalent temps plein',
    'vollzeitaquivalent',
    'vollzeitaquivalente',
    'vza',
    'eti',
    'equivalente a tiempo completo',
  ],
  days: [
    'days',
    'day',
    'd',
    'working days',
    'calendar days',
    'jours',
    'jour',
    'jours ouvres',
    'tage',
    'tag',
    'dias',
    'dia',
  ],
  hours: ['hours', 'hour', 'h', 'hrs', 'hr', 'heures', 'heure', 'stunden', 'std', 'horas', 'hora'],
  weeks: ['weeks', 'week', 'wk', 'semaines', 'semaine', 'wochen', 'woche', 'semanas', 'semana'],
};

const byKey = new Map<string, UnitWord>();
for (const [unit, list] of Object.entries(words) as [UnitWord, string[]][])
  for (const w of list) byKey.set(unitKey(w), unit);

function unitKey(text: string): string {
  return foldText(text).replace(/\./g, ' ').replace(/\s+/g, ' ').trim();
}

export type UnitRead =
  | { kind: 'same' }
  | { kind: 'convert'; from: string; to: string; convert: (n: number) => number }
  | { kind: 'mismatch' };

/** What a Unit cell means for an indicator measured in `unit`; empty is the framework's unit. */
export function readUnit(text: string | null, unit: Unit): UnitRead {
  if (text === null || text.trim() === '') return { kind: 'same' };
  const raw = text.trim();
  const word: UnitWord | undefined =
    raw === '%'
      ? 'percent'
      : (byKey.get(unitKey(raw)) ?? byKey.get(unitKey(replaceBracketed(raw, ' ', '()'))));
  if (!word) return { kind: 'mismatch' };
  switch (unit) {
    case 'percent':
      if (word === 'percent') return { kind: 'same' };
      if (word === 'fraction')
        return { kind: 'convert', from: 'a fraction of 1', to: 'percent', convert: (n) => n * 100 };
      return { kind: 'mismatch' };
    case 'days':
      if (word === 'days' || word === 'count') return { kind: 'same' };
      if (word === 'hours') return { kind: 'convert', from: 'hours', to: 'days', convert: (n) => n / 24 };
      if (word === 'weeks') return { kind: 'convert', from: 'weeks', to: 'days', convert: (n) => n * 7 };
      return { kind: 'mismatch' };
    case 'count':
      return word === 'count' ? { kind: 'same' } : { kind: 'mismatch' };
    case 'score':
      return word === 'score' || word === 'count' ? { kind: 'same' } : { kind: 'mismatch' };
    case 'fte':
      return word === 'fte' || word === 'count' ? { kind: 'same' } : { kind: 'mismatch' };
    case 'yes-no':
      return word === 'yes-no' ? { kind: 'same' } : { kind: 'mismatch' };
  }
}
