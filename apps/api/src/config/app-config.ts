import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsInt, IsOptional, IsString, IsUrl, Matches, Max, Min, MinLength, validateSync } from 'class-validator';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));
const toBool = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : ['1', 'true', 'yes', 'on'].includes(String(value).toLowerCase());
const toList = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.split(',').map((s) => s.trim()).filter(Boolean) : value;

/**
 * Every setting of the API, read from the environment in one place (README: "Configuration").
 * Property names follow the variable names; defaults make `npm start` work with no .env file.
 */
export class AppConfig {
  /** NODE_ENV */
  @IsIn(['development', 'production', 'test'])
  nodeEnv: 'development' | 'production' | 'test' = 'development';

  /** PORT — the HTTP port of the API and the console. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  port = 3000;

  /** DATABASE_URL — set by tools/with-db.mjs to the embedded server when not given. */
  @IsString()
  @MinLength(1)
  databaseUrl!: string;

  /** DATA_DIR — embedded database, generated secrets and (without SMTP) written mail. */
  @IsString()
  dataDir = '.data';

  /** PUBLIC_URL — how users reach the console; used in links in mail and for CORS. */
  @IsUrl({ require_tld: false, protocols: ['http', 'https'] })
  @IsOptional()
  publicUrl?: string;

  /** CORS_ORIGINS — extra origins allowed to call the API with credentials (comma separated). */
  @Transform(toList)
  @IsString({ each: true })
  corsOrigins: string[] = [];

  /** JWT_SECRET — signs access tokens. Unset: generated once and kept in $DATA_DIR/jwt.secret. */
  @IsString()
  @MinLength(32)
  @IsOptional()
  jwtSecret?: string;

  /** ACCESS_TOKEN_TTL — seconds an access token lives. */
  @Transform(toInt)
  @IsInt()
  @Min(30)
  accessTokenTtl = 900;

  /** REFRESH_TOKEN_TTL_DAYS — days a login session lives without use. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  refreshTokenTtlDays = 14;

  /** ADMIN_EMAIL / ADMIN_PASSWORD — the first admin, created on the first start. */
  @IsEmail({ require_tld: false })
  adminEmail = 'admin@dost.local';

  @IsString()
  @MinLength(10)
  @IsOptional()
  adminPassword?: string;

  /** DEMO_PASSWORD — the password of every demo account; unset: one is generated per account and printed once. */
  @IsString()
  @MinLength(10)
  @IsOptional()
  demoPassword?: string;

  /** SEED_DEMO — create the demo organisation on the first start with an empty database. */
  @Transform(toBool)
  @IsBoolean()
  seedDemo = true;

  /** LOG_LEVEL */
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  logLevel = 'info';

  /** LOGIN_RATE_LIMIT — failed logins allowed per account per 15 minutes (per IP: 4 ×). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  loginRateLimit = 5;

  /** SMTP_URL — e.g. smtp://user:pass@host:587. Unset: mail is written to $DATA_DIR/mail as .eml files. */
  @IsString()
  @IsOptional()
  smtpUrl?: string;

  /** MAIL_FROM */
  @IsString()
  mailFrom = 'Könüllü DOST <no-reply@dost.local>';

  /** JOBS_WORKER — run background workers (mail delivery, reminders) in this process. */
  @Transform(toBool)
  @IsBoolean()
  jobsWorker = true;

  /** EVENT_GUEST_RETENTION_DAYS — days after an event ends until its guests are pseudonymised (docs/event-guests.md). */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  eventGuestRetentionDays = 30;

  /** JOBS_POLL_SECONDS — how often idle workers look for new jobs. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  jobsPollSeconds = 2;

  /** MAIL_RETRY_BASE_SECONDS / MAIL_RETRY_MAX_SECONDS — capped exponential back-off of failed deliveries. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  mailRetryBaseSeconds = 5;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  mailRetryMaxSeconds = 300;

  /** MAIL_MAX_ATTEMPTS — after this many failed attempts a delivery is marked failed. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  mailMaxAttempts = 15;

  /**
   * TRUST_PROXY — which proxies may name the client in `X-Forwarded-For` (the address the login and apply
   * limits count). `off` (default): the header is ignored and the socket's address counts. Otherwise Express's
   * `trust proxy` value: `loopback`, a hop count (`1`), or addresses / CIDR ranges, comma separated.
   */
  @Matches(/^(off|loopback|linklocal|uniquelocal|\d{1,2}|[0-9A-Fa-f.:/]+)(\s*,\s*(loopback|linklocal|uniquelocal|[0-9A-Fa-f.:/]+))*$/, {
    message: 'off, loopback, a hop count, or addresses / CIDR ranges separated by commas',
  })
  trustProxy = 'off';

  /**
   * STAFF_2FA — TOTP second factor for admin, hr, coordinator and organizer accounts (docs/two-factor.md).
   * `optional` (default, so the demo accounts log in with a password): staff may turn it on, and then it is
   * asked at every login. `required`: staff without it reach nothing but enrolment until they set it up.
   * `off`: never asked, enrolment closed.
   */
  @IsIn(['required', 'optional', 'off'])
  staff2fa: 'required' | 'optional' | 'off' = 'optional';

  /** TOTP_KEY — encrypts the stored TOTP secrets. Unset: generated once and kept in $DATA_DIR/totp.key. */
  @IsString()
  @MinLength(32)
  @IsOptional()
  totpKey?: string;

  /**
   * CERTIFICATE_SIGNING_KEY — the Ed25519 private key (PKCS#8 PEM) that signs certificates' Open Badges
   * credentials. Unset: generated once and kept in $DATA_DIR/certificate-signing.key (docs/certificates.md).
   */
  @IsString()
  @IsOptional()
  certificateSigningKey?: string;

