import { NodeOperationError, type INode } from 'n8n-workflow';

/** MIME types of the recording formats, by file extension. */
export const AUDIO_TYPES: Record<string, string> = {
	wav: 'audio/wav',
	mp3: 'audio/mpeg',
	ogg: 'audio/ogg',
	gsm: 'audio/gsm',
	m4a: 'audio/mp4',
};

/** The recording file name given directly, or read from a call's recordingUrl. */
export function recordingFileName(
	node: INode,
	source: string,
	value: unknown,
	itemIndex: number,
): string {
	const text = String(value ?? '').trim();
	if (text === '') {
		const field = source === 'url' ? 'Recording URL' : 'File Name';
		throw new NodeOperationError(node, `${field} is required`, {
			itemIndex,
			description: "Use a call's recordingUrl, or the file name from the call data.",
		});
	}
	if (source !== 'url') return text;
	let url: URL;
	try {
		url = new URL(text);
	} catch {
		throw new NodeOperationError(node, `Recording URL is not a URL: "${text.slice(0, 80)}"`, {
			itemIndex,
			description: 'Use the recordingUrl field of a call from Get Many or Get.',
		});
	}
	const named =
		url.searchParams.get('fileName') ??
		url.searchParams.get('filename') ??
		url.searchParams.get('file');
	const fromPath = decodeURIComponent(url.pathname.split('/').filter(Boolean).pop() ?? '');
	const fileName = named ?? (/\.(wav|mp3|ogg|gsm|m4a)$/i.test(fromPath) ? fromPath : '');
	if (fileName === '') {
		throw new NodeOperationError(node, 'Recording URL does not name a recording file', {
			itemIndex,
			description: 'Expected a fileName parameter or a path ending in an audio file name.',
		});
	}
	return fileName;
}
