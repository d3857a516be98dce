import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { DateTimeColumn } from '../../database/columns.js';

/**
 * Failed sign-in attempts per account and per client address, shared by every API instance.
 * The key is a keyed hash (`a:` + e-mail, `i:` + IP address), never the e-mail or address itself.
 */
@Entity('login_throttles')
@Index('IDX_login_throttles_last_failure', ['lastFailureAt'])
export class LoginThrottle {
  @PrimaryColumn({ type: 'varchar', length: 80 }) key: string;
  @Column({ type: 'integer' }) failures: number;
  @DateTimeColumn({ nullable: true }) lockedUntil: Date | null;
  @DateTimeColumn() lastFailureAt: Date;
}
