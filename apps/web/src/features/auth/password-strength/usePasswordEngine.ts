import { useEffect, useState } from 'react';
import { loadPasswordEngine, type PasswordEngine } from './load-password-engine';

export type PasswordEngineState = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; engine: PasswordEngine };

/**
 * The zxcvbn chunk (its dictionaries are heavy to download), fetched only once `wanted` turns true —
 * when the person starts typing a password, not when the form opens: the invite page is everyone's
 * first page, often on a phone. Once loaded it stays.
 */
export function usePasswordEngine(wanted: boolean): PasswordEngineState {
  const [state, setState] = useState<PasswordEngineState>({ status: 'loading' });
  const needed = wanted || state.status === 'ready';
  useEffect(() => {
    if (!needed) return;
    let active = true;
    loadPasswordEngine().then(
      (engine) => {
        if (active) setState({ status: 'ready', engine });
      },
      () => {
        if (active) setState({ status: 'failed' });
      },
    );
    return () => {
      active = false;
    };
  }, [needed]);
  return state;
}
