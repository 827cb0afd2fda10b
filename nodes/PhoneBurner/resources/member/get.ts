import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { defineOperation } from '../../../shared/operation';
import { readField } from '../../../shared/request';
import { resourceOf } from '../../helpers/answers';
import { checkId } from '../../helpers/ids';
import { memberShape, memberUserId } from './common';

/**
 * "If you are fetching your own member information, remove the user_id" (doc line 2325): Me
 * asks `GET /members/` as the doc's example does (line 2328); By ID asks
 * `GET /members/{user_id}`.
 */
async function memberGetPath(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	if (readField(this, 'memberWhich', 'id') === 'me') {
		requestOptions.url = '/members/';
		return requestOptions;
	}
	const id = checkId(
		this,
		String(readField(this, memberUserId.field.name) ?? '').trim(),
		'Member ID',
	);
	requestOptions.url = `/members/${encodeURIComponent(id)}`;
	return requestOptions;
}

/** Member → Get: one member by ID, or the member the credential belongs to (Me). */
export const get = defineOperation({
	value: 'get',
	name: 'Get',
	action: 'Get a member',
	description: 'Get one member, or your own',
	method: 'GET',
	// memberGetPath sets the path: with or without the member's ID.
	path: '/members/',
	output: { rows: resourceOf(memberShape) },
	hooks: { preSend: [memberGetPath] },
	fields: [
		{
			displayName: 'Which Member',
			name: 'memberWhich',
			type: 'options',
			noDataExpression: true,
			default: 'id',
			options: [
				{ name: 'By ID', value: 'id', description: 'The member you choose or give the ID of' },
				{
					name: 'Me',
					value: 'me',
					description:
						'The member the access token (or OAuth2 connection) belongs to, without an ID',
				},
			],
		},
		// The same parameter as the ID of Delete and Update, shown for Get only By ID.
		{ ...memberUserId.field, show: { memberWhich: ['id'] } },
	],
});
