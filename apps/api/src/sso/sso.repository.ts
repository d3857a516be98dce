import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Not, Repository, type EntityManager } from 'typeorm';
import { SsoConnection } from './entities/sso-connection.entity.js';
import { SsoDomain } from './entities/sso-domain.entity.js';
import { SsoLink } from './entities/sso-link.entity.js';

/** The SSO tables: connections and their domains by tenant, links by (issuer, subject). Callers pass the tenant they checked. */
@Injectable()
export class SsoRepository {
  constructor(
    @InjectRepository(SsoConnection) private readonly connections: Repository<SsoConnection>,
    @InjectRepository(SsoDomain) private readonly domains: Repository<SsoDomain>,
  ) {}

  connectionOf(tenantId: string, m?: EntityManager): Promise<SsoConnection | null> {
    return (m?.getRepository(SsoConnection) ?? this.connections).findOneBy({ tenantId });
  }

  async domainsOf(tenantId: string, m?: EntityManager): Promise<string[]> {
    const rows = await (m?.getRepository(SsoDomain) ?? this.domains).find({ where: { tenantId }, order: { domain: 'ASC' } });
    return rows.map((row) => row.domain);
  }

  /** The tenant whose enabled connection claims this domain. */
  async enabledTenantForDomain(domain: string): Promise<string | null> {
    const row = await this.domains
      .createQueryBuilder('d')
      .innerJoin(SsoConnection, 'c', 'c.tenantId = d.tenantId')
      .where('d.domain = :domain', { domain })
      .andWhere('c.enabled = :enabled', { enabled: true })
      .select('d.tenantId', 'tenantId')
      .getRawOne<{ tenantId: string }>();
    return row?.tenantId ?? null;
  }

  /** Which of these domains other tenants have. */
  async domainsTakenByOthers(tenantId: string, domains: readonly string[]): Promise<string[]> {
    if (domains.length === 0) return [];
    const rows = await this.domains.find({ where: { domain: In([...domains]), tenantId: Not(tenantId) } });
    return rows.map((row) => row.domain);
  }

  async saveConnection(m: EntityManager, connection: SsoConnection, domains: readonly string[]): Promise<void> {
    await m.save(SsoConnection, connection);
    await m.delete(SsoDomain, { tenantId: connection.tenantId });
    if (domains.length > 0)
      await m.insert(
        SsoDomain,
        domains.map((domain) => ({ domain, tenantId: connection.tenantId })),
      );
  }

  findLink(m: EntityManager, issuer: string, subject: string): Promise<SsoLink | null> {
    return m.findOneBy(SsoLink, { issuer, subject });
  }

  async addLink(m: EntityManager, link: SsoLink): Promise<void> {
    await m.insert(SsoLink, link);
  }

  async touchLink(m: EntityManager, id: string, at: Date): Promise<void> {
    await m.update(SsoLink, { id }, { lastLoginAt: at });
  }

  linksOf(m: EntityManager, tenantId: string, userId: string): Promise<SsoLink[]> {
    return m.find(SsoLink, { where: { tenantId, userId }, order: { createdAt: 'ASC' } });
  }

  async deleteLinksOf(m: EntityManager, tenantId: string, userId: string): Promise<void> {
    await m.delete(SsoLink, { tenantId, userId });
  }
}
