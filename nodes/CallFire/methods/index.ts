/** The node's `methods`: the dropdowns of the account's own lists, broadcasts and sounds, and webhook events. */
export { loadOptions } from './loadOptions';
