import {
	NodeApiError,
	NodeOperationError,
	type IDataObject,
	type IExecutePaginationFunctions,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
	type INodeExecutionData,
} from 'n8n-workflow';

import type { FanOut } from '../../shared/executor';
import { isObject } from '../../shared/json';
import { PerRun } from '../../shared/runScope';
import { signInRequest } from './login';
import { readIds } from './ids';

/**
 * Deletes of many contacts (Contact › Delete Many, Contact List › Remove Contacts, Empty
 * Deleted Folder): the doc says of their collection endpoints "If left empty all contacts are
 * deleted", so every request is checked before it leaves, and by default one documented
 * one-contact delete is sent per ID.
 */

/**
 * The placeholder of the contact ID in the path of a one-contact delete: the request of an
 * item in `each` mode has it until `deleteByContactIds` sends one request per ID, so that it
 * never reaches the collection path.
 */
export const EACH_CONTACT = '{eachContactId}';

/** How many one-contact deletes of one node run are in flight at once. */
export const DELETES_IN_FLIGHT = 4;

/**
 * How a delete of many contacts goes out, decided by its preSend (`contactIdsRequest`):
 * - `each`: one `DELETE …/contacts/{id}` per contact, the documented one-at-a-time endpoint;
 * - `bulk`: one `DELETE …/contacts` whose body lists the IDs (the body's shape is a guess);
 * - `all`: one `DELETE …/contacts` with no body, which the doc says acts on every contact.
 */
export type DeletePlan =
	| { kind: 'all'; output: IDataObject }
	| { kind: 'bulk' | 'each'; ids: number[]; output: IDataObject };

const deletePlans = new WeakMap<object, DeletePlan>();

/** Whole numbers of at least 1, as the doc's `Integer PersonID`. */
function isContactId(value: unknown): boolean {
	return typeof value === 'number' && Number.isSafeInteger(value) && value >= 1;
}

/**
 * Why a request of a many-contacts delete must not leave, or undefined when it may. The doc
 * says of `DELETE /v1/contacts`, `/v1/lists/{id}/contacts` and `/v1/lists/deleted/contacts`:
 * "If left empty all contacts are deleted" (call-em-all-rest-v1.txt lines 1485, 1889, 1905).
 * So the collection endpoint is only ever called with a non-empty list of contact IDs, or
 * without a body when the user turned on the "every contact" choice (`allChosen`).
 */
export function unsafeDelete(
	options: { method?: string; url?: string; body?: unknown },
	plan: DeletePlan | undefined,
	allChosen: boolean,
): string | undefined {
	if (!plan) return 'the request was not prepared by the node';
	if (String(options.method ?? '').toUpperCase() !== 'DELETE') return 'it is not a DELETE';
	const path = String(options.url ?? '').split('?')[0];
	const toCollection = /\/contacts\/?$/.test(path);
	if (plan.kind === 'all') {
		if (!allChosen) return 'it would act on every contact, which was not chosen';
		return toCollection ? undefined : 'it does not go to the contacts of the account or list';
	}
	if (plan.ids.length === 0 || !plan.ids.every(isContactId)) return 'it has no contact IDs';
	if (plan.kind === 'bulk') {
		const body = options.body;
		if (!toCollection) return 'it does not go to the contacts of the account or list';
		if (!Array.isArray(body) || body.length === 0) return 'its body lists no contacts';
		const listed = body.map((entry) => (isObject(entry) ? entry.PersonID : undefined));
		if (!listed.every(isContactId)) return 'its body lists something that is not a contact ID';
		return undefined;
	}
	// One contact: the path must end in that contact's ID, never at the collection.
	if (!/\/contacts\/[1-9][0-9]*$/.test(path)) return 'its path does not end in a contact ID';
	return undefined;
}

/** The "every contact" switch, read strictly: only a real `true` means all. */
function allChosen(context: IExecuteSingleFunctions): boolean {
	return context.getNodeParameter('all', false) === true;
}

