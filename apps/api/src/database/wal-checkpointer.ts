import { Worker } from 'node:worker_threads';
import { Inject, Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { APP_LOGGER } from '../common/logging/logger.module.js';
import { workerFileNextTo } from '../common/worker-file.js';
import { isSqliteWalFile, sqliteConnectionOf } from './sqlite-connection.js';
import { WriteGeneration } from './write-generation.js';

/** After a write, wait this long for more before checkpointing: one checkpoint covers a burst of writes. */
const CHECKPOINT_DELAY_MS = 1_000;
/** SQLite's own default: what the app's connection falls back to when the worker is gone. */
const SQLITE_DEFAULT_AUTOCHECKPOINT_PAGES = 1_000;

export interface CheckpointResult {
  busy: number;
  log: number;
  checkpointed: number;
}

const workerFile = workerFileNextTo(import.meta.url, 'wal-checkpoint.worker');

/**
 * Checkpoints SQLite's write-ahead log from a worker thread. Left to itself, SQLite checkpoints in
 * the COMMIT that crosses the log's size limit: after a large import that copies the whole log into
 * the database file on the app's connection, and better-sqlite3 is synchronous, so every request of
 * every tenant waits for it. Here the app's connection never checkpoints (`wal_autocheckpoint = 0`);
 * a second connection in a worker does, shortly after writes. MySQL/MariaDB and `:memory:` need none of it.
 */
@Injectable()
export class WalCheckpointer implements OnModuleInit, OnApplicationShutdown {
  private worker: Worker | null = null;
  private timer: NodeJS.Timeout | null = null;
  private readonly waiting: ((result: CheckpointResult) => void)[] = [];

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writes: WriteGeneration,
    @Inject(APP_LOGGER) private readonly logger: Logger,
  ) {}

  async onModuleInit(): Promise<void> {
    const { options } = this.dataSource;
    if (!isSqliteWalFile(options)) return;
    const worker = new Worker(workerFile, { workerData: { path: options.database } });
    // A checkpoint pending at shutdown is not worth waiting for: SQLite checkpoints when the last connection closes.
    worker.unref();
    await new Promise<void>((resolve, reject) => {
      worker.once('message', () => resolve());
      worker.once('error', reject);
    });
    worker.on('message', (result: CheckpointResult) => this.waiting.splice(0).forEach((settle) => settle(result)));
    worker.on('error', (err) => this.logger.error({ err }, 'the SQLite checkpoint worker failed'));
    worker.once('exit', () => this.stop());
    this.worker = worker;
    sqliteConnectionOf(this.dataSource).pragma('wal_autocheckpoint = 0');
    this.writes.onBump(() => this.schedule());
  }

  /** Checkpoints now; resolves with SQLite's answer (null without a worker). */
  checkpoint(): Promise<CheckpointResult | null> {
    if (!this.worker) return Promise.resolve(null);
    const done = new Promise<CheckpointResult>((resolve) => this.waiting.push(resolve));
    this.worker.postMessage('checkpoint');
    return done;
  }

  async onApplicationShutdown(): Promise<void> {
    const worker = this.worker;
    this.stop();
    await worker?.terminate();
  }

  private schedule(): void {
    if (this.timer || !this.worker) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.checkpoint();
    }, CHECKPOINT_DELAY_MS);
    this.timer.unref();
  }

  /** Without the worker the app's connection checkpoints for itself again, so the log cannot grow without end. */
  private stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (!this.worker) return;
    this.worker = null;
    if (this.dataSource.isInitialized)
      sqliteConnectionOf(this.dataSource).pragma(`wal_autocheckpoint = ${SQLITE_DEFAULT_AUTOCHECKPOINT_PAGES}`);
  }
}
