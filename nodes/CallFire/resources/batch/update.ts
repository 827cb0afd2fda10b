import { defineOperation } from '../../../shared/operation';
import { ANSWER } from '../../helpers/answers';
import { formBody } from '../../helpers/formBody';
import { formFields, type BodyForm } from '../../helpers/formFields';
import { queryOptions } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST } from '../../transport';
import { batchIdField } from './common';

/** The body, from these form fields. */
const form: BodyForm = {
	parameters: 'batchUpdate',
	fields: [
		{
			path: 'enabled',
			displayName: 'Enabled',
			type: 'boolean',
			default: true,
			description: "Whether the batch's contacts are called or texted (a disabled batch's are not)",
		},
	],
	optional: [{ path: 'name', displayName: 'Name', type: 'string', description: 'The batch name' }],
};

/** Batch → Update: `PUT /campaigns/batches/{id}` (doc line 3191). */
export const update = defineOperation({
	value: 'update',
	name: 'Update',
	action: 'Update a batch',
	description: 'Enable or disable a batch of a broadcast',
	method: 'PUT',
	path: '/campaigns/batches/{batchId}',
	query: { fields: 'batchOptions.fields' },
	output: ANSWER,
	hooks: { preSend: [formBody(form)] },
	request: CALLFIRE_REQUEST,
	fields: [batchIdField, ...formFields(form), queryOptions('batchOptions', [])],
});
