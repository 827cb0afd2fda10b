import { defineOperation } from '../../../shared/operation';

/** Contact List → Get Everyone List: `GET /v1/lists/everyone`, the list of every contact. */
export const getEveryone = defineOperation({
	value: 'getEveryone',
	name: 'Get Everyone List',
	action: 'Get the everyone list',
	description: 'Get the list that holds every contact',
	method: 'GET',
	path: '/v1/lists/everyone',
});
