import type { INodeType, INodeTypeDescription } from 'n8n-workflow';

import { NodeConnectionTypes } from 'n8n-workflow';

import { readableSubtitle } from '../shared/subtitle';
import { vendorRequestDefaults } from '../shared/transport';

import { callEmAllLoadOptions } from './LoadOptions';

import {
	broadcastFields,
	broadcastOperations,
	contactFields,
	contactListFields,
	contactListOperations,
	contactOperations,
	conversationFields,
	conversationOperations,
	optOutFields,
	optOutOperations,
	userFields,
	userOperations,
} from './descriptions';

export class CallEmAll implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Call-Em-All',
		name: 'callEmAll',
		icon: { light: 'file:../../icons/callemall.svg', dark: 'file:../../icons/callemall.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description:
			'Send voice and text broadcasts and manage contacts, lists and opt-outs with Call-Em-All (Text-Em-All)',
		defaults: { name: 'Call-Em-All' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'callEmAllApi', required: true }],
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
			...userOperations,
			...userFields,
			...broadcastOperations,
			...broadcastFields,
			...contactOperations,
			...contactFields,
			...contactListOperations,
			...contactListFields,
			...conversationOperations,
			...conversationFields,
			...optOutOperations,
			...optOutFields,
		],
	};

	constructor() {
		// The canvas subtitle in the words of the Resource and Operation dropdowns.
		this.description.subtitle = readableSubtitle(this.description);
	}

	methods = { loadOptions: callEmAllLoadOptions };
}
