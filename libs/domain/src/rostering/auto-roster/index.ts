export * from './auto-roster.problem';
