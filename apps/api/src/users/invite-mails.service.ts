import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Mailer, type QueuedMail } from '../mail/mailer.service.js';
import { mailLocale } from '../mail/templates/compose.js';
import { TenantsRepository } from '../tenants/tenants.repository.js';
import type { User } from './entities/user.entity.js';

/** Absolute links into the web app for a mail caused by this request (mailLink with its origin). */
export type LinkTo = (path: string) => string;

/** The web app's page for accepting: the token travels in the fragment, never sent to a server. */
export const acceptInvitePath = (token: string): string => `/accept-invite#${encodeURIComponent(token)}`;

/** The `invite` mail, queued in the transaction that writes the invitation (sent after commit). */
@Injectable()
export class InviteMails {
  constructor(
    private readonly mailer: Mailer,
    private readonly tenants: TenantsRepository,
  ) {}

  async queue(
    m: EntityManager,
    invite: { user: User; token: string; expiresAt: Date; inviterName: string; linkTo: LinkTo },
  ): Promise<QueuedMail> {
    const { user } = invite;
    const tenant = await this.tenants.getById(user.tenantId, m);
    return this.mailer.queue(m, {
      template: 'invite',
      to: user.email,
      locale: mailLocale(user.locale),
      tenantId: user.tenantId,
      userId: user.id,
      params: {
        displayName: user.displayName,
        inviterName: invite.inviterName,
        tenantName: tenant.name,
        link: invite.linkTo(acceptInvitePath(invite.token)),
        expiresAt: invite.expiresAt.toISOString(),
      },
    });
  }

  dispatch(queued: QueuedMail): Promise<void> {
    return this.mailer.dispatch([queued]);
  }
}
