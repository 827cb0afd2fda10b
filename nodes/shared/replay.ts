import { createHash } from 'crypto';

import type { IWebhookFunctions } from 'n8n-workflow';

/**
 * Remembers the deliveries a webhook trigger has already accepted, so that a delivery sent
 * again (a replay by someone who captured it, or a vendor's retry of one that did arrive) does
 * not start a second execution. Kept in the memory of the n8n process that receives webhooks:
 * bounded in size and age, and empty again after a restart.
 */
export class DeliveryMemory {
	private readonly seen = new Map<string, number>();

	constructor(
		private readonly capacity = 10_000,
		private readonly maxAgeMs = 24 * 60 * 60 * 1000,
	) {}

	/** True when this key was accepted before (and is still remembered); else remembers it. */
	repeated(key: string, now = Date.now()): boolean {
		const at = this.seen.get(key);
		if (at !== undefined && now - at < this.maxAgeMs) return true;
		this.seen.delete(key);
		this.seen.set(key, now);
		while (this.seen.size > this.capacity) {
			const oldest = this.seen.keys().next().value as string;
			this.seen.delete(oldest);
		}
		return false;
	}

	get size(): number {
		return this.seen.size;
	}
}

const memories = new Map<string, DeliveryMemory>();

/** The memory of one trigger node of one workflow. */
export function deliveryMemory(context: IWebhookFunctions): DeliveryMemory {
	const key = `${context.getWorkflow().id ?? ''}:${context.getNode().id ?? context.getNode().name}`;
	let memory = memories.get(key);
	if (!memory) {
		memory = new DeliveryMemory();
		memories.set(key, memory);
	}
	return memory;
}

/** A short, stable fingerprint of a delivery (its signature, or its body). */
export function fingerprint(...parts: Array<string | Buffer>): string {
	const hash = createHash('sha256');
	for (const part of parts) hash.update(part).update('\u0000');
	return hash.digest('base64url');
}
