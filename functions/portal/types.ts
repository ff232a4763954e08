/**
 * The portal as a plain function: a request in, a response out. The Lambda handler
 * (API Gateway HTTP API) and the local `serve` command only translate to and from these.
 */
import type { Clock, ObjectStore } from '../core/ports.js';

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
  /**
   * Set only by a trusted edge that verified the caller itself (the Lambda handler, from
   * the API Gateway JWT authorizer's claims): null when verified claims grant nothing.
   */
  verifiedIdentity?: Identity | null;
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
 * How the signed-in person is known. AWS: the verified JWT claims, read by the handler
 * before the app runs (no sign-in pages). Local: the app's own sign-in with a session cookie.
 */
export interface IdentityProvider {
  kind: 'external' | 'local';
  /** The person behind this request, or undefined when nobody is signed in. */
  identify(req: PortalRequest): Promise<Identity | undefined>;
}

/** How an upload reaches the uploads store. */
export type UploadStrategy =
  | {
      kind: 'presigned-post';
      /** A form that posts the file straight to the uploads bucket at `key`. */
      createForm(input: { key: string; maxBytes: number; contentType?: string }): Promise<{
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
  identity: IdentityProvider;
  upload: UploadStrategy;
  download: DownloadStrategy;
  publish: PublishStarter;
  clock: Clock;
  /** Set locally: the portal processes an upload right after it is stored. */
  processUpload?: ProcessUpload;
  /** The year the portal opens on (defaults to the clock's year minus one). */
  currentYear?: number;
}
