export * from './fin.validator';
export * from './age.rules';
export * from './cefr.rules';
export * from './phone.normaliser';
export * from './volunteer.types';
export * from './volunteer-status.rules';
export * from './my-profile.rules';
