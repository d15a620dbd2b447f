/**
 * The admin in Vietnamese, for editors who are not programmers.
 *
 * 1. `phrases`: every key of Decap's English locale (decap-cms-locales `en`, 3.16), in plain
 *    Vietnamese. Decap's own `vi` misses about 90 of them (the English then shows through: "Writing
 *    in VI", "Bold", "Expand", "Group by", "Copy Name") and cuts "Trạng thái" to "Trạng". Decap
 *    builds its dictionary as `merge({}, en, registered[locale])` (decap-cms-core
 *    `lib/phrases.js`), read when `CMS.init` renders, so registering `vi` before `CMS.init`
 *    replaces the bundled one and anything still missing would fall back to English; the unit test
 *    compares the keys with the English ones.
 * 2. What no config or locale key reaches, rewritten after render by a MutationObserver
 *    (`translateAdmin`) from fixed tables: the language picker of translated entries shows bare
 *    codes (VI, EN → tiếng Việt, tiếng Anh); every field's screen-reader name is its widget type
 *    ("Ô text" → "Ô đoạn văn"); react-select's "Remove <option>", "Select...", "No options",
 *    "Loading..."; the Markdown image component's field labels ("Image", "Alt Text", "Title").
 * 3. Dates typed and read as 30/11/2026 19:29 whatever the browser's language (datetime.ts,
 *    which also names the field by its label in "Set … to now", where Decap uses its `name`).
 *
 * Imported once by admin/init.ts, before `CMS.init`.
 */
import { localeCodes, locales } from '~/i18n/locales';

import { registerDatetime } from './datetime';

