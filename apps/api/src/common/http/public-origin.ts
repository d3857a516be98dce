import type { Request } from 'express';
import type { AppConfig } from '../../config/config.js';

/**
 * The origin people reach Deskbook at, for links that leave the browser (calendar feeds, printed QR
 * codes). PUBLIC_URL when set; otherwise the request's own origin, which behind a proxy is right only
 * with TRUST_PROXY=true (Express then reads X-Forwarded-Proto and -Host).
 */
export function publicOrigin(config: Pick<AppConfig, 'publicUrl'>, request: Pick<Request, 'protocol' | 'get'>): string {
  if (config.publicUrl) return config.publicUrl;
  return `${request.protocol}://${request.get('host') ?? 'localhost'}`;
}
