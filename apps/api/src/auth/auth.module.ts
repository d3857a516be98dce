import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { CsrfGuard, RolesGuard, SessionAuthGuard, TotpPolicyGuard } from '../common/auth/auth.guards.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import { PrivacyNoticesModule } from '../privacy-notices/privacy-notices.module.js';
import { TenantsModule } from '../tenants/tenants.module.js';
import { UsersDataModule } from '../users/users-data.module.js';
import { AccountSecurityController } from './account-security.controller.js';
import { AccountSecurityService } from './account-security.service.js';
import { AuthController } from './auth.controller.js';
import { LoginThrottleService } from './login-throttle.service.js';
import { TwoFactorService } from './totp/two-factor.service.js';
import { AuthService } from './auth.service.js';
import { AuthPersonalData } from './auth.personal-data.js';
import { LoginThrottle } from './entities/login-throttle.entity.js';
import { RecoveryCode } from './entities/recovery-code.entity.js';
import { Session } from './entities/session.entity.js';
import { SignupRequest } from './entities/signup-request.entity.js';
import { SignupConfirmationService } from './signup-confirmation.service.js';
import { JWT_AUDIENCE, SessionsService } from './sessions.service.js';
import { deriveKey } from './secrets.js';
import { JwtStrategy } from './strategies/jwt.strategy.js';
import { LocalStrategy } from './strategies/local.strategy.js';
import { SessionsJobs } from './sessions.jobs.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([Session, RecoveryCode, LoginThrottle, SignupRequest]),
    UsersDataModule,
    TenantsModule,
    PrivacyNoticesModule,
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
  controllers: [AuthController, AccountSecurityController],
  providers: [
    AuthService,
    SignupConfirmationService,
    SessionsService,
    JwtStrategy,
    LocalStrategy,
    SessionsJobs,
    LoginThrottleService,
    TwoFactorService,
    AccountSecurityService,
    AuthPersonalData,
    // The guards of every route, app-wide. Order matters: authenticate, then the CSRF rule (needs to
    // know cookie vs bearer), then the 2FA policy, then roles.
    { provide: APP_GUARD, useClass: SessionAuthGuard },
    { provide: APP_GUARD, useClass: CsrfGuard },
    { provide: APP_GUARD, useClass: TotpPolicyGuard },
    { provide: APP_GUARD, useClass: RolesGuard },
  ],
  exports: [SessionsService, LoginThrottleService, AccountSecurityService, SignupConfirmationService],
})
export class AuthModule {}
