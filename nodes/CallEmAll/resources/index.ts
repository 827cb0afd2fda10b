import { broadcast } from './broadcast';
import { contact } from './contact';
import { contactList } from './contactList';
import { conversation } from './conversation';
import { optOut } from './optOut';
import { user } from './user';

/**
 * The Call-Em-All resources, one folder each (`<resource>/<operation>.ts`), in the order their
 * fields are laid out (the Resource dropdown lists them by name).
 */
export const resources = [user, broadcast, conversation, optOut, contact, contactList];
