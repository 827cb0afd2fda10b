import { broadcast } from './broadcast';
import { conversation } from './conversation';
import { optOut } from './optOut';

/**
 * The Call-Em-All resources on the operation model, one folder each
 * (`<resource>/<operation>.ts`). The others are still in `descriptions/` until they move.
 */
export const resources = [broadcast, conversation, optOut];
