import type { IDataObject } from 'n8n-workflow';

interface EventTypeDefinition {
	name: string;
	/** What eventData1..4 mean for this event type, in order; undefined where the slot is unused. */
	data: Array<string | undefined>;
}

/**
 * The PrimeVox Call EventType table (as of Jan 19, 2022), transcribed from the vendor doc.
 * Where the doc's table lost a row's empty cells, labels fill Data1 onwards; event 42 is the
 * one exception, aligned with its siblings 37-40 (Data1 is the number dialled there).
 */
export const EVENT_TYPES: Record<number, EventTypeDefinition> = {
	1: { name: 'Call in to DID', data: ['DID Number'] },
	2: { name: 'Call blocked (Globally)', data: [] },
	3: { name: 'Extension Called', data: ['EndpointID', 'Ext Num', 'Ext Name'] },
	4: { name: 'Extension Answer', data: ['EndpointID', 'Ext Num', 'Ext Name'] },
	5: { name: 'Hangup (Normal)', data: ['Total Jitter', 'Total pLoss'] },
	6: { name: 'Outbound API Call', data: [] },
	7: { name: 'Fax Detected', data: [] },
	8: { name: 'Default-no-Dialplan', data: [] },
	9: { name: 'Extension Busy', data: ['EndpointID', 'Ext Num', 'Ext Name'] },
	10: {
		name: 'Extension No Answer',
		data: ['EndpointID', 'Ext Num', 'Ext Name'],
	},
	11: {
		name: 'Extension Offline',
		data: ['EndpointID', 'Ext Num', 'Ext Name'],
	},
	12: { name: 'Check Voicemail (Self)', data: [] },
	13: {
		name: 'Check Voicemail (Remote)',
		data: ['EndpointID', 'Ext Num', 'Ext Name'],
	},
	14: { name: 'Echo Test', data: [] },
	15: { name: 'Alan Rickman (Easter Egg)', data: [] },
	16: { name: 'Meaning of Life (Easter Egg)', data: [] },
	17: { name: 'Forwarding Menu Accessed', data: [] },
	18: { name: 'Forwarding Menu: Enabled', data: ['Fwd Number'] },
	19: { name: 'Forwarding Menu: Disabled', data: [] },
	20: { name: 'Wake-Up Call Create', data: ['Room Num', 'Date/Time'] },
	21: { name: 'Wake-Up Call Delete', data: ['Room Num'] },
	22: { name: 'Wake-Up Call Creation Cancelled', data: [] },
	23: { name: 'Voicemail Disabled', data: [] },
	24: { name: 'Wake-Up Call Placed to Room', data: ['Snoozed or Cancelled'] },
	25: {
		name: 'Sent to Voicemail',
		data: ['EndpointID', 'Ext Num', 'Ext Name'],
	},
	26: { name: 'Exit Voicemail 0', data: [] },
	27: { name: 'Exit Voicemail Star', data: [] },
	28: { name: 'Attempt Ring Group', data: ['RG Exten', 'RG Desc'] },
	29: {
		name: 'Ring Group Answered',
		data: ['Extension Answered', 'Peer Answered', 'RG Desc'],
	},
	30: { name: 'Ring Group Timeout', data: ['RG Exten', 'RG Desc'] },
	31: {
		name: 'Hangup (Loop Protection)',
		data: ['Total Jitter', 'Total pLoss'],
	},
	32: { name: 'Voicemail System Menu (*98)', data: [] },
	33: { name: 'Forwarding Toggle: Enabled', data: ['Ext Num'] },
	34: { name: 'Forwarding Toggle: Disabled', data: ['Ext Num'] },
	35: { name: 'Forwarding Menu: Listen to FwdNum', data: ['Fwd Number'] },
	36: { name: 'Voicemail Left', data: [] },
	37: { name: 'Dial-Out Domestic', data: ['Number', 'CID Name', 'CID Number'] },
	38: {
		name: 'Dial-Out Failed - Invalid CID',
		data: ['Number', 'CID Name', 'CID Number'],
	},
	39: {
		name: 'Dial-Out Failed - International Disabled',
		data: ['Number', 'CID Name', 'CID Number'],
	},
	40: {
		name: 'Dial-Out Failed - Invalid PIN',
		data: ['Wrong PIN', 'CID Name', 'CID Number'],
	},
	41: { name: 'Dial-Out Failed - Concurrent Calls', data: [] },
	42: {
		name: 'Dial-Out Failed - Other',
		data: [undefined, 'CID Name', 'CID Number'],
	},
	43: {
		name: 'Dial-Out International',
		data: ['Number', 'CID Name', 'CID Number'],
	},
	44: { name: 'Page Group', data: ['Ext Num', 'Desc', 'Ext Number'] },
	45: {
		name: 'Queue Login',
		data: ['QueueID', 'QueueExten', 'QueueName', 'Ext Number'],
	},
	46: {
		name: 'Queue Logout',
		data: ['QueueID', 'QueueExten', 'QueueName', 'Ext Number'],
	},
	47: {
		name: 'Caller Enter Queue',
		data: ['QueueID', 'QueueExten', 'QueueName'],
	},
	48: {
		name: 'Caller Push Option While Waiting',
		data: ['QueueID', 'QueueExten', 'QueueName', 'Option Pushed'],
	},
	49: {
		name: 'Queue Abandoned by Caller',
		data: ['QueueID', 'QueueExten', 'QueueName', 'Reason Code'],
	},
	50: { name: 'Queue Failover', data: ['QueueID', 'QueueExten', 'QueueName'] },
	51: { name: 'IVR Greeting Playback', data: ['IvrID', 'IvrExten', 'IvrName'] },
	52: {
		name: 'IVR Option Pushed',
		data: ['IvrID', 'IvrExten', 'IvrName', 'Option #'],
	},
	53: { name: 'IVR Timed Out', data: ['IvrID', 'IvrExten', 'IvrName'] },
	54: {
		name: 'IVR Invalid Option Pushed',
		data: ['IvrID', 'IvrExten', 'IvrName', 'Number'],
	},
	55: {
		name: 'IVR Direct Dialed',
		data: ['IvrID', 'IvrExten', 'IvrName', 'Digits Entered'],
	},
	56: {
		name: 'Call Parked (Random)',
		data: ['LotID', 'LotName', 'Slot', 'ExtenParked'],
	},
	57: {
		name: 'Call Parked (Specific)',
		data: ['LotID', 'LotName', 'Slot', 'ExtenParked'],
	},
	58: {
		name: 'Parked Call Pickup',
		data: ['LotID', 'LotName', 'Slot', 'ExtenPickedup'],
	},
	59: { name: 'Parked Call Timeout', data: ['LotID', 'LotName', 'Slot'] },
	60: { name: 'Entering Time-Based Route', data: ['RouteID', 'Route Name'] },
	61: { name: 'Default/No Rules Matched', data: ['RouteID', 'Route Name'] },
	62: {
		name: 'Confbridge: User Entered',
		data: ['BridgeID', 'Bridge Exten', 'BridgeName'],
	},
	63: { name: 'Bridge Full', data: ['BridgeID', 'Bridge Exten', 'BridgeName'] },
	64: {
		name: 'Invalid PIN',
		data: ['BridgeID', 'Bridge Exten', 'BridgeName', 'Digits Entered'],
	},
	65: {
		name: 'PIN Entry Timeout',
		data: ['BridgeID', 'Bridge Exten', 'BridgeName'],
	},
	66: {
		name: 'Confbridge: Admin Entered',
		data: ['BridgeID', 'Bridge Exten', 'BridgeName'],
	},
	67: {
		name: 'Enter Directory',
		data: ['DirectoryID', 'Directory Exten', 'Directory Name'],
	},
	68: {
		name: 'Directory Invalid Option',
		data: ['DirectoryID', 'Directory Exten', 'Directory Name'],
	},
	69: {
		name: 'Directory Timed Out',
		data: ['DirectoryID', 'Directory Exten', 'Directory Name'],
	},
	70: {
		name: 'Directory Improper Exit',
		data: ['DirectoryID', 'Directory Exten', 'Directory Name'],
	},
	71: {
		name: 'Toggle Route On/Red',
		data: ['ToggleID', 'Toggle Exten', 'Toggle Name'],
	},
	72: {
		name: 'Toggle Route Off/Green',
		data: ['ToggleID', 'Toggle Exten', 'Toggle Name'],
	},
	73: {
		name: 'Toggle Change to On/Red',
		data: ['ToggleID', 'Toggle Exten', 'Toggle Name'],
	},
	74: {
		name: 'Toggle Change to Off/Green',
		data: ['ToggleID', 'Toggle Exten', 'Toggle Name'],
	},
	75: {
		name: 'Toggle Change PIN Invalid',
		data: ['ToggleID', 'Toggle Exten', 'Toggle Name', 'Digits Entered'],
	},
	76: {
		name: 'Toggle Change PIN Timeout',
		data: ['ToggleID', 'Toggle Exten', 'Toggle Name'],
	},
	77: {
		name: 'Announcement Playback',
		data: ['AnnounceID', 'Announce Exten', 'Announce Name'],
	},
	78: { name: 'Efax Receive Attempt', data: ['UserID', 'User Name'] },
	79: {
		name: 'Efax Receive Failed',
		data: ['UserID', 'User Name', 'Page Count', 'Status String'],
	},
	80: {
		name: 'Efax Receive Success',
		data: ['UserID', 'User Name', 'Page Count'],
	},
	81: {
		name: 'Efax Send Attempt',
		data: ['UserID', 'User Name', 'Phone Number'],
	},
	82: { name: 'Efax Send Failed During Dial', data: ['UserID', 'User Name'] },
	83: {
		name: 'Efax Send Failed',
		data: ['UserID', 'User Name', 'Status String'],
	},
	84: {
		name: 'Efax Sent Successfully',
		data: ['UserID', 'User Name', 'Page Count'],
	},
	85: {
		name: 'Call Forwarded (Spoof CID)',
		data: ['FwdNumber', 'CID Name', 'CID Number'],
	},
	86: {
		name: 'Call Forwarded (Origin CID)',
		data: ['FwdNumber', 'CID Name', 'CID Number'],
	},
	87: { name: 'Call Forward Blocked', data: ['FwdNumber'] },
	88: {
		name: 'Device Dialing List',
		data: ['List Part 1', 'List Part 2', 'List Part 3', 'List Part 4'],
	},
	89: { name: 'Dial-Out Answered', data: [] },
	90: { name: 'Transfer to AnswerCare', data: ['AccountID'] },
	91: { name: 'Listen', data: ['EndpointID', 'Ext Number', 'Ext Name'] },
	92: { name: 'Whisper', data: ['EndpointID', 'Ext Number', 'Ext Name'] },
	93: { name: 'Barge', data: ['EndpointID', 'Ext Number', 'Ext Name'] },
	94: {
		name: 'No Call Parked Here',
		data: ['LotID', 'LotName', 'Slot', 'ExtenAttempted'],
	},
	95: {
		name: '1-to-1 Intercom',
		data: ['EndpointID', 'Ext Number', 'Ext Name'],
	},
	96: {
		name: 'Queue Callback Requested',
		data: ['QueueID', 'QueueExten', 'QueueName', 'Callback Number'],
	},
	97: {
		name: 'Queue Callback Deleted',
		data: ['QueueID', 'QueueExten', 'QueueName', 'Callback Number'],
	},
	98: {
		name: 'Queue Agent Did Not Pick Up',
		data: ['Ext Number', 'Ext Name', 'Ring Time'],
	},
};

/** An event row with its type name and its data slots labelled, keeping the raw fields. */
export function describeEvent(row: IDataObject): IDataObject {
	const type = Number(row.eventType);
	const definition = EVENT_TYPES[type];
	const event: IDataObject = {
		...row,
		eventName: definition?.name ?? `Unknown event type ${String(row.eventType)}`,
	};
	const details: IDataObject = {};
	definition?.data.forEach((label, index) => {
		const value = row[`eventData${index + 1}`];
		if (label && value !== undefined && value !== null && value !== '') details[label] = value;
	});
	event.eventDetails = details;
	return event;
}
