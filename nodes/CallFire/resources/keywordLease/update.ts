import { defineOperation } from '../../../shared/operation';
import { ANSWER } from '../../helpers/answers';
import { formBody } from '../../helpers/formBody';
import { formFields, type BodyForm } from '../../helpers/formFields';
import { queryOptions } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST } from '../../transport';
import { keywordLeaseKeywordField } from './common';
import { LEASE_STATUSES } from '../../helpers/optionLists';

/** The body, from these form fields. */
const form: BodyForm = {
	parameters: 'keywordLeaseUpdate',
	fields: [
		{
			path: 'autoRenew',
			displayName: 'Auto Renew',
			type: 'boolean',
			default: true,
			description: 'Whether the lease renews at the end of each billing cycle',
		},
	],
	optional: [
		{
			path: 'status',
			displayName: 'Status',
			type: 'options',
			options: LEASE_STATUSES,
			default: 'ACTIVE',
			description: 'The lease status',
		},
	],
};

/** Keyword Lease → Update: `PUT /keywords/leases/{keyword}` (doc line 7797). */
export const update = defineOperation({
	value: 'update',
	name: 'Update',
	action: 'Update a keyword lease',
	description: "Change a keyword lease's renewal",
	method: 'PUT',
	path: '/keywords/leases/{keywordLeaseKeyword}',
	query: { fields: 'keywordLeaseOptions.fields' },
	output: ANSWER,
	hooks: { preSend: [formBody(form)] },
	request: CALLFIRE_REQUEST,
	fields: [keywordLeaseKeywordField, ...formFields(form), queryOptions('keywordLeaseOptions', [])],
});
