import type Database from 'better-sqlite3';

/** The most pages the WAL grows to before the commit that reaches them checkpoints it. */
export declare const CHECKPOINT_PAGES: number;

export declare function openSqliteConnection(file: string): Database.Database;
