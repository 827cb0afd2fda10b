import { defineOperation } from '../../../shared/operation';
import { additionalFieldsBody } from '../../helpers/additionalFields';
import { resourceOf } from '../../helpers/answers';
import { emailValue, numberValue, required } from '../../helpers/values';
import { memberAdditionalFields, memberField, memberShape } from './common';

/**
 * Member → Create: `POST /members` (needs vendor level access), with the fields the doc
 * requires; the billing item ID as a number.
 */
export const create = defineOperation({
	value: 'create',
	name: 'Create',
	action: 'Create a member',
	description: 'Add a team member (needs vendor level access)',
	method: 'POST',
	path: '/members',
	body: {
		type: 'json',
		fields: {
			username: required('memberUsername', 'Username'),
			password: required('memberPassword', 'Password'),
			first_name: required('memberFirstName', 'First Name'),
			email: required('memberEmail', 'Email', emailValue('Email')),
			billing_item_id: required(
				'memberBillingItemId',
				'Billing Item ID',
				numberValue('Billing Item ID'),
			),
			billing_group_id: required('memberBillingGroupId', 'Billing Group ID'),
			subgroup_id: required('memberSubgroupId', 'Subgroup ID'),
		},
	},
	output: { rows: resourceOf(memberShape) },
	hooks: { preSend: [additionalFieldsBody({ collection: memberAdditionalFields.name })] },
	fields: [
		memberField('memberUsername', 'Username', 'What the member signs in with'),
		memberField('memberPassword', 'Password', 'More than 4 characters', {
			typeOptions: { password: true },
		}),
		memberField('memberFirstName', 'First Name', 'The first name of the member'),
		memberField('memberEmail', 'Email', 'The email address of the member', {
			placeholder: 'name@email.com',
		}),
		memberField(
			'memberBillingItemId',
			'Billing Item ID',
			'Their account level; PhoneBurner gives you the value to use',
		),
		memberField(
			'memberBillingGroupId',
			'Billing Group ID',
			'PhoneBurner gives you the value to use',
		),
		memberField(
			'memberSubgroupId',
			'Subgroup ID',
			'Puts the member in the right group of users; PhoneBurner gives you the value',
		),
		memberAdditionalFields,
	],
});
