import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { CallFire } from '../../../nodes/CallFire/CallFire.node';
import { resources } from '../../../nodes/CallFire/resources';
import { ENDPOINT_SPECS, type EndpointSpec } from './endpointSpecs';
import { ENDPOINT_ROWS } from './endpoints';

function routes(): Array<[string, string, string, string]> {
	const found: Array<[string, string, string, string]> = [];
	for (const property of new CallFire().description.properties as INodeProperties[]) {
		if (property.name !== 'operation') continue;
		const resource = String(property.displayOptions?.show?.resource?.[0]);
		for (const option of (property.options ?? []) as INodePropertyOptions[]) {
			const request = option.routing?.request;
			const path = String(request?.url)
				.replace(/^=/, '')
				// Paths are plain templates, their {ids} filled in by a preSend.
				.replace(/\{\{encodeURIComponent\(\$parameter\["(\w+)"\]\)\}\}/g, '{$1}');
			found.push([resource, String(option.value), String(request?.method), `/v2${path}`]);
		}
	}
	return found;
}

describe('CallFire › endpoint coverage', () => {
	it('offers one operation for each of the 104 CallFire rows of endpoints.tsv', () => {
		// A placeholder is named after the node's parameter (`{contactId}`), the doc's after the
		// API's (`{id}`): the paths are compared with their placeholders unnamed.
		const shape = (path: string) => path.replace(/\{\w+\}/g, '{}');
		const offered = new Set(routes().map(([, , method, path]) => `${method} ${shape(path)}`));
		const missing = ENDPOINT_ROWS.filter(
			([method, path]) => !offered.has(`${method} ${shape(path)}`),
		);
		expect(missing).toEqual([]);
		expect(ENDPOINT_ROWS).toHaveLength(104);
		expect(routes()).toHaveLength(104);
	});

	it('gives every operation the fields option and every list Return All / Limit', () => {
		const properties = new CallFire().description.properties as INodeProperties[];
		for (const [resource, operation] of routes()) {
			const shown = properties.filter(
				(property) =>
					property.displayOptions?.show?.resource?.includes(resource) &&
					property.displayOptions?.show?.operation?.includes(operation),
			);
			const options = shown.find((property) => /(Options|Filters)$/.test(property.name));
			expect((options?.options as INodeProperties[]).map((option) => option.name)).toContain(
				'fields',
			);
			const spec = specOf(resource, operation);
			if (spec.list || spec.output === 'history') {
				expect(shown.map((property) => property.name)).toEqual(
					expect.arrayContaining(['returnAll', 'limit']),
				);
			}
		}
	});
});

function specOf(resource: string, operation: string): EndpointSpec {
	return ENDPOINT_SPECS[resource].find((spec) => spec.value === operation)!;
}

/** The property (or option of a collection) named `name` shown for one operation. */
function propertyOf(resource: string, operation: string, name: string): INodeProperties {
	const properties = new CallFire().description.properties as INodeProperties[];
	const shown = properties.filter(
		(property) =>
			property.displayOptions?.show?.resource?.includes(resource) &&
			property.displayOptions?.show?.operation?.includes(operation),
	);
	const direct = shown.find((property) => property.name === name);
	if (direct) return direct;
	for (const property of shown) {
		const inner = ((property.options ?? []) as INodeProperties[]).find(
			(option) => option.name === name,
		);
		if (inner && 'type' in inner) return inner;
	}
	throw new Error(`${resource} › ${operation} has no ${name}`);
}

const values = (property: INodeProperties) =>
	((property.options ?? []) as INodePropertyOptions[]).map((option) => option.value);

