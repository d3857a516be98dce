import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataRightsModule } from '../data-rights/data-rights.module.js';
import { Invite } from './entities/invite.entity.js';
import { User } from './entities/user.entity.js';
import { MeController } from './me/me.controller.js';
import { UsersController } from './users.controller.js';
import { UsersRepository } from './users.repository.js';
import { UsersService } from './users.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([User, Invite]), DataRightsModule],
  controllers: [UsersController, MeController],
  providers: [UsersService, UsersRepository],
  exports: [UsersService],
})
export class UsersModule {}
