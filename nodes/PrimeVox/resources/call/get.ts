import { defineOperation } from '../../../shared/operation';
import { callDetailsPaging } from '../../helpers/callPages';
import { scriptPath } from '../../transport';
import { callField, callUuidValue, utcOffsetOption, utcOffsetValueRule } from './common';

/**
 * Call → Get: `GET {baseUrl}/call_details.php?callUUID=…` (the Call Details API, doc lines
 * 60-98): the call's fields and every page of its events, as one item.
 */
export const get = defineOperation({
	value: 'get',
	name: 'Get',
	action: 'Get a call',
	description: 'Get one call with all of its events, decoded',
	method: 'GET',
	...scriptPath('callDetailsScript'),
	query: { callUUID: callUuidValue, utcOffset: utcOffsetValueRule },
	paging: { pages: callDetailsPaging, read: 'every' },
	fields: [
		callField,
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [utcOffsetOption],
		},
	],
});
