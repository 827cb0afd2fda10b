export * from './ContactDescription';
export * from './ContactListDescription';
export * from './UserDescription';
