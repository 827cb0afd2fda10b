/** Every node and credential type of the package, as the test harness loads them. */
import type { ICredentialType, INodeType } from 'n8n-workflow';

import { PrimeVoxApi } from '../../credentials/PrimeVoxApi.credentials';
import { PrimeVox } from '../../nodes/PrimeVox/PrimeVox.node';
import { PrimeVoxTrigger } from '../../nodes/PrimeVox/PrimeVoxTrigger.node';

export const allNodeTypes: INodeType[] = [new PrimeVox(), new PrimeVoxTrigger()];

export const allCredentialTypes: ICredentialType[] = [new PrimeVoxApi()];