/** Decap's dictionary, complete in Vietnamese. */
export const phrases = {
	auth: {
		login: 'Đăng nhập',
		loggingIn: 'Đang đăng nhập…',
		loginWithNetlifyIdentity: 'Đăng nhập bằng Netlify Identity',
		loginWithAzure: 'Đăng nhập bằng Azure',
		loginWithBitbucket: 'Đăng nhập bằng Bitbucket',
		loginWithGitHub: 'Đăng nhập bằng GitHub',
		loginWithGitLab: 'Đăng nhập bằng GitLab',
		loginWithGitea: 'Đăng nhập bằng Gitea',
		loginWithForgejo: 'Đăng nhập bằng Forgejo',
		errors: {
			email: 'Hãy nhập địa chỉ thư điện tử của bạn.',
			password: 'Hãy nhập mật khẩu của bạn.',
			identitySettings: 'Không đọc được cài đặt đăng nhập. Hãy báo cho bộ phận kỹ thuật của Sở.',
		},
	},
	app: {
		header: {
			content: 'Nội dung',
			workflow: 'Duyệt bài',
			media: 'Ảnh và tệp',
			quickAdd: 'Viết mới',
		},
		app: {
			errorHeader: 'Không tải được cấu hình trang quản trị',
			configErrors: 'Lỗi cấu hình',
			checkConfigYml: 'Hãy báo cho bộ phận kỹ thuật của Sở.',
			loadingConfig: 'Đang tải cấu hình…',
			waitingBackend: 'Đang kết nối kho nội dung…',
		},
		notFoundPage: {
			header: 'Không tìm thấy trang',
		},
	},
	collection: {
		sidebar: {
			collections: 'Chuyên mục',
			allCollections: 'Tất cả chuyên mục',
			searchAll: 'Tìm trong tất cả',
			searchIn: 'Tìm trong',
		},
		collectionTop: {
			sortBy: 'Sắp xếp theo',
			viewAs: 'Xem dạng',
			viewAsList: 'Xem dạng danh sách',
			viewAsGrid: 'Xem dạng lưới',
			newButton: '＋ %{collectionLabel}',
			newButtonAriaLabel: 'Viết %{collectionLabel} mới',
			ascending: 'Tăng dần',
			descending: 'Giảm dần',
			searchResults: 'Kết quả tìm “%{searchTerm}”',
			searchResultsInCollection: 'Kết quả tìm “%{searchTerm}” trong %{collection}',
			filterBy: 'Lọc theo',
			groupBy: 'Nhóm theo',
		},
		entries: {
			loadingEntries: 'Đang tải danh sách…',
			cachingEntries: 'Đang chuẩn bị danh sách…',
			longerLoading: 'Việc này có thể mất vài phút',
			noEntries: 'Chưa có mục nào',
			unpublishedHeader: 'Chưa công bố',
		},
		groups: {
			other: 'Khác',
			negateLabel: 'Không phải %{label}',
		},
		defaultFields: {
			author: {
				label: 'Người viết',
			},
			updatedOn: {
				label: 'Ngày cập nhật',
			},
		},
	},
	editor: {
		editorControl: {
			field: {
				optional: 'không bắt buộc',
				widgetLabel: 'Ô %{widgetLabel}',
			},
		},
		editorControlPane: {
			widget: {
				required: '%{fieldLabel} bắt buộc nhập.',
				regexPattern: '%{fieldLabel} chưa đúng mẫu: %{pattern}.',
				processing: '%{fieldLabel} đang được xử lý.',
				range: '%{fieldLabel} phải từ %{minValue} đến %{maxValue}.',
				min: '%{fieldLabel} phải từ %{minValue} trở lên.',
				max: '%{fieldLabel} không được quá %{maxValue}.',
				rangeCount: '%{fieldLabel} phải có từ %{minCount} đến %{maxCount} mục.',
				rangeCountExact: '%{fieldLabel} phải có đúng %{count} mục.',
				rangeMin: '%{fieldLabel} phải có ít nhất %{minCount} mục.',
				rangeMax: '%{fieldLabel} chỉ được có tối đa %{maxCount} mục.',
				invalidPath: '“%{path}” không phải là đường dẫn hợp lệ',
				pathExists: 'Đường dẫn “%{path}” đã có',
			},
			i18n: {
				writingInLocale: 'Đang viết bản %{locale}',
				copyFromLocale: 'Chép nội dung từ bản ngôn ngữ khác',
				copyFromLocaleConfirm:
					'Chép nội dung từ bản %{locale} sang?\nMọi nội dung đang có ở bản này sẽ bị thay thế.',
			},
		},
		editor: {
			onLeavePage: 'Bạn có chắc muốn rời trang này?',
			onUpdatingWithUnsavedChanges: 'Bạn có thay đổi chưa lưu. Hãy lưu trước khi đổi trạng thái.',
			onPublishingNotReady: 'Hãy chuyển trạng thái sang “Sẵn sàng” trước khi công bố.',
			onPublishingWithUnsavedChanges: 'Bạn có thay đổi chưa lưu. Hãy lưu trước khi công bố.',
			onPublishing: 'Bạn có chắc muốn công bố mục này?',
			onUnpublishing: 'Bạn có chắc muốn ngừng công bố mục này?',
			onDeleteWithUnsavedChanges:
				'Bạn có chắc muốn xoá mục đã công bố này, cùng những thay đổi chưa lưu trong lần sửa này?',
			onDeletePublishedEntry: 'Bạn có chắc muốn xoá mục đã công bố này?',
			onDeleteUnpublishedChangesWithUnsavedChanges:
				'Mọi thay đổi chưa công bố của mục này sẽ bị xoá, cùng những thay đổi chưa lưu trong lần sửa này. Bạn vẫn muốn xoá?',
			onDeleteUnpublishedChanges:
				'Mọi thay đổi chưa công bố của mục này sẽ bị xoá. Bạn vẫn muốn xoá?',
			loadingEntry: 'Đang mở…',
			confirmLoadBackup:
				'Máy này còn giữ một bản lưu tạm chưa lưu của mục này. Bạn có muốn dùng bản đó không?',
		},
		editorInterface: {
			toggleI18n: 'Hiện/ẩn bản ngôn ngữ thứ hai',
			togglePreview: 'Hiện/ẩn bản xem trước',
			toggleScrollSync: 'Cuộn hai bên cùng lúc',
			toggleNotes: 'Hiện/ẩn ghi chú',
		},
		editorNotesPane: {
			title: 'Ghi chú',
			emptyState: 'Chưa có ghi chú nào. Viết ghi chú đầu tiên ở dưới để trao đổi với đồng nghiệp.',
			addNote: 'Thêm ghi chú',
			addPlaceholder: 'Viết ghi chú…',
			editPlaceholder: 'Sửa ghi chú…',
			save: 'Lưu',
			cancel: 'Huỷ',
			edit: 'Sửa',
			delete: 'Xoá',
			resolve: 'Đã xử lý',
			unresolve: 'Mở lại',
			confirmDelete: 'Bạn có chắc muốn xoá ghi chú này?',
			shortcut: 'Mẹo: bấm Ctrl+Enter để thêm ghi chú nhanh',
		},
		editorToolbar: {
			publishing: 'Đang công bố…',
			publish: 'Công bố',
			published: 'Đã công bố',
			unpublish: 'Ngừng công bố',
			duplicate: 'Nhân bản',
			unpublishing: 'Đang ngừng công bố…',
			publishAndCreateNew: 'Công bố và viết mới',
			publishAndDuplicate: 'Công bố và nhân bản',
			deleteUnpublishedChanges: 'Xoá thay đổi chưa công bố',
			deleteUnpublishedEntry: 'Xoá mục chưa công bố',
			deletePublishedEntry: 'Xoá mục đã công bố',
			deleteEntry: 'Xoá mục',
			saving: 'Đang lưu…',
			save: 'Lưu',
			statusInfoTooltipDraft:
				'Mục đang là bản nháp. Viết xong, hãy chuyển trạng thái sang “Đang xét duyệt” để gửi duyệt.',
			statusInfoTooltipInReview:
				'Mục đang được xét duyệt, bạn không cần làm gì thêm. Bạn vẫn có thể sửa trong lúc chờ duyệt.',
			deleting: 'Đang xoá…',
			updating: 'Đang cập nhật…',
			status: 'Trạng thái: %{status}',
			backCollection: ' Đang viết trong chuyên mục %{collectionLabel}',
			unsavedChanges: 'Thay đổi chưa được lưu',
			changesSaved: 'Thay đổi đã được lưu',
			draft: 'Bản nháp',
			inReview: 'Đang xét duyệt',
			ready: 'Sẵn sàng',
			publishNow: 'Công bố ngay',
			deployPreviewPendingButtonLabel: 'Kiểm tra bản xem trước',
			deployPreviewButtonLabel: 'Xem trước',
			deployButtonLabel: 'Xem trên trang',
		},
		editorWidgets: {
			markdown: {
				bold: 'Chữ đậm',
				italic: 'Chữ nghiêng',
				strikethrough: 'Gạch ngang',
				code: 'Mã',
				link: 'Liên kết',
				linkPrompt: 'Nhập địa chỉ của liên kết',
				headings: 'Tiêu đề mục',
				quote: 'Trích dẫn',
				bulletedList: 'Danh sách gạch đầu dòng',
				numberedList: 'Danh sách đánh số',
				addComponent: 'Chèn thành phần',
				richText: 'Soạn thảo',
				markdown: 'Mã Markdown',
				toggleMode: {
					rich: 'Chuyển sang chế độ soạn thảo',
					markdown: 'Chuyển sang chế độ mã Markdown',
				},
			},
			image: {
				choose: 'Chọn ảnh',
				chooseMultiple: 'Chọn ảnh',
				chooseUrl: 'Chèn từ địa chỉ web',
				replaceUrl: 'Thay bằng địa chỉ web',
				promptUrl: 'Nhập địa chỉ web của ảnh',
				chooseDifferent: 'Chọn ảnh khác',
				addMore: 'Thêm ảnh',
				remove: 'Gỡ ảnh',
				removeAll: 'Gỡ tất cả ảnh',
			},
			file: {
				choose: 'Chọn tệp',
				chooseUrl: 'Chèn từ địa chỉ web',
				chooseMultiple: 'Chọn tệp',
				replaceUrl: 'Thay bằng địa chỉ web',
				promptUrl: 'Nhập địa chỉ web của tệp',
				chooseDifferent: 'Chọn tệp khác',
				addMore: 'Thêm tệp',
				remove: 'Gỡ tệp',
				removeAll: 'Gỡ tất cả tệp',
			},
			unknownControl: {
				noControl: 'Không có ô nhập cho loại “%{widget}”.',
			},
			unknownPreview: {
				noPreview: 'Không có bản xem trước cho loại “%{widget}”.',
			},
			headingOptions: {
				headingOne: 'Tiêu đề cấp 1',
				headingTwo: 'Tiêu đề cấp 2',
				headingThree: 'Tiêu đề cấp 3',
				headingFour: 'Tiêu đề cấp 4',
				headingFive: 'Tiêu đề cấp 5',
				headingSix: 'Tiêu đề cấp 6',
			},
			datetime: {
				now: 'Ngay lúc này',
				clear: 'Xoá',
				// Decap's own widget fills in the field's `name`; ours (datetime.ts) its label.
				setToNow: 'Điền thời điểm hiện tại vào ô %{fieldLabel}',
			},
			list: {
				add: 'Thêm %{item}',
				addType: 'Thêm %{item}',
			},
			object: {
				expand: 'Mở rộng',
				collapse: 'Thu gọn',
			},
		},
	},
	mediaLibrary: {
		mediaLibraryCard: {
			draft: 'Bản nháp',
			copy: 'Chép',
			copyUrl: 'Chép địa chỉ',
			copyPath: 'Chép đường dẫn',
			copyName: 'Chép tên tệp',
			copied: 'Đã chép',
		},
		mediaLibrary: {
			onDelete: 'Bạn có chắc muốn xoá các tệp đã chọn?',
			fileTooLarge: 'Tệp quá lớn.\nChỉ nhận tệp không quá %{size} kB.',
		},
		mediaLibraryModal: {
			loading: 'Đang tải…',
			close: 'Đóng',
			noResults: 'Không tìm thấy.',
			noAssetsFound: 'Chưa có tệp nào.',
			noImagesFound: 'Chưa có ảnh nào.',
			private: 'Riêng tư ',
			images: 'Ảnh',
			mediaAssets: 'Ảnh và tệp',
			search: 'Tìm…',
			uploading: 'Đang tải lên…',
			upload: 'Tải lên',
			download: 'Tải về',
			deleting: 'Đang xoá…',
			deleteSelected: 'Xoá tệp đã chọn',
			chooseSelected: 'Dùng tệp đã chọn',
		},
	},
	ui: {
		default: {
			goBackToSite: 'Về trang web',
		},
		errorBoundary: {
			title: 'Lỗi',
			details: 'Đã có lỗi. Hãy ',
			reportIt: 'báo lỗi cho bộ phận kỹ thuật (GitHub).',
			detailsHeading: 'Chi tiết',
			privacyWarning:
				'Báo lỗi sẽ kèm sẵn thông báo lỗi và dữ liệu kỹ thuật.\nHãy kiểm tra lại và xoá thông tin riêng tư nếu có.',
			recoveredEntry: {
				heading: 'Nội dung đã được khôi phục',
				warning: 'Hãy chép nội dung này ra chỗ khác trước khi rời trang!',
				copyButtonLabel: 'Chép vào bộ nhớ tạm',
			},
		},
		settingsDropdown: {
			logOut: 'Đăng xuất',
			account: 'Tài khoản',
		},
		toast: {
			onFailToLoadEntries: 'Không tải được mục: %{details}',
			onFailToLoadDeployPreview: 'Không tải được bản xem trước: %{details}',
			onFailToPersist: 'Không lưu được mục: %{details}',
			onFailToDelete: 'Không xoá được mục: %{details}',
			onFailToUpdateStatus: 'Không đổi được trạng thái: %{details}',
			missingRequiredField: 'Bạn còn thiếu vài thông tin bắt buộc. Hãy điền đủ rồi lưu lại.',
			entrySaved: 'Mục đã được lưu',
			entryPublished: 'Mục đã được công bố',
			entryUnpublished: 'Mục đã ngừng công bố',
			onFailToPublishEntry: 'Không công bố được: %{details}',
			onFailToUnpublishEntry: 'Không ngừng công bố được: %{details}',
			entryUpdated: 'Đã đổi trạng thái',
			onDeleteUnpublishedChanges: 'Đã xoá thay đổi chưa công bố',
			noteAdded: 'Đã thêm ghi chú',
			onFailToAddNote: 'Không thêm được ghi chú: %{details}',
			noteUpdated: 'Đã sửa ghi chú',
			onFailToUpdateNote: 'Không sửa được ghi chú: %{details}',
			noteDeleted: 'Đã xoá ghi chú',
			onFailToDeleteNote: 'Không xoá được ghi chú: %{details}',
			noteResolved: 'Đã đánh dấu ghi chú là đã xử lý',
			noteReopened: 'Đã mở lại ghi chú',
			onFailToToggleNote: 'Không đổi được trạng thái ghi chú: %{details}',
			onFailToAuth: '%{details}',
			onLoggedOut: 'Bạn đã bị đăng xuất. Hãy chép lại nội dung đang viết rồi đăng nhập lại.',
			onBackendDown: 'Kho nội dung đang gặp sự cố. Xem %{details} để biết thêm.',
		},
	},
	workflow: {
		workflow: {
			loading: 'Đang tải các bài chờ duyệt',
			workflowHeading: 'Duyệt bài',
			newPost: 'Viết bài mới',
			description:
				'%{smart_count} bài đang chờ duyệt, %{readyCount} bài sẵn sàng công bố. |||| %{smart_count} bài đang chờ duyệt, %{readyCount} bài sẵn sàng công bố.',
			// Numbers only: Decap formats with its own bundled date library in English, so a month
			// name would read "November".
			dateFormat: 'DD/MM/YYYY [lúc] HH:mm',
		},
		workflowCard: {
			lastChange: '%{date}, %{author}',
			lastChangeNoAuthor: '%{date}',
			lastChangeNoDate: '%{author}',
			deleteChanges: 'Xoá thay đổi',
			deleteNewEntry: 'Xoá bài mới',
			publishChanges: 'Công bố thay đổi',
			publishNewEntry: 'Công bố bài mới',
		},
		workflowList: {
			onDeleteEntry: 'Bạn có chắc muốn xoá bài này?',
			onPublishingNotReadyEntry:
				'Chỉ công bố được bài ở cột “Sẵn sàng”. Hãy kéo thẻ bài sang cột “Sẵn sàng” trước.',
			onPublishEntry: 'Bạn có chắc muốn công bố bài này?',
			draftHeader: 'Bản nháp',
			inReviewHeader: 'Đang xét duyệt',
			readyHeader: 'Sẵn sàng',
			currentEntries: '%{smart_count} bài |||| %{smart_count} bài',
		},
	},
};

