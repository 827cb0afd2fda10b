import {
	NodeOperationError,
	type IDataObject,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
} from 'n8n-workflow';

import { isObject } from '../../shared/json';
import type { PreSendHook } from '../../shared/operation';
import { readField } from '../../shared/request';
import { extraObject } from './body';

/** Account users: the calling window and permissions in the doc's models. */

/** The days of the week as the doc writes them ("Monday", "Tuesday"), in its order. */
export const WEEK_DAYS = [
	'Sunday',
	'Monday',
	'Tuesday',
	'Wednesday',
	'Thursday',
	'Friday',
	'Saturday',
];

/** The doc's time-of-day model `{Hour, Minute}` from "07:00", "19:30", "7:00 PM" or "7pm". */
export function timeOfDay(value: unknown): IDataObject | undefined {
	const text = String(value ?? '').trim();
	const match = /^(\d{1,2})(?::(\d{2}))?\s*(am|pm)?$/i.exec(text);
	if (!match) return undefined;
	let hour = Number(match[1]);
	const minute = Number(match[2] ?? '0');
	const half = match[3]?.toLowerCase();
	if (half) {
		if (hour < 1 || hour > 12) return undefined;
		hour = (hour % 12) + (half === 'pm' ? 12 : 0);
	} else if (match[2] === undefined) {
		return undefined;
	}
	if (hour > 23 || minute > 59) return undefined;
	return { Hour: hour, Minute: minute };
}

/** Fields of the user's Fields collection that are not sent under their own name. */
const USER_FIELDS_BUILT = new Set([
	'json',
	'callingWindowStart',
	'callingWindowEnd',
	'CallingWindowDays',
]);

/**
 * preSend of Account User › Create and Update: over what the body table made (Create's user
 * name and PIN), the Fields collection, the calling window as the doc's models
 * (`StartTimeOfDay` / `StopTimeOfDay` `{Hour, Minute}`, `CallingWindowDays`), the permissions as
 * `Permissions`, then Extra Fields (JSON). Only what the user set is sent: the doc's own update
 * example sends one permission alone (line 264, `{ "Permissions": { "CanSeeAllBroadcasts":
 * true, } }`), and it has no call to read a user first. With `update`, nothing to change is
 * refused; no calling days at all are refused always, since the doc reads them as every day
 * (line 252: "All days of the week if empty").
 */
export function userBody({ update }: { update: boolean }): PreSendHook {
	return async function buildUserBody(
		this: IExecuteSingleFunctions,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const node = this.getNode();
		const itemIndex = this.getItemIndex();
		const body: IDataObject = { ...((requestOptions.body as IDataObject) ?? {}) };
		const fields = (readField(this, 'userFields', {}) ?? {}) as IDataObject;
		for (const [key, value] of Object.entries(fields)) {
			if (USER_FIELDS_BUILT.has(key) || value === '' || value === undefined) continue;
			body[key] = value;
		}
		for (const [parameter, field, label] of [
			['callingWindowStart', 'StartTimeOfDay', 'Calling Window Start'],
			['callingWindowEnd', 'StopTimeOfDay', 'Calling Window End'],
		]) {
			const value = fields[parameter];
			if (value === undefined || String(value).trim() === '') continue;
			const time = timeOfDay(value);
			if (!time) {
				throw new NodeOperationError(node, `${label} "${String(value)}" is not a time of day`, {
					description: 'Write it as 07:00 or 19:30 (24-hour), or as 7:00 PM.',
					itemIndex,
				});
			}
			body[field] = time;
		}
		if (fields.CallingWindowDays !== undefined) {
			const raw = fields.CallingWindowDays;
			const given = (Array.isArray(raw) ? raw : String(raw ?? '').split(/[\s,;]+/))
				.map((day) => String(day ?? '').trim())
				.filter((day) => day !== '');
			const named = given.map(
				(day) => WEEK_DAYS.find((known) => known.toLowerCase() === day.toLowerCase()) ?? day,
			);
			const wrong = named.find((day) => !WEEK_DAYS.includes(day));
			if (wrong !== undefined) {
				throw new NodeOperationError(node, `Calling Days: "${wrong}" is not a day of the week`, {
					description: `Use ${WEEK_DAYS.join(', ')}.`,
					itemIndex,
				});
			}
			if (named.length === 0) {
				throw new NodeOperationError(node, 'Calling Days has no days', {
					description:
						'Call-Em-All reads no days as every day of the week, so an empty choice is not sent. Choose the days, all seven for no limit, or remove the field.',
					itemIndex,
				});
			}
			body.CallingWindowDays = WEEK_DAYS.filter((day) => named.includes(day));
		}
		const permissions = (readField(this, 'userPermissions', {}) ?? {}) as IDataObject;
		if (Object.keys(permissions).length) body.Permissions = { ...permissions };
		const more = extraObject(this, fields.json, 'Extra fields');
		if (more) {
			const { Permissions: morePermissions, ...rest } = more;
			Object.assign(body, rest);
			if (isObject(morePermissions)) {
				body.Permissions = { ...((body.Permissions as IDataObject) ?? {}), ...morePermissions };
			} else if (morePermissions !== undefined) {
				body.Permissions = morePermissions;
			}
		}
		if (update && Object.keys(body).length === 0) {
			throw new NodeOperationError(node, 'Nothing to change: add a field or a permission', {
				description: 'An update with no fields is not sent.',
				itemIndex,
			});
		}
		requestOptions.body = body;
		return requestOptions;
	};
}
