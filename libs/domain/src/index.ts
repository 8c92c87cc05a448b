export const hello = (n: string): string => 'salam ' + n;
export * from './access';
