// CallFire's workflows for the running-n8n suite (callfire-suite.mjs).
// Action workflows start with n8n's Webhook node (POST the input to `/webhook/<path>`, read
// the last node's items in the answer); trigger workflows forward what the trigger emits to
// the observer stand-in. Node types are those of `packageName` (the combined package, or
// n8n-nodes-callfire).
import { credentialRef, packageNode, triggerWorkflow, webhookWorkflow } from '../lib.mjs';

export const CALLFIRE_CREDENTIAL = {
	id: 'cfE2eCred00001',
	name: 'CallFire (stand-in)',
	type: 'callFireApi',
};
export const CF_TRIGGER_WEBHOOK_ID = '1c7d2e4f-8a3b-4d9c-8e6f-2b3c4d5e6f70';

const credential = credentialRef(CALLFIRE_CREDENTIAL);

export function callFireWorkflows({ packageName, observerUrl }) {
	const node = packageNode(packageName);
	const actions = [
		webhookWorkflow({
			id: 'e2eCfTexts0001',
			name: 'CallFire: send texts from items',
			path: 'cf-texts',
			splitItems: true,
			nodes: [
				node(
					'Send Texts',
					'callFire',
					{
						resource: 'text',
						operation: 'send',
						inputMode: 'item',
						textEntryPhoneNumber: '={{ $json.phone }}',
						textEntryMessage: '={{ $json.message }}',
						batchSize: 1000,
					},
					credential,
				),
			],
		}),
		webhookWorkflow({
			id: 'e2eCfTextsCnt1',
			name: 'CallFire: send texts to numbers and to contacts by ID',
			path: 'cf-texts-contacts',
			splitItems: true,
			nodes: [
				node(
					'Send Texts',
					'callFire',
					{
						resource: 'text',
						operation: 'send',
						inputMode: 'item',
						textEntryRecipient: "={{ $json.contactId ? 'contactId' : 'phoneNumber' }}",
						textEntryPhoneNumber: '={{ $json.phoneNumber }}',
						textEntryContactId: '={{ $json.contactId }}',
						textEntryMessage: '={{ $json.message }}',
						textEntryAttributes: '={{ $json.attributes }}',
						textOptions: { campaignId: 4050600003, defaultMessage: 'Hello!' },
					},
					credential,
				),
			],
		}),
		webhookWorkflow({
			id: 'e2eCfDnc000001',
			name: 'CallFire: add DNC numbers from items',
			path: 'cf-dnc',
			splitItems: true,
			nodes: [
				node(
					'Add DNC',
					'callFire',
					{
						resource: 'doNotContact',
						operation: 'add',
						inputMode: 'item',
						doNotContactEntryNumber: '={{ $json.phone }}',
						call: true,
						text: true,
						source: 'n8n e2e',
						batchSize: 1000,
					},
					credential,
					{ onError: 'continueRegularOutput' },
				),
			],
		}),
		webhookWorkflow({
			id: 'e2eCfRecord001',
			name: 'CallFire: download a recording',
			path: 'cf-recording',
			responseData: 'firstEntryBinary',
			nodes: [
				node(
					'Download Recording',
					'callFire',
					{
						resource: 'callRecording',
						operation: 'download',
						callRecordingId: '={{ $json.body.id }}',
						binaryPropertyName: 'data',
					},
					credential,
				),
			],
		}),
		webhookWorkflow({
			id: 'e2eCfContact01',
			name: 'CallFire: get contacts by id',
			path: 'cf-contact',
			splitItems: true,
			nodes: [
				node(
					'Get Contact',
					'callFire',
					{
						resource: 'contact',
						operation: 'get',
						contactId: '={{ $json.id }}',
						requestOptions: { timeout: 3000 },
					},
					credential,
					{ onError: 'continueRegularOutput' },
				),
			],
		}),
		webhookWorkflow({
			// Many items at once, with n8n's own request timeout: n8n 1.x prepares every item's
			// request before it sends the first, so a 3 s timeout per request would not hold.
			id: 'e2eCfContacts1',
			name: 'CallFire: get many contacts by id',
			path: 'cf-contacts-many',
			splitItems: true,
			nodes: [
				node(
					'Get Contact',
					'callFire',
					{ resource: 'contact', operation: 'get', contactId: '={{ $json.id }}' },
					credential,
					{ onError: 'continueRegularOutput' },
				),
			],
		}),
		webhookWorkflow({
			id: 'e2eCfCreate001',
			name: 'CallFire: create contacts (a send: never retried on 5xx)',
			path: 'cf-create',
			splitItems: true,
			nodes: [
				node(
					'Create Contacts',
					'callFire',
					{
						resource: 'contact',
						operation: 'create',
						inputMode: 'item',
						contactEntryFirstName: '={{ $json.name }}',
						contactEntryHomePhone: '={{ $json.phone }}',
					},
					credential,
					{ onError: 'continueRegularOutput' },
				),
			],
		}),
	];
	const triggers = [
		triggerWorkflow({
			id: 'e2eCfTrigger01',
			name: 'CallFire webhook deliveries',
			observerUrl,
			trigger: {
				name: 'CallFire Trigger',
				type: `${packageName}.callFireTrigger`,
				webhookId: CF_TRIGGER_WEBHOOK_ID,
				parameters: { resource: 'OutboundText', events: ['Finished'] },
				credentials: credential,
			},
		}),
	];
	return { actions, triggers };
}
