import type { ICredentialType, INodeType } from 'n8n-workflow';

import { CallFireApi } from '../../../credentials/CallFireApi.credentials';
import { CallFire } from '../../../nodes/CallFire/CallFire.node';

export const nodeTypes: INodeType[] = [new CallFire()];
export const credentialTypes: ICredentialType[] = [new CallFireApi()];
