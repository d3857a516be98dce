import { Injectable, UseGuards, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { AuthenticatedRequest } from '../common/auth/auth.guards.js';
import { DomainError } from '../common/errors/domain-error.js';
import { ConsentsService } from './consents.service.js';

export class ConsentRequiredError extends DomainError {
  constructor(noticeVersionId: string) {
    super(403, 'CONSENT_REQUIRED', 'Read and accept the privacy notice before booking', { noticeVersionId });
  }
}

/**
 * The consent gate (DESIGN.md "Privacy notices and consent"): while the tenant requires consent, a
 * booking feature answers 403 CONSENT_REQUIRED with the current version's id until the caller has
 * accepted it. Runs after the global guards (the session is resolved, the principal set). With the
 * setting off it costs nothing; on, one indexed query (ConsentsRepository.gateState).
 */
@Injectable()
export class ConsentGate implements CanActivate {
  constructor(private readonly consents: ConsentsService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const { user } = context.switchToHttp().getRequest<AuthenticatedRequest>();
    // Public routes have no principal; none of them is a booking feature.
    if (!user) return true;
    const missing = await this.consents.missingConsent(user);
    if (missing) throw new ConsentRequiredError(missing);
    return true;
  }
}

/**
 * Marks a booking feature (availability, bookings, check-in, calendar): on a controller class it
 * gates every route of it, so a route added later is gated too. consent-gate.spec.ts lists them.
 */
export const RequiresConsent = () => UseGuards(ConsentGate);
