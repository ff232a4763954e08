/**
 * Presigned S3 requests for the portal: POST forms that upload one file under `<year>/<CC>/`
 * of the uploads bucket, with a size cap and a short life (one exact key when the file name
 * is known; for a form without script, one batch prefix plus the browser's `${filename}`);
 * and short-lived GET URLs for downloads. The country is the caller's verified one (the
 * portal takes it from the Cognito groups of the verified ID token), never a value from the
 * request.
 */
import { GetObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { createPresignedPost } from '@aws-sdk/s3-presigned-post';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { uploadKey } from '../core/keys.js';
import { defaultLimits, isReportingYear, type Limits, notAReportingYearMessage } from '../core/limits.js';

/** S3 allows up to 7 days; an upload form needs minutes, and a leaked one should die soon. */
export const maxUploadExpirySeconds = 15 * 60;
export const defaultDownloadExpirySeconds = 5 * 60;
const maxDownloadExpirySeconds = 15 * 60;

export interface PresignedUpload {
  url: string;
  /** Form fields to post, in this order, before the `file` field. */
  fields: Record<string, string>;
  key: string;
  maxBytes: number;
  expiresAt: Date;
}

export interface UploadPresignerOptions {
  client: S3Client;
  bucket: string;
  limits?: Pick<Limits, 'maxFileBytes'>;
  expiresSeconds?: number;
  now?: () => Date;
}

export interface UploadRequest {
  /** The caller's verified country (ISO code), from the identity, never from the request. */
  country: string;
  year: number;
  fileName: string;
  contentType?: string;
}

/** Presigned POST forms for the uploads bucket, one exact key each. */
export function createUploadPresigner(options: UploadPresignerOptions) {
  const maxBytes = (options.limits ?? defaultLimits).maxFileBytes;
  const expires = Math.min(options.expiresSeconds ?? maxUploadExpirySeconds, maxUploadExpirySeconds);
  if (!(expires > 0)) throw new RangeError('An upload form must expire after a positive number of seconds');
  const now = options.now ?? (() => new Date());
  return {
    async presignUpload(request: UploadRequest): Promise<PresignedUpload> {
      // uploadKey throws on a country that is not two capitals or a name with a slash:
      // the key is exactly <year>/<CC>/<file>, so the form cannot write anywhere else.
      const key = uploadKey(request.year, request.country, safeFileName(request.fileName));
      const fields: Record<string, string> = {};
      if (request.contentType) fields['Content-Type'] = request.contentType;
      const { url, fields: signed } = await createPresignedPost(options.client, {
        Bucket: options.bucket,
        Key: key,
        Conditions: [
          ['content-length-range', 1, maxBytes],
          ['eq', '$key', key],
        ],
        Fields: fields,
        Expires: expires,
      });
      return { url, fields: signed, key, maxBytes, expiresAt: new Date(now().getTime() + expires * 1000) };
    },
  };
}

export interface BrowserUploadRequest {
  /** The caller's verified country (ISO code), from the identity, never from the request. */
  country: string;
  year: number;
  /** Makes the prefix unique to this form, e.g. `20150310T120000Z-a1b2c3`. */
  batch: string;
  /** Where S3 sends the browser after a successful upload (the portal's result page). */
  redirectUrl: string;
}

export interface PresignedBrowserUpload {
  url: string;
  /** Form fields to post, in this order, before the `file` field. */
  fields: Record<string, string>;
  /** Every key this form can write starts with this: `<year>/<CC>/<batch>-`. */
  keyPrefix: string;
  maxBytes: number;
  expiresAt: Date;
}

/**
 * A POST form for a page without script: the browser's file name is unknown when the form
 * is signed, so the key is `<year>/<CC>/<batch>-${filename}` (S3 puts the chosen file's name
 * in place of `${filename}`) and the policy allows only keys starting with that prefix; S3
 * then redirects the browser to exactly `redirectUrl` (with bucket, key and etag added).
 */
export function createBrowserUploadPresigner(options: UploadPresignerOptions) {
  const maxBytes = (options.limits ?? defaultLimits).maxFileBytes;
  const expires = Math.min(options.expiresSeconds ?? maxUploadExpirySeconds, maxUploadExpirySeconds);
  if (!(expires > 0)) throw new RangeError('An upload form must expire after a positive number of seconds');
  const now = options.now ?? (() => new Date());
  return {
    async presignBrowserUpload(request: BrowserUploadRequest): Promise<PresignedBrowserUpload> {
      if (!/^[\w-]{1,64}$/.test(request.batch)) throw new RangeError(`Not a batch id: ${request.batch}`);
      if (!isReportingYear(request.year)) throw new RangeError(notAReportingYearMessage(request.year));
      if (!/^https?:\/\//.test(request.redirectUrl))
        throw new RangeError('The redirect after an upload must be an absolute http(s) URL');
      // uploadKey checks the year and the country (two capitals): the prefix stays under <year>/<CC>/.
      const keyPrefix = uploadKey(request.year, request.country, `${request.batch}-`);
      const { url, fields } = await createPresignedPost(options.client, {
        Bucket: options.bucket,
        // The SDK signs a key ending in ${filename} as ["starts-with", "$key", keyPrefix].
        Key: `${keyPrefix}\${filename}`,
        Conditions: [['content-length-range', 1, maxBytes]],
        // Each field is signed as an exact-match condition: the redirect cannot be changed.
        Fields: { success_action_redirect: request.redirectUrl },
        Expires: expires,
      });
      return { url, fields, keyPrefix, maxBytes, expiresAt: new Date(now().getTime() + expires * 1000) };
    },
  };
}

export interface DownloadRequest {
  bucket: string;
  key: string;
  /** The name the browser saves the file under. */
  fileName: string;
  contentType?: string;
  expiresSeconds?: number;
}

/** A short-lived GET URL; the caller has checked that the person may read `key`. */
export async function presignDownload(client: S3Client, request: DownloadRequest): Promise<string> {
  const expiresIn = Math.min(
    request.expiresSeconds ?? defaultDownloadExpirySeconds,
    maxDownloadExpirySeconds,
  );
  return getSignedUrl(
    client,
    new GetObjectCommand({
      Bucket: request.bucket,
      Key: request.key,
      ResponseContentDisposition: contentDisposition(request.fileName),
      ...(request.contentType ? { ResponseContentType: request.contentType } : {}),
    }),
    { expiresIn },
  );
}

/** A file name safe as the last part of a key: no path, no control characters, not hidden. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).at(-1) ?? '';
  const cleaned = [...base]
    .filter((c) => c.charCodeAt(0) > 0x1f && c.charCodeAt(0) !== 0x7f)
    .join('')
    .trim()
    .replace(/^\.+/, '');
  if (!cleaned) throw new RangeError(`Not a file name: ${JSON.stringify(name)}`);
  return cleaned.slice(0, 200);
}

function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\w.-]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
