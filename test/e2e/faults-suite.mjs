// Fault injection in a running n8n: the stand-ins misbehave on cue (faults.mjs) and each case
// checks what the node did (its output, its error) and what reached the server (its log).
import { postJson, sendBurst, sleep } from './lib.mjs';
import { PB_TRIGGER_WEBHOOK_ID } from './workflows/phoneburner.mjs';

const count = (standIn, method, path) =>
	standIn.log.filter((entry) => entry.method === method && path.test(entry.path)).length;

export async function runFaultCases({ check, hook, callFire, manyItems = 10_000 }) {
	process.stdout.write('e2e: fault injection\n');
	const contactPath = /^\/v2\/contacts\/\d+$/;

	async function getContact(id) {
		const before = count(callFire, 'GET', contactPath);
		const started = Date.now();
		const answer = await postJson(hook('cf-contact'), { items: [{ id }] });
		return {
			answer,
			requests: count(callFire, 'GET', contactPath) - before,
			seconds: (Date.now() - started) / 1000,
			item: Array.isArray(answer.json) ? answer.json[0] : undefined,
		};
	}

	// 429 with Retry-After: waited out, then success; the retries are bounded (3) and counted.
	callFire.faults.push({
		match: { method: 'GET', path: contactPath },
		times: 1,
		kind: '429',
		retryAfter: 1,
	});
	let result = await getContact(101);
	check(
		`429 with Retry-After: 1 is waited out and retried: ${result.requests} requests, ${result.seconds.toFixed(1)} s`,
		result.requests === 2 && result.item?.id !== undefined && result.seconds >= 1,
		JSON.stringify(result),
	);
	callFire.faults.push({
		match: { method: 'GET', path: contactPath },
		times: 10,
		kind: '429',
		retryAfter: 0,
	});
	result = await getContact(102);
	check(
		`a 429 that never ends stops after 3 retries (${result.requests} requests) with an error item`,
		result.requests === 4 && typeof result.item?.error === 'string',
		JSON.stringify(result),
	);
	callFire.faults.length = 0;

	// 5xx on a read: retried, then success.
	callFire.faults.push({ match: { method: 'GET', path: contactPath }, times: 2, kind: '503' });
	result = await getContact(103);
	check(
		`503 twice on a read is retried and then succeeds (${result.requests} requests)`,
		result.requests === 3 && result.item?.id !== undefined,
		JSON.stringify(result),
	);

	// 5xx on a create: never retried, nothing sent twice.
	const createPath = /^\/v2\/contacts$/;
	const createsBefore = count(callFire, 'POST', createPath);
	callFire.faults.push({ match: { method: 'POST', path: createPath }, times: 1, kind: '500' });
	const created = await postJson(hook('cf-create'), {
		items: [
			{ name: 'Ann', phone: '12135551100' },
			{ name: 'Bob', phone: '12135551101' },
		],
	});
	const creates = count(callFire, 'POST', createPath) - createsBefore;
	check(
		'500 on a create is not retried: the server saw exactly one request',
		creates === 1,
		`requests ${creates}`,
	);
	check(
		'… and both items come out as error items (Continue On Fail)',
		Array.isArray(created.json) &&
			created.json.length === 2 &&
			created.json.every((item) => typeof item.error === 'string'),
		created.text.slice(0, 300),
	);
	callFire.faults.length = 0;

	// Broken answers: each a clear error, no crash, no hang.
	for (const [kind, expected] of [
		['reset', /socket hang up|ECONNRESET|did not get an answer|connection/i],
		['malformed', /malformed JSON/i],
		['html', /HTTP 502|HTML/i],
		['empty', /empty/i],
		['timeout', /timeout|timed out|ETIMEDOUT|ECONNABORTED|did not get an answer/i],
	]) {
		callFire.faults.push({ match: { method: 'GET', path: contactPath }, times: 10, kind });
		result = await getContact(200);
		callFire.faults.length = 0;
		check(
			`${kind}: an error item with a clear message ("${String(result.item?.error ?? '').slice(0, 80)}") after ${result.requests} request(s), ${result.seconds.toFixed(1)} s`,
			result.answer.status === 200 && expected.test(String(result.item?.error ?? '')),
			JSON.stringify(result).slice(0, 500),
		);
	}

	// 10,000 items, 1% failing, Continue On Fail: exactly 10,000 out, errors where they belong.
	const total = manyItems;
	const label = total.toLocaleString('en-US');
	callFire.failWhen(
		(request) =>
			request.method === 'GET' &&
			contactPath.test(request.path) &&
			Number(request.path.split('/').pop()) % 100 === 0,
	);
	const ids = Array.from({ length: total }, (_, i) => ({ id: 100_000 + i }));
	const started = Date.now();
	const many = await postJson(hook('cf-contacts-many'), { items: ids });
	callFire.failWhen(undefined);
	const out = Array.isArray(many.json) ? many.json : [];
	const errorsAt = out.flatMap((item, index) => (typeof item.error === 'string' ? [index] : []));
	const otherErrors = out.find(
		(item, index) => typeof item.error === 'string' && (100_000 + index) % 100 !== 0,
	);
	check(
		`${label} items with 1% failing give exactly ${label} items (${((Date.now() - started) / 1000).toFixed(1)} s)`,
		out.length === total,
		`${many.status} ${out.length} ${many.text?.slice(0, 300)}`,
	);
	check(
		`… the ${total / 100} error items sit exactly at the failing inputs, every other item is its own contact`,
		errorsAt.length === total / 100 &&
			errorsAt.every((index) => (100_000 + index) % 100 === 0) &&
			out.every(
				(item, index) => typeof item.error === 'string' || Number(item.id) === 100_000 + index,
			),
		`errors ${errorsAt.length}${otherErrors ? `, e.g. "${otherErrors.error}"` : ''}`,
	);
}

