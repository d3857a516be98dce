import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Mutex } from 'async-mutex';
import { DataSource, type EntityManager } from 'typeorm';

/**
 * The one way services write. On MySQL/MariaDB each transaction gets its own pooled connection.
 * TypeORM's SQLite driver shares ONE connection and nests concurrent transactions as savepoints
 * of each other, so a rollback in one request would undo another's writes: on SQLite we queue
 * transactions in-process (SQLite serializes writers anyway, so nothing is lost).
 */
@Injectable()
export class TransactionRunner {
  private readonly sqliteQueue: Mutex | null;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    this.sqliteQueue = dataSource.options.type === 'better-sqlite3' ? new Mutex() : null;
  }

  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const transaction = () => this.dataSource.transaction(work);
    return this.sqliteQueue ? this.sqliteQueue.runExclusive(transaction) : transaction();
  }

  get isSqlite(): boolean {
    return this.sqliteQueue !== null;
  }
}
