import type { ICredentialType, INodeType } from 'n8n-workflow';

import { CallEmAllApi } from '../../../credentials/CallEmAllApi.credentials';
import { CallEmAllPollTrigger } from '../../../nodes/CallEmAll/CallEmAllPollTrigger.node';
import { CallEmAllTrigger } from '../../../nodes/CallEmAll/CallEmAllTrigger.node';

export const nodeTypes: INodeType[] = [new CallEmAllTrigger(), new CallEmAllPollTrigger()];
export const credentialTypes: ICredentialType[] = [new CallEmAllApi()];
