import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ConfigError, loadConfig } from './app-config';

const dataDir = () => mkdtempSync(path.join(tmpdir(), 'dost-config-'));

describe('loadConfig', () => {
  it('works with nothing but DATABASE_URL, with documented defaults', () => {
    const dir = dataDir();
    const c = loadConfig({ DATABASE_URL: 'postgres://x@localhost/db', DATA_DIR: dir });
    expect(c).toMatchObject({ port: 3000, adminEmail: 'admin@dost.local', seedDemo: true, accessTokenTtl: 900 });
    expect(c.baseUrl).toBe('http://localhost:3000');
    expect(c.cookieSecure).toBe(false);
  });

  it('generates the JWT secret once per data folder and keeps it', () => {
    const dir = dataDir();
    const first = loadConfig({ DATABASE_URL: 'postgres://x@localhost/db', DATA_DIR: dir }).jwtSecret;
    expect(first).toHaveLength(64);
    expect(readFileSync(path.join(dir, 'jwt.secret'), 'utf8')).toBe(first);
    expect(loadConfig({ DATABASE_URL: 'postgres://x@localhost/db', DATA_DIR: dir }).jwtSecret).toBe(first);
  });

  it('names every wrong variable', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://x@localhost/db', PORT: 'eighty', ADMIN_PASSWORD: 'short', DATA_DIR: dataDir() })).toThrow(ConfigError);
    const bad = () => loadConfig({ PORT: '99999', ADMIN_PASSWORD: 'short', DATA_DIR: dataDir() });
    expect(bad).toThrow(/PORT: /);
    expect(bad).toThrow(/ADMIN_PASSWORD: /);
    expect(bad).toThrow(/DATABASE_URL: /);
  });

  it('turns on secure cookies behind https', () => {
    const c = loadConfig({ DATABASE_URL: 'postgres://x@localhost/db', PUBLIC_URL: 'https://konullu.dost.gov.az', DATA_DIR: dataDir() });
    expect(c.cookieSecure).toBe(true);
  });
});
