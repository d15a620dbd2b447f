/** A `tel:` link for a phone number as people write it ("0226 3000 100" → "tel:02263000100"). */
export function telHref(phone: string): string {
	return `tel:${phone.replace(/[^\d+]/g, '')}`;
}
