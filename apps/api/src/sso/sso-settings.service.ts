import { Inject, Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import { SecretSealer } from '../auth/secret-sealer.service.js';
import type { Principal } from '../common/context/request-context.js';
import { DomainError, ValidationFailedError, type FieldError } from '../common/errors/domain-error.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import { isUniqueViolation } from '../database/unique-violation.js';
import type { UpdateSsoSettingsDto } from './dto/sso.dto.js';
import { SsoConnection } from './entities/sso-connection.entity.js';
import { checkIssuerUrl } from './issuer-url.js';
import { discover } from './oidc-client.js';
import { normalizeDomains } from './sso-domains.js';
import { SsoRepository } from './sso.repository.js';

export class SsoDomainTakenError extends DomainError {
  constructor(domains: string[]) {
    super(409, 'SSO_DOMAIN_TAKEN', 'Another organization already signs in people of this domain with single sign-on', { domains });
  }
}

export class SsoIssuerUnreachableError extends DomainError {
  constructor() {
    super(400, 'SSO_ISSUER_UNREACHABLE', "Deskbook could not read the provider's OpenID configuration at this issuer");
  }
}

/** The connection as its settings show it (no secret), or the defaults of a tenant without one. */
export interface SsoSettings {
  enabled: boolean;
  issuer: string;
  clientId: string;
  hasClientSecret: boolean;
  domains: string[];
  defaultRole: SsoConnection['defaultRole'];
  ssoOnly: boolean;
}

/** The tenant admin's side of single sign-on: reading and changing the connection. */
@Injectable()
export class SsoSettingsService {
  private readonly secrets: SecretSealer;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly sso: SsoRepository,
    private readonly tx: TransactionRunner,
    private readonly audit: AuditService,
  ) {
    this.secrets = new SecretSealer(config.appSecret, 'sso-client-secrets');
  }

  async get(tenantId: string): Promise<SsoSettings> {
    const connection = await this.sso.connectionOf(tenantId);
    const domains = await this.sso.domainsOf(tenantId);
    if (!connection)
      return { enabled: false, issuer: '', clientId: '', hasClientSecret: false, domains, defaultRole: 'employee', ssoOnly: false };
    return {
      enabled: connection.enabled,
      issuer: connection.issuer,
      clientId: connection.clientId,
      hasClientSecret: connection.clientSecretSealed !== null,
      domains,
      defaultRole: connection.defaultRole,
      ssoOnly: connection.ssoOnly,
    };
  }

  /** The stored client secret, opened for the sign-in flow. */
  clientSecretOf(connection: SsoConnection): string | null {
    return connection.clientSecretSealed ? this.secrets.open(connection.clientSecretSealed) : null;
  }

  async update(actor: Principal, dto: UpdateSsoSettingsDto): Promise<SsoSettings> {
    const { tenantId } = actor;
    const { domains, invalid } = normalizeDomains(dto.domains);
    const issuer = dto.issuer.trim().replace(/\/+$/, '');
    const clientId = dto.clientId.trim();
    this.assertValid(dto, issuer, clientId, domains, invalid);
    const taken = await this.sso.domainsTakenByOthers(tenantId, domains);
    if (taken.length > 0) throw new SsoDomainTakenError(taken);
    const existing = await this.sso.connectionOf(tenantId);
    const newSecret = dto.clientSecret?.trim() ? dto.clientSecret.trim() : null;
    const clientSecretSealed = newSecret ? this.secrets.seal(newSecret) : (existing?.clientSecretSealed ?? null);
    // Only a connection that will be used is checked against its provider: an admin may save a draft.
    if (dto.enabled) await this.assertDiscoverable(issuer, clientId, newSecret ?? (existing ? this.clientSecretOf(existing) : null));
    const connection = Object.assign(new SsoConnection(), {
      tenantId,
      enabled: dto.enabled,
      issuer,
      clientId,
      clientSecretSealed,
      defaultRole: dto.defaultRole,
      ssoOnly: dto.ssoOnly,
      updatedAt: new Date(),
    });
    try {
      await this.tx.run(async (m) => {
        await this.sso.saveConnection(m, connection, domains);
        await this.audit.record(m, {
          tenantId,
          actorUserId: actor.userId,
          action: 'sso.configured',
          targetType: 'tenant',
          targetId: tenantId,
          // Never the secret: only whether it changed.
          details: {
            enabled: dto.enabled,
            issuer,
            domains,
            defaultRole: dto.defaultRole,
            ssoOnly: dto.ssoOnly,
            clientSecretChanged: newSecret !== null,
          },
        });
      });
    } catch (err) {
      // Another tenant took a domain between the check and the insert: the primary key decides.
      if (isUniqueViolation(err)) throw new SsoDomainTakenError(await this.sso.domainsTakenByOthers(tenantId, domains));
      throw err;
    }
    return this.get(tenantId);
  }

  private assertValid(dto: UpdateSsoSettingsDto, issuer: string, clientId: string, domains: string[], invalid: string[]): void {
    const errors: FieldError[] = [];
    if (invalid.length > 0) errors.push({ field: 'domains', messages: invalid.map((text) => `"${text}" is not a domain name`) });
    else if (dto.enabled && domains.length === 0) errors.push({ field: 'domains', messages: ['At least one domain is required'] });
    const issuerVerdict = checkIssuerUrl(issuer);
    if ((dto.enabled || issuer !== '') && !issuerVerdict.ok) errors.push({ field: 'issuer', messages: [issuerVerdict.reason] });
    if (dto.enabled && clientId === '') errors.push({ field: 'clientId', messages: ['clientId is required'] });
    if (errors.length > 0) throw new ValidationFailedError(errors);
  }

  private async assertDiscoverable(issuer: string, clientId: string, clientSecret: string | null): Promise<void> {
    try {
      await discover({ issuer, clientId, clientSecret });
    } catch {
      throw new SsoIssuerUnreachableError();
    }
  }
}
