export * from './fin.validator';
export * from './age.rules';
export * from './cefr.rules';
export * from './phone.normaliser';
export * from './volunteer.types';
