export const hello = (n: string): string => 'salam ' + n;
