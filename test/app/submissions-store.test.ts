import { describe, expect, it } from 'vitest';
import { isLaterUpload } from '../../functions/app/submissions-store.js';

const at = (key: string, uploadedAt: string, sequencer: string | null = null) => ({
  key,
  uploadedAt,
  sequencer,
});

describe('which of two uploads is the later one', () => {
  it('orders two events of the same key by S3’s sequencer, whatever their times say', () => {
    const first = at('2014/FR/a.xlsx', '2014-03-01T10:00:00Z', '0055AED6DCD90281E5');
    const second = at('2014/FR/a.xlsx', '2014-03-01T10:00:00Z', '0055AED6DCD90281E6');
    expect(isLaterUpload(second, first)).toBe(true);
    expect(isLaterUpload(first, second)).toBe(false);
  });

  it('orders uploads of different keys by their upload time, then by key', () => {
    const early = at('2014/FR/z.xlsx', '2014-03-01T10:00:00Z', 'FF');
    const late = at('2014/FR/a.xlsx', '2014-03-01T10:00:01Z', '01');
    expect(isLaterUpload(late, early)).toBe(true);
    expect(isLaterUpload(early, late)).toBe(false);
    const tieA = at('2014/FR/a.xlsx', '2014-03-01T10:00:00Z');
    const tieB = at('2014/FR/b.xlsx', '2014-03-01T10:00:00Z');
    expect(isLaterUpload(tieB, tieA)).toBe(true);
    expect(isLaterUpload(tieA, tieB)).toBe(false);
  });

  it('never calls an upload later than itself (a repeated event changes nothing)', () => {
    const same = at('2014/FR/a.xlsx', '2014-03-01T10:00:00Z', '0A');
    expect(isLaterUpload(same, { ...same })).toBe(false);
  });
});
