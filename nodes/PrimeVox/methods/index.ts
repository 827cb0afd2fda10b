import { searchCalls } from './listSearch';

/** The node's `methods`: the call picker. */
export const listSearch = { searchCalls };
