/**
 * The contacts and staff on AWS: the members of the user pool's groups (`country-<CC>`, one per
 * member, and `staff`: infra/constructs/portal.ts, functions/portal/aws-identity.ts), through
 * ListUsersInGroup. A user's language is their `locale` attribute (en, fr, de, es), else English.
 * Disabled users get no mail.
 */
import {
  CognitoIdentityProviderClient,
  ListUsersInGroupCommand,
  type UserType,
} from '@aws-sdk/client-cognito-identity-provider';
import type { ContactDirectory, Recipient } from '../../app/mail/ports.js';
import { parseLanguage } from '../../core/i18n/languages.js';
import { StoreError } from '../../core/ports.js';
import { traced } from '../tracing.js';

export const staffGroup = 'staff';
export const countryGroup = (country: string) => `country-${country}`;

export class CognitoDirectory implements ContactDirectory {
  private client: CognitoIdentityProviderClient | undefined;

  constructor(
    private readonly userPoolId: string,
    client?: CognitoIdentityProviderClient,
  ) {
    this.client = client;
  }

  contacts(country: string): Promise<Recipient[]> {
    if (!/^[A-Z]{2}$/.test(country)) throw new RangeError(`Not a country code: ${country}`);
    return this.group(countryGroup(country));
  }

  staff(): Promise<Recipient[]> {
    return this.group(staffGroup);
  }

  private async group(groupName: string): Promise<Recipient[]> {
    this.client ??= traced(new CognitoIdentityProviderClient({}));
    const out: Recipient[] = [];
    let nextToken: string | undefined;
    do {
      let page: { Users?: UserType[]; NextToken?: string };
      try {
        page = await this.client.send(
          new ListUsersInGroupCommand({
            UserPoolId: this.userPoolId,
            GroupName: groupName,
            Limit: 60,
            ...(nextToken ? { NextToken: nextToken } : {}),
          }),
        );
      } catch (error) {
        throw new StoreError('DIRECTORY_FAILED', `Could not list the users of the group ${groupName}`, {
          cause: error,
        });
      }
      for (const user of page.Users ?? []) {
        if (user.Enabled === false) continue;
        const attr = (name: string) => user.Attributes?.find((a) => a.Name === name)?.Value;
        const email = attr('email')?.trim().toLowerCase();
        if (!email) continue;
        out.push({ email, lang: parseLanguage(attr('locale')) ?? 'en' });
      }
      nextToken = page.NextToken;
    } while (nextToken);
    return dedupe(out);
  }
}

function dedupe(list: Recipient[]): Recipient[] {
  const byEmail = new Map<string, Recipient>();
  for (const r of list) if (!byEmail.has(r.email)) byEmail.set(r.email, r);
  return [...byEmail.values()].sort((a, b) => (a.email < b.email ? -1 : 1));
}
