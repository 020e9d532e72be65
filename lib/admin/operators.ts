import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '@/lib/db/open-database';
import { operator, user } from '@/lib/db/schema';

export async function isAdmin(db: Database, userId: string): Promise<boolean> {
  const rows = await db.select({ userId: operator.userId }).from(operator).where(and(eq(operator.userId, userId), eq(operator.role, 'admin')));
  return rows.length > 0;
}

/**
 * Makes the account with this email an administrator (idempotent). The account is created the usual
 * way, by signing up; only this command, run by someone with access to the database, grants the role.
 * Returns null when no account has that email.
 */
export async function grantAdmin(db: Database, email: string): Promise<{ userId: string } | null> {
  const [account] = await db.select({ id: user.id }).from(user).where(eq(sql`lower(${user.email})`, email.trim().toLowerCase()));
  if (!account) return null;
  await db.insert(operator).values({ userId: account.id, role: 'admin' }).onConflictDoNothing();
  return { userId: account.id };
}
