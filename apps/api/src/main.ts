import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { setupApp } from './app.setup';
import { AppConfig, ConfigError } from './config/app-config';

async function bootstrap(): Promise<void> {
  const app = await NestFactory.create(AppModule, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  setupApp(app);
  const config = app.get(AppConfig);
  await app.listen(config.port);
  process.stdout.write(`\n  Könüllü DOST is running: console ${config.baseUrl}/  ·  API docs ${config.baseUrl}/api/docs\n\n`);
}

bootstrap().catch((err: unknown) => {
  if (err instanceof ConfigError) console.error(err.message);
  else console.error(err);
  process.exit(1);
});
