import { describe, expect, test } from 'vitest';
import {
	claimFacts,
	claimSources,
	consultationFacts,
	documentFacts,
	pdfNote,
	policyFacts,
	type ConsultationInput,
	type Fact,
} from './index';

/** The label and value of each fact, to compare without the keys. */
const pairs = (facts: Fact[]) => facts.map((f) => [f.label, f.value]);

describe('policyFacts', () => {
	test('states whom, from when (a date in Vietnam) and the source, named in Vietnamese', () => {
		const section = policyFacts(
			{
				audience: 'Học sinh lớp 9',
				// 20:00 UTC on 31 August is already 1 September in Hà Nam.
				effective: new Date('2026-08-31T20:00:00Z'),
				source: 'Thông tư 29/2024/TT-BGDĐT',
				sourceUrl: 'https://vanban.chinhphu.vn/',
			},
			'vi',
		);
		expect(section.id).toBe('policy-facts');
		expect(section.heading).toBe('Tóm tắt chính sách');
		expect(pairs(section.facts)).toEqual([
			['Đối tượng', { type: 'text', text: 'Học sinh lớp 9' }],
			['Có hiệu lực từ', { type: 'time', datetime: '2026-09-01', text: '01/09/2026' }],
			[
				'Văn bản gốc',
				{
					type: 'link',
					text: 'Thông tư 29/2024/TT-BGDĐT',
					href: 'https://vanban.chinhphu.vn/',
					lang: 'vi',
				},
			],
		]);
	});

	test('labels and dates follow the locale; a source without an address stays text', () => {
		const section = policyFacts(
			{ audience: 'Grade 9 pupils', effective: new Date('2026-09-01'), source: 'Thông tư 29' },
			'en',
		);
		expect(section.facts.map((f) => f.label)).toEqual([
			'Who is affected',
			'In force from',
			'Source document',
		]);
		expect(section.facts[1]?.value).toEqual({
			type: 'time',
			datetime: '2026-09-01',
			text: '1 Sept 2026',
		});
		expect(section.facts[2]?.value).toMatchObject({ type: 'link', href: undefined, lang: 'vi' });
	});

	test('leaves out what the editor has not filled in yet', () => {
		expect(policyFacts({ source: 'Thông tư 29' }, 'vi').facts.map((f) => f.key)).toEqual([
			'source',
		]);
		expect(policyFacts({ audience: '' }, 'vi').facts).toEqual([]);
	});
});

describe('documentFacts', () => {
	const input = {
		docType: 'quyet-dinh',
		number: '15/2026/QĐ-UBND',
		issuer: 'Ủy ban nhân dân tỉnh Hà Nam',
		signer: 'Phạm Thị Lan',
		issued: new Date('2026-08-12'),
		effective: new Date('2026-09-01'),
		file: { href: '/van-ban/qd/qd.pdf', bytes: 41_234 },
	} as const;

	test('lists the register facts in order, number and signer marked as Vietnamese', () => {
		const section = documentFacts(input, 'vi');
		expect(section).toMatchObject({ id: 'document-facts', heading: 'Thông tin văn bản' });
		expect(section.facts.map((f) => f.key)).toEqual([
			'type',
			'number',
			'issuer',
			'signer',
			'issued',
			'effective',
			'file',
		]);
		expect(pairs(section.facts).slice(0, 2)).toEqual([
			['Loại văn bản', { type: 'text', text: 'Quyết định' }],
			['Số, ký hiệu', { type: 'text', text: '15/2026/QĐ-UBND', lang: 'vi' }],
		]);
		expect(section.facts[3]?.value).toEqual({ type: 'text', text: 'Phạm Thị Lan', lang: 'vi' });
		expect(section.facts[4]?.value).toEqual({
			type: 'time',
			datetime: '2026-08-12',
			text: '12/08/2026',
		});
	});

	test('links the PDF by type and number, with its size; in English, says it is in Vietnamese', () => {
		expect(documentFacts(input, 'vi').facts.at(-1)?.value).toEqual({
			type: 'pdf',
			href: '/van-ban/qd/qd.pdf',
			label: [{ text: 'Quyết định ' }, { text: '15/2026/QĐ-UBND', lang: 'vi' }],
			note: 'PDF, 41 kB',
		});
		const en = documentFacts(input, 'en');
		expect(en.facts.at(-1)?.value).toMatchObject({
			label: [{ text: 'Decision ' }, { text: '15/2026/QĐ-UBND', lang: 'vi' }],
			note: 'PDF in Vietnamese, 41 kB',
		});
		expect(en.facts.find((f) => f.key === 'expired')).toBeUndefined();
	});

	test('a preview without size, type or number still gets a link to the file', () => {
		const section = documentFacts({ file: { href: 'blob:x' } }, 'vi');
		expect(pairs(section.facts)).toEqual([
			['Toàn văn', { type: 'pdf', href: 'blob:x', label: [{ text: 'Toàn văn' }], note: undefined }],
		]);
		expect(
			documentFacts({ docType: 'luat', file: { href: 'x.pdf' } }, 'vi').facts.at(-1)?.value,
		).toMatchObject({ label: [{ text: 'Luật' }] });
	});
});

