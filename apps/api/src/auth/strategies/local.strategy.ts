import { Injectable, type ExecutionContext } from '@nestjs/common';
import { AuthGuard, PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { Strategy } from 'passport-local';
import { UnauthenticatedError } from '../../common/errors/domain-error.js';
import { createValidationPipe } from '../../common/validation/validation.pipe.js';
import type { User } from '../../users/entities/user.entity.js';
import { AuthService, InvalidCredentialsError } from '../auth.service.js';
import { LoginThrottleService, type ThrottleKeys } from '../login-throttle.service.js';
import { LoginDto } from '../dto/auth.dto.js';

@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(private readonly auth: AuthService) {
    super({ usernameField: 'email', passwordField: 'password' });
  }

  validate(email: string, password: string): Promise<User> {
    return this.auth.validateCredentials(email, password);
  }
}

const validation = createValidationPipe();

/**
 * Guards run before pipes, so the login body is validated here first: a malformed body gets
 * 400 VALIDATION_FAILED, not passport's bare 401 "Missing credentials".
 */
@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {
  constructor(
    private readonly throttle: LoginThrottleService,
    private readonly auth: AuthService,
  ) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<Request & { loginThrottleKeys?: ThrottleKeys }>();
    const dto = (await validation.transform(req.body, { type: 'body', metatype: LoginDto })) as LoginDto;
    req.body = dto;
    // Checked before the password is: a locked account answers 429 whether the password is right or not.
    const keys = this.throttle.keysFor(dto.email, req.ip);
    req.loginThrottleKeys = keys;
    await this.throttle.assertNotLocked(keys);
    try {
      return (await super.canActivate(context)) as boolean;
    } catch (err) {
      if (err instanceof InvalidCredentialsError) await this.auth.recordFailedLogin(keys, dto.email);
      throw err;
    }
  }

  override handleRequest<T>(err: unknown, user: T): T {
    if (err instanceof Error) throw err;
    if (err || !user) throw new UnauthenticatedError();
    return user;
  }
}
