export * from './ContactDescription';
export * from './ContactListDescription';
