export * from './qualification.rules';
