import type { ICredentialType, INodeType } from 'n8n-workflow';

import { PrimeVoxApi } from '../../../credentials/PrimeVoxApi.credentials';
import { PrimeVox } from '../../../nodes/PrimeVox/PrimeVox.node';
import { PrimeVoxTrigger } from '../../../nodes/PrimeVox/PrimeVoxTrigger.node';

export const nodeTypes: INodeType[] = [new PrimeVox(), new PrimeVoxTrigger()];
export const credentialTypes: ICredentialType[] = [new PrimeVoxApi()];
