import { describe, expect, it } from 'vitest';
import { NoticeAcceptance } from '../privacy-notices/notice-acceptance.service.js';
import type { UsersRepository } from '../users/users.repository.js';
import type { ConsentsRepository } from './consents.repository.js';
import { ConsentsService } from './consents.service.js';

describe('ConsentsService', () => {
  it("registers its counts for the notices' version list: accepted per version, members in all", async () => {
    const consents = { acceptedPerVersion: (tenantId: string) => Promise.resolve(new Map([[`${tenantId}-v1`, 3]])) };
    const users = { countMembers: (tenantId: string) => Promise.resolve(tenantId === 't1' ? 7 : 0) };
    const acceptance = new NoticeAcceptance();
    const service = new (
      ConsentsService as unknown as new (
        consents: Pick<ConsentsRepository, 'acceptedPerVersion'>,
        notices: null,
        users: Pick<UsersRepository, 'countMembers'>,
        acceptance: NoticeAcceptance,
      ) => ConsentsService
    )(consents, null, users, acceptance);
    expect(await acceptance.counts('t1')).toEqual({ accepted: new Map(), total: 0 });
    service.onModuleInit();
    expect(await acceptance.counts('t1')).toEqual({ accepted: new Map([['t1-v1', 3]]), total: 7 });
  });
});
