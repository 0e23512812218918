export function findFirefox(opts?: { required?: boolean; install?: boolean }): string;
