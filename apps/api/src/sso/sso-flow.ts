import type { FlowCookie } from '../auth/flow-cookie.js';
import type { SecretSealer } from '../auth/secret-sealer.service.js';
import type { AuthorizationChecks } from './oidc-client.js';

/** What the browser carries from /auth/sso/:slug/login to /auth/sso/callback (sealed). */
export interface SsoFlow extends AuthorizationChecks {
  tenantId: string;
}

const isText = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= 200;

export function ssoFlowCookie(sealer: SecretSealer): FlowCookie<SsoFlow> {
  return {
    name: 'deskbook_sso',
    path: '/api/auth/sso',
    // Long enough to type a password and approve a push at the provider; short enough to be useless later.
    maxAgeMs: 10 * 60_000,
    sealer,
    parse: (value) => {
      const flow = value as Partial<SsoFlow> | null;
      return flow && isText(flow.tenantId) && isText(flow.state) && isText(flow.nonce) && isText(flow.codeVerifier)
        ? { tenantId: flow.tenantId, state: flow.state, nonce: flow.nonce, codeVerifier: flow.codeVerifier }
        : null;
    },
  };
}
