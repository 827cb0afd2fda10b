import type { FieldSpec } from '../../../shared/operation';

/** The fields several Call Recording operations share. */

export const callRecordingIdField: FieldSpec = {
	displayName: 'ID',
	name: 'callRecordingId',
	type: 'string',
	required: true,
	default: '',
};

export const callRecordingNameField: FieldSpec = {
	displayName: 'Recording Name',
	name: 'callRecordingName',
	type: 'string',
	required: true,
	default: '',
};
