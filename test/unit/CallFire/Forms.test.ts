/**
 * Bodies built from form fields: for each form case (formCases.ts), the exact body sent, with
 * Basic auth, to the operation's path; the JSON alternative where a form keeps one; and bad input
 * refused, naming the field, before any request.
 */
import nock from 'nock';

import { runNode } from '../../helpers/harness';
import { DOC_RESPONSES } from './docResponses';
import { ENDPOINT_SPECS, type EndpointSpec } from './endpointSpecs';
import { BASE, BASIC_AUTH, CREDENTIALS } from './fixtures';
import { FORM_CASES, type FormCase } from './formCases';
import { pathParameter } from './names';

function specOf(resource: string, operation: string): EndpointSpec {
	return ENDPOINT_SPECS[resource].find((spec) => spec.value === operation)!;
}

/** The operation's path with its IDs, and the parameters that fill them in. */
function pathOf(entry: { resource: string; operation: string }) {
	const spec = specOf(entry.resource, entry.operation);
	const parameters: Record<string, string> = {};
	const path = spec.path.replace(/\{(\w+)\}/g, (_match, name: string) => {
		const value = spec.phonePath?.includes(name) ? '12132000384' : '11646003';
		parameters[pathParameter(entry.resource, name)] = value;
		return value;
	});
	return { spec, path: `/v2${path}`, parameters };
}

function run(entry: { resource: string; operation: string }, parameters: Record<string, unknown>) {
	return runNode({
		type: 'callFire',
		parameters: {
			resource: entry.resource,
			operation: entry.operation,
			...pathOf(entry).parameters,
			...parameters,
		} as never,
		credentials: CREDENTIALS,
	});
}

/** Answers the operation as the doc's example does, recording the body sent. */
function answer(entry: FormCase | { resource: string; operation: string }) {
	const { spec, path } = pathOf(entry);
	const doc = DOC_RESPONSES[`${spec.method} ${spec.path}`];
	const sent: unknown[] = [];
	const scope = nock(BASE)
		.intercept(path, spec.method, (body: unknown) => {
			sent.push(body);
			return true;
		})
		.basicAuth(BASIC_AUTH)
		.reply(
			doc.status,
			doc.body === undefined ? '' : JSON.stringify(doc.body),
			doc.body === undefined ? {} : { 'Content-Type': 'application/json' },
		);
	return { scope, sent };
}

afterEach(() => nock.cleanAll());

describe('CallFire › bodies built from form fields', () => {
	it.each(FORM_CASES)('$title', async (entry) => {
		const { scope, sent } = answer(entry);
		const { error } = await run(entry, entry.parameters);
		expect(error).toBeUndefined();
		expect(sent).toEqual([entry.body]);
		expect(scope.isDone()).toBe(true);
	});

	it.each(
		FORM_CASES.filter((entry) => specOf(entry.resource, entry.operation).form?.json).filter(
			(entry, index, all) => all.findIndex((other) => other.endpoint === entry.endpoint) === index,
		),
	)('$resource › $operation still takes the whole body as JSON', async (entry) => {
		const { scope, sent } = answer(entry);
		const prefix = `${entry.resource}${entry.operation.charAt(0).toUpperCase()}${entry.operation.slice(1)}`;
		const { error } = await run(entry, {
			[`${prefix}BodyInput`]: 'json',
			[`${prefix}Body`]: JSON.stringify(entry.body),
		});
		expect(error).toBeUndefined();
		expect(sent).toEqual([entry.body]);
		expect(scope.isDone()).toBe(true);
	});
});

