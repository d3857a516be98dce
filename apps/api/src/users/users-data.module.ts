import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsRepository } from './accounts.repository.js';
import { Invite } from './entities/invite.entity.js';
import { User } from './entities/user.entity.js';
import { UsersRepository } from './users.repository.js';

/**
 * The users feature's tables and repositories, without its HTTP side. Audit and auth import this
 * module rather than UsersModule, whose controllers depend on data-rights, which depends on auth.
 */
@Module({
  imports: [TypeOrmModule.forFeature([User, Invite])],
  providers: [UsersRepository, AccountsRepository],
  exports: [UsersRepository, AccountsRepository],
})
export class UsersDataModule {}
