import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OutboxMessage } from './entities/outbox-message.entity.js';
import { MailDelivery } from './mail-delivery.service.js';
import { MailJobs } from './mail.jobs.js';
import { MailPersonalData } from './mail.personal-data.js';
import { Mailer } from './mailer.service.js';

/** E-mail for every feature: inject Mailer, queue in your transaction, dispatch after it. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([OutboxMessage])],
  providers: [Mailer, MailDelivery, MailJobs, MailPersonalData],
  exports: [Mailer, MailDelivery],
})
export class MailModule {}
