import { Module } from '@nestjs/common';
import { DataRightsModule } from '../data-rights/data-rights.module.js';
import { MeController } from './me/me.controller.js';
import { UsersController } from './users.controller.js';
import { UsersPersonalData } from './users.personal-data.js';
import { UsersRepository } from './users.repository.js';
import { UsersService } from './users.service.js';

@Module({
  imports: [DataRightsModule],
  controllers: [UsersController, MeController],
  providers: [UsersService, UsersRepository, UsersPersonalData],
  exports: [UsersService],
})
export class UsersModule {}
