import { useForm } from '@mantine/form';
import type { TenantSettings } from '../../../api/types';
import { useValidationMessage } from '../../../forms/useFieldValidators';
import { checkCountryCode, checkIntegerInRange, checkOptionalEmail, checkRequired } from '../../../forms/validators';
import { SETTINGS_LIMITS, type SettingsForm } from '../settings-form';

export function useSettingsForm(saved: TenantSettings): SettingsForm {
  const message = useValidationMessage();
  const inRange = (value: unknown, range: { min: number; max: number }) => message(checkIntegerInRange(value, range.min, range.max), range);

  return useForm<TenantSettings>({
    initialValues: saved,
    validate: {
      privacy: {
        retention: { afterDays: (value) => inRange(value, SETTINGS_LIMITS.retentionAfterDays) },
        analyticsMinGroupSize: (value) => inRange(value, SETTINGS_LIMITS.analyticsMinGroupSize),
      },
      booking: {
        maxDaysAhead: (value) => inRange(value, SETTINGS_LIMITS.maxDaysAhead),
        maxDurationMinutes: (value) => inRange(value, SETTINGS_LIMITS.maxDurationMinutes),
        checkInGraceMinutes: (value) => inRange(value, SETTINGS_LIMITS.checkInGraceMinutes),
      },
      organization: {
        country: (value) => message(checkRequired(value) ?? checkCountryCode(value)),
        contactEmail: (value) => message(checkOptionalEmail(value)),
        dpoEmail: (value) => message(checkOptionalEmail(value)),
        processors: {
          name: (value) => message(checkRequired(value)),
          purpose: (value) => message(checkRequired(value)),
          country: (value) => message(checkRequired(value) ?? checkCountryCode(value)),
        },
      },
    },
  });
}
