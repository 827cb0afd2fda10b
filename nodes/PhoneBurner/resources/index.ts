import { contact } from './contact';
import { contactCustomField } from './contactCustomField';
import { contactEmail } from './contactEmail';
import { contactPhone } from './contactPhone';
import { contactTag } from './contactTag';
import { content } from './content';
import { customField } from './customField';
import { dialSession } from './dialSession';
import { folder } from './folder';
import { member } from './member';
import { phoneNumber } from './phoneNumber';
import { tag } from './tag';
import { voicemail } from './voicemail';

/** The PhoneBurner node's resources, one folder each (`<resource>/<operation>.ts`). */
export const resources = [
	contact,
	contactCustomField,
	contactEmail,
	contactPhone,
	contactTag,
	content,
	customField,
	dialSession,
	folder,
	member,
	phoneNumber,
	tag,
	voicemail,
];
