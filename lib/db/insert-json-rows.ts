import { getTableColumns, type SQL, sql, type WithSubquery } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Database } from './open-database';

/**
 * INSERT of many rows sent as one JSON parameter (`json_populate_recordset`) rather than as a VALUES
 * list: drizzle's VALUES builder spends about 0.2 ms of CPU per row of a wide table (a batch of 500
 * acceptances spent more time being turned into SQL than being written), and the database parses one
 * parameter instead of thousands. Every column must be given (or be nullable without a default), as
 * the row's database column names; dates become ISO strings. Chain `.returning()` for the stored rows.
 * `alongside` are other inserts (from insertJsonRowsAlongside) made by the same statement: one round
 * trip for several tables. With `where`, rows are inserted only where that condition holds.
 */
export function insertJsonRows<T extends PgTable>(tx: Database, table: T, rows: T['$inferInsert'][], alongside: WithSubquery[] = [], where?: SQL) {
  const names = columnList(table);
  return (alongside.length > 0 ? tx.with(...alongside) : tx).insert(table).select(sql`select ${names} from json_populate_recordset(null::${table}, ${jsonRows(table, rows)}::json)${where ? sql` where ${where}` : sql``}`);
}

/** The rows as one JSON array of objects keyed by the table's column names, for json_populate_recordset. */
export function jsonRows<T extends PgTable>(table: T, rows: T['$inferInsert'][]): string {
  const columns = Object.entries(getTableColumns(table));
  return JSON.stringify(rows.map((row) => Object.fromEntries(columns.map(([key, column]) => [column.name, (row as Record<string, unknown>)[key] ?? null]))));
}

/** insertJsonRows as a WITH clause of another insertJsonRows, named `name`. */
export function insertJsonRowsAlongside<T extends PgTable>(tx: Database, name: string, table: T, rows: T['$inferInsert'][], where?: SQL): WithSubquery {
  return tx.$with(name, {}).as(insertJsonRows(tx, table, rows, [], where).getSQL());
}

const columnLists = new WeakMap<PgTable, SQL>();

/** The table's column names as one SQL chunk, made once a table: the write path's statements are built per batch. */
export function columnList(table: PgTable): SQL {
  let list = columnLists.get(table);
  if (!list) {
    const names = Object.values(getTableColumns(table)).map((column) => `"${column.name.replaceAll('"', '""')}"`);
    columnLists.set(table, (list = sql.raw(names.join(', '))));
  }
  return list;
}
