// A local stand-in for the OpenAI API, enough for n8n's OpenAI Chat Model (`lmChatOpenAi`) and
// its `openAiApi` credential pointed here through the credential's Base URL:
//   GET  /v1/models             the model list (credential test, the editor's model picker)
//   POST /v1/chat/completions   Chat Completions, tool calls included, plain or streamed (SSE)
// No model runs: the answers follow scripts. A script is picked by the user's message (the chat
// input; or by the `model` n8n sends, when a script has that name) and says which tools to call
// in each round and with which arguments; once every call of the last round has its tool result,
// the answer is a final text that quotes the results. Every request is recorded: the `tools`
// array n8n sent, every message, and what the stand-in answered.
//
// A script: { rounds: [round, …], answer?(results) }, where a round is a list of calls
// `{ tool, args }` or a function `(results) => calls` of the results so far; `results` are
// `{ tool, args, content, json }` in call order (`json` is the parsed tool result when it is
// JSON). A call to a tool n8n did not offer is answered with a final text saying so.
import { createStandIn } from './fault-kit.mjs';

const created = () => Math.floor(Date.now() / 1000);

function openAiError(res, status, message, code, type = 'invalid_request_error') {
	res.writeHead(status, { 'Content-Type': 'application/json' });
	res.end(JSON.stringify({ error: { message, type, param: null, code } }));
}

function parseJson(text) {
	try {
		return JSON.parse(text);
	} catch {
		return undefined;
	}
}

/** The text of a message's content (a string, or a list of text parts). */
function textOf(content) {
	if (typeof content === 'string') return content;
	if (Array.isArray(content))
		return content.map((part) => (typeof part === 'string' ? part : (part?.text ?? ''))).join('');
	return '';
}

/** The tool calls the assistant made and their results, in order, read back from the messages. */
export function toolExchanges(messages) {
	const calls = [];
	for (const message of messages) {
		if (message.role === 'assistant' && Array.isArray(message.tool_calls)) {
			for (const call of message.tool_calls)
				calls.push({
					id: call.id,
					tool: call.function?.name,
					args: parseJson(call.function?.arguments ?? '') ?? call.function?.arguments,
				});
		}
	}
	const results = new Map();
	for (const message of messages)
		if (message.role === 'tool') results.set(message.tool_call_id, textOf(message.content));
	return calls.map((call) => {
		const content = results.get(call.id);
		return {
			...call,
			content,
			json: content === undefined ? undefined : parseJson(content),
			answered: content !== undefined,
		};
	});
}

const defaultAnswer = (results) =>
	results.map((result) => `${result.tool} returned: ${result.content}`).join('\n');

