/**
 * The main thread's side of the SQLite writer thread (`sqlite-writer.worker.mjs`): sends it
 * requests and resolves each with its answer. The thread starts when the migrations are done
 * (`start()`, so that the first burst of pushes after a restart does not wait for it) or on the
 * first write, and does not keep the process alive while it has nothing to do. If it dies
 * (which a bug or an out-of-memory could cause), the writes waiting for it fail with an error,
 * their tablets keep the messages and push them again, and the next write starts a new thread.
 */
import { Worker } from 'node:worker_threads';

export type StoreRow = [id: string, type: string, siteId: string | null, deviceId: string, createdAt: string, payload: string, origin: string, receivedAt: string];

export interface StoreAnswer {
  /** The rows that inserted nothing (their id was stored already), with the stored message's site. */
  skipped: [rowIndex: number, storedSiteId: string | null][];
}

type Request =
  | { op: 'store'; rows: StoreRow[] }
  | { op: 'seen'; devices: [id: string, lastSeenAt: string, clockOffsetMs: number | null][]; contacts: [siteId: string, bucket: string][] }
  | { op: 'close' };

interface Answer extends Partial<StoreAnswer> {
  id: number;
  error?: { message: string; code?: string };
}

interface Pending {
  resolve: (answer: Answer) => void;
  reject: (error: Error) => void;
}

/** An error from the writer thread, with SQLite's code (SQLITE_FULL, SQLITE_BUSY, …) when it has one. */
export class SqliteWriterError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'SqliteWriterError';
  }
}

export class SqliteWriter {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor(private readonly file: string) {}

  store(rows: StoreRow[]): Promise<StoreAnswer> {
    return this.send({ op: 'store', rows }) as Promise<StoreAnswer>;
  }

  async seen(devices: [string, string, number | null][], contacts: [string, string][]): Promise<void> {
    await this.send({ op: 'seen', devices, contacts });
  }

  /** Closes the thread's connection once its queued writes are done. */
  async close(): Promise<void> {
    if (!this.worker) return;
    const worker = this.worker;
    await this.send({ op: 'close' });
    this.worker = undefined;
    await worker.terminate();
  }

  private send(request: Request): Promise<Answer> {
    const worker = this.start();
    const id = this.nextId++;
    return new Promise<Answer>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      if (this.pending.size === 1) worker.ref();
      worker.postMessage({ id, ...request });
    });
  }

  /** Starts the thread if it is not running. Its tables must exist (after the migrations). */
  start(): Worker {
    if (this.worker) return this.worker;
    // No execArgv: the thread is plain JavaScript and needs none of the parent's loaders. With
    // tsx's (inherited by default) it took 90 ms to start instead of 38 on a quiet machine, and
    // 175 ms during a reconnect storm, which the first pushes waited for (BENCHMARKS.md).
    const worker = new Worker(new URL('./sqlite-writer.worker.mjs', import.meta.url), { workerData: { file: this.file }, execArgv: [] });
    worker.unref();
    worker.on('message', (answer: Answer) => {
      const waiting = this.pending.get(answer.id);
      if (!waiting) return;
      this.pending.delete(answer.id);
      if (this.pending.size === 0) worker.unref();
      if (answer.error) waiting.reject(new SqliteWriterError(answer.error.message, answer.error.code));
      else waiting.resolve(answer);
    });
    const fail = (error: Error) => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      const waiting = [...this.pending.values()];
      this.pending.clear();
      for (const each of waiting) each.reject(error);
    };
    worker.on('error', (error) => fail(new SqliteWriterError(`The database writer failed: ${error.message}`)));
    worker.on('exit', (code) => fail(new SqliteWriterError(`The database writer stopped (exit code ${code}).`)));
    this.worker = worker;
    return worker;
  }
}
