import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { CallFire } from '../../../nodes/CallFire/CallFire.node';
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
		const offered = new Set(routes().map(([, , method, path]) => `${method} ${path}`));
		const missing = ENDPOINT_ROWS.filter(([method, path]) => !offered.has(`${method} ${path}`));
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
			const options = shown.find((property) => property.name.endsWith('Options'));
			expect((options?.options as INodeProperties[]).map((option) => option.name)).toContain(
				'fields',
			);
		}
	});
});
