import type { INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { buildNodeProperties } from '../shared/builder';
import { readableSubtitle } from '../shared/subtitle';
import { vendorRequestDefaults } from '../shared/transport';

import { loadOptions } from './methods';
import { resources } from './resources';
import { phoneBurnerHttp } from './transport';

/**
 * Names saved in workflows that differ between operations (kept as they are, see
 * `repeatedNames` in nodes/shared/builder.ts).
 */
const REPEATED_NAMES = ['contactPhoneType', 'filters', 'memberUserId'];

export class PhoneBurner implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'PhoneBurner',
		name: 'phoneBurner',
		icon: {
			light: 'file:../../icons/phoneburner.svg',
			dark: 'file:../../icons/phoneburner.dark.svg',
		},
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Manage contacts, folders, tags and dial sessions in PhoneBurner',
		defaults: { name: 'PhoneBurner' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			{
				name: 'phoneBurnerApi',
				required: true,
				displayOptions: { show: { authentication: ['accessToken'] } },
			},
			{
				name: 'phoneBurnerOAuth2Api',
				required: true,
				displayOptions: { show: { authentication: ['oAuth2'] } },
			},
		],
		requestDefaults: vendorRequestDefaults(),
		properties: [
			{
				displayName: 'Authentication',
				name: 'authentication',
				type: 'options',
				options: [
					{ name: 'Access Token', value: 'accessToken' },
					{ name: 'OAuth2', value: 'oAuth2' },
				],
				default: 'accessToken',
			},
			...buildNodeProperties(phoneBurnerHttp, {
				resources,
				methods: { loadOptions },
				repeatedNames: REPEATED_NAMES,
			}),
		],
	};

	constructor() {
		// The canvas subtitle in the words of the Resource and Operation dropdowns.
		this.description.subtitle = readableSubtitle(this.description);
	}

	methods = { loadOptions };
}
