/**
 * CallFire's webhook resources and the events each one has (vendor README; the vendor's SDK has
 * the same list), for the CallFire node's Webhook resource and the CallFire Trigger.
 */
export const WEBHOOK_EVENTS: Record<string, string[]> = {
	CallBroadcast: ['Started', 'Stopped', 'Finished'],
	CccCampaign: ['Started', 'Stopped', 'Finished'],
	ContactList: ['ValidationFinished', 'ValidationFailed'],
	InboundCall: ['Finished'],
	InboundText: ['Finished'],
	LowBalance: ['Finished', 'Failed'],
	MonthlyRenewal: ['Finished', 'Failed'],
	OutboundCall: ['Finished'],
	OutboundText: ['Finished'],
	OutboundTextDeliveryReport: ['Received'],
	TextBroadcast: ['Started', 'Stopped', 'Finished'],
};

/** Every event name of any resource, sorted. */
export const ALL_WEBHOOK_EVENTS: string[] = [
	...new Set(Object.values(WEBHOOK_EVENTS).flat()),
].sort();

/** "OutboundTextDeliveryReport" → "Outbound Text Delivery Report". */
export const spaced = (name: string) => name.replace(/([a-z])([A-Z])/g, '$1 $2');

export const WEBHOOK_RESOURCE_OPTIONS = Object.keys(WEBHOOK_EVENTS)
	.sort()
	.map((resource) => ({ name: spaced(resource), value: resource }));

export const WEBHOOK_EVENT_OPTIONS = ALL_WEBHOOK_EVENTS.map((event) => ({
	name: spaced(event),
	value: event,
}));

/** Why a webhook's events do not fit its resource, or undefined when they do. */
export function webhookEventsProblem(resource: unknown, events: unknown): string | undefined {
	if (typeof resource !== 'string' || !Array.isArray(events)) return undefined;
	const allowed = WEBHOOK_EVENTS[resource];
	if (!allowed) {
		return `Resource "${resource}" is not one of: ${Object.keys(WEBHOOK_EVENTS).sort().join(', ')}`;
	}
	const wrong = events.filter((event) => !allowed.includes(String(event)));
	return wrong.length
		? `${spaced(resource)} has no event ${wrong.map((event) => `"${String(event)}"`).join(', ')} (its events: ${allowed.join(', ')})`
		: undefined;
}
