import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import { AuthController } from './auth.controller.js';
import { AuthService } from './auth.service.js';
import { JWT_AUDIENCE, SessionsService } from './sessions.service.js';
import { deriveKey } from './secrets.js';
import { JwtStrategy } from './strategies/jwt.strategy.js';
import { LocalStrategy } from './strategies/local.strategy.js';
import { SessionsJobs } from './sessions.jobs.js';

@Module({
  imports: [
    PassportModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        secret: deriveKey(config.appSecret, 'jwt'),
        signOptions: { algorithm: 'HS256', audience: JWT_AUDIENCE },
        verifyOptions: { algorithms: ['HS256'], audience: JWT_AUDIENCE },
      }),
    }),
  ],
  controllers: [AuthController],
  providers: [AuthService, SessionsService, JwtStrategy, LocalStrategy, SessionsJobs],
  exports: [SessionsService],
})
export class AuthModule {}
