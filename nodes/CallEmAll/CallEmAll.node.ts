import type { INodeType, INodeTypeDescription } from 'n8n-workflow';

import { NodeConnectionTypes } from 'n8n-workflow';

import { buildNodeProperties } from '../shared/builder';
import { readableSubtitle } from '../shared/subtitle';
import { vendorRequestDefaults } from '../shared/transport';

import { loadOptions } from './methods';
import { resources } from './resources';
import { CREDENTIAL_TYPE, callEmAllHttp } from './transport';

import {
	contactFields,
	contactListFields,
	contactListOperations,
	contactOperations,
} from './descriptions';

/**
 * The properties of the resources on the operation model (`resources/`), without the builder's
 * Resource selector: the node's own selector below still lists the resources of `descriptions/`.
 */
const [, ...modelProperties] = buildNodeProperties(callEmAllHttp, {
	resources,
	methods: { loadOptions },
	// Each resource's Options collection holds its own list options (saved workflows use the name).
	repeatedNames: ['options'],
});

export class CallEmAll implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Call-Em-All',
		name: 'callEmAll',
		icon: { light: 'file:../../icons/callemall.svg', dark: 'file:../../icons/callemall.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description:
			'Send voice and text broadcasts and manage contacts, lists and opt-outs with Call-Em-All (now called Text-Em-All)',
		defaults: { name: 'Call-Em-All' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: CREDENTIAL_TYPE, required: true }],
		requestDefaults: vendorRequestDefaults(),
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Account User', value: 'user' },
					{ name: 'Broadcast', value: 'broadcast' },
					{ name: 'Contact', value: 'contact' },
					{ name: 'Contact List', value: 'contactList' },
					{ name: 'Conversation', value: 'conversation' },
					{ name: 'Opt Out', value: 'optOut' },
				],
				default: 'broadcast',
			},
			...modelProperties,
			...contactOperations,
			...contactFields,
			...contactListOperations,
			...contactListFields,
		],
	};

	constructor() {
		// The canvas subtitle in the words of the Resource and Operation dropdowns.
		this.description.subtitle = readableSubtitle(this.description);
	}

	methods = { loadOptions };
}
