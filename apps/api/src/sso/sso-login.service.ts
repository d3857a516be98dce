import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { SignInAuditService } from '../audit/sign-in-audit.service.js';
import type { AuthResult } from '../auth/auth.service.js';
import { SecretSealer } from '../auth/secret-sealer.service.js';
import { SessionsService } from '../auth/sessions.service.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import { isUniqueViolation } from '../database/unique-violation.js';
import { TenantsRepository } from '../tenants/tenants.repository.js';
import { AccountsRepository } from '../users/accounts.repository.js';
import type { User } from '../users/entities/user.entity.js';
import { resolveAccount, type Resolution } from './account-resolution.js';
import { SsoConnection } from './entities/sso-connection.entity.js';
import { SsoLink } from './entities/sso-link.entity.js';
import { authorizationUrl, discover, redeemCode, type VerifiedIdentity } from './oidc-client.js';
import { ssoFailed, ssoRefused, ssoStateInvalid } from './sso-errors.js';
import { ssoFlowCookie, type SsoFlow } from './sso-flow.js';
import { domainOfEmail } from './sso-domains.js';
import { ssoLoginPath } from './sso-password-policy.service.js';
import { SsoSettingsService } from './sso-settings.service.js';
import { SsoRepository } from './sso.repository.js';

/** The person's side of single sign-on: where to sign in, the way out to the provider and back. */
@Injectable()
export class SsoLoginService {
  readonly flowCookie;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly sso: SsoRepository,
    private readonly settings: SsoSettingsService,
    private readonly tenants: TenantsRepository,
    private readonly accounts: AccountsRepository,
    private readonly sessions: SessionsService,
    private readonly signIns: SignInAuditService,
    private readonly audit: AuditService,
    private readonly tx: TransactionRunner,
  ) {
    this.flowCookie = ssoFlowCookie(new SecretSealer(config.appSecret, 'auth-flows'));
  }

  /** The sign-in URL when the address's domain belongs to a tenant with single sign-on turned on. */
  async discover(email: string): Promise<string | null> {
    const domain = domainOfEmail(email);
    const tenantId = domain && (await this.sso.enabledTenantForDomain(domain));
    if (!tenantId) return null;
    const tenant = await this.tenants.getById(tenantId);
    return ssoLoginPath(tenant.slug, email.trim());
  }

  /** Where to send the browser, and the checks the callback needs (for the flow cookie). */
  async start(tenantSlug: string, redirectUri: string, loginHint: string | undefined): Promise<{ url: URL; flow: SsoFlow }> {
    const tenant = await this.tenants.findBySlug(tenantSlug);
    const connection = tenant && (await this.enabledConnection(tenant.id));
    if (!connection) throw ssoFailed();
    const { url, checks } = await authorizationUrl(await this.discoverFor(connection), redirectUri, loginHint);
    return { url, flow: { tenantId: connection.tenantId, ...checks } };
  }

  /** Redeems the code the provider sent back and signs the person in; throws why not. */
  async finish(flow: SsoFlow, callbackUrl: URL, userAgent: string | undefined): Promise<AuthResult> {
    // Checked here as well as by openid-client, so a wrong state is told apart from a failed exchange.
    if (callbackUrl.searchParams.get('state') !== flow.state) throw ssoStateInvalid();
    const connection = await this.enabledConnection(flow.tenantId);
    if (!connection) throw ssoFailed();
    const identity = await redeemCode(await this.discoverFor(connection), callbackUrl, flow);
    const domains = await this.sso.domainsOf(connection.tenantId);
    try {
      return await this.tx.run(async (m) => {
        const user = await this.resolveUser(m, connection, identity, domains);
        await this.signIns.recordSuccess(m, user, { twoFactor: false });
        const issued = await this.sessions.issue(user, userAgent, m, 'sso');
        return { ...issued, user, tenant: await this.tenants.getById(user.tenantId, m) };
      });
    } catch (err) {
      // The address or the subject got an account meanwhile, elsewhere: the unique indexes decide.
      if (isUniqueViolation(err)) throw ssoRefused('ACCOUNT_EXISTS');
      throw err;
    }
  }

  private async resolveUser(m: EntityManager, connection: SsoConnection, identity: VerifiedIdentity, domains: string[]): Promise<User> {
    const { tenantId } = connection;
    const link = await this.sso.findLink(m, identity.issuer, identity.subject);
    const tenantUser = identity.email ? await this.accounts.findInTenantByEmail(m, tenantId, identity.email) : null;
    const emailDomain = identity.email ? domainOfEmail(identity.email) : null;
    const resolution: Resolution = resolveAccount(identity, {
      linkedUserId: link?.tenantId === tenantId ? link.userId : null,
      tenantUserId: tenantUser?.id ?? null,
      accountExists: identity.email ? await this.accounts.accountExists(identity.email) : false,
      domainAllowed: emailDomain !== null && domains.includes(emailDomain),
    });
    const now = new Date();
    switch (resolution.kind) {
      case 'refuse':
        throw ssoRefused(resolution.code);
      case 'linked':
        await this.sso.touchLink(m, link!.id, now);
        await this.recordSsoLogin(m, tenantId, resolution.userId, 'linked');
        return this.accounts.getInTenant(resolution.userId, tenantId);
      case 'link': {
        const user = tenantUser!;
        if (user.accountEmail === null) await this.accounts.activateWithoutPassword(m, user, now);
        await this.sso.addLink(m, this.newLink(connection, identity, user.id, now));
        await this.recordSsoLogin(m, tenantId, user.id, 'linked_by_email');
        return user;
      }
      case 'create': {
        const user = await this.accounts.create(m, {
          id: randomUUID(),
          tenantId,
          email: identity.email!,
          displayName: displayNameOf(identity),
          role: connection.defaultRole,
          passwordHash: null,
          locale: 'en',
          createdAt: now,
        });
        await this.sso.addLink(m, this.newLink(connection, identity, user.id, now));
        await this.audit.record(m, {
          tenantId,
          actorUserId: user.id,
          action: 'user.created_jit',
          targetType: 'user',
          targetId: user.id,
          details: { role: user.role },
        });
        await this.recordSsoLogin(m, tenantId, user.id, 'created');
        return user;
      }
    }
  }

  private newLink(connection: SsoConnection, identity: VerifiedIdentity, userId: string, now: Date): SsoLink {
    return Object.assign(new SsoLink(), {
      id: randomUUID(),
      tenantId: connection.tenantId,
      userId,
      issuer: identity.issuer,
      subject: identity.subject,
      createdAt: now,
      lastLoginAt: now,
    });
  }

  private recordSsoLogin(
    m: EntityManager,
    tenantId: string,
    userId: string,
    account: 'linked' | 'linked_by_email' | 'created',
  ): Promise<void> {
    return this.audit.record(m, {
      tenantId,
      actorUserId: userId,
      action: 'auth.sso_login',
      targetType: 'user',
      targetId: userId,
      details: { account },
    });
  }

  private async enabledConnection(tenantId: string): Promise<SsoConnection | null> {
    const connection = await this.sso.connectionOf(tenantId);
    return connection?.enabled ? connection : null;
  }

  private discoverFor(connection: SsoConnection) {
    return discover({ issuer: connection.issuer, clientId: connection.clientId, clientSecret: this.settings.clientSecretOf(connection) });
  }
}

/** The provider's name claim, else the address's local part: the person can change it on their profile. */
function displayNameOf(identity: VerifiedIdentity): string {
  const name = identity.name?.trim() || identity.email!.slice(0, identity.email!.lastIndexOf('@'));
  return name.slice(0, 120);
}