/**
 * Language codes in the language picker of translated entries, as editors say them ("tiếng Hàn"),
 * for every language of the site (src/i18n/locales.ts): `Intl` names them, so a new language
 * needs nothing here.
 */
const displayNames = new Intl.DisplayNames(['vi'], { type: 'language' });
export const languageNames: Record<string, string> = Object.fromEntries(
	localeCodes.map((l) => {
		const name = displayNames.of(locales[l].lang) ?? l;
		return [l.toUpperCase(), name.charAt(0).toLowerCase() + name.slice(1)];
	}),
);

/**
 * Hard-coded English with no locale key or config option, each found in the 3.16 bundle, mapped to
 * Vietnamese. Matched against a whole text node, `aria-label`, `title` or `placeholder` (trimmed).
 */
export const fixedTexts: Record<string, string> = {
	// react-select (relation and select widgets).
	'Select...': 'Chọn…',
	'No options': 'Không có lựa chọn',
	'Loading...': 'Đang tải…',
	// The Markdown image component (decap-cms-editor-component-image).
	Image: 'Ảnh',
	'Alt Text': 'Mô tả ảnh',
	Title: 'Tiêu đề ảnh',
	'Code Block': 'Đoạn mã',
};

/**
 * Decap names each field to screen readers by its widget type ("%{widgetLabel} field" gets
 * `text`, `list`…): the types, as editors would call them.
 */
