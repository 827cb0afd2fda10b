import { defineOperation } from '../../../shared/operation';
import { ANSWER } from '../../helpers/answers';
import { formBody } from '../../helpers/formBody';
import { formFields, type BodyForm } from '../../helpers/formFields';
import { queryOptions } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST } from '../../transport';
import { numberLeaseNumberField } from './common';
import { FEATURE_STATUSES, LEASE_STATUSES } from '../../helpers/optionLists';

/** The body, from these form fields. */
const form: BodyForm = {
	parameters: 'numberLeaseUpdate',
	optional: [
		{
			path: 'autoRenew',
			displayName: 'Auto Renew',
			type: 'boolean',
			default: true,
			description: 'Whether the lease renews at the end of each billing cycle',
		},
		{
			path: 'callFeatureStatus',
			displayName: 'Calls',
			type: 'options',
			options: FEATURE_STATUSES,
			default: 'ENABLED',
			description: 'Whether the number makes and takes calls',
		},
		{
			path: 'textFeatureStatus',
			displayName: 'Texts',
			type: 'options',
			options: FEATURE_STATUSES,
			default: 'ENABLED',
			description: 'Whether the number sends and receives texts',
		},
		{
			path: 'labels',
			displayName: 'Labels',
			type: 'list',
			description:
				"Comma-separated labels of the number. The list sent takes the place of the number's labels: give all of them.",
		},
		{
			path: 'status',
			displayName: 'Status',
			type: 'options',
			options: LEASE_STATUSES,
			default: 'ACTIVE',
			description: 'The lease status',
		},
	],
	optionalLabel: 'Update Fields',
	notEmpty: 'Add at least one field to update',
};

/** Number Lease → Update: `PUT /numbers/leases/{number}` (doc line 10407). */
export const update = defineOperation({
	value: 'update',
	name: 'Update',
	action: 'Update a number lease',
	description:
		'Change the settings you add to a number lease (renewal, call and text features, labels); the others stay as they are',
	method: 'PUT',
	path: '/numbers/leases/{numberLeaseNumber}',
	query: { fields: 'numberLeaseOptions.fields' },
	output: ANSWER,
	hooks: { preSend: [formBody(form)] },
	request: CALLFIRE_REQUEST,
	fields: [numberLeaseNumberField, ...formFields(form), queryOptions('numberLeaseOptions', [])],
});
