// Workflows for the running-n8n part of the end-to-end suite. Action workflows start with n8n's
// Webhook node (POST the input, read the last node's items in the answer); trigger workflows
// forward what the trigger emits to the observer stand-in. Each takes the package whose node
// types it uses (`packageName`: the combined package by default, or a single vendor's package of
// `npm run pack:all`) and the vendors to include (`vendors`: node type keys, all by default).
import { COMBINED_PACKAGE } from '../../../scripts/packages.mjs';
import { triggerWorkflow, webhookWorkflow } from '../lib.mjs';

/** The vendors this suite drives in a running n8n (PrimeVox has its own, workflows/primevox.mjs). */
export const SUITE_VENDORS = ['callFire', 'phoneBurner', 'callEmAll'];

export const CREDENTIAL_IDS = {
	callFire: 'cfE2eCred00001',
	phoneBurner: 'pbE2eCred00001',
	callEmAll: 'ceaE2eCred0001',
	callEmAllHook: 'ceaE2eHook0001',
	callEmAllPin: 'ceaE2ePin00001',
};

export const PB_TRIGGER_WEBHOOK_ID = '0b6c1d3e-7f2a-4c8b-9d5e-1a2b3c4d5e6f';
export const CF_TRIGGER_WEBHOOK_ID = '1c7d2e4f-8a3b-4d9c-8e6f-2b3c4d5e6f70';
export const CEA_TRIGGER_WEBHOOK_ID = '2d8e3f50-9b4c-4eac-9f70-3c4d5e6f7081';

const callFireCredential = {
	callFireApi: { id: CREDENTIAL_IDS.callFire, name: 'CallFire (stand-in)' },
};
const phoneBurnerCredential = {
	phoneBurnerApi: { id: CREDENTIAL_IDS.phoneBurner, name: 'PhoneBurner (stand-in)' },
};
const callEmAllCredential = {
	callEmAllApi: { id: CREDENTIAL_IDS.callEmAll, name: 'Call-Em-All (stand-in)' },
};

/** The credentials whose data is given (a vendor left out has none). */
export function vendorCredentials({
	callFire,
	phoneBurner,
	callEmAll,
	callEmAllPin,
	callEmAllHook,
}) {
	return [
		...(callFire
			? [
					{
						id: CREDENTIAL_IDS.callFire,
						name: 'CallFire (stand-in)',
						type: 'callFireApi',
						data: callFire,
					},
				]
			: []),
		...(phoneBurner
			? [
					{
						id: CREDENTIAL_IDS.phoneBurner,
						name: 'PhoneBurner (stand-in)',
						type: 'phoneBurnerApi',
						data: phoneBurner,
					},
				]
			: []),
		...(callEmAll
			? [
					{
						id: CREDENTIAL_IDS.callEmAll,
						name: 'Call-Em-All (stand-in)',
						type: 'callEmAllApi',
						data: callEmAll,
					},
				]
			: []),
		...(callEmAllPin
			? [
					{
						id: CREDENTIAL_IDS.callEmAllPin,
						name: 'Call-Em-All (user name and PIN)',
						type: 'callEmAllApi',
						data: callEmAllPin,
					},
				]
			: []),
		...(callEmAllHook
			? [
					{
						id: CREDENTIAL_IDS.callEmAllHook,
						name: 'Call-Em-All webhook login',
						type: callEmAllHook.type,
						data: callEmAllHook.data,
					},
				]
			: []),
	];
}

/** The vendor (node type key) of a workflow of this file: that of its first node from the package. */
const vendorOf = (workflow, packageName) =>
	workflow.nodes
		.find((entry) => entry.type.startsWith(`${packageName}.`))
		.type.slice(packageName.length + 1)
		.replace(/Trigger$/, '');

const ofVendors = (workflows, packageName, vendors) =>
	workflows.filter((workflow) => vendors.includes(vendorOf(workflow, packageName)));

/** All action workflows of the given vendors. Paths are `/webhook/<path>`. */
export function actionWorkflows({
	n8nBase,
	pbToken,
	packageName = COMBINED_PACKAGE,
	vendors = SUITE_VENDORS,
}) {
	const pbCallback = `${n8nBase}/webhook/${PB_TRIGGER_WEBHOOK_ID}/callback?token=${pbToken}&event=api_calldone`;
	const node = (name, type, parameters, credentials, extra = {}) => ({
		name,
		type: `${packageName}.${type}`,
		parameters,
		credentials,
		...extra,
	});
	return ofVendors(
		[
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
						callFireCredential,
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
							textSendOptions: { campaignId: 4050600003, defaultMessage: 'Hello!' },
						},
						callFireCredential,
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
						callFireCredential,
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
						callFireCredential,
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
						callFireCredential,
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
						callFireCredential,
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
						callFireCredential,
						{ onError: 'continueRegularOutput' },
					),
				],
			}),
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
						phoneBurnerCredential,
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
						phoneBurnerCredential,
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
						phoneBurnerCredential,
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
						phoneBurnerCredential,
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
						phoneBurnerCredential,
						{ onError: 'continueRegularOutput' },
					),
				],
			}),
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
						callEmAllCredential,
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
						callEmAllCredential,
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
						{
							callEmAllApi: {
								id: CREDENTIAL_IDS.callEmAllPin,
								name: 'Call-Em-All (user name and PIN)',
							},
						},
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
						callEmAllCredential,
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
						callEmAllCredential,
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
						callEmAllCredential,
						{ onError: 'continueRegularOutput' },
					),
				],
			}),
		],
		packageName,
		vendors,
	);
}

export function triggerWorkflows({
	observerUrl,
	pbToken,
	callEmAllTrigger,
	packageName = COMBINED_PACKAGE,
	vendors = SUITE_VENDORS,
}) {
	return ofVendors(
		[
			triggerWorkflow({
				id: 'e2ePbTrigger01',
				name: 'PhoneBurner callbacks',
				observerUrl,
				trigger: {
					name: 'PhoneBurner Trigger',
					type: `${packageName}.phoneBurnerTrigger`,
					webhookId: PB_TRIGGER_WEBHOOK_ID,
					parameters: { events: ['api_calldone'], authentication: 'token', secretToken: pbToken },
				},
			}),
			triggerWorkflow({
				id: 'e2eCfTrigger01',
				name: 'CallFire webhook deliveries',
				observerUrl,
				trigger: {
					name: 'CallFire Trigger',
					type: `${packageName}.callFireTrigger`,
					webhookId: CF_TRIGGER_WEBHOOK_ID,
					parameters: { resource: 'OutboundText', events: ['Finished'] },
					credentials: callFireCredential,
				},
			}),
			...(callEmAllTrigger
				? [
						triggerWorkflow({
							id: 'e2eCeaTrigger1',
							name: 'Call-Em-All webhook events',
							observerUrl,
							trigger: {
								name: 'CallEmAll Trigger',
								type: `${packageName}.callEmAllTrigger`,
								webhookId: CEA_TRIGGER_WEBHOOK_ID,
								...callEmAllTrigger,
							},
						}),
					]
				: []),
		],
		packageName,
		vendors,
	);
}
