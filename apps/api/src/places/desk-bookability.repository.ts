import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository, type EntityManager } from 'typeorm';
import { chunksOf } from '../common/collections.js';
import { DeskBookabilityChange } from './entities/desk-bookability-change.entity.js';
import type { Desk } from './entities/desk.entity.js';

/** When desks became bookable or not (desk_bookability_changes): written with the desk, read by analytics. */
@Injectable()
export class DeskBookabilityRepository {
  constructor(@InjectRepository(DeskBookabilityChange) private readonly changes: Repository<DeskBookabilityChange>) {}

  /** Records the desk's state as of `at`, in the caller's transaction (at creation, and when `bookable` changes). */
  async record(m: EntityManager, desk: Pick<Desk, 'id' | 'tenantId' | 'bookable'>, at: Date): Promise<void> {
    await m.upsert(DeskBookabilityChange, { deskId: desk.id, tenantId: desk.tenantId, changedAt: at, bookable: desk.bookable }, [
      'deskId',
      'changedAt',
    ]);
  }

  /** Every change of these desks, oldest first. */
  async historyOf(deskIds: readonly string[]): Promise<Pick<DeskBookabilityChange, 'deskId' | 'changedAt' | 'bookable'>[]> {
    const rows: Pick<DeskBookabilityChange, 'deskId' | 'changedAt' | 'bookable'>[] = [];
    for (const part of chunksOf([...deskIds], 1_000)) {
      rows.push(
        ...(await this.changes.find({
          where: { deskId: In(part) },
          select: { deskId: true, changedAt: true, bookable: true },
          order: { changedAt: 'ASC' },
        })),
      );
    }
    return rows;
  }
}
