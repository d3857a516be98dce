import { Column, Entity, Index } from 'typeorm';
import { DateTimeColumn, IdPrimaryColumn } from '../../database/columns.js';

/**
 * A sign-up waiting for its address to be confirmed. Confirming creates the tenant and its first
 * admin from these columns; until then no account holds the address. Purged when expired.
 */
@Entity('signup_requests')
@Index('IDX_signup_requests_token', ['tokenHash'], { unique: true })
@Index('IDX_signup_requests_expires', ['expiresAt'])
export class SignupRequest {
  @IdPrimaryColumn() id: string;
  @Column({ type: 'varchar', length: 64 }) tokenHash: string;
  @Column({ type: 'varchar', length: 254 }) email: string;
  @Column({ type: 'varchar', length: 120 }) displayName: string;
  @Column({ type: 'varchar', length: 200 }) tenantName: string;
  @Column({ type: 'varchar', length: 255 }) passwordHash: string;
  @Column({ type: 'varchar', length: 5 }) locale: string;
  @DateTimeColumn() createdAt: Date;
  @DateTimeColumn() expiresAt: Date;
}
