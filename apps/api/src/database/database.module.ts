import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../config/app-config';
import { dataSourceOptions } from './data-source-options';

@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        ...dataSourceOptions(config.databaseUrl, { poolSize: config.nodeEnv === 'test' ? 5 : 20 }),
        // Pending migrations are applied at start-up (one transaction each); schema never synchronised.
        migrationsRun: true,
        migrationsTransactionMode: 'each' as const,
        // Fail fast: a wrong DATABASE_URL should not look like a one-minute hang.
        retryAttempts: config.nodeEnv === 'test' ? 0 : 3,
        retryDelay: 1000,
      }),
    }),
  ],
})
export class DatabaseModule {}
