export * from './fit-score.rules';
export * from './language-tokens.rules';
