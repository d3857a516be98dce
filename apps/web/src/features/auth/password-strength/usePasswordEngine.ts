import { useEffect, useState } from 'react';
import { loadPasswordEngine, type PasswordEngine } from './load-password-engine';

export type PasswordEngineState = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; engine: PasswordEngine };

/** Starts loading the zxcvbn chunk when a password form mounts. */
export function usePasswordEngine(): PasswordEngineState {
  const [state, setState] = useState<PasswordEngineState>({ status: 'loading' });
  useEffect(() => {
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
  }, []);
  return state;
}
