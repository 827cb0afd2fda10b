import {
	NodeConnectionTypes,
	type IDataObject,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
	type IPollFunctions,
} from 'n8n-workflow';

import { PageGuard } from '../shared/paging';
import { vendorRequest } from '../shared/transport';
import { callListPaging } from './helpers/callPages';
import { parseUtcOffset, toPrimeVoxDate } from './helpers/dates';
import { CREDENTIAL_TYPE, primeVoxHttp, scriptUrl } from './transport';

/** How many call UUIDs are remembered for deduplication. */
export const SEEN_CALLS_KEPT = 5000;
const MAX_PAGES_PER_POLL = 200;

interface TriggerState {
	lastPollAt?: string;
	seen?: string[];
}

export class PrimeVoxTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'PrimeVox Trigger',
		name: 'primeVoxTrigger',
		icon: { light: 'file:../../icons/primevox.svg', dark: 'file:../../icons/primevox.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '=New call',
		description: 'Starts the workflow when a new call appears in the PrimeVox call history',
		defaults: { name: 'PrimeVox Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'primeVoxApi', required: true }],
		properties: [
			{
				displayName: 'Event',
				name: 'event',
				type: 'options',
				default: 'newCall',
				options: [
					{
						name: 'New Call',
						value: 'newCall',
						description: 'Each new call, once',
					},
				],
			},
			{
				displayName: 'Direction',
				name: 'direction',
				type: 'options',
				default: 'all',
				options: [
					{ name: 'All', value: 'all' },
					{ name: 'Inbound', value: 'inbound' },
					{ name: 'Internal', value: 'internal' },
					{ name: 'Outbound', value: 'outbound' },
				],
			},
			{
				displayName: 'Filters',
				name: 'filters',
				type: 'collection',
				placeholder: 'Add Filter',
				default: {},
				options: [
					{
						displayName: 'Flagged for Follow-Up',
						name: 'flagged',
						type: 'boolean',
						default: true,
						description: 'Whether to only trigger on calls flagged for follow-up',
					},
					{
						displayName: 'Spoke to a Person',
						name: 'spokeToPerson',
						type: 'boolean',
						default: true,
						description: 'Whether to only trigger on inbound calls that reached a live person',
					},
					{
						displayName: 'Went to Voicemail',
						name: 'wentToVoicemail',
						type: 'boolean',
						default: true,
						description: 'Whether to only trigger on inbound calls that ended in a voicemail box',
					},
				],
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				options: [
					{
						displayName: 'Look Back (Minutes)',
						name: 'lookBackMinutes',
						type: 'number',
						default: 15,
						typeOptions: { minValue: 0 },
						description:
							'How far before the last poll to search again, for calls that reach the call history late. Calls already seen are never emitted twice.',
					},
					{
						displayName: 'UTC Offset (Minutes)',
						name: 'utcOffset',
						type: 'number',
						default: 0,
						typeOptions: { minValue: -720, maxValue: 840 },
						description:
							'The time zone call times should come back in, as minutes from UTC, e.g. -300 for America/Chicago in summer',
					},
				],
			},
		],
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const state = this.getWorkflowStaticData('node') as TriggerState;
		const options = this.getNodeParameter('options', {}) as IDataObject;
		const filters = this.getNodeParameter('filters', {}) as IDataObject;
		const direction = this.getNodeParameter('direction', 'all') as string;
		const utcOffset = parseUtcOffset(this.getNode(), options.utcOffset ?? 0);
		const lookBackMs = Math.max(0, Number(options.lookBackMinutes ?? 15)) * 60_000;
		const isManual = this.getMode() === 'manual';
		const now = Date.now();

		if (!isManual && state.lastPollAt === undefined) {
			// First poll after activation: remember where we are, emit nothing from the past.
			state.lastPollAt = new Date(now).toISOString();
			state.seen = [];
			return null;
		}

		const since = isManual
			? now - 24 * 60 * 60_000
			: Date.parse(state.lastPollAt as string) - lookBackMs;
		const qs: IDataObject = {
			fromDate: toPrimeVoxDate(new Date(since).toISOString(), utcOffset),
			toDate: toPrimeVoxDate(new Date(now + 60_000).toISOString(), utcOffset),
			utcOffset,
		};
		if (direction !== 'all') {
			qs.showInbound = direction === 'inbound' ? 1 : 0;
			qs.showOutbound = direction === 'outbound' ? 1 : 0;
			qs.showInternal = direction === 'internal' ? 1 : 0;
		}
		if (filters.wentToVoicemail === true) qs.filterWentToVoicemail = 1;
		if (filters.spokeToPerson === true) qs.filterSpokeToPerson = 1;
		if (filters.flagged === true) qs.filterFlaggedFollowup = 1;

		const credentials = await this.getCredentials(CREDENTIAL_TYPE);
		const request = {
			method: 'GET' as const,
			url: scriptUrl(credentials, 'callListScript'),
			qs,
			json: true,
		};
		callListPaging.start(request, undefined);
		const calls: IDataObject[] = [];
		const guard = new PageGuard('PrimeVox call list');
		for (let page = 0; page < MAX_PAGES_PER_POLL; page++) {
			const body = await vendorRequest(this, primeVoxHttp, CREDENTIAL_TYPE, request);
			const { items, more } = callListPaging.read(body, request, calls.length, undefined);
			// A page already read (a PBX that ignores `page`) ends the poll's list.
			if (!guard.isNew(items)) break;
			calls.push(...items);
			if (!more || (isManual && calls.length > 0)) break;
		}

		if (isManual) {
			if (calls.length === 0) return null;
			const newest = [...calls].sort((a, b) =>
				String(b.callDate ?? '').localeCompare(String(a.callDate ?? '')),
			)[0];
			return [[{ json: newest }]];
		}

		const seen = new Set(state.seen ?? []);
		const fresh = calls.filter((call) => {
			const id = String(call.callUuid ?? '');
			if (id === '' || seen.has(id)) return false;
			seen.add(id);
			return true;
		});
		state.lastPollAt = new Date(now).toISOString();
		state.seen = [...seen].slice(-SEEN_CALLS_KEPT);
		if (fresh.length === 0) return null;
		fresh.sort((a, b) => String(a.callDate ?? '').localeCompare(String(b.callDate ?? '')));
		return [fresh.map((json) => ({ json }))];
	}
}
