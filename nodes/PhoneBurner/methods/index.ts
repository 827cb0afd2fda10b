import { getCustomFields, getFolders, getMembers, getTags } from './loadOptions';

/** The node's `methods`: the dropdowns of the account's own folders, tags, members and custom fields. */
export const loadOptions = { getCustomFields, getFolders, getMembers, getTags };
