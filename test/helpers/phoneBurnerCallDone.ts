import { callWebhook } from './harness';

/** The PhoneBurner trigger's callback token in tests. */
export const PB_CALLBACK_TOKEN = ['callback', 'token', 'for', 'tests'].join('-');

/**
 * A PhoneBurner "call done" callback, carrying the token in its URL, to a trigger that waits for
 * call-done callbacks with that token, in workflow `workflowId`. `call` gives the body and any
 * other part of the webhook call.
 */
export async function phoneBurnerCallDone(
	workflowId: string,
	call: Parameters<typeof callWebhook>[1],
): ReturnType<typeof callWebhook> {
	return await callWebhook(
		{
			type: 'phoneBurnerTrigger',
			workflowId,
			parameters: {
				authentication: 'token',
				secretToken: PB_CALLBACK_TOKEN,
				events: ['api_calldone'],
			} as never,
		},
		{ query: { token: PB_CALLBACK_TOKEN, event: 'api_calldone' }, ...call },
	);
}
