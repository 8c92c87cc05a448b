export * from './application.machine';
export * from './intake.rules';
