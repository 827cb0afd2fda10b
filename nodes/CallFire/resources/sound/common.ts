import { CHOOSE_OR_ID } from '../../../shared/descriptions';
import type { FieldSpec } from '../../../shared/operation';

/** The fields several Sound operations share. */

export const soundIdField: FieldSpec = {
	displayName: 'Sound Name or ID',
	name: 'soundId',
	// eslint-disable-next-line n8n-nodes-base/node-param-description-missing-from-dynamic-options -- the description is CHOOSE_OR_ID (that text)
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getSounds' },
	description: CHOOSE_OR_ID,
	required: true,
	default: '',
};
