import { Injectable } from '@nestjs/common';

/**
 * A counter this instance bumps after every committed transaction (TransactionRunner is the one way
 * services write). Read-side caches remember the value they were built at and treat any newer write
 * as a miss: nothing written through this instance is ever served stale from them.
 */
@Injectable()
export class WriteGeneration {
  private value = 0;
  private readonly listeners: (() => void)[] = [];

  get current(): number {
    return this.value;
  }

  /** Called after every bump: a cache holding personal data drops it at once, not when next read. */
  onBump(listener: () => void): void {
    this.listeners.push(listener);
  }

  bump(): void {
    this.value++;
    for (const listener of this.listeners) listener();
  }
}
