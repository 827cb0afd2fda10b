import { broadcast } from './broadcast';
import { conversation } from './conversation';
import { optOut } from './optOut';
import { user } from './user';

/**
 * The Call-Em-All resources on the operation model, one folder each
 * (`<resource>/<operation>.ts`). The others are still in `descriptions/` until they move.
 */
export const resources = [user, broadcast, conversation, optOut];
