import type { ICredentialType, INodeType } from 'n8n-workflow';

import { CallFireApi } from '../../../credentials/CallFireApi.credentials';
import { CallFireTrigger } from '../../../nodes/CallFire/CallFireTrigger.node';

export const nodeTypes: INodeType[] = [new CallFireTrigger()];
export const credentialTypes: ICredentialType[] = [new CallFireApi()];
