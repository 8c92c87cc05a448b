export * from './shift-template.expander';
export * from './az-public-holidays.data';
