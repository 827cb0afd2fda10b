import type { FieldSpec } from '../../../shared/operation';
import { additionalFields, onlyFor } from '../../helpers/additionalFields';
import type { OutputShape } from '../../helpers/answers';
import { pathId } from '../../helpers/ids';

/** The member in the path: `/members/{user_id}`. */
export const memberUserId = pathId('memberUserId', 'Member ID', {
	loadOptionsMethod: 'getMembers',
});

/** Where the doc's answers have the members: `members.members`. */
export const memberShape: OutputShape = { path: ['members', 'members'] };

/** A string field of the member, required (Create's fields, as the doc requires them). */
export function memberField(
	name: string,
	displayName: string,
	description: string,
	extra: Partial<FieldSpec> = {},
): FieldSpec {
	return {
		displayName,
		name,
		type: 'string',
		...extra,
		default: '',
		required: true,
		description,
	};
}

/** Create and Update share this collection; each option says which of them has it. */
export const memberAdditionalFields = additionalFields('memberAdditionalFields', [
	{
		displayName: 'Email Address',
		name: 'email_address',
		type: 'string',
		placeholder: 'name@email.com',
		default: '',
		displayOptions: onlyFor(['update']),
	},
	{
		displayName: 'Event',
		name: 'event',
		type: 'string',
		default: '',
		description: 'An event PhoneBurner fires when the member has been created',
		displayOptions: onlyFor(['create']),
	},
	{
		displayName: 'First Name',
		name: 'first_name',
		type: 'string',
		default: '',
		displayOptions: onlyFor(['update']),
	},
	{ displayName: 'Last Name', name: 'last_name', type: 'string', default: '' },
	{ displayName: 'Phone', name: 'phone', type: 'string', default: '' },
	{
		displayName: 'Username',
		name: 'username',
		type: 'string',
		default: '',
		displayOptions: onlyFor(['update']),
	},
]);
