export * from './az-holidays';
export * from './az-decrees.data';
