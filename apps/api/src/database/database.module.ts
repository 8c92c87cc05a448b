import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../config/app-config';
import { BoundedConnectClient, DatabaseWatchdog } from './database-availability';
import { dataSourceOptions } from './data-source-options';

@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => {
        const options = dataSourceOptions(config.databaseUrl, { poolSize: config.nodeEnv === 'test' ? 5 : 20 });
        return {
          ...options,
          // A server that does not answer (stopped, or a silent network) is a 503 within 2 s, not a hang
          // (database-availability.ts): new connections give up in time.
          extra: { ...options.extra, Client: BoundedConnectClient },
          // Pending migrations are applied at start-up (one transaction each); schema never synchronised.
          migrationsRun: true,
          migrationsTransactionMode: 'each' as const,
          // Fail fast: a wrong DATABASE_URL should not look like a one-minute hang.
          retryAttempts: config.nodeEnv === 'test' ? 0 : 3,
          retryDelay: 1000,
        };
      },
    }),
  ],
  providers: [DatabaseWatchdog],
  exports: [DatabaseWatchdog],
})
export class DatabaseModule {}
