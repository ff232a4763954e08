/**
 * Vitest global setup: the precompiled templates module (build/, never committed) is built
 * before any test imports it, so that `npx vitest run` works from a clean clone too.
 */
import { ensureTemplatesModule } from '../scripts/lib/templates-module.js';

export default function setup(): void {
  ensureTemplatesModule();
}
