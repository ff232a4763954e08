/**
 * The role and country from a verified Cognito ID token's claims (see cognito-auth.ts),
 * never from the request: `staff`, or exactly one `country-XX` group.
 */
import type { Identity } from './types.js';

/** The identity from verified Cognito claims, or undefined when they grant nothing. */
export function identityFromClaims(claims: Record<string, unknown> | undefined): Identity | undefined {
  if (!claims) return undefined;
  const email = typeof claims.email === 'string' ? claims.email : undefined;
  if (!email) return undefined;
  const groups = parseGroups(claims['cognito:groups']);
  if (groups.includes('staff')) return { email, role: 'staff' };
  const countries = groups
    .map((g) => g.match(/^country-([A-Z]{2})$/)?.[1])
    .filter((c): c is string => c !== undefined);
  // A person in two country groups is a configuration mistake: grant nothing rather than guess.
  if (countries.length === 1) return { email, role: 'contact', country: countries[0]! };
  return undefined;
}

function parseGroups(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  if (typeof value !== 'string') return [];
  // Claims relayed by an API Gateway authorizer come as "[a b]" or "[a, b]".
  const trimmed = value.trim().replace(/^\[/, '').replace(/\]$/, '');
  return trimmed.split(/[\s,]+/).filter(Boolean);
}
