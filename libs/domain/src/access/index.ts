export * from './access.scope';
