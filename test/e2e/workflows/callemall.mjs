// Call-Em-All's workflows for the running-n8n suite (callemall-suite.mjs).
// Action workflows start with n8n's Webhook node (POST the input to `/webhook/<path>`, read
// the last node's items in the answer); trigger workflows forward what the trigger emits to
// the observer stand-in. Node types are those of `packageName` (the combined package, or
// n8n-nodes-text-em-all).
import { credentialRef, packageNode, triggerWorkflow, webhookWorkflow } from '../lib.mjs';

export const CALLEMALL_CREDENTIAL = {
	id: 'ceaE2eCred0001',
	name: 'Call-Em-All (stand-in)',
	type: 'callEmAllApi',
};
/** The same account, signed in with a user name and PIN instead of an auth token. */
export const CALLEMALL_PIN_CREDENTIAL = {
	id: 'ceaE2ePin00001',
	name: 'Call-Em-All (user name and PIN)',
	type: 'callEmAllApi',
};
export const CEA_TRIGGER_WEBHOOK_ID = '2d8e3f50-9b4c-4eac-9f70-3c4d5e6f7081';

const credential = credentialRef(CALLEMALL_CREDENTIAL);
const pinCredential = credentialRef(CALLEMALL_PIN_CREDENTIAL);

/** `values.ceaHookUser` and `values.ceaHookPassword`: the Basic auth the trigger asks of events. */
export function callEmAllWorkflows({ packageName, observerUrl, values }) {
	const node = packageNode(packageName);
	const actions = [
		webhookWorkflow({
			id: 'e2eCeaBcast001',
			name: 'Call-Em-All: one text broadcast to all items',
			path: 'cea-broadcast',
			splitItems: true,
			nodes: [
				node(
					'Create Broadcast',
					'callEmAll',
					{
						resource: 'broadcast',
						operation: 'create',
						broadcastName: 'n8n e2e',
						broadcastType: 'SMS',
						contactSource: 'allItems',
						contactPhone: '={{ $json.phone }}',
						contactFirstName: '={{ $json.first }}',
						textMessage: 'Hello from n8n',
					},
					credential,
				),
			],
		}),
		webhookWorkflow({
			id: 'e2eCeaOptOut01',
			name: 'Call-Em-All: opt-outs',
			path: 'cea-optouts',
			nodes: [
				node(
					'Opt-Outs',
					'callEmAll',
					{ resource: 'optOut', operation: 'getAll', returnAll: true },
					credential,
				),
			],
		}),
		webhookWorkflow({
			id: 'e2eCeaPinOpt01',
			name: 'Call-Em-All: opt-outs, signed in with a user name and PIN',
			path: 'cea-pin-optouts',
			nodes: [
				node(
					'Opt-Outs',
					'callEmAll',
					{ resource: 'optOut', operation: 'getAll', returnAll: true },
					pinCredential,
				),
			],
		}),
		// Deletes of many contacts, IDs per item from an expression, with Continue On Fail: one
		// request per contact by default (issue 18).
		webhookWorkflow({
			id: 'e2eCeaDelete01',
			name: 'Call-Em-All: delete contacts by ID',
			path: 'cea-delete',
			splitItems: true,
			nodes: [
				node(
					'Delete Contacts',
					'callEmAll',
					{ resource: 'contact', operation: 'deleteMany', contactIds: '={{ $json.ids }}' },
					credential,
					{ onError: 'continueRegularOutput' },
				),
			],
		}),
		webhookWorkflow({
			id: 'e2eCeaRemove01',
			name: 'Call-Em-All: remove contacts from a list',
			path: 'cea-remove',
			splitItems: true,
			nodes: [
				node(
					'Remove Contacts',
					'callEmAll',
					{
						resource: 'contactList',
						operation: 'removeContacts',
						listId: '34',
						contactIds: '={{ $json.ids }}',
					},
					credential,
					{ onError: 'continueRegularOutput' },
				),
			],
		}),
		webhookWorkflow({
			id: 'e2eCeaPurge001',
			name: 'Call-Em-All: delete contacts from the Deleted folder',
			path: 'cea-purge',
			splitItems: true,
			nodes: [
				node(
					'Empty Deleted Folder',
					'callEmAll',
					{ resource: 'contactList', operation: 'purgeDeleted', contactIds: '={{ $json.ids }}' },
					credential,
					{ onError: 'continueRegularOutput' },
				),
			],
		}),
	];
	const triggers = [
		triggerWorkflow({
			id: 'e2eCeaTrigger1',
			name: 'Call-Em-All webhook events',
			observerUrl,
			trigger: {
				name: 'CallEmAll Trigger',
				type: `${packageName}.callEmAllTrigger`,
				webhookId: CEA_TRIGGER_WEBHOOK_ID,
				parameters: {
					events: ['broadcast-status-change'],
					authentication: 'basicAuth',
					username: values.ceaHookUser,
					password: values.ceaHookPassword,
				},
			},
		}),
	];
	return { actions, triggers };
}
