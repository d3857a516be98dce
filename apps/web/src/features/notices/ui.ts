/** UI of the notices feature that other features show: the notice before an account exists. */
export { NoticeDisclosure, type DisclosedNotice } from './components/NoticeDisclosure';
export { useSignupNotice } from './hooks/useNotice';
