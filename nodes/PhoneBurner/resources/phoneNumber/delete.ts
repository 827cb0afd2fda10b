import { defineOperation } from '../../../shared/operation';
import { resourceOf } from '../../helpers/answers';
import { pathId, pathIds } from '../../helpers/ids';

/** The phone number in the path, checked to be one (7 to 15 digits). */
const phoneNumber = pathId('phoneNumber', 'Phone Number', { phone: true });

/**
 * Phone Number → Delete: `DELETE /phonenumber/{phone_number}`, the number taken off every
 * contact of the account.
 */
export const deleteOperation = defineOperation({
	value: 'delete',
	name: 'Delete',
	action: 'Delete a phone number',
	description: 'Delete a phone number from every contact in the account',
	method: 'DELETE',
	path: '/phonenumber/{phoneNumber}',
	pathParameters: pathIds(phoneNumber),
	output: { rows: resourceOf({ path: ['phonenumber'] }) },
	fields: [phoneNumber.field],
});
