import { Client } from 'pg';

/** The server DATABASE_URL points at, with another database name. */
export function urlFor(database: string, base = requireDatabaseUrl()): string {
  const url = new URL(base);
  url.pathname = `/${database}`;
  return url.toString();
}

export function requireDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error(
      'DATABASE_URL is not set. Run the tests with `npm test` (it starts a throw-away PostgreSQL), ' +
        'or set DATABASE_URL to a server where databases may be created.',
    );
  }
  return url;
}

export async function withAdminClient<T>(fn: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: requireDatabaseUrl() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
