// One workflow that drives every PrimeVox operation against the stand-in, branch by branch, with
// the node type of `packageName` (the combined package by default, or n8n-nodes-primevox).
import { COMBINED_PACKAGE } from '../../../scripts/packages.mjs';

const credential = (id, name) => ({ primeVoxApi: { id, name } });
const GOOD = credential('pvxGood0000001', 'PrimeVox (stand-in)');
const BAD = credential('pvxBad00000001', 'PrimeVox (wrong key)');

function primeVoxNode(packageName, name, position, parameters, extra = {}) {
	return {
		id: `node-${name.toLowerCase().replace(/\W+/g, '-')}`,
		name,
		type: `${packageName}.primeVox`,
		typeVersion: 1,
		position,
		parameters: { resource: 'call', ...parameters },
		credentials: GOOD,
		...extra,
	};
}

export function primeVoxWorkflow(baseUrl, packageName = COMBINED_PACKAGE) {
	const nodes = [
		{
			id: 'trigger',
			name: 'Start',
			type: 'n8n-nodes-base.manualTrigger',
			typeVersion: 1,
			position: [0, 0],
			parameters: {},
		},
		primeVoxNode(packageName, 'List All Calls', [300, -300], {
			operation: 'getAll',
			returnAll: true,
			options: { fromDate: '2024-01-05T00:00:00', toDate: '2024-01-05T23:59:59' },
		}),
		primeVoxNode(packageName, 'Get Call', [300, -150], {
			operation: 'get',
			callUuid: { __rl: true, mode: 'id', value: '1704449700.1' },
		}),
		primeVoxNode(packageName, 'Download Recording', [300, 0], {
			operation: 'downloadRecording',
			recordingSource: 'url',
			recordingUrl: `${baseUrl}/call_recording.php?auth=[redacted]&containerID=123456&fileName=1704449700.1.wav`,
			binaryPropertyName: 'data',
		}),
		primeVoxNode(packageName, 'Annotate Call', [300, 150], {
			operation: 'update',
			callUuid: { __rl: true, mode: 'id', value: '1704449700.1' },
			updateFields: { callNotes: 'Called back from n8n', callFlagged: true, callSeverity: 2 },
		}),
		primeVoxNode(
			packageName,
			'Wrong Key',
			[300, 300],
			{ operation: 'getAll', returnAll: false, limit: 5 },
			{ credentials: BAD, onError: 'continueRegularOutput' },
		),
		primeVoxNode(packageName, 'Rate Limited Once', [300, 450], {
			operation: 'getAll',
			returnAll: true,
			filters: { filterInboundDid: 'rate-limit-me' },
		}),
		// Runs after Annotate Call (siblings run top to bottom): changes only the severity.
		primeVoxNode(packageName, 'Raise Severity Only', [300, 600], {
			operation: 'update',
			callUuid: { __rl: true, mode: 'id', value: '1704449700.1' },
			updateFields: { callSeverity: 4 },
		}),
		primeVoxNode(packageName, 'Get Annotated Call', [300, 750], {
			operation: 'get',
			callUuid: { __rl: true, mode: 'id', value: '1704449700.1' },
		}),
	];
	const targets = nodes.slice(1).map((node) => ({ node: node.name, type: 'main', index: 0 }));
	return {
		id: 'pvxWorkflow00001',
		name: 'PrimeVox end-to-end',
		active: false,
		nodes,
		connections: { Start: { main: [targets] } },
		settings: { executionOrder: 'v1' },
		pinData: {},
	};
}
