import { defineOperation } from '../../../shared/operation';
import { ANSWER } from '../../helpers/answers';
import { queryOptions } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST } from '../../transport';
import { soundIdField } from './common';

/** Sound → Delete: `DELETE /campaigns/sounds/{id}` (doc line 3927). */
export const del = defineOperation({
	value: 'delete',
	name: 'Delete',
	action: 'Delete a sound',
	description: 'Delete a sound by its ID',
	method: 'DELETE',
	path: '/campaigns/sounds/{soundId}',
	pathParameters: { soundId: { label: 'ID' } },
	query: { fields: 'soundOptions.fields' },
	output: ANSWER,
	request: CALLFIRE_REQUEST,
	fields: [soundIdField, queryOptions('soundOptions', [])],
});
