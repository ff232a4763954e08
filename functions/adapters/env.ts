/**
 * The Lambda environment, read once per container and checked: a missing variable fails the
 * first invocation with its name, not a later S3 call with a puzzling error.
 */
import { AllianceError } from '../core/errors.js';

export class ConfigurationError extends AllianceError<'CONFIGURATION'> {
  constructor(message: string) {
    super('ConfigurationError', 'CONFIGURATION', message);
  }
}

/** The named variables, all present and non-empty, or a ConfigurationError naming every missing one. */
export function requireEnv<const N extends string>(
  names: readonly N[],
  env: NodeJS.ProcessEnv = process.env,
): Record<N, string> {
  const missing = names.filter((n) => !env[n]?.trim());
  if (missing.length > 0) {
    throw new ConfigurationError(
      `Missing environment variable${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}`,
    );
  }
  return Object.fromEntries(names.map((n) => [n, env[n]!.trim()])) as Record<N, string>;
}
