// The public surface of @dost/domain: pure rules, no framework, no clock. Import only from here.
export * from './time';
export * from './access';
export * from './people';
export * from './recruitment';
export * from './i18n';
export * from './rostering/eligibility';
export * from './rostering/templates';
export * from './rostering/staffing';
export * from './rostering/engine';
export * from './rostering/auto-roster';
export * from './hours';
