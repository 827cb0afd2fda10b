import type { FieldSpec } from '../../../shared/operation';

/** The fields several Do Not Contact operations share. */

export const doNotContactNumberField: FieldSpec = {
	displayName: 'Number',
	name: 'doNotContactNumber',
	type: 'string',
	required: true,
	default: '',
};
