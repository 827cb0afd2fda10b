import {
	NodeOperationError,
	type IDataObject,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
} from 'n8n-workflow';

import { isObject, parseJsonParameter } from '../../shared/json';
import { readField } from '../../shared/request';
import { toContact } from './contacts';
import { DATE_FORMS, toCallEmAllDate } from './dates';
import { readIds } from './ids';

/** Broadcast › Create's body (`POST /v1/broadcasts`, doc lines 400-520): types, contacts, settings. */

export const BROADCAST_TYPES = [
	'Announcement',
	'SMS',
	'SMSAndAnnouncement',
	'SMSAndSurvey',
	'Survey',
	'TransferAndConnect',
];

export const VOICE_TYPES = new Set([
	'Announcement',
	'SMSAndAnnouncement',
	'SMSAndSurvey',
	'Survey',
	'TransferAndConnect',
]);
export const TEXT_TYPES = new Set(['SMS', 'SMSAndAnnouncement', 'SMSAndSurvey']);

/** The contact of the current item: the mapped fields win over what the item itself has. */
function itemContact(context: IExecuteSingleFunctions): IDataObject {
	const contact = toContact(context.getInputData().json);
	const mapped: Array<[string, string]> = [
		['contactPhone', 'PrimaryPhone'],
		['contactFirstName', 'FirstName'],
		['contactLastName', 'LastName'],
		['contactNotes', 'Notes'],
		['contactIntegrationData', 'IntegrationData'],
	];
	for (const [parameter, field] of mapped) {
		const value = String(readField(context, parameter, '') ?? '').trim();
		if (value !== '') contact[field] = value;
	}
	return contact;
}

/**
 * preSend of Broadcast › Create: checks the input and builds the request body (a body made of
 * many fields at once, which no value table can say).
 */