export async function startOpenAi({ apiKey, scripts, models = ['gpt-4.1-mini'], port = 0 }) {
	const completions = [];

	function plan(script, messages) {
		const exchanges = toolExchanges(messages);
		// Round of each call, from the ids this stand-in gave them: call_<round>_<index>_<nonce>.
		const roundOf = (id) => Number(/^call_(\d+)_/.exec(id ?? '')?.[1] ?? -1);
		const done = exchanges.filter((exchange) => exchange.answered);
		const pending = exchanges.filter((exchange) => !exchange.answered);
		if (pending.length)
			return {
				text: `Still waiting for the results of ${pending.map((call) => call.tool).join(', ')}.`,
			};
		const nextRound = done.length
			? Math.max(...done.map((exchange) => roundOf(exchange.id))) + 1
			: 0;
		const results = done.map(({ tool, args, content, json }) => ({ tool, args, content, json }));
		if (nextRound < script.rounds.length) {
			const round = script.rounds[nextRound];
			const calls = typeof round === 'function' ? round(results) : round;
			if (calls.length)
				return {
					calls: calls.map((call, index) => ({
						...call,
						id: `call_${nextRound}_${index}_${Math.random().toString(36).slice(2, 10)}`,
					})),
				};
		}
		return { text: (script.answer ?? defaultAnswer)(results) };
	}

	function complete(req, res, body) {
		const model = String(body?.model ?? '');
		if (!models.includes(model) && !scripts[model])
			return openAiError(
				res,
				404,
				`The model \`${model}\` does not exist or you do not have access to it.`,
				'model_not_found',
			);
		const messages = Array.isArray(body.messages) ? body.messages : [];
		const tools = Array.isArray(body.tools) ? body.tools : [];
		const prompt = textOf(messages.find((message) => message.role === 'user')?.content).trim();
		const script = scripts[model] ?? scripts[prompt];
		let step = script
			? plan(script, messages)
			: { text: `No script answers this prompt: ${prompt}` };
		const offered = new Set(tools.map((tool) => tool.function?.name));
		const missing = (step.calls ?? []).filter((call) => !offered.has(call.tool));
		if (missing.length)
			step = {
				text: `The script wanted ${missing.map((call) => call.tool).join(', ')}, but n8n offered only: ${[...offered].join(', ') || 'no tools'}.`,
				missing,
			};
		const record = { model, prompt, tools, messages, stream: body.stream === true, body, step };
		completions.push(record);

		const id = `chatcmpl-${Math.random().toString(36).slice(2, 12)}`;
		const toolCalls = step.calls?.map((call) => ({
			id: call.id,
			type: 'function',
			function: { name: call.tool, arguments: JSON.stringify(call.args ?? {}) },
		}));
		const finishReason = toolCalls ? 'tool_calls' : 'stop';
		const usage = {
			prompt_tokens: JSON.stringify(messages).length >> 2,
			completion_tokens: 20,
			total_tokens: (JSON.stringify(messages).length >> 2) + 20,
		};
		if (body.stream === true) {
			res.writeHead(200, {
				'Content-Type': 'text/event-stream',
				'Cache-Control': 'no-cache',
				Connection: 'keep-alive',
			});
			const send = (choice, extra = {}) =>
				res.write(
					`data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created: created(), model, choices: choice ? [choice] : [], ...extra })}\n\n`,
				);
			send({
				index: 0,
				delta: { role: 'assistant', content: toolCalls ? null : '' },
				logprobs: null,
				finish_reason: null,
			});
			if (toolCalls) {
				toolCalls.forEach((call, index) => {
					send({
						index: 0,
						delta: {
							tool_calls: [
								{
									index,
									id: call.id,
									type: 'function',
									function: { name: call.function.name, arguments: '' },
								},
							],
						},
						logprobs: null,
						finish_reason: null,
					});
					send({
						index: 0,
						delta: { tool_calls: [{ index, function: { arguments: call.function.arguments } }] },
						logprobs: null,
						finish_reason: null,
					});
				});
			} else {
				// The text in a few pieces, as a model streams it.
				const pieces = step.text.match(/[\s\S]{1,40}/g) ?? [''];
				for (const piece of pieces)
					send({ index: 0, delta: { content: piece }, logprobs: null, finish_reason: null });
			}
			send({ index: 0, delta: {}, logprobs: null, finish_reason: finishReason });
			if (body.stream_options?.include_usage) send(undefined, { usage });
			res.end('data: [DONE]\n\n');
			return;
		}
		res.writeHead(200, { 'Content-Type': 'application/json' });
		res.end(
			JSON.stringify({
				id,
				object: 'chat.completion',
				created: created(),
				model,
				choices: [
					{
						index: 0,
						message: {
							role: 'assistant',
							content: toolCalls ? null : step.text,
							...(toolCalls ? { tool_calls: toolCalls } : {}),
							refusal: null,
						},
						logprobs: null,
						finish_reason: finishReason,
					},
				],
				usage,
				system_fingerprint: 'fp_standin',
			}),
		);
	}

	const handle = (entry, res) => {
		if (entry.headers.authorization !== `Bearer ${apiKey}`)
			return openAiError(
				res,
				401,
				'Incorrect API key provided. You can find your API key at https://platform.openai.com/account/api-keys.',
				'invalid_api_key',
			);
		const path = entry.path.replace(/^\/v1/, '');
		if (entry.method === 'GET' && path === '/models') {
			res.writeHead(200, { 'Content-Type': 'application/json' });
			res.end(
				JSON.stringify({
					object: 'list',
					data: models.map((id) => ({
						id,
						object: 'model',
						created: 1700000000,
						owned_by: 'n8n-nodes-telephony-e2e',
					})),
				}),
			);
			return;
		}
		if (entry.method === 'POST' && path === '/chat/completions') {
			if (!entry.body || Buffer.isBuffer(entry.body) || typeof entry.body !== 'object')
				return openAiError(res, 400, 'We could not parse the JSON body of your request.', null);
			return complete(entry, res, entry.body);
		}
		return openAiError(res, 404, `Invalid URL (${entry.method} ${entry.path})`, null);
	};
	const standIn = await createStandIn({ port, handle });
	return { ...standIn, baseUrl: `${standIn.url}/v1`, completions };
}
