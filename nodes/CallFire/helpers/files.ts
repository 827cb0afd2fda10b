import { OUTPUT_BINARY_FIELD } from '../../shared/descriptions';
import type { FieldSpec, OutputSpec } from '../../shared/operation';
import { readField } from '../../shared/request';

/**
 * Files CallFire serves (sound and call recordings, media): the answer's bytes become the
 * output item's binary data, named after the ID in the path.
 */

/** MIME types by file extension, for an answer whose type CallFire does not name. */
export const FILE_TYPES: Record<string, string> = {
	bmp: 'image/bmp',
	gif: 'image/gif',
	jpeg: 'image/jpeg',
	jpg: 'image/jpeg',
	m4a: 'audio/mp4',
	mp3: 'audio/mpeg',
	mp4: 'video/mp4',
	png: 'image/png',
	txt: 'text/plain',
	wav: 'audio/wav',
};

/** CallFire's own type is kept unless it is JSON or an HTML page (then the extension's is used). */
const SERVED_TYPE_UNLESS_JSON_OR_HTML = /^(?!.*(?:json|text\/html))/;

/** Where a download puts its file (shown where the operation lists it). */
export const OUTPUT_FILE_FIELD: FieldSpec = {
	...OUTPUT_BINARY_FIELD,
	hint: 'The name of the output binary field',
};

/**
 * A download whose file is named `<id>.<extension>`: the first of `nameFrom` (path fields) that
 * has a value gives the name, `extension` the type; `'chosen'` takes it from the File Type field
 * (`extension`), `fallback` when that is empty.
 */
export function downloadedFile(
	extension: string | { chosen: string },
	nameFrom: string[],
): OutputSpec {
	return {
		binary: {
			fileName() {
				const type =
					typeof extension === 'string'
						? extension
						: String(readField(this, 'extension', extension.chosen) ?? '').trim() ||
							extension.chosen;
				const id =
					nameFrom
						.map((name) => String(readField(this, name) ?? '').trim())
						.find((value) => value !== '') ?? 'file';
				return `${id}.${type}`;
			},
			mimeTypes: FILE_TYPES,
			keepServedType: SERVED_TYPE_UNLESS_JSON_OR_HTML,
			hint: OUTPUT_FILE_FIELD.hint,
		},
	};
}
