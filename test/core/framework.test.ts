import { describe, expect, it } from 'vitest';
import {
  foldText,
  frameworkVersion,
  getIndicator,
  indicators,
  reportedIndicators,
  resolveIndicator,
  resolveTarget,
  targets,
} from '../../functions/core/framework.js';
import { getMember, members, resolveMember } from '../../functions/core/members.js';

describe('framework', () => {
  it('has four targets with their operational goals and 21 indicators', () => {
    expect(frameworkVersion).toMatch(/^\d{4}\.\d+$/);
    expect(targets.map((t) => t.goals.map((g) => g.id))).toEqual([
      ['1a'],
      ['2a', '2b'],
      ['3a', '3b'],
      ['4a', '4b'],
    ]);
    expect(indicators).toHaveLength(21);
    expect(reportedIndicators.map((i) => i.id)).not.toContain('T1.4');
    expect(getIndicator('T1.4')?.derived).toEqual({ from: 'T1.3', kind: 'growth' });
  });

  it('quotes the official target titles verbatim', () => {
    expect(targets[3]?.title).toContain('availability of child pornography online');
  });

  it.each([
    '1',
    'T1',
    'PT1',
    'Target 1',
    'Policy target No. 1',
    'Policy Target 1 - Victims',
    'Goal 1',
    'victim identification',
    'Victims',
    ' victims ',
  ])('resolves %j to target 1', (text) => {
    expect(resolveTarget(text)).toBe(1);
  });

  it('resolves the other targets by number and short name, and refuses what names none', () => {
    expect(resolveTarget('Awareness')).toBe(3);
    expect(resolveTarget('PT4')).toBe(4);
    expect(resolveTarget(2)).toBe(2);
    expect(resolveTarget('Target 5')).toBeUndefined();
    expect(resolveTarget('Policy Target 1 - Awareness')).toBeUndefined();
    expect(resolveTarget('')).toBeUndefined();
  });

  it('resolves indicators by id in any spelling and by name in any case and spacing', () => {
    expect(resolveIndicator('T1.2')?.id).toBe('T1.2');
    expect(resolveIndicator('t 4.3')?.id).toBe('T4.3');
    expect(resolveIndicator('  victims IDENTIFIED   during the year ')?.id).toBe('T1.2');
    expect(resolveIndicator("Connected to INTERPOL's ICSE database")?.id).toBe('T1.1');
    expect(resolveIndicator('T2.3 Offenders prosecuted')?.id).toBe('T2.3');
    expect(resolveIndicator('T9.9')).toBeUndefined();
    expect(resolveIndicator('Something else')).toBeUndefined();
  });

  it('folds accents and punctuation', () => {
    expect(foldText('  Österreich ')).toBe('osterreich');
  });
});

describe('members', () => {
  it('lists every row of members.csv, with unique codes', () => {
    expect(members).toHaveLength(55);
    expect(new Set(members.map((m) => m.code)).size).toBe(members.length);
  });

  it.each([
    ['Österreich', 'AT'],
    ['osterreich', 'AT'],
    ['España', 'ES'],
    ['Türkiye', 'TR'],
    ['EL', 'GR'],
    ['UK', 'GB'],
    ['the Netherlands', 'NL'],
    ['Czechia', 'CZ'],
    ['Kosovo*', 'XK'],
    ['fr', 'FR'],
    ['United States', 'US'],
  ])('resolves %j to %s', (text, code) => {
    expect(resolveMember(text)?.code).toBe(code);
  });

  it('finds no member for an unknown name', () => {
    expect(resolveMember('Atlantis')).toBeUndefined();
    expect(getMember('GR')?.name).toBe('Greece');
  });
});
