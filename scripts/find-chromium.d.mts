export function findChromium(opts?: { required?: boolean; install?: boolean }): string;