export const widgetNames: Record<string, string> = {
	string: 'chữ',
	text: 'đoạn văn',
	markdown: 'nội dung',
	datetime: 'ngày giờ',
	relation: 'chọn từ danh mục',
	select: 'lựa chọn',
	image: 'ảnh',
	file: 'tệp',
	boolean: 'bật/tắt',
	list: 'danh sách',
	object: 'nhóm',
	number: 'số',
	hidden: 'ẩn',
};

/** Hard-coded English before a value (react-select's "Remove <option>"). */
export const fixedPrefixes: Record<string, string> = { 'Remove ': 'Bỏ ' };

const attributes = ['aria-label', 'title', 'placeholder'] as const;

/** The Vietnamese for one hard-coded attribute value, or undefined when it needs none. */
export function translateValue(value: string): string | undefined {
	if (value in fixedTexts) return fixedTexts[value];
	const widget = phrases.editor.editorControl.field.widgetLabel.replace('%{widgetLabel}', '');
	if (value.startsWith(widget) && value.slice(widget.length) in widgetNames)
		return widget + widgetNames[value.slice(widget.length)];
	for (const [english, vietnamese] of Object.entries(fixedPrefixes))
		if (value.startsWith(english)) return vietnamese + value.slice(english.length);
	return undefined;
}

