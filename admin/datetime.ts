/**
 * Dates and times as Vietnamese editors write them, whatever their browser's language.
 *
 * Decap 3's datetime widget is a native `<input type="datetime-local">`: its `date_format` and
 * `time_format` options only choose what is STORED (`date_format: 'DD/MM/YYYY'` with
 * `time_format: 'HH:mm'` would write `30/11/2026T19:29`, without an offset, which the build
 * refuses), while the browser draws the input in its own language: mm/dd/yyyy with AM/PM in a
 * browser set to English. So this control replaces it under the same name (`datetime`): a text box
 * that reads and takes `30/11/2026 19:29` (or `30/11/2026` for a calendar date), the same "Now"
 * and "Clear" buttons, and a button that opens the browser's calendar for those who prefer it.
 *
 * What is stored does not change in shape:
 * - date and time: `2026-11-30T19:29:00.000+07:00`, as Decap's own widget writes it
 *   (`YYYY-MM-DDTHH:mm:ss.SSSZ`), except that the time an editor types is always Viet Nam time
 *   (UTC+7, no daylight saving), whatever the clock of the computer they use;
 * - a calendar date (`time_format: false`, see `day()` in fields/common.ts): `2026-11-30`.
 * A value the editor does not touch is written back as it was.
 */

/** Viet Nam's only time zone: UTC+7 all year. */
export const vietnamOffset = '+07:00';
const offsetMs = 7 * 3600_000;

/** A date (and time) on Viet Nam's wall clock. */
export interface WallTime {
	year: number;
	month: number;
	day: number;
	hour: number;
	minute: number;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The wall time, or undefined if no such day exists (31/02). */
function wallTime(year: number, month: number, day: number, hour = 0, minute = 0) {
	const t = new Date(Date.UTC(year, month - 1, day, hour, minute));
	const ok =
		t.getUTCFullYear() === year &&
		t.getUTCMonth() === month - 1 &&
		t.getUTCDate() === day &&
		hour < 24 &&
		minute < 60;
	return ok ? { year, month, day, hour, minute } : undefined;
}

/**
 * What the editor typed: `30/11/2026 19:29` (also `30/11/2026, 7:05`, `30-11-2026 19h29`) or, for
 * a calendar date, `30/11/2026`. ISO text (`2026-11-30T19:29`) is taken too. Undefined if it is
 * not a real date, or has no time where a time is needed.
 */
export function parseWallTime(text: string, withTime: boolean): WallTime | undefined {
	const s = text.trim();
	const vi = s.match(/^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[,\s]+(\d{1,2})\s*[:h]\s*(\d{2}))?$/);
	const iso = s.match(/^(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{2}):(\d{2}))?$/);
	const [y, m, d, hh, mm] = vi
		? [vi[3], vi[2], vi[1], vi[4], vi[5]]
		: iso
			? [iso[1], iso[2], iso[3], iso[4], iso[5]]
			: [];
	if (!y || (withTime && hh === undefined) || (!withTime && hh !== undefined)) return undefined;
	return wallTime(Number(y), Number(m), Number(d), Number(hh ?? 0), Number(mm ?? 0));
}

/** The wall time in Viet Nam at an instant. */
export function wallTimeAt(instant: Date): WallTime {
	const t = new Date(instant.getTime() + offsetMs);
	return {
		year: t.getUTCFullYear(),
		month: t.getUTCMonth() + 1,
		day: t.getUTCDate(),
		hour: t.getUTCHours(),
		minute: t.getUTCMinutes(),
	};
}

/** `30/11/2026 19:29`, or `30/11/2026` without the time. */
export function formatWallTime(w: WallTime, withTime: boolean): string {
	const date = `${pad(w.day)}/${pad(w.month)}/${w.year}`;
	return withTime ? `${date} ${pad(w.hour)}:${pad(w.minute)}` : date;
}

/** What is stored: `2026-11-30T19:29:00.000+07:00`, or `2026-11-30` for a calendar date. */
export function storedValue(w: WallTime, withTime: boolean): string {
	const date = `${w.year}-${pad(w.month)}-${pad(w.day)}`;
	return withTime ? `${date}T${pad(w.hour)}:${pad(w.minute)}:00.000${vietnamOffset}` : date;
}

/** A stored value (string, or a Date from YAML) as the editor reads it; '' when empty. */
export function displayValue(value: unknown, withTime: boolean): string {
	if (value === undefined || value === null || value === '') return '';
	if (typeof value === 'string') {
		const day = value.match(/^(\d{4})-(\d{2})-(\d{2})$/);
		if (day) {
			const w = wallTime(Number(day[1]), Number(day[2]), Number(day[3]));
			if (w) return formatWallTime(w, withTime);
		}
	}
	const instant = value instanceof Date ? value : new Date(String(value));
	return Number.isNaN(instant.getTime())
		? String(value)
		: formatWallTime(wallTimeAt(instant), withTime);
}

/** The texts of the control (from the locale). */
export interface DatetimeTexts {
	now: string;
	clear: string;
	/** With `%{fieldLabel}`. */
	setToNow: string;
}

interface FieldMap {
	get(key: string): unknown;
}
interface ControlProps {
	field: FieldMap;
	forID: string;
	value: unknown;
	onChange(value: string): void;
	classNameWrapper: string;
	setActiveStyle(): void;
	setInactiveStyle(): void;
	isDisabled?: boolean;
}
type H = (type: string, props?: object | null, ...children: unknown[]) => unknown;
interface DatetimeCms {
	registerWidget(name: string, control: unknown, preview?: unknown): void;
	getWidget(name: string): { preview?: unknown } | undefined;
}