describe('CallFire › form input refused before any request', () => {
	it.each([
		[
			// n8n itself refuses a required field left blank; an expression can still come out empty.
			'a required field whose expression comes out empty',
			{ resource: 'callBroadcast', operation: 'create' },
			{ callBroadcastCreateName: '={{ $json.name }}' },
			'Name is empty',
		],
		[
			'a malformed recipient number',
			{ resource: 'callBroadcast', operation: 'create' },
			{ callBroadcastCreateName: 'A', callBroadcastCreateRecipientNumbers: '12135551100, call me' },
			'Recipient Phone Numbers "call me" is not a phone number',
		],
		[
			'a schedule time that is not one',
			{ resource: 'textBroadcast', operation: 'update' },
			{
				textBroadcastUpdateUpdateFields: {
					schedules: { item: [{ startTimeOfDay: '25:00' }] },
				},
			},
			'Start Time "25:00" is not a time of day',
		],
		[
			'a date that is not one',
			{ resource: 'callBroadcast', operation: 'update' },
			{ callBroadcastUpdateUpdateFields: { schedules: { item: [{ stopDate: '12/10/2016' }] } } },
			'Stop Date "12/10/2016" is not a date',
		],
		[
			'an update with nothing to update',
			{ resource: 'contact', operation: 'update' },
			{},
			'Add at least one field to update',
		],
		[
			'events the resource does not have',
			{ resource: 'webhook', operation: 'create' },
			{
				webhookCreateName: 'n8n',
				webhookCreateResource: 'InboundText',
				webhookCreateEvents: ['Started'],
				webhookCreateCallback: 'https://example.com/callfire',
			},
			'Inbound Text has no event "Started" (its events: Finished)',
		],
		[
			'a contact ID that is not one',
			{ resource: 'contactList', operation: 'create' },
			{
				contactListCreateName: 'List',
				contactListCreateAdditionalFields: { contactIds: '12, abc' },
			},
			'Contact IDs: "abc" is not an ID',
		],
		[
			'new contacts JSON that does not parse',
			{ resource: 'contactList', operation: 'create' },
			{
				contactListCreateName: 'List',
				contactListCreateAdditionalFields: { contacts: '[{"firstName": ' },
			},
			'New Contacts (JSON) is not valid JSON',
		],
		[
			'a list with no contacts',
			{ resource: 'contactList', operation: 'create' },
			{ contactListCreateName: 'List' },
			'Give phone numbers, contact IDs or new contacts for the list',
		],
		[
			'a batch with neither list nor recipients',
			{ resource: 'callBroadcast', operation: 'addBatch' },
			{ callBroadcastAddBatchName: 'Batch' },
			'Choose a contact list or give recipients',
		],
		[
			'a number order with nothing to buy',
			{ resource: 'order', operation: 'orderNumbers' },
			{},
			'Give the phone numbers to buy, or a Local Count or Toll-Free Count',
		],
		[
			'call tracking without settings',
			{ resource: 'numberLease', operation: 'updateConfig' },
			{ numberLeaseUpdateConfigConfigType: 'TRACKING' },
			'Call Tracking needs at least one setting, e.g. Transfer Numbers',
		],
		[
			'an IVR without its dialplan',
			{ resource: 'numberLease', operation: 'updateConfig' },
			{ numberLeaseUpdateConfigConfigType: 'IVR', numberLeaseUpdateConfigDialplanXml: '={{ "" }}' },
			'IVR Dialplan XML is empty',
		],
		[
			'a JSON body that is not an object',
			{ resource: 'textBroadcast', operation: 'create' },
			{ textBroadcastCreateBodyInput: 'json', textBroadcastCreateBody: '[1, 2]' },
			'Body (JSON) must be a JSON object',
		],
		[
			'a caller ID that is not a phone number',
			{ resource: 'account', operation: 'verifyCallerId' },
			{ accountCallerid: 'my phone', accountVerifyCallerIdVerificationCode: '1234' },
			'Caller ID Number "my phone" is not a phone number',
		],
		[
			'a text-to-speech sound without a message',
			{ resource: 'sound', operation: 'createFromText' },
			{ soundCreateFromTextMessage: '  ' },
			'Message is empty',
		],
	])('%s', async (_title, entry, parameters, message) => {
		const scope = nock(BASE).intercept(/.*/, pathOf(entry).spec.method).reply(200, {});
		const { error } = await run(entry, parameters);
		expect(error?.message).toBe(message);
		expect(scope.isDone()).toBe(false);
	});
});
