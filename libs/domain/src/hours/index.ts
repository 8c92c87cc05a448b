export * from './attendance.rules';
export * from './ledger.rules';
