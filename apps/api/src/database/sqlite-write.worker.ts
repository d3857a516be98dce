import { parentPort, workerData } from 'node:worker_threads';
import Database, { type Statement } from 'better-sqlite3';
import type { SqliteWriteReply, SqliteWriteRequest, OffThreadTransactionData } from './off-thread-transaction.js';

// Started by off-thread-transaction.ts for ONE transaction on its own connection to the app's database
// file: it runs the statements it is sent and commits (or rolls back) when told, then is terminated.
const { path, pragmas } = workerData as OffThreadTransactionData;
const db = new Database(path, { timeout: pragmas.busyTimeoutMs });
db.pragma(`foreign_keys = ${pragmas.foreignKeys ? 'ON' : 'OFF'}`);
db.pragma(`synchronous = ${pragmas.synchronous}`);
db.pragma(`wal_autocheckpoint = ${pragmas.walAutocheckpoint}`);
const port = parentPort!;
const reply = (message: SqliteWriteReply) => port.postMessage(message);
const statements = new Map<string, Statement>();
let failed = false;

// A deferred transaction whose first read fixes its snapshot now, before the caller reads what it
// checks: if another connection commits in between (or is writing then), the first write fails with
// SQLITE_BUSY_SNAPSHOT (SQLITE_BUSY) and the caller runs the whole work again, instead of writing on
// top of data nobody checked.
function begin(): void {
  db.exec('BEGIN');
  db.prepare('SELECT count(*) FROM sqlite_master').pluck().get();
}

/** Structured cloning turns a Buffer into a plain Uint8Array. */
const bindable = (value: unknown) => (value instanceof Uint8Array && !Buffer.isBuffer(value) ? Buffer.from(value) : value);

function run(sql: string, parameters: unknown[]): void {
  let statement = statements.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    statements.set(sql, statement);
  }
  // Nothing is committed before the end, so a read here would answer from a state the caller never sees.
  if (statement.reader) throw new TypeError('Only statements that write can run off the main thread');
  statement.run(...parameters.map(bindable));
}

function fail(err: unknown, sql: string): void {
  failed = true;
  if (db.inTransaction) db.exec('ROLLBACK');
  const { code, message } = err as { code?: unknown; message?: unknown };
  reply({ kind: 'failed', sql, code: typeof code === 'string' ? code : null, message: String(message) });
}

port.on('message', (request: SqliteWriteRequest) => {
  // After a failure the transaction is gone: later statements are dropped, the caller learns of it from the one reply.
  if (failed) return;
  try {
    if (request.kind === 'run') {
      run(request.sql, request.parameters);
      reply({ kind: 'ran' });
    } else if (request.kind === 'commit') {
      db.exec('COMMIT');
      reply({ kind: 'committed' });
    } else {
      db.exec('ROLLBACK');
      reply({ kind: 'rolledBack' });
    }
  } catch (err) {
    fail(err, request.kind === 'run' ? request.sql : request.kind.toUpperCase());
  }
});
try {
  begin();
  reply({ kind: 'began' });
} catch (err) {
  fail(err, 'BEGIN');
}
