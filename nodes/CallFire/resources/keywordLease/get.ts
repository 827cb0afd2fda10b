import { defineOperation } from '../../../shared/operation';
import { ANSWER } from '../../helpers/answers';
import { queryOptions } from '../../helpers/queryOptions';
import { CALLFIRE_REQUEST } from '../../transport';
import { keywordLeaseKeywordField } from './common';

/** Keyword Lease → Get: `GET /keywords/leases/{keyword}` (doc line 7685). */
export const get = defineOperation({
	value: 'get',
	name: 'Get',
	action: 'Get a keyword lease',
	description: 'Get the lease of one keyword',
	method: 'GET',
	path: '/keywords/leases/{keywordLeaseKeyword}',
	query: { fields: 'keywordLeaseOptions.fields' },
	output: ANSWER,
	request: CALLFIRE_REQUEST,
	fields: [keywordLeaseKeywordField, queryOptions('keywordLeaseOptions', [])],
});
