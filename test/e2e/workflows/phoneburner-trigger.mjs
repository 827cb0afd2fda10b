// PhoneBurner Trigger → HTTP Request: each callback the trigger accepts is forwarded to the
// observer stand-in, which proves that a production execution ran and what it emitted.
export const PHONEBURNER_WEBHOOK_ID = '6d3f1c2a-5b7e-4a9d-8c1f-2e4b6a8d0c13';

export function phoneBurnerTriggerWorkflow({ token, observerUrl }) {
	return {
		id: 'pbTrigger0000001',
		name: 'PhoneBurner callbacks end-to-end',
		active: false,
		nodes: [
			{
				id: 'pb-trigger',
				name: 'PhoneBurner Trigger',
				type: 'n8n-nodes-telephony.phoneBurnerTrigger',
				typeVersion: 1,
				position: [0, 0],
				webhookId: PHONEBURNER_WEBHOOK_ID,
				parameters: { events: ['api_calldone'], authentication: 'token', secretToken: token },
			},
			{
				id: 'observe',
				name: 'Tell Observer',
				type: 'n8n-nodes-base.httpRequest',
				typeVersion: 4.2,
				position: [300, 0],
				parameters: {
					method: 'POST',
					url: observerUrl,
					sendBody: true,
					specifyBody: 'json',
					jsonBody: '={{ JSON.stringify($json) }}',
					options: {},
				},
			},
		],
		connections: { 'PhoneBurner Trigger': { main: [[{ node: 'Tell Observer', type: 'main', index: 0 }]] } },
		settings: { executionOrder: 'v1' },
		pinData: {},
	};
}
