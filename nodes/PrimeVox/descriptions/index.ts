export * from './CallDescription';