/**
 * preSend of Delete Many, Remove Contacts and Empty Deleted Folder, whose spec's path is the
 * collection (`/v1/contacts`, …). In `each` mode the path gets `/{eachContactId}`, which
 * `deleteByContactIds` fills once per ID. Contact IDs are checked here, before any request: one
 * that is not a whole number above 0, or none at all (an expression that resolved to nothing),
 * stops the item with nothing sent.
 */
export function contactIdsRequest(listParameter?: string) {
	return async function prepareContactIds(
		this: IExecuteSingleFunctions,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const node = this.getNode();
		const itemIndex = this.getItemIndex();
		const output: IDataObject = {};
		if (listParameter) output.listId = Number(this.getNodeParameter(listParameter, ''));
		const collection = String(requestOptions.url ?? '').replace(/\/+$/, '');
		if (allChosen(this)) {
			delete requestOptions.body;
			requestOptions.url = collection;
			deletePlans.set(requestOptions, { kind: 'all', output: { ...output, allContacts: true } });
			return requestOptions;
		}
		const { ids, wrong } = readIds(
			this.getNodeParameter('contactIds', '', { skipValidation: true }),
		);
		if (wrong !== undefined) {
			throw new NodeOperationError(node, `Contact IDs: "${wrong}" is not a contact ID`, {
				description:
					'Contact IDs are whole numbers above 0 (the PersonID), separated by commas. Nothing was sent for this item.',
				itemIndex,
			});
		}
		if (ids.length === 0) {
			throw new NodeOperationError(node, 'No contact IDs were given', {
				description:
					'Contact IDs is empty for this item (an expression may have resolved to nothing). Nothing was sent: Call-Em-All reads a request without contact IDs as "every contact". To act on every contact, turn that choice on instead.',
				itemIndex,
			});
		}
		const requests = this.getNodeParameter('deleteRequests', 'each');
		if (requests === 'bulk') {
			requestOptions.url = collection;
			requestOptions.body = ids.map((PersonID) => ({ PersonID }));
			deletePlans.set(requestOptions, {
				kind: 'bulk',
				ids,
				output: { ...output, contactIds: ids },
			});
		} else if (requests === 'each') {
			requestOptions.url = `${collection}/${EACH_CONTACT}`;
			delete requestOptions.body;
			deletePlans.set(requestOptions, { kind: 'each', ids, output });
		} else {
			throw new NodeOperationError(node, `Unknown choice of requests "${String(requests)}"`, {
				itemIndex,
			});
		}
		return requestOptions;
	};
}

/**
 * At most `limit` tasks at a time, the rest waiting their turn. After `stop`, waiting tasks
 * fail with the stopping error instead of starting.
 */
class Pacer {
	private active = 0;
	private readonly waiting: Array<() => void> = [];
	private stoppedBy: NodeApiError | NodeOperationError | undefined;

	constructor(private readonly limit: number) {}

	/** Call before the failing task ends, so the task its slot goes to sees the stop. */
	stop(error: NodeApiError | NodeOperationError): void {
		this.stoppedBy ??= error;
	}

	async run<T>(task: () => Promise<T>): Promise<T> {
		if (this.active < this.limit) this.active++;
		else await new Promise<void>((resolve) => this.waiting.push(resolve));
		try {
			if (this.stoppedBy) throw this.stoppedBy;
			return await task();
		} finally {
			// The slot goes straight to the next waiting task, or is given back.
			const next = this.waiting.shift();
			if (next) next();
			else this.active--;
		}
	}
}

const pacers = new PerRun<Pacer>();

/** The run's pacer (one for all items of a node run). */
function pacerOfRun(context: IExecuteSingleFunctions): Pacer {
	return pacers.get(context, () => new Pacer(DELETES_IN_FLIGHT));
}

/** An error message that says which contact it is about. */
function naming(message: string, id: number): string {
	const suffix = ` (contact ID ${id})`;
	return message.endsWith(suffix) ? message : `${message}${suffix}`;
}

