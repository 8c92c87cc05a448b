export * from './debrief.rules';
