import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchResult,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';

import { NodeConnectionTypes } from 'n8n-workflow';

import { readableSubtitle } from '../shared/subtitle';
import { vendorRequestDefaults } from '../shared/transport';

import { callFields, callOperations } from './descriptions';
import { fetchRecentCalls } from './listSearch';

export class PrimeVox implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'PrimeVox',
		name: 'primeVox',
		icon: { light: 'file:../../icons/primevox.svg', dark: 'file:../../icons/primevox.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description:
			'Read call history, download recordings and annotate calls on a PrimeVox hosted PBX',
		defaults: { name: 'PrimeVox' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'primeVoxApi', required: true }],
		requestDefaults: vendorRequestDefaults(),
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [{ name: 'Call', value: 'call' }],
				default: 'call',
			},
			...callOperations,
			...callFields,
		],
	};

	constructor() {
		// The canvas subtitle in the words of the Resource and Operation dropdowns.
		this.description.subtitle = readableSubtitle(this.description);
	}

	methods = {
		listSearch: {
			async searchCalls(
				this: ILoadOptionsFunctions,
				filter?: string,
			): Promise<INodeListSearchResult> {
				const calls = await fetchRecentCalls.call(this);
				const wanted = (filter ?? '').toLowerCase();
				const results = calls
					.filter(
						(call: IDataObject) =>
							wanted === '' ||
							[call.callUuid, call.cidName, call.cidNum, call.numDialed].some((value) =>
								String(value ?? '')
									.toLowerCase()
									.includes(wanted),
							),
					)
					.slice(0, 100)
					.map((call: IDataObject) => ({
						name: `${String(call.callDate ?? '')} ${String(call.cidName || call.cidNum || '')} → ${String(call.numDialed ?? '')}`.trim(),
						value: String(call.callUuid),
					}));
				return { results };
			},
		},
	};
}
