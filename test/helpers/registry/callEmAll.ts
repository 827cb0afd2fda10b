import type { ICredentialType, INodeType } from 'n8n-workflow';

import { CallEmAllApi } from '../../../credentials/CallEmAllApi.credentials';
import { CallEmAll } from '../../../nodes/CallEmAll/CallEmAll.node';

export const nodeTypes: INodeType[] = [new CallEmAll()];
export const credentialTypes: ICredentialType[] = [new CallEmAllApi()];
