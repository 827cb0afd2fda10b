import type { FieldSpec, ValueTable } from '../../../shared/operation';
import { additionalFields } from '../../helpers/additionalFields';
import type { OutputShape } from '../../helpers/answers';
import { pathId } from '../../helpers/ids';
import { required } from '../../helpers/values';

/** The contact and the tag in the path: `/contacts/{contact_id}/tags/{tag_id}`. */
export const contactId = pathId('contactTagContactId', 'Contact ID');
export const tagId = pathId('contactTagTagId', 'Tag ID', { loadOptionsMethod: 'getTags' });

/** Where the doc's answers have one tag: `tag`. */
export const tagShape: OutputShape = { path: ['tag'] };

/** Add and Update: the title, which the doc requires. */
export const titleField: FieldSpec = {
	displayName: 'Title',
	name: 'contactTagTitle',
	type: 'string',
	default: '',
	required: true,
	description: 'The tag text',
};

export const titleBody: ValueTable = { title: required(titleField.name, 'Title') };

export const contactTagAdditionalFields = additionalFields('contactTagAdditionalFields');