export async function buildBroadcast(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const node = this.getNode();
	const type = String(readField(this, 'broadcastType', ''));
	if (!BROADCAST_TYPES.includes(type)) {
		throw new NodeOperationError(node, `Unknown broadcast type "${type}"`, {
			description: `Use one of: ${BROADCAST_TYPES.join(', ')}`,
		});
	}
	const body: IDataObject = {
		BroadcastName: String(readField(this, 'broadcastName', '')),
		BroadcastType: type,
	};

	const itemIndex = this.getItemIndex();
	const source = String(readField(this, 'contactSource', 'allItems'));
	// Lists go with any source: the doc's own example sends Lists and Contacts together (line
	// 471). The Everyone list (ListID 0) and Unfiled (-1) are lists like any other there; the
	// Deleted folder (-2) holds contacts that were deleted, so it is not called or texted.
	const lists = readIds(readField(this, 'listIds', []), -2);
	if (lists.wrong !== undefined || lists.ids.includes(-2)) {
		const wrong = lists.wrong ?? '-2';
		throw new NodeOperationError(
			node,
			wrong === '-2'
				? 'Contact Lists: "-2" is the Deleted folder, which a broadcast does not go to'
				: `Contact Lists: "${wrong}" is not a list ID`,
			{
				description:
					'Give contact list IDs (whole numbers: your own lists are above 0, Everyone is 0, Unfiled is -1), e.g. 2, 14',
				itemIndex,
			},
		);
	}
	if (lists.ids.length) body.Lists = lists.ids.map((ListID) => ({ ListID }));
	if (source === 'json') {
		const parsed = parseJsonParameter(this, readField(this, 'contactsJson', '[]'), 'Contacts');
		const rows = Array.isArray(parsed) ? parsed : isObject(parsed) ? [parsed] : [];
		const contacts = rows.map((row, index) => {
			const contact = isObject(row) ? toContact(row) : {};
			if (!contact.PrimaryPhone) {
				throw new NodeOperationError(
					node,
					`Contacts (JSON): entry ${index + 1} has no phone number`,
					{ description: 'Each contact needs a PrimaryPhone (or Phone, PhoneNumber).', itemIndex },
				);
			}
			return contact;
		});
		if (contacts.length) body.Contacts = contacts;
	} else if (source === 'allItems' || source === 'item') {
		// 'allItems' or 'item': this item's contact, from the mapped fields or its own fields.
		const contact = itemContact(this);
		if (!contact.PrimaryPhone) {
			throw new NodeOperationError(node, `Item ${this.getItemIndex() + 1} has no phone number`, {
				itemIndex: this.getItemIndex(),
				description:
					'Map the Phone field, or give the item a PrimaryPhone, Phone or PhoneNumber field.',
			});
		}
		body.Contacts = [contact];
	}
	const extra = readField(this, 'additionalFields', {}) as IDataObject;
	// Line 437-439: "ArrayList FileUploads … Include all contacts from the File Uploads listed
	// to the broadcast." The doc shows no entry; like Lists' [{ListID}] they go as [{FileUploadID}].
	const uploads = readIds(extra.fileUploadIds);
	if (uploads.wrong !== undefined) {
		throw new NodeOperationError(
			node,
			`File Upload IDs: "${uploads.wrong}" is not a file upload ID`,
			{ description: 'Give whole numbers above 0, separated by commas.', itemIndex },
		);
	}
	if (uploads.ids.length) body.FileUploads = uploads.ids.map((FileUploadID) => ({ FileUploadID }));
	// Line 425-427: "Integer DraftBroadcastID … Create the broadcast using this draft broadcast
	// previously assembled": the draft brings its own contacts.
	// 0 is the field's default: no draft.
	const draft = readIds(
		String(extra.draftBroadcastId ?? '').trim() === '0' ? '' : extra.draftBroadcastId,
	);
	if (draft.wrong !== undefined || draft.ids.length > 1) {
		throw new NodeOperationError(
			node,
			`Draft Broadcast ID "${String(extra.draftBroadcastId)}" is not a broadcast ID`,
			{ description: 'Give the ID of one draft broadcast (a whole number above 0).', itemIndex },
		);
	}
	if (draft.ids.length) body.DraftBroadcastID = draft.ids[0];
	if (!body.Lists && !body.Contacts && !body.FileUploads && !body.DraftBroadcastID) {
		throw new NodeOperationError(node, 'The broadcast has no contacts', {
			description:
				'Give contacts with a phone number (PrimaryPhone, Phone or PhoneNumber), contact lists, file uploads or a draft broadcast.',
			itemIndex,
		});
	}

	if (VOICE_TYPES.has(type)) {
		const audioId = String(readField(this, 'audioId', '') ?? '').trim();
		if (audioId === '') throw new NodeOperationError(node, `A ${type} broadcast needs an audio ID`);
		body.Audio = { AudioID: audioId };
	}
	if (TEXT_TYPES.has(type)) {
		const text = String(readField(this, 'textMessage', '') ?? '');
		if (text.trim() === '')
			throw new NodeOperationError(node, `A ${type} broadcast needs a text message`);
		body.TextMessage = text;
	}
	if (type === 'TransferAndConnect') {
		const settings = parseJsonParameter(
			this,
			readField(this, 'transferSettings', '{}'),
			'Transfer Settings',
		);
		body.TransferAndConnect = isObject(settings) ? settings : {};
	}

	const start = extra.startDate;
	if (start !== undefined && start !== null && String(start).trim() !== '') {
		const date = toCallEmAllDate(start, this.getTimezone());
		if (!date) {
			throw new NodeOperationError(node, `The start date "${String(start)}" is not a date`, {
				description: DATE_FORMS,
			});
		}
		body.StartDate = date;
	}
	const copy: Array<[string, string]> = [
		['callerId', 'CallerID'],
		['checkCallingWindow', 'CheckCallingWindow'],
		['continueOnNextDay', 'ContinueOnNextDay'],
		['retryTimes', 'RetryTimes'],
		['callThrottle', 'CallThrottle'],
		['maxMessageLength', 'MaxMessageLength'],
		['primaryPhoneNumbersOnly', 'PrimaryPhoneNumbersOnly'],
	];
	for (const [from, to] of copy) {
		if (extra[from] !== undefined && extra[from] !== '') body[to] = extra[from];
	}
	// An ID of 0 (the field's default) names nothing, so it is not sent.
	const textNumber = Number(extra.textNumberId);
	if (Number.isSafeInteger(textNumber) && textNumber > 0) body.TextNumberID = textNumber;
	if (typeof extra.voicemailAudioId === 'string' && extra.voicemailAudioId.trim() !== '') {
		body.AudioVM = { AudioID: extra.voicemailAudioId.trim() };
	}
	const excluded = readIds(extra.excludedContactIds);
	if (excluded.wrong !== undefined) {
		throw new NodeOperationError(
			node,
			`Excluded Contact IDs: "${excluded.wrong}" is not a contact ID`,
			{
				description:
					'Give whole numbers above 0 (the PersonID), separated by commas. Nothing was sent: a contact meant to be left out would have been called.',
				itemIndex: this.getItemIndex(),
			},
		);
	}
	if (excluded.ids.length) {
		body.ExcludedContacts = excluded.ids.map((PersonID) => ({ PersonID }));
	}
	if (extra.json !== undefined) {
		const more = parseJsonParameter(this, extra.json, 'Extra Fields (JSON)');
		if (more !== undefined && !isObject(more)) {
			throw new NodeOperationError(node, 'Extra Fields (JSON) must be an object', { itemIndex });
		}
		if (more) Object.assign(body, more);
	}
	requestOptions.body = body;
	return requestOptions;
}
