import { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { QueryFailedError } from 'typeorm';
import { workerFileNextTo } from '../common/worker-file.js';

/** The app connection's settings a writer must share: what they decide is stored, and how durably. */
export interface SqlitePragmas {
  busyTimeoutMs: number;
  foreignKeys: boolean;
  synchronous: number;
  walAutocheckpoint: number;
}

export interface OffThreadTransactionData {
  path: string;
  pragmas: SqlitePragmas;
}

export type SqliteWriteRequest = { kind: 'run'; sql: string; parameters: unknown[] } | { kind: 'commit' } | { kind: 'rollback' };

export type SqliteWriteReply =
  { kind: 'began' | 'ran' | 'committed' | 'rolledBack' } | { kind: 'failed'; sql: string; code: string | null; message: string };

/**
 * Statements sent but not yet run, at most: the caller builds the next ones while the worker runs
 * these, and neither memory nor the distance to a failure grows with the size of the write.
 */
const IN_FLIGHT = 8;

const workerFile = workerFileNextTo(import.meta.url, 'sqlite-write.worker');

/**
 * One write transaction on a worker thread with its own connection to the app's SQLite file
 * (sqlite-write.worker.ts). better-sqlite3 is synchronous: a large write's statements, and above all
 * its COMMIT (which writes and fsyncs tens of MB of log), would otherwise hold the event loop, and
 * every request of every tenant with it. Statements are sent one at a time, already in the driver's
 * values; a failed statement rolls the transaction back at once and fails every later call with the
 * driver's error, as a QueryFailedError (so isTransientTransactionError and friends read its code).
 * One worker per transaction: a crashed one takes nothing with it.
 */
export class OffThreadTransaction {
  private state: 'starting' | 'open' | 'committed' | 'rolledBack' = 'starting';
  private failure: Error | null = null;
  private exited = false;
  private inFlight = 0;
  private wakeUps: (() => void)[] = [];

  private constructor(private readonly worker: Worker) {
    worker.on('message', (reply: SqliteWriteReply) => this.receive(reply));
    worker.on('error', (err) => this.stop(err));
    worker.on('exit', (code) => this.stop(new Error(`The SQLite write worker stopped (exit code ${code})`)));
  }

  /** Opens the transaction; its snapshot of the database is taken before this resolves. */
  static async begin(data: OffThreadTransactionData): Promise<OffThreadTransaction> {
    const transaction = new OffThreadTransaction(new Worker(workerFile, { workerData: data }));
    try {
      await transaction.until(() => transaction.state === 'open');
    } catch (err) {
      await transaction.worker.terminate();
      throw err;
    }
    return transaction;
  }

  /** Queues one statement; resolves once few enough are waiting. A failure of any earlier statement throws here. */
  async run(sql: string, parameters: unknown[]): Promise<void> {
    this.throwIfFailed();
    this.send({ kind: 'run', sql, parameters });
    this.inFlight++;
    await this.until(() => this.inFlight < IN_FLIGHT);
  }

  /** Commits everything sent; throws (with nothing written) when any statement or the COMMIT failed. */
  async commit(): Promise<void> {
    this.throwIfFailed();
    this.send({ kind: 'commit' });
    try {
      await this.until(() => this.state === 'committed');
    } finally {
      await this.worker.terminate();
    }
  }

  /** Undoes everything sent. Never throws: a worker that failed or stopped has nothing left to undo. */
  async rollback(): Promise<void> {
    if (!this.failure) {
      this.send({ kind: 'rollback' });
      await this.until(() => this.state === 'rolledBack').catch(() => undefined);
    }
    await this.worker.terminate();
  }

  private receive(reply: SqliteWriteReply): void {
    if (reply.kind === 'failed') this.failure ??= failedStatement(reply);
    else if (reply.kind === 'began') this.state = 'open';
    else if (reply.kind === 'ran') this.inFlight--;
    else this.state = reply.kind;
    this.wake();
  }

  /** The worker is gone: unless it had finished, whatever it held was rolled back with its connection. */
  private stop(err: Error): void {
    if (this.exited) return;
    this.exited = true;
    if (this.state !== 'committed' && this.state !== 'rolledBack') this.failure ??= err;
    this.wake();
  }

  private send(request: SqliteWriteRequest): void {
    this.worker.postMessage(request);
  }

  private wake(): void {
    for (const wakeUp of this.wakeUps.splice(0)) wakeUp();
  }

  private throwIfFailed(): void {
    if (this.failure) throw this.failure;
  }

  private async until(done: () => boolean): Promise<void> {
    for (;;) {
      this.throwIfFailed();
      if (done()) return;
      await new Promise<void>((resolve) => this.wakeUps.push(resolve));
    }
  }
}

/** The worker's SqliteError as the app's own connection would have thrown it (without the values, which may name people). */
function failedStatement(reply: Extract<SqliteWriteReply, { kind: 'failed' }>): Error {
  if (reply.code === null) return new Error(`The SQLite write worker failed: ${reply.message}`);
  return new QueryFailedError(reply.sql, [], new Database.SqliteError(reply.message, reply.code));
}
