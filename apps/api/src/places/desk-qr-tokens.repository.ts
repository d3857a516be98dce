import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository, type EntityManager } from 'typeorm';
import { chunksOf } from '../common/collections.js';
import { NotFoundError } from '../common/errors/domain-error.js';
import { currentTenantId } from '../common/tenancy/tenant-context.js';
import { DeskQrToken } from './entities/desk-qr-token.entity.js';
import type { Desk } from './entities/desk.entity.js';
import type { Floor } from './entities/floor.entity.js';
import type { Location } from './entities/location.entity.js';
import { newQrToken, QR_TOKEN_SHAPE } from './qr-token.js';

/** A scanned desk with the floor and location it is on. */
export interface ScannedDesk {
  desk: Desk;
  floor: Pick<Floor, 'id' | 'name'>;
  location: Pick<Location, 'id' | 'name' | 'timezone' | 'openingHours'>;
}

type TenantDesk = Pick<Desk, 'id' | 'tenantId'>;

/** The desks' QR tokens (desk_qr_tokens): issued with each desk, printed on sheets, replaced per floor. */
@Injectable()
export class DeskQrTokensRepository {
  constructor(@InjectRepository(DeskQrToken) private readonly tokens: Repository<DeskQrToken>) {}

  /** Gives a new desk its token, in the caller's transaction. */
  async issue(m: EntityManager, desk: TenantDesk, now = new Date()): Promise<string> {
    const token = newQrToken();
    await m.insert(DeskQrToken, { deskId: desk.id, tenantId: desk.tenantId, token, createdAt: now });
    return token;
  }

  /** The tokens of these desks, by desk id (a desk without one is missing from the map). */
  async ofDesks(deskIds: readonly string[]): Promise<Map<string, string>> {
    const byDesk = new Map<string, string>();
    for (const part of chunksOf([...deskIds], 500)) {
      const rows = await this.tokens.find({ where: { deskId: In(part) }, select: { deskId: true, token: true } });
      for (const row of rows) byDesk.set(row.deskId, row.token);
    }
    return byDesk;
  }

  /** Replaces every token of these desks (a floor's) in the caller's transaction; returns how many. */
  async replace(m: EntityManager, desks: readonly TenantDesk[], now = new Date()): Promise<number> {
    for (const desk of desks) {
      await m.delete(DeskQrToken, { deskId: desk.id, tenantId: desk.tenantId });
      await this.issue(m, desk, now);
    }
    return desks.length;
  }

  /**
   * The caller's tenant's desk with this token, its floor and location. Unknown tokens and tokens of
   * another tenant are the same 404.
   */
  async scan(token: string): Promise<ScannedDesk> {
    if (!QR_TOKEN_SHAPE.test(token)) throw new NotFoundError('Desk');
    const row = await this.tokens
      .createQueryBuilder('t')
      .innerJoinAndSelect('t.desk', 'd')
      .innerJoin('d.floor', 'f')
      .innerJoin('f.location', 'l')
      // Partial selection: the floor's plan columns are not needed.
      .addSelect(['f.id', 'f.name', 'l.id', 'l.name', 'l.timezone', 'l.openingHours'])
      .where('t.token = :token AND t.tenantId = :tenantId', { token, tenantId: currentTenantId() })
      .getOne();
    const desk = row?.desk;
    const floor = desk?.floor;
    const location = floor?.location;
    if (!desk || !floor || !location) throw new NotFoundError('Desk');
    return { desk, floor: { id: floor.id, name: floor.name }, location };
  }
}
