export * from './vacancy.types';
export * from './pipeline.machine';
export * from './funnel';
