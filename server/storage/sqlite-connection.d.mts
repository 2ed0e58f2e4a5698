import type Database from 'better-sqlite3';

export declare function openSqliteConnection(file: string): Database.Database;
