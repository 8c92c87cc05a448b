export * from './staffing.rules';
