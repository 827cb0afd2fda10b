import type { ICredentialType, INodeType } from 'n8n-workflow';

// This vendor's nodes and credentials are added here as they are built.
export const nodeTypes: INodeType[] = [];
export const credentialTypes: ICredentialType[] = [];
