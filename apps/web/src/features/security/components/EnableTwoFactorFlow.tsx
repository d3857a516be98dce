import { Stepper, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TotpSetup } from '../../../api/types';
import { invalidateAfter } from '../../../api/query-keys';
import { ConfirmCodeStep } from './ConfirmCodeStep';
import type { FlowStepProps } from './flow-step';
import { ReauthenticateStep } from './ReauthenticateStep';
import { RecoveryCodesStep } from './RecoveryCodesStep';
import { ScanCodeStep } from './ScanCodeStep';

const STEPS = ['password', 'scan', 'confirm', 'recoveryCodes'] as const;
type Step = (typeof STEPS)[number];

interface EnableTwoFactorFlowProps extends FlowStepProps {
  /** Called once the person has saved their recovery codes and the session shows 2FA as on. */
  onComplete: () => void;
  /** Text of the last button, e.g. "Done" or "Continue to Deskbook". */
  completeLabel: string;
}

/**
 * Turning on two-factor authentication: password → scan the QR code or type the key → confirm a code →
 * save the recovery codes. Used on the Security page and on the mandatory enrolment screen.
 */
export function EnableTwoFactorFlow({ headingOrder, onCancel, onComplete, completeLabel }: EnableTwoFactorFlowProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [step, setStep] = useState<Step>('password');
  const [setup, setSetup] = useState<TotpSetup | null>(null);
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const [finishing, setFinishing] = useState(false);
  const active = STEPS.indexOf(step);
  // On a phone four labelled steps do not fit in a row: numbers only, and the position in words.
  const compact = useMediaQuery('(max-width: 36em)') ?? false;

  const restart = () => {
    setSetup(null);
    setStep('password');
  };
  const finish = async () => {
    setFinishing(true);
    // Reload the person: 2FA is on, and a mandatory enrolment is satisfied (the guards let them on).
    await invalidateAfter(queryClient, 'ownTwoFactorChanged');
    setFinishing(false);
    onComplete();
  };

  const stepProps = (index: number) => {
    const label = t(`security.twoFactor.setup.steps.${STEPS[index]}`);
    return {
      label: compact ? undefined : label,
      // The name starts with what the button shows (WCAG 2.5.3): its number, and its label where it fits.
      'aria-label': compact ? `${String(index + 1)} ${label}` : undefined,
      'aria-current': index === active ? ('step' as const) : undefined,
    };
  };

  return (
    <>
      {compact && (
        <Text size="sm" c="dimmed">
          {t('security.twoFactor.setup.position', {
            current: active + 1,
            total: STEPS.length,
            step: t(`security.twoFactor.setup.steps.${step}`),
          })}
        </Text>
      )}
      <Stepper active={active} size="sm" iconSize={28} wrap={!compact}>
        <Stepper.Step {...stepProps(0)}>
          <ReauthenticateStep
            headingOrder={headingOrder}
            onCancel={onCancel}
            onVerified={(newSetup) => {
              setSetup(newSetup);
              setStep('scan');
            }}
          />
        </Stepper.Step>
        <Stepper.Step {...stepProps(1)}>
          {setup && (
            <ScanCodeStep
              headingOrder={headingOrder}
              onCancel={onCancel}
              setup={setup}
              onNext={() => {
                setStep('confirm');
              }}
            />
          )}
        </Stepper.Step>
        <Stepper.Step {...stepProps(2)}>
          <ConfirmCodeStep
            headingOrder={headingOrder}
            onCancel={onCancel}
            onBack={() => {
              setStep('scan');
            }}
            onRestart={restart}
            onEnabled={(codes) => {
              setRecoveryCodes(codes);
              setStep('recoveryCodes');
            }}
          />
        </Stepper.Step>
        <Stepper.Step {...stepProps(3)}>
          {recoveryCodes && (
            <RecoveryCodesStep
              headingOrder={headingOrder}
              codes={recoveryCodes}
              doneLabel={completeLabel}
              finishing={finishing}
              onDone={() => void finish()}
            />
          )}
        </Stepper.Step>
      </Stepper>
    </>
  );
}
