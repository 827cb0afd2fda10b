import {
	NodeOperationError,
	type IDataObject,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
} from 'n8n-workflow';

import { isObject, parseJsonParameter } from '../../shared/json';
import type { PreSendHook } from '../../shared/operation';
import { readField } from '../../shared/request';

/** What a "list or JSON" body of a bulk PUT is made of (Replace All emails, Add Many phones). */
export interface EntryListBody {
	/** The body's key and the word for one entry: `emails` / `Email`. */
	key: string;
	entry: string;
	/** The parameters: Input (list or json), the JSON field and the fixedCollection. */
	inputParameter: string;
	jsonParameter: string;
	listParameter: string;
	/** The fixedCollection's option name (`email`), and how one of its rows becomes an entry. */
	listOption: string;
	fromRow(row: IDataObject): IDataObject;
	/** The field every entry must have, and its check. */
	requiredField: string;
	check(context: IExecuteSingleFunctions, value: unknown, label: string): void;
	/** Said when the list is empty. */
	emptyHint: string;
}

/** preSend: `{<key>: [entry, …]}` from the list form or the JSON field, every entry checked. */
export function entryListBody(spec: EntryListBody): PreSendHook {
	const plural = `${spec.entry}s`;
	return async function sendEntryList(
		this: IExecuteSingleFunctions,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const mode = readField(this, spec.inputParameter, 'list');
		let entries: unknown[];
		if (mode === 'json') {
			const parsed = parseJsonParameter(
				this,
				readField(this, spec.jsonParameter, '[]'),
				`The "${plural} (JSON)" field`,
			);
			const list = isObject(parsed) && Array.isArray(parsed[spec.key]) ? parsed[spec.key] : parsed;
			if (!Array.isArray(list)) {
				throw new NodeOperationError(
					this.getNode(),
					`The "${plural} (JSON)" field must be a JSON list of ${plural.toLowerCase()}`,
					{ itemIndex: this.getItemIndex() },
				);
			}
			entries = list as unknown[];
		} else {
			const list = readField(this, spec.listParameter, {});
			const rows = isObject(list) ? list[spec.listOption] : undefined;
			entries = ((rows ?? []) as IDataObject[]).map(spec.fromRow);
		}
		if (entries.length === 0) {
			throw new NodeOperationError(this.getNode(), `The "${plural}" list is empty`, {
				description: spec.emptyHint,
				itemIndex: this.getItemIndex(),
			});
		}
		entries.forEach((entry, index) => {
			if (!isObject(entry)) {
				throw new NodeOperationError(
					this.getNode(),
					`${spec.entry} ${index + 1} of the "${plural}" list is not an object with ${spec.requiredField}`,
					{ itemIndex: this.getItemIndex() },
				);
			}
			spec.check(this, entry[spec.requiredField], `${plural} → ${spec.entry} ${index + 1}`);
		});
		requestOptions.body = { [spec.key]: entries };
		return requestOptions;
	};
}
