export * from './staffing.rules';
export * from './desk.rules';
