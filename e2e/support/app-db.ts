import { Client } from 'pg';

/** Runs `fn` with a connection to the running app's database (for a spec's own setup and its checks of what was stored). */
export async function appDb<T>(fn: (db: Client) => Promise<T>): Promise<T> {
  const url = new URL(process.env.DATABASE_URL as string);
  url.pathname = `/${process.env.E2E_DATABASE}`;
  const db = new Client({ connectionString: url.toString() });
  await db.connect();
  try {
    return await fn(db);
  } finally {
    await db.end();
  }
}
