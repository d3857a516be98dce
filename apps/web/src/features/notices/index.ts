/** What other features may use of the notices feature (its pages and the consent gate are wired in app/routing). */
export { NoticeMarkdown } from './components/NoticeMarkdown';
