import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
} from 'n8n-workflow';

import type { BinaryOutput, PostReceiveHook } from './operation';

/**
 * Binary data in and out of an operation: a file of the input item sent as multipart form
 * data, and an answer that is a file made the output item's binary data. The field that names
 * the binary property is `binaryPropertyName` in both directions (the builder adds it).
 */

export const BINARY_PROPERTY_PARAMETER = 'binaryPropertyName';

function binaryProperty(context: IExecuteSingleFunctions): string {
	return (
		(context.getNodeParameter(BINARY_PROPERTY_PARAMETER, 'data', {
			skipValidation: true,
		}) as string) || 'data'
	);
}

/**
 * Makes the request `multipart/form-data`: the text fields first (empty ones left out), then
 * the input item's binary file under `fileField`, with its file name and MIME type.
 */
export async function multipartBody(
	context: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
	fileField: string,
	fields: IDataObject = {},
): Promise<IHttpRequestOptions> {
	const property = binaryProperty(context);
	const meta = context.helpers.assertBinaryData(property);
	const data = await context.helpers.getBinaryDataBuffer(property);
	const boundary = `----n8nFormBoundary${Date.now().toString(16)}${Math.random().toString(16).slice(2)}`;
	const parts: Buffer[] = [];
	for (const [name, value] of Object.entries(fields)) {
		const text = String(value ?? '');
		if (text === '') continue;
		parts.push(
			Buffer.from(
				`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${text}\r\n`,
			),
		);
	}
	const fileName = (meta.fileName ?? 'file').replace(/"/g, '');
	parts.push(
		Buffer.from(
			`--${boundary}\r\nContent-Disposition: form-data; name="${fileField}"; filename="${fileName}"\r\nContent-Type: ${meta.mimeType || 'application/octet-stream'}\r\n\r\n`,
		),
		data,
		Buffer.from(`\r\n--${boundary}--\r\n`),
	);
	requestOptions.body = Buffer.concat(parts);
	requestOptions.json = false;
	requestOptions.headers = {
		...(requestOptions.headers ?? {}),
		'Content-Type': `multipart/form-data; boundary=${boundary}`,
	};
	return requestOptions;
}

/** The request options a download needs: the answer's bytes as they came. */
export const DOWNLOAD_REQUEST: Partial<IHttpRequestOptions> = {
	encoding: 'arraybuffer',
	json: false,
};

const SERVED_MEDIA = /^(audio|video|image)\//;

/**
 * The postReceive hook of a download: the answer's bytes as binary data of the output item,
 * under the field `binaryPropertyName` names, with `{fileName, mimeType, fileSize}` as its JSON.
 * The MIME type is the server's when `keepServedType` accepts it, else the file extension's.
 */
export function binaryOutput(spec: BinaryOutput): PostReceiveHook {
	const keep = spec.keepServedType ?? SERVED_MEDIA;
	return async function answerToBinary(
		this: IExecuteSingleFunctions,
		items: INodeExecutionData[],
		response: IN8nHttpFullResponse,
	): Promise<INodeExecutionData[]> {
		const fileName = spec.fileName.call(this, response);
		const property = binaryProperty(this);
		const extension = fileName.split('.').pop()?.toLowerCase() ?? '';
		const served = String((response.headers as IDataObject)?.['content-type'] ?? '')
			.split(';')[0]
			.trim();
		const mimeType =
			served !== '' && keep.test(served)
				? served
				: (spec.mimeTypes?.[extension] ?? 'application/octet-stream');
		const body = response.body as unknown;
		const data = Buffer.isBuffer(body) ? body : Buffer.from(body as ArrayBuffer);
		const binary = await this.helpers.prepareBinaryData(data, fileName, mimeType);
		return items.map(() => ({
			json: { fileName, mimeType, fileSize: data.length },
			binary: { [property]: binary },
		}));
	};
}
