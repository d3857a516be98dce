import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { PreparedSelect } from '../database/prepared-select.js';
import { Consent } from './entities/consent.entity.js';

/** What the gate needs on every booking request: the current version and whether the caller accepted it. */
export interface GateRow {
  currentVersionId: string;
  /** The caller's active (not withdrawn) consent to the current version; null when there is none. */
  consentId: string | null;
}

/** A consent with the number of the version it accepted. */
export type ConsentWithVersion = Consent & { version: number };

/** Every query of the consents table. Versions are read through the relation, never as another feature's entity. */
@Injectable()
export class ConsentsRepository {
  /**
   * The gate's one query, built once (PreparedSelect): the tenant's newest version (the unique index
   * on tenantId, version) and the caller's active consent to it (IDX_consents_user: tenantId, userId).
   */
  private readonly gate: PreparedSelect<GateRow>;

  constructor(@InjectRepository(Consent) private readonly consents: Repository<Consent>) {
    // The versions are privacy-notices' entity: reached through the relation's metadata, not imported.
    const versions = consents.metadata.findRelationWithPropertyPath('noticeVersion')!.inverseEntityMetadata.target;
    const query = consents.manager
      .createQueryBuilder()
      .from(versions, 'v')
      .leftJoin(Consent, 'c', 'c.tenantId = v.tenantId AND c.userId = :userId AND c.noticeVersionId = v.id AND c.withdrawnAt IS NULL')
      .where('v.tenantId = :tenantId')
      .orderBy('v.version', 'DESC')
      .limit(1);
    this.gate = new PreparedSelect<GateRow>(query, { currentVersionId: 'v.id', consentId: 'c.id' });
  }

  /** The current version and the caller's consent to it; null while the tenant has no notice. */
  async gateState(tenantId: string, userId: string): Promise<GateRow | null> {
    const [row] = await this.gate.run({ tenantId, userId });
    return row ?? null;
  }

  /** The person's active consent to this version (in the caller's transaction). */
  activeFor(m: EntityManager, tenantId: string, userId: string, noticeVersionId: string): Promise<Consent | null> {
    return m.findOneBy(Consent, { tenantId, userId, noticeVersionId, withdrawnAt: IsNull() });
  }

  async insert(m: EntityManager, consent: Consent): Promise<void> {
    await m.insert(Consent, consent);
  }

  /** Withdraws every active consent of the person; how many there were. */
  async withdrawAll(m: EntityManager, tenantId: string, userId: string, at: Date): Promise<number> {
    const result = await m.update(Consent, { tenantId, userId, withdrawnAt: IsNull() }, { withdrawnAt: at });
    return result.affected ?? 0;
  }

  /** The person's newest active consent by version number (it may be older than the current version). */
  async newestActive(tenantId: string, userId: string): Promise<ConsentWithVersion | null> {
    const query = withVersion(this.consents.manager)
      .where('c.tenantId = :tenantId AND c.userId = :userId AND c.withdrawnAt IS NULL', { tenantId, userId })
      .orderBy('v.version', 'DESC')
      .limit(1);
    const [row] = await versioned(query);
    return row ?? null;
  }

  /** Every consent of the person (their export), oldest first. */
  ofPerson(m: EntityManager, tenantId: string, userId: string): Promise<ConsentWithVersion[]> {
    return versioned(
      withVersion(m).where('c.tenantId = :tenantId AND c.userId = :userId', { tenantId, userId }).orderBy('c.acceptedAt', 'ASC'),
    );
  }

  /** Every consent of the tenant (the tenant export), oldest first. */
  ofTenant(tenantId: string): Promise<ConsentWithVersion[]> {
    return versioned(
      withVersion(this.consents.manager)
        .where('c.tenantId = :tenantId', { tenantId })
        .orderBy('c.acceptedAt', 'ASC')
        .addOrderBy('c.id', 'ASC'),
    );
  }

  /** The records of one version (the report), oldest first; erased people's rows have userId null. */
  ofVersion(tenantId: string, noticeVersionId: string): Promise<Consent[]> {
    return this.consents.find({ where: { tenantId, noticeVersionId }, order: { acceptedAt: 'ASC', id: 'ASC' } });
  }

  /** Per version id of the tenant: people who accepted it and have not withdrawn. */
  async acceptedPerVersion(tenantId: string): Promise<Map<string, number>> {
    const rows = await this.consents
      .createQueryBuilder('c')
      .select('c.noticeVersionId', 'noticeVersionId')
      .addSelect('COUNT(*)', 'accepted')
      .where('c.tenantId = :tenantId AND c.withdrawnAt IS NULL', { tenantId })
      .groupBy('c.noticeVersionId')
      .getRawMany<{ noticeVersionId: string; accepted: string | number }>();
    return new Map(rows.map((r) => [r.noticeVersionId, Number(r.accepted)]));
  }

  /** Erasure: the records keep version, language and times and lose the person, so counts stay right. */
  async forgetPerson(m: EntityManager, tenantId: string, userId: string): Promise<number> {
    const result = await m.update(Consent, { tenantId, userId }, { userId: null });
    return result.affected ?? 0;
  }
}

/** Consents joined to their version (through the entity's relation: the version is privacy-notices' entity). */
const withVersion = (m: EntityManager) =>
  m.createQueryBuilder(Consent, 'c').innerJoin('c.noticeVersion', 'v').addSelect('v.version', 'version');

/** The rows with their version's number (one version per consent, so raw and entities pair up by index). */
async function versioned(query: SelectQueryBuilder<Consent>): Promise<ConsentWithVersion[]> {
  const { entities, raw } = await query.getRawAndEntities<{ version: number | string }>();
  return entities.map((consent, i) => ({ ...consent, version: Number(raw[i]?.version) }));
}
