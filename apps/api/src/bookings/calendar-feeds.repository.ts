import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository, type EntityManager } from 'typeorm';
import { CalendarFeed } from './entities/calendar-feed.entity.js';

/** The person behind a feed token, with what the feed needs of them. */
export interface FeedOwner {
  userId: string;
  tenantId: string;
  locale: string;
}

@Injectable()
export class CalendarFeedsRepository {
  constructor(@InjectRepository(CalendarFeed) private readonly feeds: Repository<CalendarFeed>) {}

  /** The feed's person by the token's hash, with their language, in one query (the unique hash index). */
  async ownerOf(tokenHash: string): Promise<FeedOwner | null> {
    const row = await this.feeds
      .createQueryBuilder('f')
      .innerJoin('f.user', 'u')
      .select('f.userId', 'userId')
      .addSelect('f.tenantId', 'tenantId')
      .addSelect('u.locale', 'locale')
      .where('f.tokenHash = :tokenHash', { tokenHash })
      // The person's own tenant: a row can only point there, the condition keeps it so.
      .andWhere('u.tenantId = f.tenantId')
      .getRawOne<FeedOwner>();
    return row ?? null;
  }

  ofPerson(tenantId: string, userId: string, m?: EntityManager): Promise<CalendarFeed | null> {
    return (m ?? this.feeds.manager).findOneBy(CalendarFeed, { tenantId, userId });
  }

  /** The person's one feed, replacing any earlier one (whose token stops working with this commit). */
  async replace(m: EntityManager, feed: CalendarFeed): Promise<void> {
    await m.delete(CalendarFeed, { tenantId: feed.tenantId, userId: feed.userId });
    await m.insert(CalendarFeed, feed);
  }

  /** Whether there was a feed to remove. */
  async remove(m: EntityManager, tenantId: string, userId: string): Promise<boolean> {
    return ((await m.delete(CalendarFeed, { tenantId, userId })).affected ?? 0) > 0;
  }
}
