// PhoneBurner's workflows for the running-n8n suite (phoneburner-suite.mjs).
// Action workflows start with n8n's Webhook node (POST the input to `/webhook/<path>`, read
// the last node's items in the answer); trigger workflows forward what the trigger emits to
// the observer stand-in. Node types are those of `packageName` (the combined package, or
// n8n-nodes-phoneburner).
import { credentialRef, packageNode, triggerWorkflow, webhookWorkflow } from '../lib.mjs';

export const PHONEBURNER_CREDENTIAL = {
	id: 'pbE2eCred00001',
	name: 'PhoneBurner (stand-in)',
	type: 'phoneBurnerApi',
};
export const PB_TRIGGER_WEBHOOK_ID = '0b6c1d3e-7f2a-4c8b-9d5e-1a2b3c4d5e6f';

const credential = credentialRef(PHONEBURNER_CREDENTIAL);

/** `values.pbCallbackToken`: the PhoneBurner Trigger's token, in the dial session's callback URL. */
export function phoneBurnerWorkflows({ packageName, n8nBase, observerUrl, values }) {
	const node = packageNode(packageName);
	const pbCallback = `${n8nBase}/webhook/${PB_TRIGGER_WEBHOOK_ID}/callback?token=${values.pbCallbackToken}&event=api_calldone`;
	const actions = [
		webhookWorkflow({
			id: 'e2ePbDial00001',
			name: 'PhoneBurner: one dial session from all items',
			path: 'pb-dial',
			splitItems: true,
			nodes: [
				node(
					'Create Dial Session',
					'phoneBurner',
					{
						authentication: 'accessToken',
						resource: 'dialSession',
						operation: 'create',
						contactsMode: 'allItems',
						firstName: '={{ $json.first }}',
						lastName: '={{ $json.last }}',
						phone: '={{ $json.phone }}',
						callbacks: { callback: [{ type: 'api_calldone', url: pbCallback }] },
					},
					credential,
				),
			],
		}),
		webhookWorkflow({
			id: 'e2ePbContacts1',
			name: 'PhoneBurner: all contacts',
			path: 'pb-contacts',
			nodes: [
				node(
					'All Contacts',
					'phoneBurner',
					{
						authentication: 'accessToken',
						resource: 'contact',
						operation: 'getAll',
						returnAll: true,
					},
					credential,
				),
			],
		}),
		webhookWorkflow({
			id: 'e2ePbFolders01',
			name: 'PhoneBurner: all folders (one unpaged answer)',
			path: 'pb-folders',
			nodes: [
				node(
					'All Folders',
					'phoneBurner',
					{
						authentication: 'accessToken',
						resource: 'folder',
						operation: 'getAll',
						returnAll: true,
					},
					credential,
				),
			],
		}),
		webhookWorkflow({
			id: 'e2ePbTags00001',
			name: 'PhoneBurner: all tags (a paged list)',
			path: 'pb-tags',
			nodes: [
				node(
					'All Tags',
					'phoneBurner',
					{
						authentication: 'accessToken',
						resource: 'tag',
						operation: 'getAll',
						returnAll: true,
					},
					credential,
				),
			],
		}),
		webhookWorkflow({
			id: 'e2ePbDelMany01',
			name: 'PhoneBurner: delete the contacts the request names',
			path: 'pb-delete-many',
			nodes: [
				node(
					'Delete Contacts',
					'phoneBurner',
					{
						authentication: 'accessToken',
						resource: 'contact',
						operation: 'deleteMany',
						contactIds: '={{ $json.body.ids }}',
					},
					credential,
					{ onError: 'continueRegularOutput' },
				),
			],
		}),
	];
	const triggers = [
		triggerWorkflow({
			id: 'e2ePbTrigger01',
			name: 'PhoneBurner callbacks',
			observerUrl,
			trigger: {
				name: 'PhoneBurner Trigger',
				type: `${packageName}.phoneBurnerTrigger`,
				webhookId: PB_TRIGGER_WEBHOOK_ID,
				parameters: {
					events: ['api_calldone'],
					authentication: 'token',
					secretToken: values.pbCallbackToken,
				},
			},
		}),
	];
	return { actions, triggers };
}
