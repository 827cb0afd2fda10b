import { additionalFields } from '../../helpers/additionalFields';
import type { OutputShape } from '../../helpers/answers';
import { pathId } from '../../helpers/ids';
import { required } from '../../helpers/values';

/** The tag in the path: `/tags/{tag_id}`. */
export const tagId = pathId('tagId', 'Tag ID', { loadOptionsMethod: 'getTags' });

/** Where the doc's answers have one tag: `tag`. */
export const tagShape: OutputShape = { path: ['tag'] };

/** Create and Update: the tag's text, the doc's only field (`title`). */
export const titleField = {
	displayName: 'Title',
	name: 'tagTitle',
	type: 'string' as const,
	default: '',
	required: true,
	description: 'The text of the tag',
};

export const titleBody = {
	type: 'json' as const,
	fields: { title: required(titleField.name, 'Title') },
};

/** Create and Update: Other Fields (JSON) only. */
export const tagAdditionalFields = additionalFields('tagAdditionalFields');
