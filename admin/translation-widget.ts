import { defaultLocale, isLocale } from '~/i18n/locales';
import { translationNotice, type PaneData } from './translation-status';

/**
 * The CMS widget of a translation's "Ngày dịch" (`translated`): above the date, a read-only
 * notice saying whether the translation may be out of date and why (translation-status.ts); below
 * it, the site's date control (datetime.ts), whose "Ngay lúc này" writes today. In the Vietnamese
 * pane it shows only what the field is for: the Vietnamese file has no such field.
 *
 * Decap passes widgets `getEntry()` (the entry as the editor holds it now, both languages) and the
 * pane's `locale` (decap-cms-core EditorControl.js). But a control is rendered again only when its
 * own props change (EditorControl is a connected component), and Decap has no event for an edit
 * (its events are pre/post save, publish and unpublish): so the control looks at the entry a few
 * times a second and renders again when it is another one (Immutable: every edit makes a new
 * entry), and the notice follows what the editor types in the Vietnamese pane.
 */

/** Name of the widget in the CMS config (`admin/fields/common.ts`). */
export const translationDateWidget = 'translation-date';

type H = (type: unknown, props?: object | null, ...children: unknown[]) => unknown;
interface ImmutableLike {
	get(key: string): unknown;
	getIn(path: string[]): unknown;
}
interface WidgetProps {
	locale?: string;
	value: unknown;
	getEntry(): ImmutableLike | undefined;
	[prop: string]: unknown;
}
interface Control {
	props: WidgetProps;
	inner?: { isValid?(): unknown } | null;
	/** The entry last rendered, and the timer that looks for a newer one. */
	seen?: unknown;
	timer?: ReturnType<typeof setInterval>;
	forceUpdate(): void;
}

/** How often the control looks for an edit made elsewhere in the entry (ms). */
const lookEvery = 300;
interface WidgetCms {
	registerWidget(name: string, control: unknown, preview?: unknown): void;
	getWidget(name: string): { control?: unknown; preview?: unknown } | undefined;
}

/** Decap's data (Immutable) as plain values. */
function plain(value: unknown): PaneData {
	const js =
		value && typeof (value as { toJS?: unknown }).toJS === 'function'
			? (value as { toJS(): unknown }).toJS()
			: value;
	return js && typeof js === 'object' ? (js as PaneData) : {};
}

/** The notice's look: the site's notice colours (src/styles/article.css), in Decap's pane. */
const style = (state: string) => ({
	margin: '0 0 12px',
	padding: '10px 14px',
	borderRadius: '4px',
	borderLeft: '6px solid',
	fontSize: '14px',
	lineHeight: 1.45,
	color: '#1b1f24',
	...(state === 'stale'
		? { background: '#fff8e1', borderColor: '#b26a00' }
		: state === 'current'
			? { background: '#eaf6ec', borderColor: '#2e7d32' }
			: { background: '#f3f6fa', borderColor: '#4a5563' }),
});

/** Register the widget. Needs `h` and `createClass` (Decap's own React) and the date control. */
export function registerTranslationDate(cms: WidgetCms) {
	const { h, createClass } = window as unknown as {
		h: H;
		createClass: (spec: object) => unknown;
	};
	const datetime = cms.getWidget('datetime')?.control;
	const control = createClass({
		componentDidMount(this: Control) {
			this.timer = setInterval(() => {
				if (this.props.getEntry() !== this.seen) this.forceUpdate();
			}, lookEvery);
		},
		componentWillUnmount(this: Control) {
			clearInterval(this.timer);
		},
		isValid(this: Control) {
			return this.inner?.isValid ? this.inner.isValid() : true;
		},
		render(this: Control) {
			const { locale, getEntry, value } = this.props;
			const pane = isLocale(locale) ? locale : defaultLocale;
			const entry = getEntry();
			this.seen = entry;
			const notice = translationNotice(
				plain(entry?.get('data')),
				{ ...plain(entry?.getIn(['i18n', pane, 'data'])), translated: value },
				pane,
			);
			const text = h(
				'p',
				{ role: 'status', 'data-translation-status': notice.state, style: style(notice.state) },
				notice.text,
			);
			if (pane === defaultLocale) return text;
			return h(
				'div',
				null,
				text,
				h(datetime, { ...this.props, ref: (c: Control['inner']) => (this.inner = c) }),
			);
		},
	});
	cms.registerWidget(translationDateWidget, control);
}
