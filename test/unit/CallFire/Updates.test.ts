/**
 * The second read of issue 18, for CallFire's updates (PUT): an update must never clear what
 * the user did not change. Written from the doc (callfire-api-v2.txt):
 *
 * - line 7318 (PUT /contacts/{id}, curl example): `-d ' { "mobilePhone":"12136600123",
 *   "workPhone":"14553320089" }'`: only the fields changed are sent, so fields left out are
 *   kept. Lines 7228-7230: "properties object Map of user-defined string properties for
 *   contact": the doc does not say whether a map sent replaces the contact's own, so the node
 *   reads the contact first and lays the given properties over its others.
 * - line 1411 (PUT /calls/broadcasts/{id}, curl example): name, answeringMachineConfig,
 *   sounds.liveSoundText and schedules only: a partial update, down into `sounds`.
 * - line 5445 (PUT /contacts/dncs/{number}): `-d ' { "call": true, "text": false }'`: both flags.
 */
import nock from 'nock';

import { CallFire } from '../../../nodes/CallFire/CallFire.node';
import { runNode } from '../../helpers/harness';
import { BASE, BASIC_AUTH, CREDENTIALS } from './fixtures';

function run(parameters: Record<string, unknown>) {
	return runNode({ type: 'callFire', parameters: parameters as never, credentials: CREDENTIALS });
}

const updateContact = (fields: Record<string, unknown>) => ({
	resource: 'contact',
	operation: 'update',
	contactId: '11646003',
	contactUpdateUpdateFields: fields,
});

const properties = (pairs: Record<string, string>) => ({
	property: Object.entries(pairs).map(([name, value]) => ({ name, value })),
});

afterEach(() => nock.cleanAll());

describe('CallFire › Contact → Update', () => {
	it("sends only the fields given, as the doc's example does (line 7318), with no read first", async () => {
		const scope = nock(BASE)
			.put('/v2/contacts/11646003', { mobilePhone: '12136600123', workPhone: '14553320089' })
			.basicAuth(BASIC_AUTH)
			.reply(200, '');
		const { error } = await run(
			updateContact({ mobilePhone: '12136600123', workPhone: '14553320089' }),
		);
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
	});

	it("reads the contact's properties first and keeps the ones not given", async () => {
		const order: string[] = [];
		const scope = nock(BASE)
			.get('/v2/contacts/11646003')
			.query({ fields: 'properties' })
			.basicAuth(BASIC_AUTH)
			.reply(200, () => {
				order.push('GET');
				return { properties: { custom_age: '30', custom_position: 'Manager' } };
			})
			.put('/v2/contacts/11646003', {
				firstName: 'Alice',
				properties: { custom_age: '30', custom_position: 'Lead', custom_team: 'West' },
			})
			.basicAuth(BASIC_AUTH)
			.reply(200, () => {
				order.push('PUT');
				return '';
			});
		const { error } = await run(
			updateContact({
				firstName: 'Alice',
				properties: properties({ custom_position: 'Lead', custom_team: 'West' }),
			}),
		);
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(order).toEqual(['GET', 'PUT']);
	});

	it('a contact with no properties yet gets just the given ones', async () => {
		const scope = nock(BASE)
			.get('/v2/contacts/11646003')
			.query({ fields: 'properties' })
			.reply(200, {})
			.put('/v2/contacts/11646003', { properties: { custom_team: 'West' } })
			.reply(200, '');
		const { error } = await run(updateContact({ properties: properties({ custom_team: 'West' }) }));
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
	});

	it('Replace All Properties sends only the given ones, without reading', async () => {
		const scope = nock(BASE)
			.put('/v2/contacts/11646003', { properties: { custom_team: 'West' } })
			.reply(200, '');
		const { error } = await run(
			updateContact({ properties: properties({ custom_team: 'West' }), replaceProperties: true }),
		);
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
	});

	it('when the read fails, the vendor error is the result and nothing is written', async () => {
		nock(BASE).get('/v2/contacts/11646003').query({ fields: 'properties' }).reply(404, {
			httpStatusCode: 404,
			internalCode: 0,
			message: 'Contact 11646003 not found',
			developerMessage: 'https://developers.callfire.com/docs.html#errors',
		});
		const put = nock(BASE).put(/.*/).reply(200, '');
		const { error } = await run(updateContact({ properties: properties({ custom_team: 'West' }) }));
		expect(error?.message).toContain('Contact 11646003 not found');
		expect(put.isDone()).toBe(false);
	});

	it('Replace All Properties alone is not an update', async () => {
		const scope = nock(BASE).put(/.*/).reply(200, '');
		const { error } = await run(updateContact({ replaceProperties: true }));
		expect(error?.message).toBe('Add at least one field to update');
		expect(scope.isDone()).toBe(false);
	});
});

describe('CallFire › Call Broadcast → Update', () => {
	it("sends only the fields given, down into sounds, as the doc's example does (line 1411)", async () => {
		const scope = nock(BASE)
			.put('/v2/calls/broadcasts/11646003', {
				name: 'Call Broadcast with Schedules',
				answeringMachineConfig: 'LIVE_IMMEDIATE',
				sounds: { liveSoundText: 'Hello! This is an updated Call Broadcast config tts' },
			})
			.reply(200, '');
		const { error } = await run({
			resource: 'callBroadcast',
			operation: 'update',
			callBroadcastId: '11646003',
			callBroadcastUpdateUpdateFields: {
				name: 'Call Broadcast with Schedules',
				answeringMachineConfig: 'LIVE_IMMEDIATE',
				liveMessage: 'Hello! This is an updated Call Broadcast config tts',
			},
		});
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
	});

	it.each(['callBroadcast', 'textBroadcast'])(
		'%s › Update says that lists are sent whole and recipients may not add',
		(resource) => {
			const fields = new CallFire().description.properties.find(
				(property) => property.name === `${resource}UpdateUpdateFields`,
			)!;
			const describe = (name: string) =>
				String(
					(fields.options as Array<{ name: string; description?: string }>).find(
						(option) => option.name === name,
					)?.description,
				);
			expect(describe('labels')).toContain('takes the place of');
			expect(describe('schedules')).toContain('takes the place of');
			expect(describe('recipientNumbers')).toContain('use Add Recipients or Add Batch');
			expect(describe('recipientContactIds')).toContain('use Add Recipients or Add Batch');
		},
	);
});

describe('CallFire › Do Not Contact → Update', () => {
	it('always sends both flags, as the doc does (line 5445)', async () => {
		const scope = nock(BASE)
			.put('/v2/contacts/dncs/12132000381', { call: true, text: false })
			.reply(200, '');
		const { error } = await run({
			resource: 'doNotContact',
			operation: 'update',
			doNotContactNumber: '12132000381',
			doNotContactUpdateDoNotText: false,
		});
		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
	});
});
