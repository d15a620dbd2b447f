/**
 * The built site's Node server (`dist/server/entry.mjs`: the static pages and the feedback
 * endpoint) on a free loopback port, as `npm start` runs it in production. One implementation,
 * shared with `npm run feedback:load` (scripts/feedback-load-run.ts).
 */
export {
	startFeedbackServer as startNodeSite,
	type FeedbackServer as NodeSite,
} from '../../scripts/feedback-load-run.ts';
