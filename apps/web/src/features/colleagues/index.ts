/** What other features may use of the colleague search (its page is wired in app/routing). */
export { colleagueQueryKeys } from './hooks/useColleagueSearch';
