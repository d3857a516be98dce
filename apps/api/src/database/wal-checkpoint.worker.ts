import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';

// Started by wal-checkpointer.ts with the database file's path: its own connection copies the
// write-ahead log back into the database file whenever asked, and answers with what it did.
const db = new Database((workerData as { path: string }).path);
const port = parentPort!;
port.on('message', () => {
  // PASSIVE: never waits for the app's readers or writers (nor calls the busy handler).
  const [result] = db.pragma('wal_checkpoint(PASSIVE)') as { busy: number; log: number; checkpointed: number }[];
  port.postMessage(result);
});
port.postMessage('ready');
