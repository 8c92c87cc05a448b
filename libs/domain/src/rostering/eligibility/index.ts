export * from './eligibility.types';
export * from './eligibility.rules';
export * from './cancellation.rules';
export * from './eligibility.messages';
export * from './staffing-pool';
