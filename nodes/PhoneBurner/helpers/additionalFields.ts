import {
	NodeOperationError,
	type IDataObject,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
	type INodeProperties,
} from 'n8n-workflow';

import { isObject, parseJsonParameter } from '../../shared/json';
import type { FieldSpec, PreSendHook } from '../../shared/operation';
import { readField } from '../../shared/request';
import { checkEmail, checkPhone } from './values';

/**
 * The Additional Fields of PhoneBurner's creates and updates: a collection whose options are
 * named like the API's body fields, plus "Other Fields (JSON)" for any field the node has no
 * option for. Each option set goes into the body as given (switches as 1 / 0) or through its
 * converter; the JSON is merged last. This is a hook, not a body table: which keys go out is
 * the user's choice of options, and a converter may fill another key (Questions and Answers →
 * `question` and `answer`).
 */

/** How one option of Additional Fields goes into the body (by default: as given, switches as 1/0). */
export type FieldConverter = (
	context: IExecuteSingleFunctions,
	value: unknown,
	body: IDataObject,
) => void;

export interface AdditionalFieldsBody {
	/** The collection's name (saved in workflows): `contactAdditionalFields`. */
	collection: string;
	convert?: Record<string, FieldConverter>;
	/**
	 * An update whose body must not be empty: when nothing is set the node stops before sending,
	 * with this as the hint (what to set). PhoneBurner marks some payloads required (dial session
	 * settings, member fields), and an empty PUT changes nothing anyway.
	 */
	notEmpty?: string;
}

const JSON_OPTION = 'jsonFields';
const JSON_LABEL = 'Other Fields (JSON)';

/** The API converter that fills `key` with the converted value. */
export function into(
	key: string,
	convert: (context: IExecuteSingleFunctions, value: unknown) => unknown,
): FieldConverter {
	return (context, value, body) => {
		body[key] = convert(context, value) as IDataObject;
	};
}

/**
 * preSend: the Additional Fields (and Other Fields (JSON)) merged into the body the operation's
 * table made; then every email and phone in the body checked.
 */
export function additionalFieldsBody(spec: AdditionalFieldsBody): PreSendHook {
	return async function sendAdditionalFields(
		this: IExecuteSingleFunctions,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const body: IDataObject = { ...((requestOptions.body as IDataObject) ?? {}) };
		const extra = readField(this, spec.collection, {});
		const values = isObject(extra) ? extra : {};
		for (const [key, value] of Object.entries(values)) {
			if (key === JSON_OPTION) continue;
			if (value === '' || value === undefined || value === null) continue;
			const convert = spec.convert?.[key];
			if (convert) convert(this, value, body);
			else if (typeof value === 'boolean') body[key] = value ? 1 : 0;
			else body[key] = value;
		}
		const raw = values[JSON_OPTION];
		if (raw !== undefined && raw !== '') {
			const parsed = parseJsonParameter(this, raw, `The "${JSON_LABEL}" field`);
			if (parsed !== undefined && !isObject(parsed)) {
				throw new NodeOperationError(
					this.getNode(),
					`The "${JSON_LABEL}" field must be a JSON object`,
					{ itemIndex: this.getItemIndex() },
				);
			}
			if (parsed !== undefined) Object.assign(body, parsed);
		}
		if (spec.notEmpty && Object.keys(body).length === 0) {
			throw new NodeOperationError(this.getNode(), 'Nothing to update: no field is set', {
				description: spec.notEmpty,
				itemIndex: this.getItemIndex(),
			});
		}
		checkValues(this, body);
		requestOptions.body = body;
		return requestOptions;
	};
}

function checkValues(context: IExecuteSingleFunctions, body: IDataObject) {
	for (const key of ['email', 'email_address']) {
		if (body[key] !== undefined) checkEmail(context, body[key], key);
	}
	for (const key of ['phone', 'raw_phone', 'phone_number']) {
		if (body[key] !== undefined) checkPhone(context, body[key], key);
	}
}

/** The "Additional Fields" collection: these options plus Other Fields (JSON), by name. */
export function additionalFields(name: string, options: INodeProperties[] = []): FieldSpec {
	const jsonField: INodeProperties = {
		displayName: JSON_LABEL,
		name: JSON_OPTION,
		type: 'json',
		default: '{}',
		description:
			"Any other fields the PhoneBurner API accepts, as a JSON object with the API's own field names",
	};
	return {
		displayName: 'Additional Fields',
		name,
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [...options, jsonField].sort((a, b) => a.displayName.localeCompare(b.displayName)),
	};
}

/** An option of Additional Fields shown for only some of the operations that share it. */
export function onlyFor(operations: string[]): INodeProperties['displayOptions'] {
	return { show: { '/operation': operations } };
}
