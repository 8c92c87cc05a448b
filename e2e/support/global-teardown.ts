import { stopApp } from './running-app';

export default async function globalTeardown(): Promise<void> {
  if (!process.env.E2E_DATABASE) return;
  await stopApp({ pid: Number(process.env.E2E_APP_PID), database: process.env.E2E_DATABASE });
}