  /** AGENCY_NAME_AZ / _EN / _RU — the issuing agency, printed on certificates and in their credentials. */
  @IsString()
  @MinLength(1)
  agencyNameAz = 'DOST Agentliyi';

  @IsString()
  @MinLength(1)
  agencyNameEn = 'DOST Agency';

  @IsString()
  @MinLength(1)
  agencyNameRu = 'Агентство DOST';

  /** CERTIFICATE_SIGNER_NAME and CERTIFICATE_SIGNER_TITLE_AZ / _EN / _RU — who signs certificates (kept on each at issue). */
  @IsString()
  @MinLength(1)
  certificateSignerName = 'DOST Agentliyi';

  @IsString()
  @MinLength(1)
  certificateSignerTitleAz = 'Könüllülük proqramının rəhbəri';

  @IsString()
  @MinLength(1)
  certificateSignerTitleEn = 'Head of the Volunteer Programme';

  @IsString()
  @MinLength(1)
  certificateSignerTitleRu = 'Руководитель волонтёрской программы';

  /** ALUMNI_CV_DIR — where alumni's CV files (PDF) are kept; unset: `$DATA_DIR/cv`. Never in the database. */
  @IsString()
  @IsOptional()
  alumniCvDir?: string;

  get cvDir(): string {
    return this.alumniCvDir ?? path.join(this.dataDir, 'cv');
  }

  /** ADMIN_DIST — the built console served at `/`. */
  @IsString()
  adminDist = 'dist/apps/admin';

  get baseUrl(): string {
    return this.publicUrl ?? `http://localhost:${this.port}`;
  }

  /** The value for Express's `trust proxy` setting. */
  get trustProxySetting(): boolean | number | string[] {
    if (this.trustProxy === 'off') return false;
    if (/^\d+$/.test(this.trustProxy)) return Number(this.trustProxy);
    return this.trustProxy.split(',').map((s) => s.trim()).filter(Boolean);
  }

  get cookieSecure(): boolean {
    return this.baseUrl.startsWith('https://');
  }
}

const ENV_NAMES: Record<string, keyof AppConfig> = {
  NODE_ENV: 'nodeEnv',
  PORT: 'port',
  DATABASE_URL: 'databaseUrl',
  DATA_DIR: 'dataDir',
  PUBLIC_URL: 'publicUrl',
  CORS_ORIGINS: 'corsOrigins',
  JWT_SECRET: 'jwtSecret',
  ACCESS_TOKEN_TTL: 'accessTokenTtl',
  REFRESH_TOKEN_TTL_DAYS: 'refreshTokenTtlDays',
  ADMIN_EMAIL: 'adminEmail',
  ADMIN_PASSWORD: 'adminPassword',
  DEMO_PASSWORD: 'demoPassword',
  SEED_DEMO: 'seedDemo',
  LOG_LEVEL: 'logLevel',
  LOGIN_RATE_LIMIT: 'loginRateLimit',
  SMTP_URL: 'smtpUrl',
  MAIL_FROM: 'mailFrom',
  ADMIN_DIST: 'adminDist',
  ALUMNI_CV_DIR: 'alumniCvDir',
  JOBS_WORKER: 'jobsWorker',
  JOBS_POLL_SECONDS: 'jobsPollSeconds',
  EVENT_GUEST_RETENTION_DAYS: 'eventGuestRetentionDays',
  MAIL_RETRY_BASE_SECONDS: 'mailRetryBaseSeconds',
  MAIL_RETRY_MAX_SECONDS: 'mailRetryMaxSeconds',
  MAIL_MAX_ATTEMPTS: 'mailMaxAttempts',
  TRUST_PROXY: 'trustProxy',
  STAFF_2FA: 'staff2fa',
  TOTP_KEY: 'totpKey',
  CERTIFICATE_SIGNING_KEY: 'certificateSigningKey',
  AGENCY_NAME_AZ: 'agencyNameAz',
  AGENCY_NAME_EN: 'agencyNameEn',
  AGENCY_NAME_RU: 'agencyNameRu',
  CERTIFICATE_SIGNER_NAME: 'certificateSignerName',
  CERTIFICATE_SIGNER_TITLE_AZ: 'certificateSignerTitleAz',
  CERTIFICATE_SIGNER_TITLE_EN: 'certificateSignerTitleEn',
  CERTIFICATE_SIGNER_TITLE_RU: 'certificateSignerTitleRu',
};

export class ConfigError extends Error {}

/** Builds and validates the config. The only place in the API that reads `process.env`. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<AppConfig> = {}): AppConfig {
  const plain: Record<string, unknown> = {};
  for (const [name, key] of Object.entries(ENV_NAMES)) {
    if (env[name] !== undefined && env[name] !== '') plain[key] = env[name];
  }
  const config = plainToInstance(AppConfig, { ...plain, ...overrides });
  const errors = validateSync(config, { forbidUnknownValues: false });
  if (errors.length > 0) {
    const byProperty = Object.fromEntries(Object.entries(ENV_NAMES).map(([name, key]) => [key, name]));
    const lines = errors.map((e) => `${byProperty[e.property] ?? e.property}: ${Object.values(e.constraints ?? {}).join('; ')}`);
    throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  if (!config.jwtSecret) config.jwtSecret = readOrCreateSecret(path.join(config.dataDir, 'jwt.secret'));
  if (!config.totpKey) config.totpKey = readOrCreateSecret(path.join(config.dataDir, 'totp.key'));
  return config;
}

/** A secret generated once per data folder, so tokens survive a restart without any setup. */
function readOrCreateSecret(file: string): string {
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