describe('consultationFacts', () => {
	const base: ConsultationInput = {
		respondents: 'Cha mẹ học sinh',
		opensAt: new Date('2026-11-10T01:00:00Z'),
		closesAt: new Date('2026-12-10T10:00:00Z'),
		draft: { href: '/lay-y-kien/x/du-thao.pdf', bytes: 48_000 },
		now: new Date('2026-11-20T00:00:00Z'),
	};

	test('an open consultation: its facts, the badge that may come, the notices the clock may show', () => {
		const c = consultationFacts(base, 'vi');
		expect(c.state).toBe('open');
		expect(c.badges).toEqual([
			{ state: 'open', text: 'Đang lấy ý kiến', hidden: false },
			{ state: 'closed', text: 'Đã hết hạn góp ý, đang tổng hợp', hidden: true },
		]);
		expect(pairs(c.facts)).toEqual([
			['Đối tượng lấy ý kiến', { type: 'text', text: 'Cha mẹ học sinh' }],
			[
				'Bắt đầu nhận góp ý',
				{ type: 'time', datetime: '2026-11-10T01:00:00.000Z', text: '08:00, 10/11/2026 (GMT+7)' },
			],
			[
				'Hạn cuối góp ý',
				{ type: 'time', datetime: '2026-12-10T10:00:00.000Z', text: '17:00, 10/12/2026 (GMT+7)' },
			],
			[
				'Toàn văn dự thảo',
				{
					type: 'pdf',
					href: '/lay-y-kien/x/du-thao.pdf',
					label: [{ text: 'Tải toàn văn dự thảo' }],
					note: 'PDF, 48 kB',
				},
			],
		]);
		expect(c.notices.map((n) => [n.when, n.hidden])).toEqual([
			['upcoming', true],
			['closed', true],
		]);
		expect(c.outcome).toBeUndefined();
	});

	test('upcoming shows its notice; closed has one notice and no badge to come', () => {
		const upcoming = consultationFacts({ ...base, now: new Date('2026-11-01T00:00:00Z') }, 'vi');
		expect(upcoming.badges.map((b) => [b.state, b.hidden])).toEqual([
			['upcoming', false],
			['open', true],
			['closed', true],
		]);
		expect(upcoming.notices[0]).toEqual({
			when: 'upcoming',
			text: 'Cổng góp ý sẽ mở lúc 08:00, 10/11/2026 (GMT+7).',
			hidden: false,
		});
		const closed = consultationFacts({ ...base, now: new Date('2026-12-11T00:00:00Z') }, 'en');
		expect(closed.badges).toEqual([
			{ state: 'closed', text: 'Closed: responses being analysed', hidden: false },
		]);
		expect(closed.notices).toEqual([
			{
				text: 'Comments closed on 10 December 2026, 17:00 (Vietnam time, GMT+7). The Department is analysing the responses and will publish the outcome on this page.',
				hidden: false,
			},
		]);
	});

	test('the outcome shows once published, in Vietnamese where untranslated, with its report', () => {
		const input = {
			...base,
			outcomeAt: new Date('2026-12-20T02:00:00Z'),
			outcome: { text: 'Sở nhận được 412 ý kiến.', lang: 'vi' },
			report: { href: '/lay-y-kien/x/bao-cao.pdf', bytes: 45_000 },
		};
		expect(consultationFacts(input, 'en').outcome).toBeUndefined();
		const c = consultationFacts({ ...input, now: new Date('2026-12-21T00:00:00Z') }, 'en');
		expect(c.state).toBe('outcome');
		expect(c.notices).toEqual([]);
		expect(c.outcome).toEqual({
			id: 'consultation-outcome',
			heading: 'Outcome',
			published: 'Published 20 Dec 2026',
			text: { text: 'Sở nhận được 412 ý kiến.', lang: 'vi' },
			report: {
				type: 'pdf',
				href: '/lay-y-kien/x/bao-cao.pdf',
				label: [{ text: 'Download the report on the responses' }],
				note: 'PDF in Vietnamese, 45 kB',
			},
		});
	});

	test('without both dates (a new entry in the CMS) there is no state, badge or notice', () => {
		const c = consultationFacts({ opensAt: base.opensAt, now: base.now }, 'vi');
		expect(c.state).toBeUndefined();
		expect(c.badges).toEqual([]);
		expect(c.notices).toEqual([]);
		expect(c.facts.map((f) => f.key)).toEqual(['opens']);
	});
});

