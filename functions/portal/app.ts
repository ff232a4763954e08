/**
 * The portal app: routes a PortalRequest to its page or action. Knows nothing of HTTP
 * servers or Lambda; everything it touches comes in through PortalDeps.
 */
import type { PortalDeps, PortalRequest, PortalResponse } from './types.js';

/** Answers one portal request. Never throws: faults become a plain 500 page. */
export async function handlePortalRequest(req: PortalRequest, deps: PortalDeps): Promise<PortalResponse> {
  void deps;
  if (req.method === 'GET' && req.path === '/healthz') {
    return { status: 200, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: 'ok\n' };
  }
  return { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: 'Not found\n' };
}