/** Rewrite the hard-coded attributes of one element. */
function translateAttributes(el: Element) {
	for (const name of attributes) {
		const value = el.getAttribute(name)?.trim();
		const fixed = value && translateValue(value);
		if (fixed) el.setAttribute(name, fixed);
	}
}

/** Rewrite what Decap leaves in English (or as a code) in `root` and inside it; returns nothing. */
export function translateTree(root: Element) {
	translateAttributes(root);
	for (const el of root.querySelectorAll('[aria-label], [title], [placeholder]'))
		translateAttributes(el);
	const walker = document.createTreeWalker(root as Node, NodeFilter.SHOW_TEXT);
	for (let node = walker.nextNode(); node; node = walker.nextNode()) {
		const text = node.nodeValue?.trim() ?? '';
		// Text inside what editors type (inputs are not text nodes; the Markdown editor is).
		if (!text || node.parentElement?.closest('[contenteditable="true"]')) continue;
		const fixed = fixedTexts[text] ?? localeCode(text) ?? newEntryState(text);
		if (fixed) node.nodeValue = node.nodeValue!.replace(text, fixed);
	}
}

/**
 * A new entry nobody has saved yet is not "saved": Decap says "changes saved" for any form without
 * changes, new ones included, which told editors an empty draft was stored. On a new entry's route
 * (`#/collections/<name>/new`) the toolbar says it is not saved yet.
 */
