export * from './liaison-duties';
