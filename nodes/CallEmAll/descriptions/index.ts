export * from './ContactDescription';
export * from './ContactListDescription';
export * from './ConversationDescription';
export * from './OptOutDescription';
export * from './UserDescription';