const buttonStyle = {
	border: 0,
	borderRadius: '3px',
	background: '#dfdfe3',
	color: '#313d3e',
	fontWeight: 700,
	fontSize: '13px',
	padding: '2px 12px',
	lineHeight: '20px',
	cursor: 'pointer',
};

/**
 * Register the control as `datetime`, keeping Decap's preview. Needs the `h` and `createClass`
 * globals Decap sets for custom widgets (its own React, so no second copy is bundled).
 */
export function registerDatetime(cms: DatetimeCms, texts: DatetimeTexts) {
	const { h, createClass } = window as unknown as {
		h: H;
		createClass: (spec: object) => unknown;
	};
	const withTime = (field: FieldMap) => field.get('time_format') !== false;
	const label = (field: FieldMap) => String(field.get('label') ?? field.get('name'));

	const control = createClass({
		getInitialState(this: { props: ControlProps }) {
			return { text: displayValue(this.props.value, withTime(this.props.field)), bad: false };
		},
		// A value set from outside (a default, "fill in from another locale"): show it.
		componentDidUpdate(this: Control, previous: ControlProps) {
			if (previous.value !== this.props.value && this.props.value !== this.emitted)
				this.setState({
					text: displayValue(this.props.value, withTime(this.props.field)),
					bad: false,
				});
		},
		emit(this: Control, text: string) {
			const timed = withTime(this.props.field);
			const w = parseWallTime(text, timed);
			const bad = text.trim() !== '' && !w;
			this.setState({ text, bad });
			if (bad) return;
			this.emitted = w ? storedValue(w, timed) : '';
			this.props.onChange(this.emitted);
		},
		setNow(this: Control) {
			this.emit(formatWallTime(wallTimeAt(new Date()), withTime(this.props.field)));
		},
		isValid(this: Control) {
			if (!this.state.bad) return true;
			const example = withTime(this.props.field) ? '30/11/2026 08:00' : '30/11/2026';
			return {
				error: {
					type: 'CUSTOM',
					message: `${label(this.props.field)}: hãy viết theo dạng ngày/tháng/năm${withTime(this.props.field) ? ' giờ:phút' : ''}, ví dụ ${example}.`,
				},
			};
		},
		render(this: Control) {
			const { field, forID, classNameWrapper, setActiveStyle, setInactiveStyle, isDisabled } =
				this.props;
			const timed = withTime(field);
			const w = parseWallTime(this.state.text, timed);
			const pickerValue = w
				? `${w.year}-${pad(w.month)}-${pad(w.day)}${timed ? `T${pad(w.hour)}:${pad(w.minute)}` : ''}`
				: '';
			return h(
				'div',
				{
					className: classNameWrapper,
					style: { display: 'flex', gap: '12px', alignItems: 'center', flexWrap: 'wrap' },
				},
				h('input', {
					id: forID,
					type: 'text',
					inputMode: 'numeric',
					autoComplete: 'off',
					placeholder: timed ? 'ngày/tháng/năm giờ:phút' : 'ngày/tháng/năm',
					value: this.state.text,
					'aria-invalid': this.state.bad,
					onChange: (e: { target: { value: string } }) => this.emit(e.target.value),
					onFocus: setActiveStyle,
					onBlur: setInactiveStyle,
					disabled: isDisabled,
					style: { width: timed ? '14em' : '9em', border: 0, font: 'inherit' },
				}),
				// The browser's calendar, opened by the button; what it picks is shown as above.
				h('input', {
					type: timed ? 'datetime-local' : 'date',
					tabIndex: -1,
					'aria-hidden': true,
					value: pickerValue,
					ref: (el: HTMLInputElement | null) => (this.picker = el),
					onChange: (e: { target: { value: string } }) => {
						const picked = parseWallTime(e.target.value, timed);
						if (picked) this.emit(formatWallTime(picked, timed));
					},
					style: { width: 0, height: 0, padding: 0, border: 0, opacity: 0 },
				}),
				!isDisabled &&
					h(
						'button',
						{
							type: 'button',
							style: buttonStyle,
							'aria-label': `Chọn ${label(field)} trên lịch`,
							onClick: () => this.picker?.showPicker?.(),
						},
						'Lịch',
					),
				!isDisabled &&
					h(
						'button',
						{
							type: 'button',
							style: buttonStyle,
							'aria-label': texts.setToNow.replace('%{fieldLabel}', label(field)),
							onClick: () => this.setNow(),
						},
						texts.now,
					),
				!isDisabled &&
					h(
						'button',
						{ type: 'button', style: buttonStyle, onClick: () => this.emit('') },
						texts.clear,
					),
				this.state.bad &&
					h(
						'span',
						{ role: 'alert', style: { color: '#d60032', fontSize: '13px' } },
						timed ? 'Viết theo dạng ngày/tháng/năm giờ:phút' : 'Viết theo dạng ngày/tháng/năm',
					),
			);
		},
	});
	cms.registerWidget('datetime', control, cms.getWidget('datetime')?.preview);
}

interface Control {
	props: ControlProps;
	state: { text: string; bad: boolean };
	setState(state: Partial<Control['state']>): void;
	emitted?: string;
	picker?: HTMLInputElement | null;
	emit(text: string): void;
	setNow(): void;
}
