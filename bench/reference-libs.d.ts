// Minimal types for the reference implementations the benchmarks compare against.
declare module 'pouchdb' {
  interface ReplicationResult {
    docs_written: number;
  }
  interface Database {
    bulkDocs(docs: Record<string, unknown>[]): Promise<unknown>;
    replicate: { to(target: string, options?: Record<string, unknown>): Promise<ReplicationResult> };
  }
  interface PouchStatic {
    new (name: string): Database;
    defaults(options: Record<string, unknown>): PouchStatic;
  }
  const PouchDB: PouchStatic;
  export default PouchDB;
}
declare module 'memdown' {
  const memdown: unknown;
  export default memdown;
}
declare module 'express-pouchdb' {
  import type { RequestListener } from 'node:http';
  export default function expressPouchDb(pouch: unknown, options: Record<string, unknown>): RequestListener;
}
declare module 'express' {
  import type { RequestListener, Server } from 'node:http';
  interface App extends RequestListener {
    use(path: string, handler: RequestListener): void;
    listen(port: number, host: string, callback: () => void): Server;
  }
  export default function express(): App;
}