/** A burst of 1,000 PhoneBurner callbacks (100 a second), resent on 5xx: exactly 1,000 executions. */
export async function runBurst({
	check,
	n8nBase,
	observer,
	values,
	label = 'a burst of 1,000 callbacks',
	idPrefix = 'burst',
	maxInFlight,
	waitMs = 300_000,
}) {
	const burstBefore = observer.received.length;
	const url = `${n8nBase}/webhook/${PB_TRIGGER_WEBHOOK_ID}/callback?token=${values.pbCallbackToken}&event=api_calldone`;
	const burstStarted = Date.now();
	// Like a webhook sender, the burst's sender tries again when the connection fails before an
	// answer or n8n answers 5xx. An overloaded n8n answers 503 ("Database is not ready!", before any
	// webhook is looked at) or 500 ("There was a problem executing the workflow": the trigger
	// accepted the callback, then n8n could not start the execution). Either way nothing ran, and
	// the trigger's replay memory counts a callback only once n8n has started its workflow: the
	// resend runs, and a second arrival of one that ran stays one execution.
	// 100 callbacks a second: all 1,000 are sent within 10 seconds; the answers are awaited after.
	const {
		statuses,
		sentIn,
		answeredIn,
		firstAnswers,
		resends,
		connectionRetries,
		failures,
		answers,
		mostInFlight,
	} = await sendBurst(
		url,
		(wave, i) => ({
			status: 'Interested',
			duration: 10,
			call_id: `${idPrefix}-${wave}-${i}`,
			connected: '1',
			contact: { lead_id: `lead-${wave}-${i}` },
		}),
		{ maxInFlight },
	);
	const deadline = Date.now() + waitMs;
	while (observer.received.length - burstBefore < 1000 && Date.now() < deadline) await sleep(250);
	await sleep(2000);
	const burst = observer.received
		.slice(burstBefore)
		.filter((item) => String(item.call_id).startsWith(`${idPrefix}-`));
	const distinct = new Set(burst.map((item) => item.call_id));
	const ok = check(
		`${label} sent in ${sentIn.toFixed(1)} s gives exactly 1,000 executions (${burst.length}, ${distinct.size} distinct), the last after ${((Date.now() - burstStarted) / 1000).toFixed(0)} s; every callback answered 200 by ${answeredIn.toFixed(0)} s (${Number.isFinite(maxInFlight) ? `the sender keeping at most ${maxInFlight} connections, ${mostInFlight} at most in flight; ` : ''}${firstAnswers} at the first try; n8n answered ${
			Object.entries(resends)
				.map(([status, times]) => `${status} ${times} times`)
				.join(', ') || 'no 5xx'
		} and dropped ${connectionRetries} connections, each sent again)`,
		statuses.every((status) => status === 200) && burst.length === 1000 && distinct.size === 1000,
		`non-200: ${statuses
			.filter((status) => status !== 200)
			.join(',')
			.slice(
				0,
				200,
			)}; failures: ${[...new Set(failures)].join(', ')}; n8n's answers: ${JSON.stringify(answers).slice(0, 600)}`,
	);
	return {
		ok,
		executions: burst.length,
		distinct: distinct.size,
		firstAnswers,
		resends,
		connectionRetries,
		sentIn,
		answeredIn,
		lastAfter: (Date.now() - burstStarted) / 1000,
	};
}
