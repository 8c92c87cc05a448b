export * from './baku-time';
