/**
 * The portal as a plain function: a request in, a response out. The Lambda handler
 * (API Gateway HTTP API) and the local `serve` command only translate to and from these.
 */

import type { ContactDirectory, Mailer } from '../app/mail/ports.js';
import type { ReportRenderer } from '../app/publish/ports.js';
import type { Language } from '../core/i18n/languages.js';
import type { Clock, ObjectStore } from '../core/ports.js';
import type { Submission } from '../core/submission.js';
import type { CognitoAuth } from './cognito-auth.js';
import type { LocalAuth } from './local-auth.js';

export interface PortalRequest {
  method: string;
  /** The path without the query string, e.g. `/country/FR/2014`. */
  path: string;
  query: Record<string, string>;
  /** Header names in lower case. */
  headers: Record<string, string>;
  cookies: Record<string, string>;
  body: Uint8Array;
  /** The caller's address, for sign-in rate limiting. */
  sourceIp?: string;
  /** The body was over the server's cap and was not kept (the local server): `body` is empty. */
  bodyTooLarge?: boolean;
}

export interface PortalResponse {
  status: number;
  headers: Record<string, string>;
  /** Set-Cookie values, one per cookie. */
  cookies?: string[];
  body: Uint8Array | string;
}

/** Who is signed in. A contact sees and writes only their own country. */
export type Identity = { email: string; role: 'contact'; country: string } | { email: string; role: 'staff' };

/**
 * How the signed-in person is known, both by a signed session cookie checked on every
 * request. AWS ('cognito'): the Cognito managed login, authorization code + PKCE, the
 * verified ID token in the cookie. Local: the portal's own sign-in form and users file.
 */
export type IdentitySource = { kind: 'cognito'; auth: CognitoAuth } | { kind: 'local'; auth: LocalAuth };

/** How an upload reaches the uploads store. */
export type UploadStrategy =
  | {
      kind: 'presigned-post';
      /**
       * A form that posts the file straight to the uploads bucket under
       * `<year>/<country>/<batch>-` followed by the browser's own file name (S3 fills in
       * `${filename}`: without script the name is unknown when the form is signed), then
       * sends the browser back to `redirectUrl`. `country` is the signed-in contact's own.
       */
      createForm(input: {
        year: number;
        country: string;
        batch: string;
        maxBytes: number;
        redirectUrl: string;
      }): Promise<{
        url: string;
        fields: Record<string, string>;
      }>;
    }
  | { kind: 'multipart'; maxBytes: number };

/** How a stored object reaches the browser. */
export type DownloadStrategy =
  | {
      kind: 'presigned-get';
      /** A short-lived URL to the object. */
      createUrl(input: {
        bucket: 'uploads' | 'data';
        key: string;
        fileName: string;
        contentType: string;
      }): Promise<string>;
    }
  | { kind: 'stream' };

/** Starts the publication run of a year; returns an id to show staff. */
export interface PublishStarter {
  start(input: { year: number; requestedBy: string }): Promise<{ runId: string }>;
}

/** The use case "an upload landed": local only (on AWS the S3 notification runs it). */
export type ProcessUpload = (input: { key: string }) => Promise<void>;

export interface PortalDeps {
  uploads: ObjectStore;
  data: ObjectStore;
  identity: IdentitySource;
  upload: UploadStrategy;
  download: DownloadStrategy;
  publish: PublishStarter;
  clock: Clock;
  /** Set locally: the portal processes an upload right after it is stored. */
  processUpload?: ProcessUpload;
  /** The year's workbook (functions/core/template.ts), prefilled for a country. */
  buildTemplate: (input: {
    year: number;
    country?: string;
    previous?: Submission;
    lang?: Language;
  }) => Promise<Uint8Array>;
  /** The year the portal opens on (defaults to the clock's year minus one). */
  currentYear?: number;
  /** The store holds the bundled fictitious sample: every page says so. */
  sample?: boolean;
  /**
   * The portal's own origin (`https://portal.example.org`), for links that leave it and come
   * back (the upload form's redirect). Without it, the request's Host header.
   */
  publicUrl?: string;
  /** Sends the cycle's e-mail (receipts, review, messages); without it nothing is mailed (a test of pages alone). */
  mailer?: Mailer;
  /** Who the contacts of a country and the staff are (their addresses and languages). */
  directory?: ContactDirectory;
  /**
   * Set locally: drafts are rendered in-process after staff change what counts (an
   * invalidation). On AWS the render-drafts Lambda does it on the `current/` event.
   */
  draftRenderer?: () => Promise<ReportRenderer>;
}
