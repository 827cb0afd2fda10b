/** Every node and credential type of the package, as the test harness loads them. */
import type { ICredentialType, INodeType } from 'n8n-workflow';

import * as callEmAll from './registry/callEmAll';
import * as callEmAllTrigger from './registry/callEmAllTrigger';
import * as callFire from './registry/callFire';
import * as callFireTrigger from './registry/callFireTrigger';
import * as phoneBurner from './registry/phoneBurner';
import * as phoneBurnerTrigger from './registry/phoneBurnerTrigger';
import * as primeVox from './registry/primeVox';
import * as testVendor from './registry/testVendor';

const vendors = [
	primeVox,
	phoneBurner,
	phoneBurnerTrigger,
	callFire,
	callFireTrigger,
	callEmAll,
	callEmAllTrigger,
	testVendor,
];

export const allNodeTypes: INodeType[] = vendors.flatMap((vendor) => vendor.nodeTypes);

export const allCredentialTypes: ICredentialType[] = vendors.flatMap(
	(vendor) => vendor.credentialTypes,
);
