export * from './alumni.rules';