describe('claimFacts', () => {
	test('the claim, where and since when it circulates, the verdict', () => {
		expect(
			claimFacts(
				{
					claim: 'Học sinh phải đóng 2 triệu đồng.',
					origin: { text: 'Một số trang Facebook', lang: undefined },
					claimDate: new Date('2026-09-05'),
					verdict: 'false',
				},
				'vi',
			),
		).toEqual({
			heading: 'Thông tin đang lan truyền',
			claim: 'Học sinh phải đóng 2 triệu đồng.',
			origin: {
				label: 'Xuất hiện',
				where: { text: 'Một số trang Facebook', lang: undefined },
				since: 'từ 05/09/2026',
			},
			verdict: { label: 'Kết luận', verdict: 'false', text: 'Sai sự thật' },
			factsHeading: 'Sự thật',
		});
	});

	test('no origin line without origin or date; no verdict before one is chosen', () => {
		const c = claimFacts({ claim: 'x' }, 'en');
		expect(c.origin).toBeUndefined();
		expect(c.verdict).toBeUndefined();
		expect(claimFacts({ claimDate: new Date('2026-09-05') }, 'en').origin).toEqual({
			label: 'Seen',
			where: undefined,
			since: 'since 5 Sept 2026',
		});
	});
});

describe('claimSources', () => {
	const sources = [{ title: 'Thông tư 27/2023/TT-BGDĐT', url: 'https://vanban.chinhphu.vn/' }];

	test('names each source once, in Vietnamese: marked so on other languages’ pages', () => {
		expect(claimSources(sources, 'vi')).toEqual({
			id: 'fact-sources',
			heading: 'Nguồn để kiểm chứng',
			links: [
				{ text: 'Thông tư 27/2023/TT-BGDĐT', href: 'https://vanban.chinhphu.vn/', lang: undefined },
			],
		});
		expect(claimSources(sources, 'en').links[0]?.lang).toBe('vi');
	});
});

test('pdfNote gives the size in the page’s number format', () => {
	expect(pdfNote(1_250_000, 'vi')).toBe('PDF, 1,3 MB');
	expect(pdfNote(1_250_000, 'en')).toBe('PDF in Vietnamese, 1.3 MB');
});
