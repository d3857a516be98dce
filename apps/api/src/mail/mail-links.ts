import type { Request } from 'express';
import type { AppConfig } from '../config/config.js';
import { publicOrigin } from '../common/http/public-origin.js';

/**
 * An absolute link into the web app for a message: PUBLIC_URL, else the origin of the request that
 * caused the message, else (a job, no request) this instance on localhost. Set PUBLIC_URL in
 * production: mail read on another device needs the public address.
 */
export function mailLink(
  config: Pick<AppConfig, 'publicUrl' | 'port'>,
  req: Pick<Request, 'protocol' | 'get'> | null,
  path: string,
): string {
  const origin = req ? publicOrigin(config, req) : (config.publicUrl ?? `http://localhost:${config.port}`);
  return `${origin}${path.startsWith('/') ? path : `/${path}`}`;
}
