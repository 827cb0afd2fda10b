import type { FieldSpec } from '../../../shared/operation';

/** The fields several Batch operations share. */

export const batchIdField: FieldSpec = {
	displayName: 'ID',
	name: 'batchId',
	type: 'string',
	required: true,
	default: '',
};
