/** The wall clock, behind the Clock port so that tests hand in a fixed one. */
import type { Clock } from '../core/ports.js';

export const systemClock: Clock = { now: () => new Date() };

export function fixedClock(at: Date | string): Clock {
  const time = new Date(at);
  return { now: () => new Date(time) };
}
