export * from './client';
export * from './config';
export * from './current-timer';
export * from './errors';
export * from './schemas';