function refuse(context: IExecuteSingleFunctions, reason: string): NodeOperationError {
	return new NodeOperationError(context.getNode(), `Not sent: ${reason}`, {
		description:
			'A delete of many contacts only goes out with contact IDs, or without them when acting on every contact was chosen.',
		itemIndex: context.getItemIndex(),
	});
}

/**
 * The fan-out hook of the many-contacts deletes (`hooks.fanOut`, called by the shared executor
 * in place of its single request). It checks every request with `unsafeDelete` before it
 * leaves. In `each` mode it sends one delete per contact ID through the executor's `sendOne`
 * (retries, errors, redaction, pairing), at most `DELETES_IN_FLIGHT` of the run at a time, and
 * outputs one item per ID, paired to the input item. With Continue On Fail a failed ID gives an
 * error item naming it; without, the first failure stops the run's deletes that have not
 * started.
 */
export const deleteByContactIds: FanOut = async function sendDeletes(
	this: IExecutePaginationFunctions,
	requestData,
	sendOne,
) {
	const options = requestData.options;
	const plan = deletePlans.get(options);
	const chosen = allChosen(this);
	// One-contact requests are each checked below, once their path holds the contact's ID.
	const reason = plan?.kind === 'each' ? undefined : unsafeDelete(options, plan, chosen);
	if (reason || !plan) throw refuse(this, reason ?? 'the request was not prepared');
	const label = (json: IDataObject): IDataObject => ({ ...plan.output, ...json });
	if (plan.kind !== 'each') {
		const items = await sendOne(requestData);
		return items.map((item) => ({ ...item, json: label(item.json) }));
	}
	const pacer = pacerOfRun(this);
	const itemIndex = this.getItemIndex();
	let firstFailure: { error: unknown } | undefined;
	const deleteOne = async (id: number): Promise<INodeExecutionData[]> => {
		const single: typeof options = {
			...options,
			url: String(options.url).replace(EACH_CONTACT, String(id)),
			headers: { ...(options.headers ?? {}) },
			qs: { ...((options.qs as IDataObject) ?? {}) },
		};
		delete single.body;
		const unsafe = unsafeDelete(single, plan, chosen);
		if (unsafe) {
			const refusal = refuse(this, unsafe);
			pacer.stop(refusal);
			throw refusal;
		}
		try {
			// The login token now (a run's earlier delete may have renewed it).
			await signInRequest(this, single as IHttpRequestOptions);
			const items = await sendOne({ ...requestData, options: single });
			return items.map((item) => {
				// n8n shows an error item as its error's message alone: that names the ID.
				if (item.error) item.error.message = naming(item.error.message, id);
				const json = label({ contactId: id, ...item.json });
				if (item.error) json.error = item.error.message;
				return { ...item, json };
			});
		} catch (error) {
			const failure =
				error instanceof NodeApiError || error instanceof NodeOperationError
					? error
					: new NodeOperationError(this.getNode(), error as Error, { itemIndex });
			failure.message = naming(failure.message, id);
			if (this.continueOnFail()) {
				return [
					{
						json: label({ contactId: id, error: failure.message }),
						error: failure,
						pairedItem: { item: itemIndex },
					},
				];
			}
			const about = failure.description ? ` (${failure.description})` : '';
			failure.description = `Contact ID ${id} failed${about}. The node stopped there: contact IDs it had not sent yet were left alone.`;
			pacer.stop(failure);
			throw failure;
		}
	};
	const outcomes = await Promise.allSettled(
		plan.ids.map(
			async (id) =>
				await pacer
					.run(async () => await deleteOne(id))
					.catch((error: unknown) => {
						firstFailure ??= { error };
						throw error;
					}),
		),
	);
	if (firstFailure) throw firstFailure.error;
	return outcomes.flatMap((outcome) => (outcome.status === 'fulfilled' ? outcome.value : []));
};
