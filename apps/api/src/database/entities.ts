import { AuditEvent } from '../audit/entities/audit-event.entity.js';
import { LoginThrottle } from '../auth/entities/login-throttle.entity.js';
import { RecoveryCode } from '../auth/entities/recovery-code.entity.js';
import { Session } from '../auth/entities/session.entity.js';
import { Tenant } from '../tenants/entities/tenant.entity.js';
import { Invite } from '../users/entities/invite.entity.js';
import { User } from '../users/entities/user.entity.js';

export const ENTITIES = [Tenant, User, Invite, Session, AuditEvent, RecoveryCode, LoginThrottle];
