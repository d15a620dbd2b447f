import type { PlacedCard } from './share-card-pool.ts';

/**
 * How the build's list of share cards reaches the share-cards integration as soon as the route
 * that computes it has run, so that the cards are drawn while Astro renders the pages rather than
 * after. The route runs from Astro's bundle of the pages and the integration from the config, two
 * copies of every module; a function kept under a global symbol is what both see.
 */
const key = Symbol.for('newsroom.share-cards');

type Receiver = (placed: PlacedCard[]) => void;

/** The integration: be told the list. */
export function receiveShareCards(receiver: Receiver | undefined): void {
	(globalThis as { [key]?: Receiver })[key] = receiver;
}

/** The route: hand the list over; false when nobody listens (the integration then reads the file). */
export function handOverShareCards(placed: PlacedCard[]): boolean {
	const receiver = (globalThis as { [key]?: Receiver })[key];
	receiver?.(placed);
	return receiver !== undefined;
}