export const newEntryNotSaved = 'Bài mới, chưa lưu';
function newEntryState(text: string): string | undefined {
	const onNewEntry = typeof location !== 'undefined' && /\/new(?:\?|$)/.test(location.hash);
	return onNewEntry && text === phrases.editor.editorToolbar.changesSaved
		? newEntryNotSaved
		: undefined;
}

/** "VI"/"EN" and "Đang viết bản VI" in the language picker → Vietnamese names. */
function localeCode(text: string): string | undefined {
	const writing = phrases.editor.editorControlPane.i18n.writingInLocale.replace('%{locale}', '');
	if (text.startsWith(writing)) {
		const code = text.slice(writing.length).trim();
		return code in languageNames ? `${writing}${languageNames[code]}` : undefined;
	}
	// The picker's menu items are the bare codes, lower case (upper-cased by CSS): a whole text node.
	return languageNames[text.toUpperCase()];
}

/**
 * Keep translating as Decap renders: a MutationObserver on the whole document, batched per frame,
 * that rewrites only the parts that changed (typing in a field changes one small subtree, not the
 * admin). Only the fixed table above is applied, so editors' content is never touched.
 */
export function translateAdmin(doc: Document = document) {
	const changed = new Set<Element>();
	const run = () => {
		for (const el of changed) if (el.isConnected) translateTree(el);
		changed.clear();
	};
	new MutationObserver((records) => {
		if (changed.size === 0) requestAnimationFrame(run);
		for (const r of records) {
			const el = r.target instanceof Element ? r.target : r.target.parentElement;
			if (el) changed.add(el);
		}
	}).observe(doc.body, {
		childList: true,
		subtree: true,
		characterData: true,
		attributes: true,
		attributeFilter: [...attributes],
	});
	translateTree(doc.body);
}

type LocaleCms = Parameters<typeof registerDatetime>[0] & {
	registerLocale(locale: string, phrases: object): void;
};

// On import, in the admin page: the dictionary before `CMS.init`, the observer once the body exists.
if (typeof window !== 'undefined' && 'CMS' in window) {
	const cms = (window as unknown as { CMS: LocaleCms }).CMS;
	cms.registerLocale('vi', phrases);
	registerDatetime(cms, phrases.editor.editorWidgets.datetime);
	if (document.body) translateAdmin();
	else document.addEventListener('DOMContentLoaded', () => translateAdmin());
}
