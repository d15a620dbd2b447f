/**
 * Sends a consultation form in the background (progressive enhancement of a plain POST form):
 * checks the fields first, then posts and shows the outcome in the page's language. On any failure
 * the text stays in the box, so nothing a reader wrote is lost.
 */
type Messages = Record<string, string>;

function setError(form: HTMLFormElement, field: string, message: string | undefined) {
	const el = form.querySelector<HTMLElement>(`[data-error-for="${field}"]`);
	const input = form.querySelector<HTMLElement>(
		field === 'group' ? 'fieldset' : `[name="${field}"]`,
	);
	if (el) {
		el.textContent = message ?? '';
		el.hidden = !message;
	}
	if (input) input.toggleAttribute('aria-invalid', Boolean(message));
}

function showStatus(
	form: HTMLFormElement,
	title: string,
	text: string,
	kind: 'ok' | 'error' | 'busy',
) {
	const status = form.querySelector<HTMLElement>('[data-status]')!;
	status.className = `form-status form-status--${kind}`;
	status.replaceChildren();
	if (kind !== 'busy') {
		const strong = document.createElement('strong');
		strong.textContent = title;
		status.append(strong, document.createElement('br'));
	}
	status.append(text);
}

/** Field checks the server also makes, so most mistakes show without a round trip. */
function localErrors(form: HTMLFormElement): Record<string, string> {
	const data = new FormData(form);
	const text = String(data.get('text') ?? '').trim();
	const area = form.querySelector<HTMLTextAreaElement>('textarea[name="text"]')!;
	const errors: Record<string, string> = {};
	if (!data.get('group')) errors.group = 'group';
	if (!text) errors.text = 'required';
	else if ([...text].length < area.minLength) errors.text = 'tooShort';
	else if ([...text].length > area.maxLength) errors.text = 'tooLong';
	return errors;
}

async function submit(form: HTMLFormElement, event: SubmitEvent) {
	event.preventDefault();
	const m = JSON.parse(form.dataset.messages!) as Messages;
	const button = form.querySelector<HTMLButtonElement>('button[type="submit"]')!;
	const local = localErrors(form);
	for (const field of ['group', 'text'])
		setError(form, field, local[field] ? m[local[field]!] : undefined);
	if (Object.keys(local).length > 0) {
		form
			.querySelector<HTMLElement>(
				'[aria-invalid] input, textarea[aria-invalid], fieldset[aria-invalid] input',
			)
			?.focus();
		return;
	}
	button.disabled = true;
	showStatus(form, '', m.sending!, 'busy');
	try {
		const response = await fetch(form.action, {
			method: 'POST',
			body: new URLSearchParams(new FormData(form) as unknown as Record<string, string>),
			headers: { Accept: 'application/json' },
		});
		const result = (await response.json().catch(() => ({}))) as {
			ok?: boolean;
			id?: number;
			errors?: Record<string, string>;
			retryAfterSeconds?: number;
		};
		if (response.ok && result.ok) {
			form.querySelector<HTMLTextAreaElement>('textarea')!.value = '';
			for (const r of form.querySelectorAll<HTMLInputElement>('input[type="radio"]'))
				r.checked = false;
			showStatus(form, m.sentTitle!, m.sent!.replace('{id}', String(result.id)), 'ok');
			return;
		}
		const errors = result.errors ?? {};
		for (const field of ['group', 'text'])
			setError(
				form,
				field,
				errors[field] ? (field === 'group' ? m.group : m[errors[field]!]) : undefined,
			);
		const general =
			response.status === 429
				? m.rateLimited!.replace(
						'{minutes}',
						String(Math.max(1, Math.ceil((result.retryAfterSeconds ?? 60) / 60))),
					)
				: response.status === 413
					? m.tooLarge!
					: (errors.consultation && m[errors.consultation]) ||
						(errors.website && m.spam) ||
						(errors.group || errors.text ? '' : m.server!);
		showStatus(form, m.errorTitle!, general || '', 'error');
	} catch {
		showStatus(form, m.errorTitle!, m.network!, 'error');
	} finally {
		button.disabled = false;
	}
}

for (const form of document.querySelectorAll<HTMLFormElement>('[data-feedback] form'))
	form.addEventListener('submit', (event) => void submit(form, event));