describe('CallFire › enumerations are dropdowns, as the doc lists them', () => {
	it('offers the webhook resources and events as dropdowns', () => {
		const resource = propertyOf('webhook', 'getAll', 'resource');
		expect(resource.type).toBe('options');
		expect(values(resource)).toHaveLength(11);
		const event = propertyOf('webhook', 'getAll', 'event');
		expect(event.type).toBe('options');
		expect(values(event)).toEqual(
			expect.arrayContaining([
				'Started',
				'Stopped',
				'Finished',
				'ValidationFailed',
				'Received',
				'Failed',
			]),
		);
		expect(propertyOf('webhook', 'create', 'webhookCreateResource').type).toBe('options');
		expect(propertyOf('webhook', 'create', 'webhookCreateEvents').typeOptions).toMatchObject({
			loadOptionsMethod: 'getWebhookEvents',
			loadOptionsDependsOn: ['webhookCreateResource'],
		});
	});

	it('offers every media file type of the doc (bmp, gif, jpg, m4a, mp3, mp4, png, wav)', () => {
		for (const operation of ['downloadAs', 'downloadPublic']) {
			expect(values(propertyOf('media', operation, 'extension')).sort()).toEqual([
				'bmp',
				'gif',
				'jpg',
				'm4a',
				'mp3',
				'mp4',
				'png',
				'wav',
			]);
		}
	});

	it('makes Use Custom Fields a boolean and Keywords a required parameter', () => {
		expect(propertyOf('contactList', 'upload', 'useCustomFields').type).toBe('boolean');
		const keywords = propertyOf('keyword', 'getAll', 'keywordGetAllKeywords');
		expect(keywords.required).toBe(true);
	});

	it('offers voices, answering machine settings, lease and feature statuses as dropdowns', () => {
		expect(
			values(propertyOf('sound', 'createFromText', 'soundCreateFromTextVoice')).sort(),
		).toEqual(['FEMALE1', 'FEMALE2', 'FRENCHCANADIAN1', 'MALE1', 'SPANISH1']);
		expect(values(propertyOf('callBroadcast', 'create', 'answeringMachineConfig')).sort()).toEqual([
			'AM_AND_LIVE',
			'AM_ONLY',
			'LIVE_IMMEDIATE',
			'LIVE_WITH_AMD',
		]);
		expect(values(propertyOf('numberLease', 'update', 'status')).sort()).toEqual([
			'ACTIVE',
			'PENDING',
			'RELEASED',
			'UNAVAILABLE',
		]);
		expect(values(propertyOf('keywordLease', 'update', 'status')).sort()).toEqual([
			'ACTIVE',
			'PENDING',
			'RELEASED',
			'UNAVAILABLE',
		]);
		expect(values(propertyOf('numberLease', 'update', 'callFeatureStatus')).sort()).toEqual([
			'DISABLED',
			'ENABLED',
		]);
		expect(
			values(propertyOf('numberLease', 'updateConfig', 'numberLeaseUpdateConfigConfigType')).sort(),
		).toEqual(['IVR', 'TRACKING']);
		expect(
			values(propertyOf('contactList', 'create', 'contactListCreateContactNumbersField')).sort(),
		).toEqual(['homePhone', 'mobilePhone', 'workPhone']);
		// The doc gives DNC sources no enumeration: free text.
		expect(propertyOf('doNotContact', 'getAll', 'source').type).toBe('string');
	});
});

describe('CallFire › computed properties follow n8n lint rules (which cannot see them)', () => {
	it('booleans say Whether, dropdowns of account entries say Name or ID, options are sorted', () => {
		const problems: string[] = [];
		const walk = (properties: INodeProperties[], where: string) => {
			for (const property of properties) {
				const at = `${where}/${property.name}`;
				if (property.type === 'boolean' && !property.description?.startsWith('Whether')) {
					problems.push(`${at}: a boolean's description starts with "Whether"`);
				}
				const list = property.type === 'options' || property.type === 'multiOptions';
				if (list && property.typeOptions?.loadOptionsMethod) {
					if (!/(Name or ID|Names or IDs)$/.test(property.displayName)) {
						problems.push(`${at}: "${property.displayName}" ends with Name or ID`);
					}
					if (!property.description?.includes('expression')) problems.push(`${at}: description`);
				}
				if (
					list &&
					Array.isArray(property.options) &&
					!['operation', 'resource'].includes(property.name)
				) {
					const names = (property.options as INodePropertyOptions[]).map((option) => option.name);
					if (names.join('|') !== [...names].sort((a, b) => a.localeCompare(b)).join('|')) {
						problems.push(`${at}: options sorted`);
					}
				}
				if (property.type === 'multiOptions' && !Array.isArray(property.default)) {
					problems.push(`${at}: multiOptions default is a list`);
				}
				if (property.type === 'collection') {
					const names = (property.options as INodeProperties[]).map((option) => option.displayName);
					if (names.join('|') !== [...names].sort((a, b) => a.localeCompare(b)).join('|')) {
						problems.push(`${at}: collection sorted`);
					}
					walk(property.options as INodeProperties[], at);
				}
				if (property.type === 'fixedCollection') {
					for (const option of property.options as Array<{
						name: string;
						values: INodeProperties[];
					}>) {
						walk(option.values, `${at}/${option.name}`);
					}
				}
			}
		};
		walk(new CallFire().description.properties as INodeProperties[], '');
		expect(problems).toEqual([]);
	});

	it('actions are sentence case and Get Many actions start with "Get many"', () => {
		for (const specs of resources.map((resource) => resource.operations)) {
			for (const spec of specs) {
				const words = spec.action.split(' ').filter((word) => word !== word.toUpperCase());
				expect(
					words.slice(1).every((word) => word === word.toLowerCase() && !word.includes('-')),
				).toBe(true);
				if (spec.value === 'getAll') expect(spec.action).toMatch(/^Get many /);
			}
		}
	});
});
