/**
 * Small HTTP helpers of the portal: forms (urlencoded and multipart), cookies, safe file
 * names, and the security headers every response carries.
 */

import { AllianceError } from '../core/errors.js';
import type { PortalResponse } from './types.js';

export class RequestError extends AllianceError {
  constructor(
    code: string,
    readonly status: number,
    message: string,
  ) {
    super('RequestError', code, message);
  }
}

export function parseCookieHeader(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    const name = part.slice(0, eq).trim();
    if (name && !(name in out)) out[name] = part.slice(eq + 1).trim();
  }
  return out;
}

export function parseUrlEncoded(body: Uint8Array): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of new URLSearchParams(Buffer.from(body).toString('utf8'))) out[k] ??= v;
  return out;
}

export interface MultipartPart {
  name: string;
  fileName?: string;
  contentType?: string;
  data: Uint8Array;
}

/** Parses a multipart/form-data body (RFC 7578); throws RequestError on a malformed one. */
export function parseMultipart(body: Uint8Array, contentType: string | undefined): MultipartPart[] {
  const match = contentType?.match(/boundary=(?:"([^"]+)"|([^;]+))/i);
  const boundary = match?.[1] ?? match?.[2]?.trim();
  if (!contentType?.toLowerCase().startsWith('multipart/form-data') || !boundary)
    throw new RequestError('BAD_FORM', 400, 'The form was not sent as multipart/form-data.');
  const buf = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  const delimiter = Buffer.from(`--${boundary}`);
  const parts: MultipartPart[] = [];
  let pos = buf.indexOf(delimiter);
  if (pos < 0) throw new RequestError('BAD_FORM', 400, 'The form could not be read.');
  while (true) {
    pos += delimiter.length;
    if (buf.subarray(pos, pos + 2).toString() === '--') break;
    if (buf.subarray(pos, pos + 2).toString() === '\r\n') pos += 2;
    const headerEnd = buf.indexOf('\r\n\r\n', pos);
    if (headerEnd < 0) throw new RequestError('BAD_FORM', 400, 'The form could not be read.');
    const headers = buf.subarray(pos, headerEnd).toString('utf8');
    const next = buf.indexOf(Buffer.from(`\r\n--${boundary}`), headerEnd + 4);
    if (next < 0) throw new RequestError('BAD_FORM', 400, 'The form could not be read.');
    const disposition = headers.match(/content-disposition:\s*form-data;([^\r\n]*)/i)?.[1] ?? '';
    const name = disposition.match(/\bname="([^"]*)"/i)?.[1];
    const fileName = disposition.match(/\bfilename="([^"]*)"/i)?.[1];
    const type = headers.match(/content-type:\s*([^\r\n]+)/i)?.[1]?.trim();
    if (name !== undefined) {
      const part: MultipartPart = { name, data: new Uint8Array(buf.subarray(headerEnd + 4, next)) };
      if (fileName !== undefined) part.fileName = fileName;
      if (type !== undefined) part.contentType = type;
      parts.push(part);
    }
    pos = next + 2;
  }
  return parts;
}

/**
 * A file name safe to keep as the last part of a key and to show: the base name only,
 * letters, digits, dot, dash, underscore; no leading dot; at most 100 characters.
 */
export function sanitizeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = base
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\w.-]+/g, '_')
    .replace(/_+/g, '_')
    .replace(/^[._-]+/, '')
    .slice(-100);
  return cleaned || 'upload';
}

export const PAGE_CSP =
  "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
/** The reports are self-contained HTML (inline CSS and SVG): styles inline, still no script. */
export const REPORT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

export function securityHeaders(csp: string = PAGE_CSP): Record<string, string> {
  return {
    'content-security-policy': csp,
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
  };
}

export function redirect(location: string, cookies?: string[]): PortalResponse {
  const response: PortalResponse = {
    status: 303,
    headers: { ...securityHeaders(), location },
    body: '',
  };
  if (cookies?.length) response.cookies = cookies;
  return response;
}

export function textResponse(status: number, text: string, cookies?: string[]): PortalResponse {
  const response: PortalResponse = {
    status,
    headers: { ...securityHeaders(), 'content-type': 'text/plain; charset=utf-8' },
    body: text,
  };
  if (cookies?.length) response.cookies = cookies;
  return response;
}

export function fileResponse(
  bytes: Uint8Array,
  contentType: string,
  fileName: string,
  disposition: 'attachment' | 'inline' = 'attachment',
): PortalResponse {
  const csp = contentType.startsWith('text/html') ? REPORT_CSP : PAGE_CSP;
  return {
    status: 200,
    headers: {
      ...securityHeaders(csp),
      'content-type': contentType,
      'content-disposition': `${disposition}; filename="${sanitizeFileName(fileName)}"`,
    },
    body: bytes,
  };
}

export function contentTypeOf(fileName: string): string {
  const ext = fileName.toLowerCase().split('.').pop();
  switch (ext) {
    case 'pdf':
      return 'application/pdf';
    case 'html':
      return 'text/html; charset=utf-8';
    case 'json':
      return 'application/json';
    case 'csv':
      return 'text/csv; charset=utf-8';
    case 'xlsx':
      return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    case 'ods':
      return 'application/vnd.oasis.opendocument.spreadsheet';
    default:
      return 'application/octet-stream';
  }
}
