import { account } from './account';
import { autoReply } from './autoReply';
import { batch } from './batch';
import { call } from './call';
import { callBroadcast } from './callBroadcast';
import { callRecording } from './callRecording';
import { contact } from './contact';
import { contactList } from './contactList';
import { doNotContact } from './doNotContact';
import { keyword } from './keyword';
import { keywordLease } from './keywordLease';
import { media } from './media';
import { number } from './number';
import { numberLease } from './numberLease';
import { order } from './order';
import { sound } from './sound';
import { text } from './text';
import { textBroadcast } from './textBroadcast';
import { webhook } from './webhook';

/**
 * The CallFire node's resources, one folder each (`<resource>/<operation>.ts`), in the order of
 * the Resource dropdown.
 */
export const resources = [
	account,
	autoReply,
	batch,
	call,
	callBroadcast,
	callRecording,
	contact,
	contactList,
	doNotContact,
	keyword,
	keywordLease,
	media,
	number,
	numberLease,
	order,
	sound,
	text,
	textBroadcast,
	webhook,
];
