import { ensureConsoleBuilt, startApp } from './running-app';

export default async function globalSetup(): Promise<void> {
  ensureConsoleBuilt();
  const app = await startApp();
  process.env.E2E_BASE_URL = app.baseUrl;
  process.env.E2E_APP_PID = String(app.process.pid);
  process.env.E2E_DATABASE = app.database;
  process.env.E2E_DATA_DIR = app.dataDir;
}
