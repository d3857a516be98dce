import { once } from 'node:events';
import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { decodeJwt, decodeProtectedHeader, exportJWK, generateKeyPair, importJWK, SignJWT, type JWK, type JWTPayload } from 'jose';
import Provider from 'oidc-provider';

/** A person the provider knows; `sub` is the account id. */
export interface ProviderAccount {
  email: string;
  /** undefined: the provider sends no `email_verified` claim at all, as Entra ID does. */
  emailVerified: boolean | undefined;
  name: string;
}

/** Changes the ID token of the provider's next token responses (re-signed with the provider's own key). */
export type IdTokenTamper = (claims: JWTPayload) => JWTPayload;

export interface TestOidcProvider {
  /** The issuer Deskbook is configured with (the tampering proxy in front of the provider). */
  issuer: string;
  clientId: string;
  clientSecret: string;
  accounts: Map<string, ProviderAccount>;
  /** While set, every ID token the token endpoint returns passes through it. */
  tamper: IdTokenTamper | null;
  close: () => Promise<void>;
}

async function listen(server: Server): Promise<number> {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return (server.address() as AddressInfo).port;
}

const readBody = async (stream: IncomingMessage): Promise<Buffer> => {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
};

/**
 * A real OpenID Provider (the `oidc-provider` package, certified), started in-process on an ephemeral
 * loopback port, with one confidential client for Deskbook, an in-memory account store and its
 * built-in development login and consent pages.
 *
 * In front of it sits a small proxy, and the proxy's URL is the issuer: everything passes through
 * untouched, except that a test may set `tamper` to change the ID token of token responses (a wrong
 * audience, an expiry in the past) and re-sign it with the provider's own signing key. A provider does
 * not issue such tokens on purpose, yet a relying party must refuse them; the token still comes from
 * the issuer's real token endpoint, over the real protocol.
 */
export async function startOidcProvider(redirectUris: string[]): Promise<TestOidcProvider> {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const signingJwk: JWK = { ...(await exportJWK(privateKey)), kid: 'test-signing-key', alg: 'RS256', use: 'sig' };
  const accounts = new Map<string, ProviderAccount>();
  const clientId = 'deskbook';
  const clientSecret = 'deskbook-client-secret-for-tests-only';

  const proxy = createServer();
  const proxyPort = await listen(proxy);
  const issuer = `http://127.0.0.1:${proxyPort}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: redirectUris,
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    jwks: { keys: [signingJwk] },
    cookies: { keys: ['oidc-provider-test-cookie-key'] },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    features: { devInteractions: { enabled: true } },
    // Removing an account ends what the provider remembers of it: a removed person is asked to sign in again.
    findAccount: (_ctx, sub) => {
      const account = accounts.get(sub);
      if (!account) return undefined;
      return {
        accountId: sub,
        claims: () => ({
          sub,
          email: account.email,
          ...(account.emailVerified === undefined ? {} : { email_verified: account.emailVerified }),
          name: account.name,
        }),
      };
    },
  });
  if (process.env.OIDC_DEBUG) provider.on('server_error', (_ctx: unknown, err: unknown) => console.error(err));
  const handle = provider.callback();
  const providerServer = createServer((req, res) => void handle(req, res));
  const providerPort = await listen(providerServer);

  const state: TestOidcProvider = {
    issuer,
    clientId,
    clientSecret,
    accounts,
    tamper: null,
    close: async () => {
      proxy.closeAllConnections();
      providerServer.closeAllConnections();
      await Promise.all([new Promise((r) => proxy.close(r)), new Promise((r) => providerServer.close(r))]);
    },
  };

  const signingKey = await importJWK(signingJwk, 'RS256');
  const resign = async (idToken: string, tamper: IdTokenTamper): Promise<string> => {
    const header = decodeProtectedHeader(idToken);
    return new SignJWT(tamper(decodeJwt(idToken))).setProtectedHeader({ alg: 'RS256', kid: header.kid }).sign(signingKey);
  };

  proxy.on('request', (req, res) => {
    void (async () => {
      const body = await readBody(req);
      const upstream = httpRequest({ host: '127.0.0.1', port: providerPort, method: req.method, path: req.url, headers: req.headers });
      upstream.end(body);
      const [answer] = (await once(upstream, 'response')) as [IncomingMessage];
      let payload = await readBody(answer);
      const headers = { ...answer.headers };
      const tamper = state.tamper;
      if (tamper && req.method === 'POST' && req.url?.startsWith('/token') && answer.statusCode === 200) {
        const tokens = JSON.parse(payload.toString('utf8')) as { id_token?: string };
        if (tokens.id_token) tokens.id_token = await resign(tokens.id_token, tamper);
        payload = Buffer.from(JSON.stringify(tokens));
        headers['content-length'] = String(payload.length);
      }
      res.writeHead(answer.statusCode ?? 502, headers);
      res.end(payload);
    })().catch(() => {
      res.writeHead(502);
      res.end();
    });
  });
  return state;
}

/**
 * A browser at the provider: follows its redirects, keeps its cookies, and fills in the development
 * login and consent forms. Returns the URL the provider finally sends the browser to (Deskbook's
 * callback with `code` and `state`), or the page it stopped at.
 */
export async function signInAtProvider(
  authorizationUrl: string,
  accountId: string,
): Promise<{ callbackUrl: URL | null; lastPage: string }> {
  const cookies = new Map<string, string>();
  const origin = new URL(authorizationUrl).origin;
  let url = authorizationUrl;
  let method = 'GET';
  let form: URLSearchParams | null = null;
  for (let step = 0; step < 20; step++) {
    const res = await fetch(url, {
      method,
      redirect: 'manual',
      headers: {
        cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      body: form?.toString(),
    });
    for (const setCookie of res.headers.getSetCookie()) {
      const [pair] = setCookie.split(';');
      const [name, ...value] = (pair ?? '').split('=');
      if (name) cookies.set(name.trim(), value.join('='));
    }
    const location = res.headers.get('location');
    if (location) {
      const next = new URL(location, url);
      if (next.origin !== origin) return { callbackUrl: next, lastPage: '' };
      url = next.href;
      method = 'GET';
      form = null;
      continue;
    }
    const page = await res.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(page)?.[1];
    if (!action || res.status !== 200) return { callbackUrl: null, lastPage: page };
    form = new URLSearchParams();
    for (const [input] of page.matchAll(/<input[^>]*>/g)) {
      const name = /name="([^"]+)"/.exec(input)?.[1];
      if (name) form.set(name, /value="([^"]*)"/.exec(input)?.[1] ?? '');
    }
    if (form.has('login')) form.set('login', accountId);
    if (form.has('password')) form.set('password', 'any');
    url = new URL(action.replace(/&amp;/g, '&'), url).href;
    method = 'POST';
  }
  throw new Error('signInAtProvider: too many steps');
}
