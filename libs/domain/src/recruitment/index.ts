export * from './application.machine';
