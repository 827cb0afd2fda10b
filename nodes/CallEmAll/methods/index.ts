import { callEmAllLoadOptions } from './loadOptions';

/** The node's `methods`: the dropdowns of IDs a user would otherwise look up in Call-Em-All. */
export const loadOptions = callEmAllLoadOptions;

export { callEmAllLoadOptions };
