export * from './center-tree';
