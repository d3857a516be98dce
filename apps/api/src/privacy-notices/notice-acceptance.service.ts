import { Injectable } from '@nestjs/common';

export interface AcceptanceCounts {
  /** Per version id: people who accepted it and have not withdrawn. */
  accepted: Map<string, number>;
  /** Active members of the tenant. */
  total: number;
}

type Counter = (tenantId: string) => Promise<AcceptanceCounts>;

/**
 * How many people accepted each version, for the admins' version list. The consents feature counts
 * and registers itself at start-up (it imports this feature, so this one cannot import it back).
 */
@Injectable()
export class NoticeAcceptance {
  private counter: Counter | null = null;

  register(counter: Counter): void {
    this.counter = counter;
  }

  counts(tenantId: string): Promise<AcceptanceCounts> {
    return this.counter ? this.counter(tenantId) : Promise.resolve({ accepted: new Map(), total: 0 });
  }
}
