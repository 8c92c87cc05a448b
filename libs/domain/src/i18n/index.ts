export * from './locale.types';
